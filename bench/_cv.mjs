import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.setContent(`<!doctype html><body style="font:16px system-ui"><div id=stage style="width:760px"></div></body>`);
for (const cv of ['none', 'auto', 'hidden']) {
const r = await page.evaluate(async (cv) => {
  const painted = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  const css = `.tag{display:inline-block;margin:0 .3em .4em 0;padding:.25em .65em;border-radius:24px;background:#e6eef7;color:#0a5ab0;text-decoration:none}.chunk{content-visibility:${cv};contain-intrinsic-size:auto 1000px}`;
  const out = [];
  for (let k = 0; k < 5; k++) {
    const stage = document.getElementById('stage'); stage.replaceChildren(); await painted();
    const list = document.createElement('div');
    let chunk;
    for (let i = 0; i < 5000; i++) {
      if (i % 250 === 0) { chunk = document.createElement('div'); chunk.className = 'chunk'; list.append(chunk); }
      const a = document.createElement('a'); a.className = 'tag'; a.href = '#'; a.textContent = `label ${i}`; chunk.append(a);
    }
    const style = document.createElement('style'); style.textContent = css; stage.append(style);
    const t0 = performance.now(); stage.append(list); void list.offsetHeight; const t1 = performance.now();
    await painted(); const t2 = performance.now();
    out.push([+(t1 - t0).toFixed(1), +(t2 - t1).toFixed(1), [...list.children].filter(c => c.checkVisibility({contentVisibilityAuto: true})).length]);
  }
  return out;
}, cv);
console.log(cv, JSON.stringify(r));
}
await browser.close();
