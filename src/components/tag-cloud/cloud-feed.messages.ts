import { msg, str } from '@lit/localize';

/* The words of a <tag-cloud src> about its feed (message ids `c…`; Indonesian in xliff/id.xlf), in the feed chunk. */

export const timeout = () => msg('The blog’s labels took too long to load.', { id: 'c3' });
export const notBlogger = () => msg('The feed is not a Blogger feed.', { id: 'c5' });
export const failed = () => msg('The blog’s labels could not be loaded.', { id: 'c6' });
export const loading = () => msg('Loading the blog’s labels…', { id: 'c7' });
export const showingKeywords = () => msg('Showing this post’s keywords instead.', { id: 'c8' });
export const noLabels = () => msg('The blog has no labels yet.', { id: 'c9' });
export const partial = (posts: string) => msg(str`Labels of the first ${posts} posts only: the feed stopped answering.`, { id: 'c16' });
export const bounded = (posts: string) => msg(str`Labels of the first ${posts} posts.`, { id: 'c17' });
