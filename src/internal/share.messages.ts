import { msg } from '@lit/localize';

/* The words of the share action, in every widget that shares (message ids `s…`; Indonesian in xliff/id.xlf). */

export const shareResult = () => msg('Share result', { id: 's3' });
export const copied = () => msg('Link copied.', { id: 's1' });
export const shared = () => msg('Link shared.', { id: 's2' });
export const copyThis = () => msg('Copy this link:', { id: 's4' });
export const unusable = () => msg('Some settings in this link could not be used.', { id: 's5' });
