// The one reference renderer: custom-elements.json → each widget's attributes, properties without an
// attribute, events, CSS parts and custom properties, as Markdown (docs/reference.md, scripts/docs.mjs) or
// HTML (the site's reference pages, scripts/site.mjs). Both show the same tables from the same rows.

/** Every widget of the manifest, by tag name. */
export function widgets(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Public fields a page can only set or read as properties (`result`, `feedTimeout`). */
export const propertiesOnly = (d) =>
  (d.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.static && m.privacy !== 'private');

/** The reference's Indonesian keys: `<tag>`, `<tag>.<attribute>`, `<tag>#<property>`, `<tag>@<event>`, `<tag>::<part>`, `--fw-<token>`. */
export const keys = {
  tag: (d) => d.tagName,
  attribute: (d, a) => `${d.tagName}.${a.name}`,
  property: (d, p) => `${d.tagName}#${p.name}`,
  event: (d, e) => `${d.tagName}@${e.name}`,
  part: (d, p) => `${d.tagName}::${p.name}`,
  token: (_, p) => p.name,
};

/** Every key a complete translation has (scripts/check-translations.mjs). */
export const allKeys = (manifest) =>
  widgets(manifest).flatMap((d) => [
    keys.tag(d),
    ...(d.attributes ?? []).map((a) => keys.attribute(d, a)),
    ...propertiesOnly(d).map((p) => keys.property(d, p)),
    ...(d.events ?? []).map((e) => keys.event(d, e)),
    ...(d.cssParts ?? []).map((p) => keys.part(d, p)),
    ...(d.cssProperties ?? []).map((p) => keys.token(d, p)),
  ]);

export const HEADINGS = {
  en: {
    attribute: 'attribute',
    property: 'property (no attribute)',
    type: 'type',
    description: 'description',
    event: 'event',
    detail: 'detail',
    part: 'CSS part',
    token: 'CSS custom property',
    default: 'default',
    readOnly: 'Read-only.',
  },
  id: {
    attribute: 'atribut',
    property: 'properti (tanpa atribut)',
    type: 'jenis',
    description: 'keterangan',
    event: 'event',
    detail: 'detail',
    part: 'part CSS',
    token: 'properti CSS',
    default: 'bawaan',
    readOnly: 'Hanya dibaca.',
  },
};

/**
 * One widget's tables: `{ head: [...], rows: [[cell, ...]] }`, a cell `{ code }` (shown as code) or
 * `{ text }` (prose, where `backticks` mark code). `say(key, english)` gives the description in the
 * reference's language.
 */
export function tables(d, h, say) {
  const type = (x) => ({ code: x.type?.text ?? '' });
  return [
    {
      head: [h.attribute, h.type, h.description],
      rows: (d.attributes ?? []).map((a) => [{ code: a.name }, type(a), { text: say(keys.attribute(d, a), a.description) }]),
    },
    {
      head: [h.property, h.type, h.description],
      rows: propertiesOnly(d).map((p) => [
        { code: p.name },
        type(p),
        { text: `${say(keys.property(d, p), p.description)}${p.readonly ? ` ${h.readOnly}` : ''}` },
      ]),
    },
    {
      head: [h.event, h.detail, h.description],
      rows: (d.events ?? []).map((e) => [{ code: e.name }, type(e), { text: say(keys.event(d, e), e.description) }]),
    },
    {
      head: [h.part, h.description],
      rows: (d.cssParts ?? []).map((p) => [{ code: `::part(${p.name})` }, { text: say(keys.part(d, p), p.description) }]),
    },
    {
      head: [h.token, h.default, h.description],
      rows: (d.cssProperties ?? []).map((p) => [
        { code: p.name },
        { code: p.default ?? '' },
        { text: say(keys.token(d, p), p.description) },
      ]),
    },
  ].filter((t) => t.rows.length);
}

const english = (_, text) => text ?? '';

/** docs/reference.md's body. */
export function toMarkdown(manifest) {
  const cell = (c) => {
    const text = String(c.code ?? c.text ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
    if (c.text !== undefined) return text;
    // A code span holding backticks needs a longer fence; an empty one is left empty.
    return text === '' ? '' : text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
  };
  const out = [];
  for (const d of widgets(manifest)) {
    out.push(`## \`<${d.tagName}>\``, '', d.summary ?? '', '', (d.description ?? '').trim(), '');
    for (const t of tables(d, HEADINGS.en, english)) {
      out.push(`| ${t.head.join(' | ')} |`, `| ${t.head.map(() => '---').join(' | ')} |`);
      for (const row of t.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The site's reference sections, in `lang` ('en' or 'id', with `translations` for Indonesian). */
export function toHtml(manifest, lang, translations = {}) {
  const say = lang === 'id' ? (key, text) => translations[key] ?? text ?? '' : english;
  const prose = (text) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
  const cell = (c) => (c.text !== undefined ? prose(c.text) : c.code === '' ? '' : `<code>${escapeHtml(c.code)}</code>`);
  return widgets(manifest)
    .map((d) => {
      const body = tables(d, HEADINGS[lang], say)
        .map(
          (t) =>
            `<table><thead><tr>${t.head.map((x) => `<th scope="col">${x}</th>`).join('')}</tr></thead><tbody>` +
            `${t.rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
        )
        .join('\n');
      return `<h2 id="${d.tagName}"><code>&lt;${d.tagName}&gt;</code></h2>\n<p>${prose(say(keys.tag(d), d.summary))}</p>\n${body}`;
    })
    .join('\n');
}
