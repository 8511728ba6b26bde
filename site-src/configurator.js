// The configurator: compose a post of several widgets, set each one's attributes with a form generated
// from custom-elements.json, see them live at phone and desktop width on a light or dark page, and copy
// one Blogger-safe snippet (the script once, the reservation CSS, the widgets). The widgets judge the
// values themselves, with the same rules as on a blog: what a widget reports as unusable is marked and
// left out of the snippet. A snippet can be pasted back to be edited. No inline handlers, no innerHTML.
import { TEXT } from './i18n.js';
import { ELEMENT_NAMES, buildSnippet, parseSnippet, readReserve } from './snippet.js';
// The agencies the calculator compares, from the one list (src/core/agencies.ts, built into dist/ and copied beside the site).
import { AGENCIES, AGENCY_IDS } from '../dist/core/agencies.js';

const root = document.getElementById('configurator');
const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'id';
const t = TEXT[lang];
const [manifest, reference, reserveCss] = await Promise.all([
  fetch(root.dataset.manifest).then((r) => r.json()),
  fetch(root.dataset.reference).then((r) => r.json()),
  fetch(root.dataset.reserve).then((r) => r.text()),
]);
const heights = readReserve(reserveCss);
const declarations = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, d]),
);
/** Attributes a blogger sets (the reflected `level` is read-only). */
const settable = (tag) => declarations[tag].attributes.filter((a) => a.name !== 'level');
const documented = Object.fromEntries(ELEMENT_NAMES.map((tag) => [tag, new Set(settable(tag).map((a) => a.name))]));
documented.booleans = new Set(
  ELEMENT_NAMES.flatMap((tag) =>
    settable(tag)
      .filter((a) => a.type?.text === 'boolean')
      .map((a) => `${tag}.${a.name}`),
  ),
);
/** A description in the page's language, without the markdown backticks. */
const describe = (tag, name) =>
  (lang === 'id' ? reference[`${tag}.${name}`] : (declarations[tag].attributes.find((a) => a.name === name)?.description ?? '')).replace(
    /`/g,
    '',
  );

/* A realistic start for each widget, from the blog posts the widgets were made for. */
const STARTERS = {
  'royalty-tier-calc': { values: { 'monthly-downloads': '100', price: '1', 'usd-idr': '16250' } },
  'tax-withholding-table': { values: { 'usd-idr': '16250' } },
  'fiverr-level-meter': {
    values: { rules: '2024', 'current-level': 'level-2', 'success-score': '9', rating: '4.9', 'response-rate': '96', orders: '38' },
  },
  'tag-cloud': { values: {}, text: 'microstock, npwp shutterstock, pajak shutterstock, w-8ben shutterstock, passive income' },
};

/** The post: its widgets in order, each with a readable id: a tax table links to a calculator by it, and share links address widgets by it. */
let post = [];
let selected = 0;
let counter = 0;

const el = (tag, props = {}, ...children) => append(Object.assign(document.createElement(tag), props), children);
function append(node, children) {
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}
/* Short, readable ids by kind: calc-1, tax-1, fiverr-1, cloud-1. */
const ID_PREFIX = { 'royalty-tier-calc': 'calc', 'tax-withholding-table': 'tax', 'fiverr-level-meter': 'fiverr', 'tag-cloud': 'cloud' };
const nextId = (tag) => {
  let n = 1;
  while (post.some((w) => w.id === `${ID_PREFIX[tag]}-${n}`)) n++;
  return `${ID_PREFIX[tag]}-${n}`;
};

/** Puts a widget at the end of the post, without drawing anything (a pasted snippet places many, then draws once). */
function place(tag, from = STARTERS[tag]) {
  const widget = { key: ++counter, tag, values: { ...from.values }, text: from.text ?? '', id: from.id ?? '' };
  if (!widget.id) widget.id = nextId(tag);
  if (tag === 'tax-withholding-table' && widget.values.for === undefined) {
    const calc = post.find((w) => w.tag === 'royalty-tier-calc');
    if (calc) widget.values.for = calc.id; // a table added after a calculator follows it
  }
  post.push(widget);
}

/** Adds a widget and selects it. */
function add(tag) {
  place(tag);
  selected = post.length - 1;
  refresh();
}

function move(index, by) {
  const to = index + by;
  if (to < 0 || to >= post.length) return;
  [post[index], post[to]] = [post[to], post[index]];
  selected = to;
  refresh();
}

function remove(index) {
  const [gone] = post.splice(index, 1);
  for (const w of post) if (w.values.for === gone.id) delete w.values.for;
  selected = Math.min(selected, post.length - 1);
  refresh();
}

function renderAdders() {
  const box = document.getElementById('adders');
  box.replaceChildren(
    ...ELEMENT_NAMES.map((tag) => {
      const button = el('button', { type: 'button', className: 'add', textContent: `+ ${t.widgetNames[tag]}` });
      button.dataset.tag = tag;
      button.addEventListener('click', () => add(tag));
      return button;
    }),
  );
}

function renderList() {
  const list = document.getElementById('post');
  if (!post.length) return list.replaceChildren(el('li', { className: 'empty', textContent: t.empty }));
  list.replaceChildren(
    ...post.map((w, i) => {
      const name = el('button', { type: 'button', className: 'name', textContent: `${t.widgetNames[w.tag]}${w.id ? ` · #${w.id}` : ''}` });
      name.setAttribute('aria-pressed', String(i === selected));
      name.addEventListener('click', () => {
        selected = i;
        refresh();
      });
      const tool = (label, text, action, disabled = false) => {
        const b = el('button', { type: 'button', className: 'tool', textContent: text, disabled });
        b.setAttribute('aria-label', `${label}: ${t.widgetNames[w.tag]}`);
        b.addEventListener('click', action);
        return b;
      };
      return el(
        'li',
        { className: i === selected ? 'current' : '' },
        name,
        el(
          'span',
          { className: 'tools' },
          tool(t.up, '↑', () => move(i, -1), i === 0),
          tool(t.down, '↓', () => move(i, 1), i === post.length - 1),
          tool(t.remove, '×', () => remove(i)),
        ),
      );
    }),
  );
}

/** Options of an attribute whose type is a union of string literals: "'image' | 'video'". */
function literals(type) {
  const parts = String(type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

function field(w, name, label, control, help) {
  const id = `f-${w.key}-${name}`;
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-help ${id}-error`);
  const wrap = el('div', { className: `field${control.type === 'checkbox' ? ' check' : ''}` });
  const labelEl = el('label', { htmlFor: id, textContent: label });
  const error = el('span', { className: 'error', id: `${id}-error` });
  error.dataset.attribute = name;
  const helpEl = el('span', { className: 'help', id: `${id}-help`, textContent: help });
  return control.type === 'checkbox' ? append(wrap, [control, labelEl, helpEl, error]) : append(wrap, [labelEl, helpEl, control, error]);
}

function renderForm() {
  const box = document.getElementById('fields');
  const w = post[selected];
  if (!w) return box.replaceChildren();
  const fields = [];
  // Every widget's id: a tax table links to a calculator by it, and share links name the widget by it.
  {
    const input = el('input', { type: 'text', value: w.id, autocomplete: 'off', spellcheck: false });
    input.addEventListener('input', () => {
      const old = w.id;
      w.id = input.value.trim().replace(/[^A-Za-z0-9_-]/g, '-');
      for (const other of post) if (other.values.for === old) other.values.for = w.id;
      update();
    });
    fields.push(field(w, 'id', t.idLabel, input, ''));
  }
  const picked = new Set(String(w.values.compare ?? '').split(/\s+/));
  for (const attr of settable(w.tag)) {
    const type = attr.type?.text;
    let control;
    // An agency's own numbers only once the agency is picked; Adobe Stock's first name for its price only in a pasted snippet.
    const agency = AGENCY_IDS.find((id) => attr.name.startsWith(`${id}-`));
    if (w.tag === 'royalty-tier-calc' && agency && !picked.has(agency)) continue;
    if (w.tag === 'royalty-tier-calc' && attr.name === 'compare-price' && !w.values['compare-price']) continue;
    if (w.tag === 'royalty-tier-calc' && attr.name === 'compare') {
      // The other agencies: one checkbox each, written as the space-separated list the attribute takes.
      control = el('fieldset', { className: 'choices' });
      for (const id of AGENCY_IDS) {
        const box = el('input', { type: 'checkbox', checked: picked.has(id), value: id });
        box.addEventListener('change', () => {
          const chosen = AGENCY_IDS.filter((x) => (x === id ? box.checked : picked.has(x)));
          set(w, 'compare', chosen.join(' '));
          renderForm();
        });
        control.append(el('label', {}, box, ` ${AGENCIES[id].name}`));
      }
      fields.push(field(w, attr.name, attr.name, control, describe(w.tag, attr.name)));
      continue;
    }
    if (w.tag === 'tax-withholding-table' && attr.name === 'for') {
      control = el('select');
      const calcs = post.filter((o) => o.tag === 'royalty-tier-calc');
      control.add(new Option(t.noLink, ''));
      for (const c of calcs) control.add(new Option(`#${c.id}`, c.id, false, w.values.for === c.id));
      control.disabled = calcs.length === 0;
      control.addEventListener('change', () => set(w, attr.name, control.value));
      fields.push(field(w, attr.name, t.linkTo, control, calcs.length ? describe(w.tag, attr.name) : t.noCalculator));
      continue;
    }
    const options = literals(type);
    if (type === 'boolean') {
      control = el('input', { type: 'checkbox', checked: w.values[attr.name] === true });
      control.addEventListener('change', () => set(w, attr.name, control.checked));
    } else if (options) {
      control = el('select');
      for (const value of ['', ...options])
        control.add(new Option(value || t.defaultValue, value, false, (w.values[attr.name] ?? '') === value));
      control.addEventListener('change', () => set(w, attr.name, control.value));
    } else {
      control = el('input', { type: 'text', value: w.values[attr.name] ?? '', autocomplete: 'off', spellcheck: false });
      control.addEventListener('input', () => set(w, attr.name, control.value));
    }
    fields.push(field(w, attr.name, attr.name, control, describe(w.tag, attr.name)));
  }
  if (w.tag === 'tag-cloud') {
    const area = el('textarea', { rows: 3, value: w.text });
    area.addEventListener('input', () => {
      w.text = area.value;
      update();
    });
    fields.push(field(w, '__text', t.keywords, area, ''));
  }
  box.replaceChildren(el('h3', { className: 'editing', textContent: t.widgetNames[w.tag] }), ...fields);
}

function set(w, name, value) {
  if (value === '' || value === false) delete w.values[name];
  else w.values[name] = value;
  update();
}

/*
 * What each live widget said it cannot use: the message beside its field, or what it tells the page's author
 * in the console (internal/diagnostics.ts fires `fw-unusable` with the same words).
 */
const unusable = new WeakMap();

/** The attributes the live widget reports as unusable, with its own message for each. */
function rejected(widgetEl, tag) {
  const rootNode = widgetEl.shadowRoot;
  const messages = new Map();
  for (const attr of settable(tag)) {
    const camel = attr.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const fieldMessage = rootNode.getElementById(`${camel}-msg`)?.textContent?.trim();
    const said = unusable.get(widgetEl)?.get(attr.name);
    if (fieldMessage || said) messages.set(attr.name, fieldMessage || said);
  }
  return messages;
}

/** The widgets as elements, each with its id, attributes and text. */
function elementsOf(exclude = new Map()) {
  return post.map((w) => ({
    tag: w.tag,
    // id and for first: the link between a calculator and its table is what a reader of the HTML looks for.
    attributes: [
      ...(w.id ? [['id', w.id]] : []),
      ...Object.entries(w.values).sort(([a], [b]) => Number(b === 'for') - Number(a === 'for')),
    ].filter(([name]) => !exclude.get(w.key)?.has(name)),
    text: w.tag === 'tag-cloud' ? w.text : '',
  }));
}

/** The post's language as chosen (`id`, `en`, or `both`): the snippet's bundle, and the preview's words. */
const postLanguage = () => root.querySelector('input[name="lang"]:checked')?.value ?? lang;

let version = 0;
async function update() {
  const mine = ++version;
  // The list and the form first: let the browser paint them before the preview's widgets start rendering
  // (150 pasted widgets keep the page busy for about a second, and the reader should see their list at once).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (mine !== version) return;
  const preview = document.getElementById('preview');
  // The page has one widget language, the nearest lang of its first widget: the preview's.
  preview.lang = postLanguage() === 'both' ? lang : postLanguage();
  const live = elementsOf().map((e) => {
    const node = document.createElement(e.tag);
    for (const [name, value] of e.attributes) node.setAttribute(name, value === true ? '' : value);
    node.textContent = e.text;
    return node;
  });
  preview.replaceChildren(...live);
  await Promise.all(live.map((n) => n.updateComplete));
  if (mine !== version) return; // a newer change is on its way
  shown = live;
  mark();
}

/* The preview's widgets now, and what they reported about their attributes. */
let shown = [];
function mark() {
  const live = shown;
  if (live.length !== post.length) return; // the post changed: the next update marks its widgets
  const bad = new Map();
  const problems = [];
  post.forEach((w, i) => {
    const messages = rejected(live[i], w.tag);
    bad.set(w.key, messages);
    for (const [name, text] of messages) problems.push(`${t.widgetNames[w.tag]} · ${name}: ${text}`);
  });
  for (const error of document.querySelectorAll('#fields .error')) {
    const message = bad.get(post[selected]?.key)?.get(error.dataset.attribute);
    error.textContent = message ? `${message} (${t.notIncluded})` : '';
    document.getElementById(error.id.replace(/-error$/, ''))?.setAttribute('aria-invalid', String(Boolean(message)));
  }
  document.getElementById('problems').replaceChildren(...problems.map((text) => el('li', { textContent: text })));
  document.getElementById('snippet').value = post.length ? buildSnippet({ elements: elementsOf(bad), heights, lang: postLanguage() }) : '';
}

document.getElementById('preview').addEventListener('fw-unusable', (e) => {
  const widget = e.target;
  if (!unusable.has(widget)) unusable.set(widget, new Map());
  unusable.get(widget).set(e.detail.attribute, e.detail.text);
  if (shown.includes(widget)) mark(); // the console's words arrive after the widget has rendered
});

function refresh() {
  renderList();
  renderForm();
  void update();
}

function wire() {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  renderAdders();
  for (const input of root.querySelectorAll('input[name="width"], input[name="page"], input[name="lang"]')) {
    input.addEventListener('change', () => {
      const preview = document.getElementById('preview');
      preview.classList.toggle('phone', root.querySelector('input[name="width"]:checked').value === 'phone');
      preview.classList.toggle('dark', root.querySelector('input[name="page"]:checked').value === 'dark');
      void update(); // widgets look at the page behind them when they connect
    });
  }
  const status = document.getElementById('copied');
  document.getElementById('copy').addEventListener('click', async () => {
    const box = document.getElementById('snippet');
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = t.copied;
    } catch {
      box.focus();
      box.select();
      status.textContent = t.copyFailed;
    }
  });
  document.getElementById('load').addEventListener('click', () => {
    const found = parseSnippet(document.getElementById('paste-in').value, documented);
    const loadStatus = document.getElementById('load-status');
    loadStatus.textContent = found.length ? t.loaded.replace('{n}', found.length) : t.loadedNone;
    if (!found.length) return;
    post = [];
    for (const f of found) {
      const values = Object.fromEntries(f.attributes.filter(([name]) => name !== 'id'));
      const id = f.attributes.find(([name]) => name === 'id')?.[1] ?? '';
      place(f.tag, { values, text: f.text, id });
    }
    selected = 0;
    refresh(); // once: drawing the preview again per widget made reading 150 widgets take 8-12 s
    root.dataset.loaded = String(post.length);
  });
}

wire();
place('royalty-tier-calc');
place('tax-withholding-table');
refresh();
root.dataset.ready = 'true';
