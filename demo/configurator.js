// The configurator: pick a widget, set its attributes with a form generated
// from custom-elements.json, see the live widget, copy a ready snippet.
// Values are checked by the widget itself (the same rules as on a blog): an
// attribute the widget reports as unusable is marked and left out of the snippet.
import { buildSnippet } from './snippet.js';

const TEXT = {
  en: {
    title: 'Configurator',
    intro:
      'Choose a widget, fill in what you need (empty fields keep the defaults), then copy the snippet into your post in Blogger’s HTML view.',
    widget: 'Widget',
    settings: 'Settings',
    preview: 'Preview',
    snippet: 'Snippet',
    paste: 'Paste it where the widget should appear. The script line is needed once per page.',
    copy: 'Copy snippet',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Select the text and copy it by hand.',
    keywords: 'Keywords (the post’s keyword line)',
    default: '(default)',
    notIncluded: 'not in the snippet until it is fixed',
  },
  id: {
    title: 'Konfigurator',
    intro:
      'Pilih widget, isi yang perlu saja (kolom kosong memakai nilai bawaan), lalu salin cuplikannya ke artikel di tampilan HTML Blogger.',
    widget: 'Widget',
    settings: 'Pengaturan',
    preview: 'Pratinjau',
    snippet: 'Cuplikan',
    paste: 'Tempel di tempat widget ingin ditampilkan. Baris script cukup sekali per halaman.',
    copy: 'Salin cuplikan',
    copied: 'Tersalin ke clipboard.',
    copyFailed: 'Pilih teksnya lalu salin secara manual.',
    keywords: 'Kata kunci (baris kata kunci artikel)',
    default: '(bawaan)',
    notIncluded: 'tidak masuk cuplikan sampai diperbaiki',
  },
};
/* A realistic start for each widget, from the seed posts. */
const STARTERS = {
  'royalty-tier-calc': { 'monthly-downloads': '100', price: '1', 'usd-idr': '16250' },
  'tax-withholding-table': { gross: '317.50', 'usd-idr': '16250' },
  'fiverr-level-meter': {
    'days-active': '140',
    orders: '47',
    earnings: '1850',
    rating: '4.8',
    'response-rate': '96',
    'completion-rate': '92',
    'on-time-rate': '100',
  },
  'tag-cloud': { __text: 'microstock, npwp shutterstock, pajak shutterstock, w-8ben shutterstock, passive income' },
};
const READ_ONLY = new Set(['level']);

const lang = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'id');
const t = (key) => TEXT[lang()][key];
const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
const declarations = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d]),
);

const fields = document.getElementById('fields');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const problems = document.getElementById('problems');
const values = {};
let current = 'royalty-tier-calc';

/** Options of an attribute whose type is a union of string literals: "'image' | 'video'". */
function literals(type) {
  const parts = String(type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

function renderForm() {
  fields.replaceChildren();
  const decl = declarations[current];
  for (const attr of decl.attributes.filter((a) => !READ_ONLY.has(a.name))) {
    const id = `f-${attr.name}`;
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = attr.name;
    const desc = document.createElement('span');
    desc.className = 'desc';
    desc.id = `${id}-desc`;
    desc.textContent = (attr.description ?? '').replace(/`/g, '');
    const error = document.createElement('span');
    error.className = 'error';
    error.id = `${id}-error`;
    let control;
    const options = literals(attr.type?.text);
    if (attr.type?.text === 'boolean') {
      wrap.classList.add('check');
      control = document.createElement('input');
      control.type = 'checkbox';
      control.checked = values[attr.name] === true;
      control.addEventListener('change', () => update(attr.name, control.checked));
    } else if (options) {
      control = document.createElement('select');
      for (const value of ['', ...options]) control.add(new Option(value || t('default'), value, false, values[attr.name] === value));
      control.addEventListener('change', () => update(attr.name, control.value));
    } else {
      control = document.createElement('input');
      control.type = 'text';
      control.autocomplete = 'off';
      control.spellcheck = false;
      control.value = values[attr.name] ?? '';
      control.addEventListener('input', () => update(attr.name, control.value));
    }
    control.id = id;
    control.setAttribute('aria-describedby', `${id}-desc ${id}-error`);
    wrap.append(label, ...(control.type === 'checkbox' ? [control] : []), desc, ...(control.type === 'checkbox' ? [] : [control]), error);
    fields.append(wrap);
  }
  if (current === 'tag-cloud') {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = 'f-text';
    label.textContent = t('keywords');
    const area = document.createElement('textarea');
    area.id = 'f-text';
    area.rows = 3;
    area.value = values.__text ?? '';
    area.addEventListener('input', () => update('__text', area.value));
    wrap.append(label, area);
    fields.append(wrap);
  }
}

function update(name, value) {
  values[name] = value;
  void renderOutput();
}

/** The attributes the live widget reports as unusable: its own messages decide. */
function rejected(el) {
  const root = el.shadowRoot;
  const bad = new Set();
  const messages = [];
  for (const attr of declarations[current].attributes) {
    const camel = attr.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const fieldMessage = root.getElementById?.(`${camel}-msg`)?.textContent?.trim();
    const word = new RegExp(`(^|\\s)${attr.name}(\\s|$)`);
    const notice = [...root.querySelectorAll('.notice')].map((n) => n.textContent.trim()).find((text) => word.test(text));
    if (fieldMessage || notice) {
      bad.add(attr.name);
      messages.push([attr.name, fieldMessage || notice]);
    }
  }
  return { bad, messages };
}

async function renderOutput() {
  const el = document.createElement(current);
  for (const [name, value] of Object.entries(values)) {
    if (name === '__text') el.textContent = value;
    else if (value === true) el.setAttribute(name, '');
    else if (value !== '' && value !== false && value !== undefined) el.setAttribute(name, value);
  }
  preview.replaceChildren(el);
  await el.updateComplete;
  const { bad, messages } = rejected(el);
  for (const attr of declarations[current].attributes) {
    const control = document.getElementById(`f-${attr.name}`);
    const error = document.getElementById(`f-${attr.name}-error`);
    if (!control || !error) continue;
    const message = messages.find(([name]) => name === attr.name)?.[1];
    control.setAttribute('aria-invalid', String(Boolean(message)));
    error.textContent = message ? `${message} (${t('notIncluded')})` : '';
  }
  problems.replaceChildren(
    ...messages.map(([name, text]) => Object.assign(document.createElement('li'), { textContent: `${name}: ${text}` })),
  );
  const attributes = Object.entries(values).filter(
    ([name, value]) => name !== '__text' && !bad.has(name) && value !== '' && value !== false,
  );
  snippetBox.value = buildSnippet({ tag: current, attributes, text: current === 'tag-cloud' ? (values.__text ?? '') : '' });
}

function pick(tag) {
  current = tag;
  for (const key of Object.keys(values)) delete values[key];
  Object.assign(values, STARTERS[tag]);
  renderForm();
  void renderOutput();
}

function translate() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = `freelancer-widgets — ${t('title')}`;
}

document
  .querySelectorAll('input[name="widget"]')
  .forEach((radio) => radio.addEventListener('change', () => radio.checked && pick(radio.value)));
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    status.textContent = t('copied');
  } catch {
    snippetBox.focus();
    snippetBox.select();
    status.textContent = t('copyFailed');
  }
});
new MutationObserver(() => {
  translate();
  renderForm();
  void renderOutput();
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

translate();
pick(current);
document.documentElement.dataset.ready = 'true';
