import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tag-cloud/tag-cloud.js';
import type { TagCloud } from '../../src/components/tag-cloud/tag-cloud.js';
import { listNodes, listTemplates } from '../../src/components/tag-cloud/cloud-list.js';
import { render } from 'lit';
import type { TagSelectDetail } from '../../src/core/tag-weights.js';
import { $, BROKEN, record, text, useLocale } from '../support/helpers.js';
import { captureWarnings, PAGE_PROBLEMS } from '../support/console.js';
import { payloadEventsPassed } from '../support/payload-events.js';

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
    expect($(el, '[role="list"]').getAttribute('aria-label')).to.equal('Keywords');
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
    await payloadEventsPassed(); // an injected image's onerror would have run by now
    expect(el.shadowRoot!.querySelector('img, svg, script')).to.equal(null);
    expect((window as any).__xss).to.equal(0);
    expect(text(el)).to.contain('<img src=x onerror=window.__xss=1>');
  });

  it('refuses javascript: and data: link templates, shows plain tags and warns', async () => {
    const warnings = captureWarnings();
    try {
      for (const template of ['javascript:alert("{tag}")', ' JaVaScRiPt:alert(1)//{tag}', 'data:text/html,{tag}']) {
        const el = await fixture<TagCloud>(html`<tag-cloud href=${template} tags="a, b"></tag-cloud>`);
        expect(links(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('span[part="tag"]')).to.have.length(2);
        expect(el.items.every((i) => i.href === null)).to.equal(true);
        expect(text(el)).to.contain(PAGE_PROBLEMS.en);
        await warnings.said(
          `<tag-cloud> href="${template.trim()}": only relative links or links starting with http:// or https:// are allowed. Tags are shown without links.`,
        );
      }
      expect(warnings.lines).to.have.length(3);
    } finally {
      warnings.stop();
    }
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
    expect($(el, '[role="list"]').getAttribute('aria-label')).to.equal('Kata kunci');
    expect(links(el)[0].textContent).to.contain('disebut 2 kali'); // apel + Apel merge; ápel is another word
  });

  it('shows bad numeric attributes and empty input clearly', async () => {
    const warnings = captureWarnings();
    const el = await fixture<TagCloud>(html`<tag-cloud min-size="-5" max-size="abc" max="1.5" sort="random"></tag-cloud>`);
    const t = text(el);
    expect(t).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<tag-cloud> min-size="-5": it must not be negative. The default is used.');
    await warnings.said('<tag-cloud> max-size="abc": it is not a number');
    await warnings.said('<tag-cloud> max="1.5": it must be a whole number. The default is used.');
    await warnings.said('<tag-cloud> sort="random": use one of: alpha, count, none. The default is used.');
    warnings.stop();
    expect(t).to.contain('No tags.');
    expect(t).not.to.match(BROKEN);
  });

  it('its list as DOM nodes is exactly the markup of its Lit templates (the server’s)', async () => {
    const items = [
      { name: 'a&b <i>', size: 80, href: '/search/label/a%26b', count: '1.500', label: '1.500 posts' },
      { name: 'plain', size: 120, href: null, count: '2', label: '2 posts' },
    ];
    const normal = (root: Element) => {
      for (const el of root.querySelectorAll('*')) {
        const attributes = [...el.attributes].map((a) => [a.name, a.value]).sort();
        for (const [name] of attributes) el.removeAttribute(name);
        for (const [name, value] of attributes) el.setAttribute(name, value);
      }
      return root.innerHTML.replace(/<!--[^>]*-->/g, '');
    };
    for (const showCount of [false, true]) {
      const fromTemplates = document.createElement('div');
      render(listTemplates(items, showCount), fromTemplates);
      const fromNodes = document.createElement('div');
      fromNodes.append(listNodes(document, items, showCount));
      expect(normal(fromNodes)).to.equal(normal(fromTemplates));
    }
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
  let runs = 0;
  /** A feed URL of its own for each test: its requests are counted apart, and nothing comes from another test's cache. */
  const feed = (kind: string) => `/feed/${kind}/feeds/posts/summary?alt=json&run=${kind}-${Date.now()}-${++runs}`;
  const requests = async (src: string) => {
    const run = new URL(src, location.href).searchParams.get('run');
    return (await (await fetch(`/feed/_log?run=${run}`)).json()) as { count: number; aborted: boolean };
  };
  beforeEach(() => {
    rejections = [];
    sessionStorage.clear();
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    window.removeEventListener('unhandledrejection', onRejection);
    await useLocale('en');
    expect(rejections).to.have.length(0);
  });

  it('src="blogger" counts this blog’s labels over every page of the feed', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="blogger" show-count></tag-cloud>`);
    await waitUntil(() => el.items.length > 0, 'labels loaded', { timeout: 5000 });
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
    expect($(el, '[role="list"]').getAttribute('aria-label')).to.equal('Labels');
    const tdd = links(el).find((a) => a.textContent!.includes('TDD'))!;
    expect(tdd.getAttribute('href')).to.equal('/search/label/Suitable%20for%20TDD%20(%20%E2%98%85%E2%98%85%E2%98%85%E2%98%85%E2%98%85%20)');
    expect(tdd.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Suitable for TDD ( ★★★★★ )5, 5 posts');
    expect(tdd.querySelector('.visually-hidden')!.textContent).to.equal(', 5 posts');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const sizes = Object.fromEntries(el.items.map((i) => [i.name, i.size]));
    expect(sizes.microstock).to.equal(160);
    expect(sizes['<img src=x onerror=window.__xss=1>']).to.equal(80);
  });

  it('a 230-post feed costs 3 requests, the second and third asked for at once', async () => {
    const src = feed('ok');
    const el = await fixture<TagCloud>(html`<tag-cloud src=${src}></tag-cloud>`);
    await waitUntil(() => el.items.length > 0, 'labels loaded', { timeout: 5000 });
    expect((await requests(src)).count).to.equal(3);
    expect(text(el)).not.to.contain('first');
  });

  for (const [kind, maxPosts, most, posts, note] of [
    ['lying', 500, 6, 230, null], // claims 100,000 posts
    ['repeat', 500, 6, 100, null], // every page is the first: counted once
    ['one', 500, 6, 6, 'Labels of the first 6 posts.'], // one post a page: the bound stops it
    ['capped', 100, 2, 14, 'Labels of the first 14 posts.'],
    ['one', 100_000, 1001, null, null], // the bound grows with max-posts, never past ceil(max/100)+1
  ] as const) {
    it(`a ${kind} server with max-posts=${maxPosts}: at most ${most} requests, each post counted once`, async () => {
      const src = feed(kind);
      const el = await fixture<TagCloud>(
        html`<tag-cloud src=${src} max-posts=${maxPosts} .feedTimeout=${kind === 'one' && maxPosts > 500 ? 800 : 6000}></tag-cloud>`,
      );
      await waitUntil(() => el.items.length > 0 && !text(el).includes('Loading'), 'labels loaded', { timeout: 8000 });
      const { count } = await requests(src);
      expect(count).to.be.at.most(most);
      if (posts !== null) {
        const microstock = el.items.find((i) => i.name === 'microstock')!.count;
        expect(microstock).to.be.at.most(posts).and.at.most(105); // never more posts than the blog has
      }
      if (note) expect(text(el)).to.contain(note);
    });
  }

  it('a feed that stops answering mid-way keeps the labels read so far, with a partial note', async () => {
    const src = feed('stall');
    const el = await fixture<TagCloud>(html`<tag-cloud .feedTimeout=${600} src=${src}>fallback</tag-cloud>`);
    await waitUntil(() => text(el).includes('the feed stopped answering'), 'partial note', { timeout: 5000 });
    expect(text(el)).to.contain('Labels of the first 100 posts only: the feed stopped answering.');
    expect(el.items.some((i) => i.name === 'microstock')).to.equal(true);
    expect(el.items.some((i) => i.name === 'fallback')).to.equal(false);
    await useLocale('id');
    expect(text(el)).to.contain('Hanya label dari 100 artikel pertama: feed berhenti merespons.');
  });

  it('a second cloud on the same feed in the same session asks nothing: the count is cached', async () => {
    const src = feed('ok');
    const first = await fixture<TagCloud>(html`<tag-cloud src=${src}></tag-cloud>`);
    await waitUntil(() => first.items.length > 0, 'labels loaded', { timeout: 5000 });
    const before = (await requests(src)).count;
    const second = await fixture<TagCloud>(html`<tag-cloud src=${src}></tag-cloud>`);
    await waitUntil(() => second.items.length > 0, 'labels from the cache', { timeout: 2000 });
    expect((await requests(src)).count).to.equal(before);
    expect(second.items).to.deep.equal(first.items);
  });

  it('blocked or junk storage is not used, and nothing breaks', async () => {
    const src = feed('ok');
    for (const key of Object.keys(sessionStorage)) sessionStorage.removeItem(key);
    sessionStorage.setItem(`freelancer-widgets:feed:${new URL(src, location.href).href}|500`, '{not json');
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await fixture<TagCloud>(html`<tag-cloud src=${src}></tag-cloud>`);
      await waitUntil(() => el.items.length > 0, 'labels loaded', { timeout: 5000 });
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  for (const [kind, note] of [
    ['404', 'The blog’s labels could not be loaded.'],
    ['500', 'The blog’s labels could not be loaded.'],
    ['bad-json', 'The blog’s labels could not be loaded.'],
    ['not-blogger', 'The feed is not a Blogger feed.'],
  ]) {
    it(`a ${kind} feed leaves the inline keywords with a quiet note`, async () => {
      const el = await fixture<TagCloud>(html`<tag-cloud src="/feed/${kind}/feeds/posts/summary">microstock, npwp</tag-cloud>`);
      await waitUntil(() => text(el).includes(note), note, { timeout: 5000 });
      expect(text(el)).to.contain('Showing this post’s keywords instead.');
      expect(el.items.map((i) => i.name)).to.deep.equal(['microstock', 'npwp']);
    });
  }

  it('gives up after its timeout, and shows a loading state meanwhile', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud .feedTimeout=${300} src=${feed('slow')}>microstock</tag-cloud>`);
    expect(text(el)).to.contain('Loading the blog’s labels…');
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => text(el).includes('took too long'), 'timeout note', { timeout: 5000 });
    expect(el.items.map((i) => i.name)).to.deep.equal(['microstock']);
  });

  it('a network error, a javascript: URL or a non-string src is a note, not an exception', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="http://127.0.0.1:9/feeds/posts/summary">x</tag-cloud>`);
    await waitUntil(() => text(el).includes('could not be loaded'), 'network note', { timeout: 5000 });
    const warnings = captureWarnings();
    const bad = await fixture<TagCloud>(html`<tag-cloud src="javascript:alert(1)">x</tag-cloud>`);
    expect(text(bad)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<tag-cloud> src="javascript:alert(1)": the feed address must be relative or start with http:// or https://.');
    const odd = await fixture<TagCloud>(html`<tag-cloud .src=${42 as unknown as string}>x</tag-cloud>`);
    expect(text(odd)).to.contain(PAGE_PROBLEMS.en);
    await warnings.said('<tag-cloud> src="42": it must be text (a string, or a URL object). The default is used.');
    warnings.stop();
    const url = await fixture<TagCloud>(html`<tag-cloud .src=${new URL(feed('ok'), location.href)}></tag-cloud>`);
    await waitUntil(() => url.items.length > 0, 'a URL object is followed', { timeout: 5000 });
  });

  it('cancels the request when removed from the page', async () => {
    const src = feed('slow');
    const el = await fixture<TagCloud>(html`<tag-cloud .feedTimeout=${5000} src=${src}>x</tag-cloud>`);
    await waitUntil(async () => (await requests(src)).count === 1, 'the request reached the server');
    el.remove();
    // The server sees the connection closed before it answered: the widget aborted its fetch.
    await waitUntil(async () => (await requests(src)).aborted, 'the request was aborted', { timeout: 2500 });
    expect(el.items.map((i) => i.name)).to.deep.equal(['x']);
  });

  it('a feed repeating one page of id-less posts while claiming a billion: each post counted once, 2 requests at most beyond the first repeat', async () => {
    const src = feed('repeat-noid');
    const el = await fixture<TagCloud>(html`<tag-cloud src=${src} max-posts="100000" show-count></tag-cloud>`);
    await waitUntil(() => el.items.length > 0 && !text(el).includes('Loading'), 'labels loaded', { timeout: 8000 });
    expect((await requests(src)).count).to.equal(4); // the first page, then one wave of three: the first of them repeats
    expect(counts(el).microstock).to.equal(45); // the first 100 posts carry it 45 times, once each
  });

  it('three clouds on one feed share one load: they cost what one cloud costs', async () => {
    const src = feed('ok');
    const host = await fixture(
      html`<div>
        <tag-cloud src=${src}></tag-cloud><tag-cloud src=${src} show-count></tag-cloud><tag-cloud src=${src} sort="count"></tag-cloud>
      </div>`,
    );
    const clouds = [...host.querySelectorAll<TagCloud>('tag-cloud')];
    await waitUntil(() => clouds.every((c) => c.items.length > 0), 'every cloud has its labels', { timeout: 5000 });
    expect((await requests(src)).count).to.equal(3); // one cloud on this 230-post feed: 3 requests
    expect(counts(clouds[1])).to.deep.equal(counts(clouds[0]));
    expect(counts(clouds[2])).to.deep.equal(counts(clouds[0]));
  });

  it('a cloud leaving does not cancel the load another cloud still waits for', async function () {
    this.timeout(20_000); // the slow feed's three pages take 3 s each, two of them at once: about 6 s
    const src = feed('slow');
    const host = await fixture(html`<div><tag-cloud src=${src}>x</tag-cloud><tag-cloud src=${src}>x</tag-cloud></div>`);
    const [gone, staying] = [...host.querySelectorAll<TagCloud>('tag-cloud')];
    await waitUntil(async () => (await requests(src)).count === 1, 'the request reached the server');
    gone.remove();
    // Had leaving cancelled the shared load, its first request would end unanswered and no next page would be asked for.
    await waitUntil(async () => (await requests(src)).count > 1, 'the next page: the first request was answered', { timeout: 10_000 });
    expect((await requests(src)).aborted, 'the first request was not cancelled').to.equal(false);
    await waitUntil(() => staying.items.some((i) => i.name === 'microstock'), 'labels for the cloud that stayed', { timeout: 15_000 });
  });

  for (const [what, stored] of [
    ['a tag name that is an object', '{"at":NOW,"posts":3,"tags":[[{},2]]}'],
    ['counts that are "NaN" and -5', '{"at":NOW,"posts":3,"tags":[["microstock","NaN"],["npwp",-5]]}'],
    ['no date', '{"posts":3,"tags":[["microstock",2]]}'],
    ['a date in the future', '{"at":FUTURE,"posts":3,"tags":[["microstock",2]]}'],
    ['a count above its posts', '{"at":NOW,"posts":3,"tags":[["microstock",1e9]]}'],
    ['tags that are not a list', '{"at":NOW,"posts":3,"tags":"microstock"}'],
    ['an array', '[1,2,3]'],
    ['not JSON', '{not json'],
  ] as const) {
    it(`a corrupted session cache (${what}) is ignored and overwritten with the feed's count`, async () => {
      const src = feed('ok');
      const key = `freelancer-widgets:feed:${new URL(src, location.href).href}|500`;
      sessionStorage.setItem(key, stored.replace('NOW', String(Date.now())).replace('FUTURE', String(Date.now() + 3_600_000)));
      const el = await fixture<TagCloud>(html`<tag-cloud src=${src} show-count></tag-cloud>`);
      await waitUntil(() => el.items.length > 0, 'labels loaded', { timeout: 5000 });
      expect((await requests(src)).count).to.equal(3);
      expect(counts(el).microstock).to.equal(105);
      expect(text(el)).not.to.match(BROKEN);
      expect(text(el)).not.to.contain('-5');
      const written = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { tags: [string, number][] };
      expect(written.tags).to.deep.include(['microstock', 105]);
    });
  }

  it('an empty blog says so', async () => {
    const el = await fixture<TagCloud>(html`<tag-cloud src="/feed/empty/feeds/posts/summary"></tag-cloud>`);
    await waitUntil(() => text(el).includes('no labels yet'), 'empty note', { timeout: 5000 });
  });
});
