// The demo page's language and theme switches. The widgets follow <html lang> by themselves.
const html = document.documentElement;
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    html.lang = button.dataset.lang;
    localStorage.setItem('fw-demo-lang', html.lang);
    sync();
  });
}
const saved = localStorage.getItem('fw-demo-lang');
if (saved) html.lang = saved;
function sync() {
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === html.lang));
}
sync();
// Log each widget event, as a developer would wire them.
for (const name of ['royalty-change', 'withholding-change', 'level-change', 'tag-select']) {
  document.addEventListener(name, (e) => console.info(name, e.detail));
}
