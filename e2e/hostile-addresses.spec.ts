import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { rawGet } from './support/raw-http';
import { nextStart, nginx } from './support/servers';

// Both servers, side by side: `npm start`'s (this project's baseURL) and nginx over the export (the next port, as in
// playwright.config.ts). A link a chat app mangled must get the same answer from either: a page, a redirect, or
// the not-found page (404; nginx's own 400s are answered with it too); never a server error.

// The addresses a hand-made list of 400 found answered with 500 by next start (issue 25).
const FOUND = ['/zh-CN/%E0%A4%A', '/en/%FF%FE%00', '/zh-CN/search%C0%AE%C0%AE', '/audio/%C0%AE%C0%AE..%2f'];

const byte = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
const piece = fc.oneof(
  fc.constantFrom('a', 'zh-CN', 'section', '/', '//', '.', '..', '%2e%2e', '%2F', '%5C', '%', '%E', '%C0%AE', '%00', '%E6%B4%A5', '~', '-'),
  byte,
  fc.string({ unit: fc.constantFrom(...'abc019-_.~!$&\'()*+,;=:@'), maxLength: 8 }),
  fc.integer({ min: 100, max: 1200 }).map((n) => 'x'.repeat(n)),
);
const path = fc
  .tuple(
    fc.constantFrom('/', '/zh-CN/', '/zh-Hant/', '/en/', '/zh-CN/jinnan-fazhi-2024/', '/zh-CN/jinnan-fazhi-2024/section/', '/zh-CN/search', '/audio/', '/_next/static/', '/offline/'),
    fc.array(piece, { maxLength: 6 }),
    fc.option(fc.array(fc.oneof(piece, fc.constantFrom('q=', '&', '=', '#')), { maxLength: 4 }), { nil: undefined }),
  )
  .map(([start, pieces, query]) => `${start}${pieces.join('')}${query ? `?${query.join('')}` : ''}`);
// Header values as a client may send them: printable ASCII, broken encodings and all.
const headerValue = fc.string({ unit: fc.oneof(fc.constantFrom(...' =;,-%"\\'), fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c))), maxLength: 60 });
// As browsers send it: the reader's languages, most preferred first (nginx takes the first usable one; next start
// orders by q, which agrees on such lists: lib/nginx/language-map.ts).
const browserLanguages = fc
  .uniqueArray(fc.constantFrom('zh-CN', 'zh', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hans-HK', 'en-US', 'en', 'fr', 'ja', '*'), { minLength: 1, maxLength: 4 })
  .map((tags) => tags.map((tag, i) => (i === 0 ? tag : `${tag};q=0.${9 - i}`)).join(','));
const request = fc.record({
  path,
  cookie: fc.option(fc.oneof(headerValue, headerValue.map((v) => `reader-prefs=${v}`)), { nil: undefined }),
  language: fc.option(fc.oneof(headerValue, browserLanguages, fc.constantFrom('zh-TW', 'en;q=abc', 'en;q=-1,zh-TW', '*;q=1e999')), { nil: undefined }),
});

// What a browser sends for such a link: the WHATWG URL parser resolves dot segments (%2e too), drops the
// fragment and turns \ into /, and keeps a broken percent-encoding as it is.
const asSent = (raw: string) => {
  const url = new URL(raw, 'http://reader.invalid');
  return `${url.pathname}${url.search}`;
};
const CASES = [
  ...FOUND.map((p) => ({ path: p, cookie: undefined, language: undefined })),
  ...fc.sample(request, { seed: 20261203, numRuns: 300 }).map((r) => ({ ...r, path: asSent(r.path) })),
];
const ANSWERS = [200, 307, 308, 400, 404];

type Headers = Record<string, string>;
/**
 * Where a reader ends up: redirects followed (at most five), the answer there, and the page's address with its
 * query as the page reads it (next start re-encodes a query in its Location; nginx sends it as it came).
 */
async function endsAt(server: string, path: string, headers: Headers) {
  const statuses: number[] = [];
  let at = path;
  for (let hop = 0; hop < 6; hop++) {
    const { status, headers: got } = await rawGet(server, at, headers);
    statuses.push(status);
    if (![307, 308].includes(status) || !got.location) break;
    const next = new URL(got.location, server);
    at = `${next.pathname}${next.search}`;
  }
  const url = new URL(at, server);
  const query = new URLSearchParams(url.search).toString();
  return { statuses, end: `${statuses.at(-1)} ${url.pathname}${query ? `?${query}` : ''}` };
}

test('hostile addresses, cookies and languages: both servers answer alike, never with a server error', async () => {
  expect(CASES).toHaveLength(FOUND.length + 300);
  const wrong: string[] = [];
  for (const { path, cookie, language } of CASES) {
    const headers = { ...(cookie === undefined ? {} : { Cookie: cookie }), ...(language === undefined ? {} : { 'Accept-Language': language }) };
    const [a, b] = await Promise.all([endsAt(nextStart, path, headers), endsAt(nginx, path, headers)]);
    const unexpected = [...a.statuses, ...b.statuses].filter((status) => !ANSWERS.includes(status));
    // What the reader gets in the end: the same page at the same address, or the not-found page from both. (On
    // the way, nginx refuses a NUL before it would merge slashes; next start merges them first.)
    const same = a.end === b.end || (a.end.startsWith('404 ') && b.end.startsWith('404 '));
    if (unexpected.length || !same) {
      wrong.push(`${path} ${JSON.stringify(headers)}: next start ${a.statuses.join('→')} ${a.end}; nginx ${b.statuses.join('→')} ${b.end}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('the addresses that made next start fail get the reader’s not-found page, 404, from both servers', async () => {
  expect(FOUND).toHaveLength(4);
  for (const server of [nextStart, nginx])
    for (const path of FOUND) {
      const { status, body } = await rawGet(server, path);
      expect(status, `${server}${path}`).toBe(404);
      expect(body, `${server}${path}`).toContain('没有找到这个页面');
    }
});
