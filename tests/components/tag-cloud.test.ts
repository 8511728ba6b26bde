import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tag-cloud/tag-cloud.js';
import type { TagCloud, TagSelectDetail } from '../../src/components/tag-cloud/tag-cloud.js';
import { $, BROKEN, record, text, useLocale } from '../support/helpers.js';
import { until } from '../support/wait.js';

/* The keyword line at the end of the seed post "Mendaftar shutterstock apakah harus punya NPWP?". */
const NPWP_LINE =
  'Shutterstock indonesia, cara daftar shutterstock, npwp shutterstock, pajak shutterstock, tax form shutterstock, w-8ben shutterstock, npwp microstock, penghasilan dolar shutterstock, potongan pajak shutterstock, contributor shutterstock, npwp untuk freelancer, pajak penghasilan luar negeri, npwp dan royalti, cara mengisi w-8ben, npwp online, perjanjian pajak indonesia amerika, passive income shutterstock,';

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="tag"]')];
const counts = (el: TagCloud) => Object.fromEntries(el.items.map((i) => [i.name, i.count]));

describe('<tag-cloud> keywords', () => {
  afterEach(() => useLocale('en'));

  it('turns a post’s keyword line into a sorted list of links, each named with its count', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud>${NPWP_LINE}</tag-cloud>`);
    const a = links(el);
    expect(a).to.have.length(17);
    expect($(el, 'ul').getAttribute('aria-label')).to.equal('Keywords');
    expect(a[0].textContent!.trim()).to.equal('cara daftar shutterstock');
    expect(a[0].getAttribute('aria-label')).to.equal('cara daftar shutterstock, 1 mentions');
    expect(a[0].getAttribute('href')).to.equal('/search/label/cara%20daftar%20shutterstock');
    expect(el.items.every((i) => i.size === 100)).to.equal(true); // equal counts, equal sizes
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  it('keeps the keyword text in the light DOM for crawlers and for readers without JavaScript', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud>microstock, NPWP</tag-cloud>`);
    expect(el.textContent).to.equal('microstock, NPWP');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null); // the cloud replaces it on screen
  });

  it('merges repeats, sizes by count between min-size and max-size, shows counts', async () => {
    const el = await fixture<TagCloud>(
      html`<tag-cloud show-count min-size="90" max-size="200" tags="npwp, NPWP, npwp, microstock, fiverr, Fiverr"></tag-cloud>`,
    );
    expect(el.items).to.deep.equal([
      { name: 'fiverr', count: 2, size: 154, href: '/search/label/fiverr' }, // 90 + 110 × (log 3 − log 2) / (log 4 − log 2)
      { name: 'microstock', count: 1, size: 90, href: '/search/label/microstock' },
      { name: 'npwp', count: 3, size: 200, href: '/search/label/npwp' },
    ]);
    expect($(el, '.count').textContent).to.equal('2');
    expect(getComputedStyle(links(el)[2]).fontSize).to.not.equal(getComputedStyle(links(el)[1]).fontSize);
    const big = parseFloat(getComputedStyle(links(el)[2]).fontSize);
    const small = parseFloat(getComputedStyle(links(el)[1]).fontSize);
    expect(big / small).to.be.closeTo(200 / 90, 0.05);
  });

  it('accepts string[] and {name, count}[] through the tags property', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud sort="count"></tag-cloud>`);
    el.tags = [{ name: 'NPWP', count: 4 }, { name: 'W-8BEN', count: 9 }, 'npwp'];
    await el.updateComplete;
    expect(el.items.map((i) => [i.name, i.count])).to.deep.equal([
      ['W-8BEN', 9],
      ['NPWP', 5],
    ]);
    expect(links(el)[0].getAttribute('aria-label')).to.equal('W-8BEN, 9 posts');
  });

  it('keeps the N most frequent with max', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud max="2" tags="a, b, b, c, c, c"></tag-cloud>`);
    expect(el.items.map((i) => i.name)).to.deep.equal(['b', 'c']);
  });

  it('renders XSS strings as text, never as markup', async () => {
    (window as any).__xss = 0;
    const payload = '<img src=x onerror=window.__xss=1>, <svg onload=window.__xss=2>, "><script>window.__xss=3</script>';
    const el = await fixture<TagCloud>(html`<tag-cloud tags=${payload}></tag-cloud>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, svg, script')).to.equal(null);
    expect((window as any).__xss).to.equal(0);
    expect(text(el)).to.contain('<img src=x onerror=window.__xss=1>');
  });

  it('refuses javascript: and data: link templates, shows plain tags and warns', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      for (const template of ['javascript:alert("{tag}")', ' JaVaScRiPt:alert(1)//{tag}', 'data:text/html,{tag}']) {
        const el = await fixture<TagCloud>(html`<tag-cloud href=${template} tags="a, b"></tag-cloud>`);
        expect(links(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('span[part="tag"]')).to.have.length(2);
        expect(el.items.every((i) => i.href === null)).to.equal(true);
        expect(text(el)).to.contain('The href setting is not usable');
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(3);
  });

  it('uses an http(s) template with {tag} encoded', async () => {
    const el = await fixture<TagCloud>(
      html`<tag-cloud href=${'https://example.com/search?q={tag}&src=cloud'} tags=${'a&b, c d'}></tag-cloud>`,
    );
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/search?q=a%26b&src=cloud',
      'https://example.com/search?q=c%20d&src=cloud',
    ]);
  });

  it('fires a cancelable tag-select; cancelling stops navigation', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud tags="npwp, npwp, fiverr" href="#tag-{tag}"></tag-cloud>`);
    const events = record<TagSelectDetail>(el, 'tag-select');
    el.addEventListener('tag-select', (e) => e.preventDefault());
    const before = location.hash;
    links(el)[1].click();
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ tag: 'npwp', count: 2, href: '#tag-npwp' });
    expect(events[0].cancelable && events[0].bubbles && events[0].composed).to.equal(true);
    expect(location.hash).to.equal(before);
  });

  it('is operable by keyboard: Tab reaches each link', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud tags="a, b, c"></tag-cloud>`);
    const first = document.createElement('button');
    el.before(first);
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links(el)[1]);
    first.remove();
  });

  it('speaks Indonesian and collates for the page language', async () => {
    await useLocale('id');
    const el = await fixture<TagCloud>(html`<tag-cloud show-count tags="Zebra, apel, Apel, ápel"></tag-cloud>`);
    expect($(el, 'ul').getAttribute('aria-label')).to.equal('Kata kunci');
    expect(links(el)[0].textContent).to.contain('disebut 2 kali'); // apel + Apel merge; ápel is another word
  });

  it('shows bad numeric attributes and empty input clearly', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud min-size="-5" max-size="abc" max="1.5" sort="random"></tag-cloud>`);
    const t = text(el);
    expect(t).to.contain('The min-size setting is not usable: Must not be negative.');
    expect(t).to.contain('The max-size setting is not usable: This is not a number.');
    expect(t).to.contain('The max setting is not usable: Enter a whole number.');
    expect(t).to.contain('The sort setting is not usable: Use alpha, count or none.');
    expect(t).to.contain('No tags.');
    expect(t).not.to.match(BROKEN);
  });

  it('renders 5,000 tags, none dropped', async () => {
    const tags = Array.from({ length: 5000 }, (_, i) => ({ name: `tag ${i}`, count: (i % 50) + 1 }));
    const el = await fixture<TagCloud>(html`<tag-cloud .tags=${tags}></tag-cloud>`);
    expect(links(el)).to.have.length(5000);
    expect(new Set(el.items.map((i) => i.size)).size).to.be.greaterThan(20);
  });

  it('passes axe, with and without counts', async () => {
    await expect(await fixture<TagCloud>(html`<tag-cloud tags="microstock, npwp, npwp"></tag-cloud>`)).to.be.accessible();
    await expect(await fixture<TagCloud>(html`<tag-cloud show-count tags="microstock, npwp, npwp"></tag-cloud>`)).to.be.accessible();
  });
});

describe('<tag-cloud src> (Blogger feed)', () => {
  let rejections: PromiseRejectionEvent[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections).to.have.length(0);
  });

  it('src="blogger" counts this blog’s labels over every page of the feed', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="blogger" show-count></tag-cloud>`);
    await until(() => el.items.length > 0, 5000);
    expect(counts(el)).to.deep.equal({
      '<img src=x onerror=window.__xss=1>': 1,
      'kerja dari rumah': 53,
      microstock: 105,
      NPWP: 21,
      'Passive Income': 37,
      Fiverr: 30,
      Shutterstock: 42,
      'Suitable for TDD ( ★★★★★ )': 5,
      演算法小練習: 2,
    });
    expect($(el, 'ul').getAttribute('aria-label')).to.equal('Labels');
    const tdd = links(el).find((a) => a.textContent!.includes('TDD'))!;
    expect(tdd.getAttribute('href')).to.equal('/search/label/Suitable%20for%20TDD%20(%20%E2%98%85%E2%98%85%E2%98%85%E2%98%85%E2%98%85%20)');
    expect(tdd.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Suitable for TDD ( ★★★★★ )5, 5 posts');
    expect(tdd.querySelector('.visually-hidden')!.textContent).to.equal(', 5 posts');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const sizes = Object.fromEntries(el.items.map((i) => [i.name, i.size]));
    expect(sizes.microstock).to.equal(160);
    expect(sizes['<img src=x onerror=window.__xss=1>']).to.equal(80);
  });

  it('follows what a capped server actually returns, up to max-posts', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="/feed/capped/feeds/posts/summary?alt=json" max-posts="100"></tag-cloud>`);
    await until(() => el.items.length > 0, 5000);
    expect(counts(el)).to.deep.include({
      microstock: 45,
      'kerja dari rumah': 23,
      Shutterstock: 18,
      'Passive Income': 17,
      Fiverr: 14,
      NPWP: 9,
    });
  });

  for (const [kind, note] of [
    ['404', 'The blog’s labels could not be loaded.'],
    ['500', 'The blog’s labels could not be loaded.'],
    ['bad-json', 'The blog’s labels could not be loaded.'],
    ['not-blogger', 'The feed is not a Blogger feed.'],
  ]) {
    it(`a ${kind} feed leaves the inline keywords with a quiet note`, async () => {
      const el = await fixture<TagCloud>(html`<tag-cloud src="/feed/${kind}/feeds/posts/summary">microstock, npwp</tag-cloud>`);
      await until(() => text(el).includes(note), 5000);
      expect(text(el)).to.contain('Showing this post’s keywords instead.');
      expect(el.items.map((i) => i.name)).to.deep.equal(['microstock', 'npwp']);
    });
  }

  it('gives up after its timeout, and shows a loading state meanwhile', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud .feedTimeout=${300} src="/feed/slow/feeds/posts/summary">microstock</tag-cloud>`);
    expect(text(el)).to.contain('Loading the blog’s labels…');
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    await until(() => text(el).includes('took too long'), 5000);
    expect(el.items.map((i) => i.name)).to.deep.equal(['microstock']);
  });

  it('a network error or a javascript: feed URL is a note, not an exception', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="http://127.0.0.1:9/feeds/posts/summary">x</tag-cloud>`);
    await until(() => text(el).includes('could not be loaded'), 5000);
    const bad = await fixture<TagCloud>(html`<tag-cloud src="javascript:alert(1)">x</tag-cloud>`);
    expect(text(bad)).to.contain('The feed address must be relative');
  });

  it('aborts when removed from the page', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud .feedTimeout=${5000} src="/feed/slow/feeds/posts/summary">x</tag-cloud>`);
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(el.items.map((i) => i.name)).to.deep.equal(['x']);
  });

  it('an empty blog says so', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="/feed/empty/feeds/posts/summary"></tag-cloud>`);
    await until(() => text(el).includes('no labels yet'), 5000);
  });
});
