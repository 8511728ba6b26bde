/** The widgets as custom-elements.json documents them: what the tests check the elements against. */
export interface Documented {
  tagName: string;
  attributes: { name: string; type?: { text: string }; fieldName?: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string; default?: string }[];
  events: { name: string; type?: { text: string } }[];
}

let cached: Promise<Documented[]> | undefined;

export function documented(): Promise<Documented[]> {
  cached ??= fetch('/custom-elements.json')
    .then((r) => r.json())
    .then((m: { modules: { declarations?: Documented[] }[] }) =>
      m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName),
    );
  return cached;
}

/** The attributes a reader or a page may set (the reflected `level` is read-only). */
export function settable(d: Documented) {
  return d.attributes.filter((a) => a.name !== 'level');
}
