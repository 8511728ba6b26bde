import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, fetchLabelCounts, feedPageUrl, maxRequests, parseFeedPage, WAVE } from '../../src/core/blogger-feed.js';
import { mergeTags } from '../../src/core/keywords.js';
import { isSafeHref, tagHref } from '../../src/core/tag-links.js';
import { weighTags } from '../../src/core/tag-weights.js';

/* The keyword line that closes the seed post "Mendaftar shutterstock apakah harus punya NPWP?". */
const NPWP_LINE =
  'Shutterstock indonesia, cara daftar shutterstock, npwp shutterstock, pajak shutterstock, tax form shutterstock, w-8ben shutterstock, npwp microstock, penghasilan dolar shutterstock, potongan pajak shutterstock, contributor shutterstock, npwp untuk freelancer, pajak penghasilan luar negeri, npwp dan royalti, cara mengisi w-8ben, npwp online, perjanjian pajak indonesia amerika, passive income shutterstock,';

describe('core: keyword lines', () => {
  it('splits a seed keyword line into its 17 keywords', () => {
    const tags = mergeTags(NPWP_LINE);
    expect(tags).to.have.length(17);
    expect(tags[0]).to.deep.equal({ name: 'Shutterstock indonesia', count: 1 });
    expect(tags.at(-1)).to.deep.equal({ name: 'passive income shutterstock', count: 1 });
  });

  it('trims, collapses spaces, splits on new lines and merges case-insensitively keeping the first spelling', () => {
    expect(mergeTags('  Microstock ,microstock\nMICRO   STOCK, micro stock,,  \n Fiverr ')).to.deep.equal([
      { name: 'Microstock', count: 2 },
      { name: 'MICRO STOCK', count: 2 },
      { name: 'Fiverr', count: 1 },
    ]);
  });

  it('accepts string[] and {name, count}[] and skips junk', () => {
    expect(mergeTags(['a', ' A ', 'b'])).to.deep.equal([
      { name: 'a', count: 2 },
      { name: 'b', count: 1 },
    ]);
    expect(
      mergeTags([
        { name: 'NPWP', count: 3 },
        { name: 'npwp', count: 2 },
        { name: 'x', count: -4 },
        { name: '', count: 9 },
        null,
        7,
        { count: 2 },
      ] as unknown[]),
    ).to.deep.equal([
      { name: 'NPWP', count: 5 },
      { name: 'x', count: 1 },
    ]);
    expect(mergeTags(undefined)).to.deep.equal([]);
    expect(mergeTags('')).to.deep.equal([]);
  });
});

describe('core: tag weights', () => {
  it('reproduces WordPress’s sizes for counts 1, 3, 10 between 8 and 22', () => {
    const sized = weighTags(
      [
        { name: 'a', count: 1 },
        { name: 'b', count: 3 },
        { name: 'c', count: 10 },
      ],
      { minSize: 8, maxSize: 22, sort: 'none' },
    );
    expect(sized.map((t) => t.size)).to.deep.equal([8, 14, 22]); // WordPress: 8, ≈13.68, 22 (we round to whole percent)
  });

  it('sizes between 80% and 160% by default and all equal at 100% when counts are equal', () => {
    const sized = weighTags(mergeTags('a, b, c'));
    expect(sized.map((t) => t.size)).to.deep.equal([100, 100, 100]);
    const counted = weighTags([
      { name: 'x', count: 1 },
      { name: 'y', count: 105 },
    ]);
    expect(counted.map((t) => t.size)).to.deep.equal([80, 160]);
    expect(weighTags([{ name: 'x', count: 2 }], { minSize: 120, maxSize: 200 })[0].size).to.equal(120);
  });

  it('keeps the N most frequent, then sorts', () => {
    const tags = [
      { name: 'delta', count: 1 },
      { name: 'alpha', count: 5 },
      { name: 'charlie', count: 3 },
      { name: 'bravo', count: 3 },
    ];
    expect(weighTags(tags, { max: 3 }).map((t) => t.name)).to.deep.equal(['alpha', 'bravo', 'charlie']);
    expect(weighTags(tags, { max: 2, sort: 'count' }).map((t) => t.name)).to.deep.equal(['alpha', 'charlie']);
    expect(weighTags(tags, { sort: 'none' }).map((t) => t.name)).to.deep.equal(['delta', 'alpha', 'charlie', 'bravo']);
  });

  it('sorts alphabetically with the locale’s collation (case and accents ignored, numbers natural)', () => {
    const names = weighTags(mergeTags('Zebra, ápple, banana, item 10, item 9, Apel'), { sort: 'alpha', collation: 'id' }).map(
      (t) => t.name,
    );
    expect(names).to.deep.equal(['Apel', 'ápple', 'banana', 'item 9', 'item 10', 'Zebra']);
  });

  it('properties: sizes stay within bounds and grow with the count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 50, max: 150 }),
        fc.integer({ min: 0, max: 200 }),
        (counts, min, extra) => {
          const max = min + extra;
          const sized = weighTags(
            counts.map((count, i) => ({ name: `t${i}`, count })),
            { minSize: min, maxSize: max, sort: 'count' },
          );
          for (let i = 0; i < sized.length; i++) {
            if (sized[i].size < min || sized[i].size > max) return false;
            if (i > 0 && sized[i].count < sized[i - 1].count && sized[i].size > sized[i - 1].size) return false;
          }
          return true;
        },
      ),
      { numRuns: 500, seed: 19 },
    );
  });
});

describe('core: tag links', () => {
  it('encodes the tag into the template', () => {
    expect(tagHref('/search/label/{tag}', 'Suitable for TDD ( ★★★★★ )')).to.equal(
      '/search/label/Suitable%20for%20TDD%20(%20%E2%98%85%E2%98%85%E2%98%85%E2%98%85%E2%98%85%20)',
    );
    expect(tagHref('https://example.com/?q={tag}&x={tag}', 'a&b')).to.equal('https://example.com/?q=a%26b&x=a%26b');
    expect(tagHref('/tags/{tag}', '演算法小練習')).to.equal('/tags/%E6%BC%94%E7%AE%97%E6%B3%95%E5%B0%8F%E7%B7%B4%E7%BF%92');
  });

  it('allows only relative and http(s) links', () => {
    for (const ok of ['/a', 'a/b', '?q=1', '#x', 'https://x.test/', 'HTTP://x.test', '//cdn.test/x'])
      expect(isSafeHref(ok), ok).to.equal(true);
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '\u0001javascript:x',
      'file:///etc/passwd',
    ])
      expect(isSafeHref(bad), bad).to.equal(false);
    expect(tagHref('javascript:alert("{tag}")', 'x')).to.equal(null);
  });
});

/** A feed page of posts with ids (numbered from `start`), as Blogger serves them. */
function page(total: number, entries: string[][], start = 1): unknown {
  return {
    feed: {
      openSearch$totalResults: { $t: String(total) },
      entry: entries.map((labels, i) => ({ id: { $t: `post-${start + i}` }, category: labels.map((term) => ({ term })) })),
    },
  };
}

describe('core: Blogger feed', () => {
  it('reads a page in the real feed shape, with what tells each post apart: its id, else its link, date and title, or content', () => {
    expect(parseFeedPage(page(3, [['a', 'b'], [], ['a']]))).to.deep.equal({
      total: 3,
      entries: [
        { id: 'id:post-1', terms: ['a', 'b'] },
        { id: 'id:post-2', terms: [] },
        { id: 'id:post-3', terms: ['a'] },
      ],
    });
    expect(parseFeedPage({ feed: { openSearch$totalResults: { $t: '0' } } })).to.deep.equal({ total: 0, entries: [] });
    const noIds = {
      feed: {
        openSearch$totalResults: { $t: '4' },
        entry: [
          {
            link: [
              { rel: 'replies', href: '/c' },
              { rel: 'alternate', href: 'https://b.blogspot.com/2025/01/npwp.html' },
            ],
            category: [{ term: 'x' }],
          },
          { published: { $t: '2025-01-01' }, title: { $t: 'NPWP' } },
          { category: [{ term: 'y' }] },
          null,
        ],
      },
    };
    expect(parseFeedPage(noIds).entries.map((e) => e.id)).to.deep.equal([
      'link:https://b.blogspot.com/2025/01/npwp.html',
      'post:2025-01-01NPWP',
      'entry:{"category":[{"term":"y"}]}',
      'entry:{}',
    ]);
  });

  it('counts posts without ids once, however often a repeating feed serves them (never by position)', async () => {
    // A page of 100 id-less posts, served for every start-index, claiming a billion posts.
    const entry = Array.from({ length: 100 }, (_, i) => ({ title: { $t: `post ${i}` }, category: [{ term: 'Shutterstock' }] }));
    let calls = 0;
    const repeating = async () => {
      calls++;
      return { feed: { openSearch$totalResults: { $t: '1000000000' }, entry } };
    };
    const counts = await fetchLabelCounts('/f', 100_000, repeating);
    expect(counts.tags).to.deep.equal([{ name: 'Shutterstock', count: 100 }]);
    expect([counts.posts, counts.partial]).to.deep.equal([100, null]);
    // The first repeat is request 2; the rest of its wave (2 more) is all it may cost.
    expect(calls).to.equal(1 + WAVE);
    expect(calls - 2).to.be.at.most(2);
  });

  it('rejects JSON that is not a Blogger feed', () => {
    for (const junk of [null, 42, 'x', {}, { items: [] }, { feed: { entry: 'no' } }]) {
      expect(() => parseFeedPage(junk))
        .to.throw(FeedError)
        .with.property('kind', 'not-blogger');
    }
  });

  it('builds page URLs with start-index and max-results', () => {
    expect(feedPageUrl('/feeds/posts/summary?alt=json', 101, 100)).to.equal(
      '/feeds/posts/summary?alt=json&start-index=101&max-results=100',
    );
    expect(feedPageUrl('https://x.blogspot.com/feeds/posts/summary', 1, 50)).to.equal(
      'https://x.blogspot.com/feeds/posts/summary?alt=json&start-index=1&max-results=50',
    );
  });

  it('pages by what each page returned, up to the total and max-posts', async () => {
    const posts = Array.from({ length: 23 }, (_, i) => (i % 2 ? ['odd', 'All'] : ['all']));
    const asked: string[] = [];
    const capped = async (url: string) => {
      asked.push(url);
      const q = new URL(url, 'http://x').searchParams;
      const start = Number(q.get('start-index'));
      const max = Math.min(Number(q.get('max-results')), 5); // a server that caps pages at 5
      return page(posts.length, posts.slice(start - 1, start - 1 + max), start);
    };
    const all = await fetchLabelCounts('/f', 500, capped);
    expect(all.tags).to.deep.equal([
      { name: 'all', count: 23 },
      { name: 'odd', count: 11 },
    ]);
    expect([all.posts, all.requests, all.partial]).to.deep.equal([23, 5, null]);
    expect(asked[1]).to.contain('start-index=6');
    asked.length = 0;
    const seven = await fetchLabelCounts('/f', 7, capped);
    expect(seven.tags).to.deep.equal([
      { name: 'all', count: 7 },
      { name: 'odd', count: 3 },
    ]);
    expect(asked.map((u) => new URL(u, 'http://x').searchParams.get('max-results'))).to.deep.equal(['7', '2']);
  });

  it('stops when a page comes back empty, whatever the total says', async () => {
    let calls = 0;
    const liar = async () => {
      calls++;
      return page(1000, calls === 1 ? [['x']] : []);
    };
    const counts = await fetchLabelCounts('/f', 500, liar);
    expect(counts.tags).to.deep.equal([{ name: 'x', count: 1 }]);
    expect(calls).to.equal(2);
  });

  it('counts a label once per post', async () => {
    expect((await fetchLabelCounts('/f', 10, async () => page(1, [['a', 'a', 'b']]))).tags).to.deep.equal([
      { name: 'a', count: 1 },
      { name: 'b', count: 1 },
    ]);
  });

  /** A feed of `n` posts with ids, served `perPage` at a time (or always the first page, when `repeat`). */
  function server(n: number, { perPage = 100, total = n, repeat = false } = {}) {
    const asked: number[] = [];
    /** The start indexes asked for in the same task, together. */
    const waves: number[][] = [];
    let wave: number[] | undefined;
    const fetchJson = async (url: string) => {
      const q = new URL(url, 'http://x').searchParams;
      const start = repeat ? 1 : Number(q.get('start-index'));
      asked.push(Number(q.get('start-index')));
      if (!wave) {
        const current: number[] = [];
        wave = current;
        waves.push(current);
        setTimeout(() => (wave = undefined));
      }
      wave.push(Number(q.get('start-index')));
      await new Promise((r) => setTimeout(r));
      const size = Math.min(Number(q.get('max-results')), perPage);
      const entry = Array.from({ length: Math.max(0, Math.min(size, n - start + 1)) }, (_, i) => ({
        id: { $t: `post-${start + i}` },
        category: [{ term: 'label' }],
      }));
      return { feed: { openSearch$totalResults: { $t: String(total) }, entry } };
    };
    return { asked, waves, fetchJson };
  }

  it('never makes more than ceil(max-posts / 100) + 1 requests, whatever the server does', async () => {
    expect(maxRequests(500)).to.equal(6);
    expect(maxRequests(100_000)).to.equal(1001);
    for (const [name, options, posts] of [
      ['repeats its first page', { repeat: true, total: 100_000 }, 100],
      ['one post a page', { perPage: 1 }, 6],
      ['claims 100,000 posts', { total: 100_000 }, 250],
    ] as const) {
      const s = server(250, options);
      const counts = await fetchLabelCounts('/f', 500, s.fetchJson);
      expect(s.asked.length, name).to.be.at.most(6);
      expect(counts.posts, name).to.equal(posts);
      expect(counts.tags, name).to.deep.equal([{ name: 'label', count: posts }]); // each post once, never again
    }
  });

  it('asks for the pages after the first in waves of three when the first is full', async () => {
    const s = server(450);
    const counts = await fetchLabelCounts('/f', 500, s.fetchJson);
    expect(s.asked).to.deep.equal([1, 101, 201, 301, 401]);
    expect(s.waves).to.deep.equal([[1], [101, 201, 301], [401]]);
    expect([counts.posts, counts.requests, counts.partial]).to.deep.equal([450, 5, null]);
  });

  it('a repeating feed costs at most two requests beyond its first repeat, whatever total and max-posts it is given', async () => {
    for (const total of [500, 100_000, 1e9]) {
      for (const maxPosts of [500, 10_000, 100_000]) {
        const s = server(100, { repeat: true, total });
        const counts = await fetchLabelCounts('/f', maxPosts, s.fetchJson);
        expect(s.asked.length, `total ${total}, max-posts ${maxPosts}`).to.equal(4);
        expect(counts.posts).to.equal(100);
      }
    }
  });

  it('says when the bound stopped a server that still had posts', async () => {
    const counts = await fetchLabelCounts('/f', 500, server(250, { perPage: 1 }).fetchJson);
    expect(counts.partial).to.equal('bounded');
  });

  it('keeps what was read when a later page fails', async () => {
    let calls = 0;
    const failing = async (url: string) => {
      if (++calls === 3) throw new FeedError('timeout');
      return server(450).fetchJson(url);
    };
    const counts = await fetchLabelCounts('/f', 500, failing);
    expect(counts.partial).to.equal('timeout');
    expect(counts.posts).to.be.within(100, 400);
    let first = 0;
    const dead = async () => {
      first++;
      throw new FeedError('http', '500');
    };
    let thrown: unknown;
    await fetchLabelCounts('/f', 500, dead).catch((e) => (thrown = e));
    expect(thrown).to.be.instanceOf(FeedError); // nothing read: the caller shows its fallback
    expect(first).to.equal(1);
  });
});
