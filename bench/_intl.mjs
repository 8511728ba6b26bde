import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < 3; run++) {
  const page = await (await browser.newContext()).newPage();
  await page.setContent('<html><body></body></html>');
  console.log(await page.evaluate(() => {
    const t = (f) => { const s = performance.now(); f(); return +(performance.now() - s).toFixed(1); };
    return {
      usdId: t(() => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(1)),
      plainId: t(() => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 }).format(1)),
      idrId: t(() => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(1)),
      monthId: t(() => new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(0)),
      monthShortId: t(() => new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' }).format(0)),
      dateId: t(() => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0)),
      names: t(() => new Intl.DisplayNames(['id-ID'], { type: 'region' }).of('ID')),
      usdEn: t(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1)),
      plainEn: t(() => new Intl.NumberFormat('en-US').format(1)),
      collator: t(() => new Intl.Collator('id-ID').compare('a', 'b')),
      segmenter: t(() => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('abc')]),
    };
  }));
}
await browser.close();
