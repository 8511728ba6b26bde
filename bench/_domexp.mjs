import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.setContent(`<!doctype html><body style="font:16px system-ui"><div id=stage style="width:760px"></div></body>`);
const r = await page.evaluate(async () => {
  const painted = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  const css = `.tag{display:inline-block;margin:0 .3em .4em 0;padding:.25em .65em;border-radius:24px;background:#e6eef7;color:#0a5ab0;text-decoration:none;border:1px solid transparent}.chunk{content-visibility:auto;contain-intrinsic-size:auto 12em}` + Array.from({length:81},(_, i)=>`.s${80+i}{font-size:${80+i}%}`).join('');
  const results = {};
  for (const [name, opts] of [['span-a inline-block', { cv: true, inline: false }], ['a inline-block', { cv: true, inline: true }], ['span-a display-inline', { cv: true, inline: false, disp: 'inline' }], ['a display-inline', { cv: true, inline: true, disp: 'inline' }], ['a display-inline no-cv', { cv: false, inline: true, disp: 'inline' }]]) {
    const times = [];
    for (let k = 0; k < 5; k++) {
      const stage = document.getElementById('stage'); stage.replaceChildren(); await painted();
      const t = performance.now();
      const host = document.createElement('div'); const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet(); sheet.replaceSync(opts.disp ? css.replace('display:inline-block','display:inline;white-space:nowrap;line-height:2.1;box-decoration-break:clone') : css); root.adoptedStyleSheets = [sheet];
      const list = document.createElement('div'); list.setAttribute('role', 'list');
      const proto = document.createElement('span'); proto.setAttribute('role', 'listitem'); const a = document.createElement('a'); a.setAttribute('part','tag'); proto.append(a);
      let chunk;
      for (let i = 0; i < 5000; i++) {
        if (i % 250 === 0) { chunk = document.createElement('div'); chunk.setAttribute('role','none'); if (opts.cv) chunk.className = 'chunk'; list.append(chunk); }
        let el, link;
        if (opts.inline) { link = document.createElement('a'); el = link; link.setAttribute('role','listitem'); }
        else { el = proto.cloneNode(true); link = el.firstChild; }
        link.className = `tag s${80 + (i % 81)}`; link.setAttribute('href', `/search/label/label%20${i}`); link.setAttribute('aria-label', `label ${i}, ${i % 97} posts`); link.textContent = `label ${i}`;
        chunk.append(el);
      }
      root.append(list); stage.append(host);
      await painted();
      times.push(performance.now() - t);
    }
    results[name] = times.map((x) => +x.toFixed(1));
  }
  return results;
});
console.log(r);
await browser.close();
