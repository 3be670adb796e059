// The load test: 200 connections for 30 s on one server, a page read by most of them and, mixed in, the mangled
// addresses a chat app makes of a link (issue 25). Every answer must be a page (2xx, 3xx) or a refusal (4xx): a
// 5xx, an error or a time-out fails the budget. `node scripts/bench/hostile-load.mjs <origin> [path]` runs it alone.
import autocannon from 'autocannon';
import { pathToFileURL } from 'node:url';

// Broken percent-encodings, overlong UTF-8 for '.', a NUL, a lone surrogate, dot segments, a long name.
export const HOSTILE = [
  '/zh-CN/%E0%A4%A',
  '/en/%FF%FE%00',
  '/zh-CN/search%C0%AE%C0%AE',
  '/audio/%C0%AE%C0%AE..%2f',
  '/zh-CN/%ED%A0%80',
  '/zh-CN/jinnan-fazhi-2024/section/%',
  '/%2e%2e/%2e%2e/etc/passwd',
  `/zh-CN/${'x'.repeat(2000)}`,
  '/zh-CN/search?q=%E0%A4%A&x=%00',
];

/** One load run; nine in ten requests are for `page`, the tenth cycles through the hostile addresses. */
export async function hostileLoad(origin, page, { connections = 200, duration = 30 } = {}) {
  const requests = HOSTILE.flatMap((path) => [...Array(9).fill({ method: 'GET', path: page }), { method: 'GET', path }]);
  const result = await autocannon({ url: origin, connections, duration, requests });
  // A page or a redirect to one (/%2e%2e/… is resolved to a path without a language, and sent on to one).
  const served = result['2xx'] + result['3xx'];
  const refused = result['4xx'];
  // autocannon counts a time-out among the errors too (lib/run.js, onTimeout).
  const failed = result.errors + result['5xx'];
  return { total: result.requests.total, served, refused, failed, result };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [origin, page = '/zh-CN/jinnan-fazhi-2024/section/business-environment'] = process.argv.slice(2);
  const { total, served, refused, failed, result } = await hostileLoad(origin, page);
  console.log(`${origin}: ${total} requests, ${served} pages or redirects, ${refused} refused (4xx), ${failed} failed (5xx ${result['5xx']}, errors ${result.errors}, of them time-outs ${result.timeouts}); p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
}
