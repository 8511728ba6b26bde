import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const order of [['plainEn','plainId','usdId'],['plainId','usdId'],['dtf','usdId'],['usdEnStd','usdId'], ['pr', 'usdId']]) {
  const page = await (await browser.newContext()).newPage();
  await page.setContent('<html><body></body></html>');
  console.log(order.join('>'), JSON.stringify(await page.evaluate((order) => {
    const t = (f) => { const s = performance.now(); f(); return +(performance.now() - s).toFixed(1); };
    const F = {
      plainEn: () => new Intl.NumberFormat('en-US').format(1),
      plainId: () => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 }).format(1),
      usdId: () => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(1),
      usdEnStd: () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1),
      dtf: () => new Intl.DateTimeFormat('id-ID', { month: 'long' }).format(0),
      pr: () => new Intl.PluralRules('id-ID').select(1),
    };
    return order.map((k) => [k, t(F[k])]);
  }, order)));
}
await browser.close();
