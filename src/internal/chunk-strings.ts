/*
 * The Indonesian words of a chunk (a feature loaded when used: the agency
 * comparison, the classic Fiverr rules, the tax table's special cases, the
 * cloud's feed) come with the chunk, not with the widget: a page that never
 * uses the feature loads neither its code nor its words.
 *
 * Only runtime-mode localization needs this (localization.js and the
 * language-from-the-page CDN bundles): its modules register where each
 * chunk's strings are (`registerChunkStrings`), and a widget's chunk loader,
 * wrapped in `withStrings`, loads them beside the code. Without it (an npm
 * app in English, a one-language bundle whose words are compiled in) nothing
 * is registered and a chunk loads alone.
 */

/** Message id → template, as generated in src/generated/locales. */
export type Templates = Record<string, unknown>;
type StringsLoader = () => Promise<{ templates: Templates }>;

const where = new Map<string, StringsLoader>();
let addStrings: ((templates: Templates) => void) | undefined;

/** Where the chunks' strings are (by chunk name), and how to add them to the active catalogue. */
export function registerChunkStrings(loaders: Readonly<Record<string, StringsLoader>>, add: (templates: Templates) => void): void {
  for (const [chunk, load] of Object.entries(loaders)) where.set(chunk, load);
  addStrings = add;
}

/** Wraps a chunk's loader: its strings, if registered, load beside it and are in the catalogue before it resolves. */
export function withStrings<T>(chunk: string, load: () => Promise<T>): () => Promise<T> {
  return () => {
    const strings = where.get(chunk);
    const add = addStrings;
    return Promise.all([load(), strings && add ? strings().then((s) => add(s.templates)) : undefined]).then(([code]) => code);
  };
}
