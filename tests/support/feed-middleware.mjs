// A stand-in for Blogger's JSON feed, for <tag-cloud src> tests and the demo.
// It pages the posts of tests/fixtures/blogger-posts.json in the real feed
// shape (feed.openSearch$totalResults.$t as a string, feed.entry[].id.$t,
// feed.entry[].category[].term), honouring start-index and max-results like
// Blogger (at /feeds/posts/summary, as src="blogger" asks, and /feed/ok/…).
//
// It also lies and fails the ways a reader's browser meets servers doing:
//   /feed/capped/…   caps pages at 7 entries (fewer than asked)
//   /feed/lying/…    claims 100,000 posts
//   /feed/repeat/…   ignores start-index: every page is the first
//   /feed/repeat-noid/… the same, with posts that have no id, claiming 1,000,000,000 posts
//   /feed/one/…      one post a page
//   /feed/stall/…    answers the first page, then never again (a timeout mid-way)
//   /feed/slow/…     answers after 3 s
//   /feed/404/…, /feed/500/…, /feed/bad-json/…, /feed/not-blogger/…, /feed/empty/…
//   /feed/xss/…      one post per XSS payload, the payload as its label
// A `run=<name>` query parameter groups requests; GET /feed/_log?run=<name>
// answers { count, aborted } so a test can assert how many requests a widget
// made and whether it cancelled the one still open.
import { readFileSync } from 'node:fs';

const posts = JSON.parse(readFileSync(new URL('../fixtures/blogger-posts.json', import.meta.url), 'utf8'));
const xssPosts = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8')).map((label, i) => ({
  id: String(9000 + i),
  published: '2025-01-01T08:00:00.000+07:00',
  title: `XSS ${i}`,
  summary: label,
  labels: [label],
}));
/** run → { count, aborted } */
const log = new Map();

function page(all, start, max, { cap = 100, total = all.length, ids = true } = {}) {
  const size = Math.min(max, cap);
  const entries = all.slice(start - 1, start - 1 + size);
  const labels = [...new Set(all.flatMap((p) => p.labels))];
  return {
    version: '1.0',
    encoding: 'UTF-8',
    feed: {
      xmlns: 'http://www.w3.org/2005/Atom',
      id: { $t: 'tag:blogger.com,1999:blog-1234567890' },
      updated: { $t: '2025-06-01T10:00:00.000+07:00' },
      category: labels.map((term) => ({ term })),
      title: { type: 'text', $t: 'Fulltime freelancer' },
      openSearch$totalResults: { $t: String(total) },
      openSearch$startIndex: { $t: String(start) },
      openSearch$itemsPerPage: { $t: String(size) },
      ...(entries.length
        ? {
            entry: entries.map((p) => ({
              ...(ids ? { id: { $t: `tag:blogger.com,1999:blog-1234567890.post-${p.id}` } } : {}),
              published: { $t: p.published },
              ...(p.labels.length ? { category: p.labels.map((term) => ({ scheme: 'http://www.blogger.com/atom/ns#', term })) } : {}),
              title: { type: 'text', $t: p.title },
              summary: { type: 'text', $t: p.summary },
            })),
          }
        : {}),
    },
  };
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

export async function feedMiddleware(ctx, next) {
  if (ctx.path === '/feed/_log') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(log.get(String(ctx.query.run)) ?? { count: 0, aborted: false });
    return;
  }
  const m = /^(?:\/feed\/([a-z0-9-]+))?\/feeds\/posts\/summary$/.exec(ctx.path);
  if (!m) return next();
  const kind = m[1] ?? 'ok'; // /feeds/posts/summary itself: what src="blogger" asks this blog for
  const run = String(ctx.query.run ?? '');
  const entry = log.get(run) ?? { count: 0, aborted: false };
  log.set(run, entry);
  entry.count++;
  const start = Math.max(1, Number(ctx.query['start-index'] ?? 1) || 1);
  const max = Math.max(1, Math.min(500, Number(ctx.query['max-results'] ?? 25) || 25));
  ctx.set('Cache-Control', 'no-store');
  const slow = (ms) => {
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) entry.aborted = true; // the browser gave up on this request
    });
    return wait(ms);
  };
  switch (kind) {
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.body = 'Server error';
      return;
    case 'bad-json':
      ctx.type = 'application/json';
      ctx.body = '{"feed": {"entry": [';
      return;
    case 'not-blogger':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ items: [{ name: 'x' }] });
      return;
    case 'slow':
      await slow(3000);
      break;
    case 'stall':
      if (start > 1) await slow(10_000);
      break;
  }
  const all = kind === 'empty' ? [] : kind === 'xss' ? xssPosts : posts;
  const options = {
    capped: { cap: 7 },
    one: { cap: 1 },
    lying: { total: 100_000 },
    'repeat-noid': { total: 1_000_000_000, ids: false },
  }[kind];
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(page(all, kind.startsWith('repeat') ? 1 : start, max, options));
}
