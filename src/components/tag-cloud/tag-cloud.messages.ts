import { msg, str } from '@lit/localize';

/* The words of <tag-cloud> (message ids `c…`; Indonesian in xliff/id.xlf). */

export const posts = (n: string) => msg(str`${n} posts`, { id: 'c10' });
export const mentions = (n: string) => msg(str`${n} mentions`, { id: 'c11' });
export const labels = () => msg('Labels', { id: 'c12' });
export const keywords = () => msg('Keywords', { id: 'c13' });
export const noTags = () => msg('No tags.', { id: 'c14' });
export const showingSome = (shown: string, all: string) => msg(str`Showing the ${shown} most frequent of ${all} tags.`, { id: 'c18' });
export const showAll = (all: string) => msg(str`Show all ${all}`, { id: 'c19' });
