// A stand-in for Blogger's JSON feed, for <tag-cloud src> tests. It pages the
// posts of tests/fixtures/blogger-posts.json in the real feed shape
// (feed.openSearch$totalResults.$t as a string, feed.entry[].category[].term),
// honouring start-index and max-results like Blogger (at /feeds/posts/summary, as
// src="blogger" asks, and /feed/ok/…), and offers the failure
// modes a reader's browser meets: /feed/capped caps pages at 7 entries (servers
// return fewer than asked), /feed/404, /feed/500, /feed/bad-json,
// /feed/not-blogger, /feed/slow (answers after 3 s), /feed/empty.
import { readFileSync } from 'node:fs';

const posts = JSON.parse(readFileSync(new URL('../fixtures/blogger-posts.json', import.meta.url), 'utf8'));
/* /feed/xss: one post per XSS payload, the payload as its label (issue 8's XSS suite). */
const xssPosts = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8')).map((label, i) => ({
  id: String(9000 + i),
  published: '2025-01-01T08:00:00.000+07:00',
  title: `XSS ${i}`,
  summary: label,
  labels: [label],
}));
export const requests = [];

function page(all, start, max, cap) {
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
      openSearch$totalResults: { $t: String(all.length) },
      openSearch$startIndex: { $t: String(start) },
      openSearch$itemsPerPage: { $t: String(size) },
      ...(entries.length
        ? {
            entry: entries.map((p) => ({
              id: { $t: `tag:blogger.com,1999:blog-1234567890.post-${p.id}` },
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

export async function feedMiddleware(ctx, next) {
  const m = /^(?:\/feed\/([a-z0-9-]+))?\/feeds\/posts\/summary$/.exec(ctx.path);
  if (!m) return next();
  const kind = m[1] ?? 'ok'; // /feeds/posts/summary itself: what src="blogger" asks this blog for
  requests.push(ctx.url);
  const start = Math.max(1, Number(ctx.query['start-index'] ?? 1) || 1);
  const max = Math.max(1, Math.min(500, Number(ctx.query['max-results'] ?? 25) || 25));
  ctx.set('Cache-Control', 'no-store');
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
      await new Promise((r) => setTimeout(r, 3000));
      break;
  }
  const all = kind === 'empty' ? [] : kind === 'xss' ? xssPosts : posts;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(page(all, start, max, kind === 'capped' ? 7 : 100));
}
