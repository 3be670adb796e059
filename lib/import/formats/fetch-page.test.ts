import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { closedPort, localSite } from '../local-site';
import { fetchPage } from './fetch-page';

const PAGE = Buffer.from('<html><body><p>\xc4\xb3\xcf\xd8\xcd\xa8\xd6\xaa</p></body></html>', 'latin1');
const CHAIN = 6;

/** What each path of the test site answers. */
const routes: Record<string, (response: http.ServerResponse) => void> = {
  '/page': (response) => response.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(PAGE),
  '/xhtml': (response) => response.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end('<html/>'),
  '/moved': (response) => response.writeHead(301, { location: '/again' }).end(),
  '/again': (response) => response.writeHead(302, { location: 'page' }).end(),
  '/loop-a': (response) => response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (response) => response.writeHead(307, { location: '/loop-a' }).end(),
  '/elsewhere': (response) => response.writeHead(302, { location: 'ftp://example.org/notice.html' }).end(),
  '/report.pdf': (response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/gone': (response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<p>not here</p>'),
  '/slow-body': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<html><body>');
  },
  '/large': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024, 'a');
    const write = (left: number) => (left > 0 && !response.destroyed ? response.write(chunk, () => write(left - 1)) : response.end());
    write(64);
  },
  '/large-declared': (response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': 100_000 }).end(),
  '/huge-declared': (response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': 60 * 2 ** 20 }).end(),
};
for (let step = 1; step <= CHAIN; step++) {
  routes[`/chain-${step}`] = (response) => response.writeHead(302, { location: `/chain-${step + 1}` }).end();
}
routes[`/chain-${CHAIN + 1}`] = routes['/page'];

const site = localSite((request, response) => (routes[request.url ?? ''] ?? routes['/gone'])(response));

async function refusal(path: string, limits?: Parameters<typeof fetchPage>[1]): Promise<string> {
  const error = await fetchPage(path.startsWith('/') ? site.url + path : path, limits).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as Error).message).not.toContain('\n');
  return (error as Error).message;
}

describe('fetchPage', () => {
  it('returns the bytes as sent, the address and the header’s charset', async () => {
    const page = await fetchPage(`${site.url}/page`);
    expect(Buffer.from(page.bytes).equals(PAGE)).toBe(true);
    expect(page).toMatchObject({ url: `${site.url}/page`, charset: 'GBK' });
  });

  it('takes XHTML as a web page', async () => {
    expect(await fetchPage(`${site.url}/xhtml`)).toMatchObject({ url: `${site.url}/xhtml` });
  });

  it('follows redirects, relative ones too, and returns where it ended', async () => {
    expect((await fetchPage(`${site.url}/moved`)).url).toBe(`${site.url}/page`);
  });

  it('follows at most five redirects', async () => {
    const end = `${site.url}/chain-${CHAIN + 1}`;
    expect((await fetchPage(`${site.url}/chain-2`)).url).toBe(end);
    expect(await refusal('/chain-1')).toBe('the address redirects more than 5 times');
    expect((await fetchPage(`${site.url}/chain-1`, { maxRedirects: CHAIN })).url).toBe(end);
  });

  it('refuses a redirect loop', async () => {
    expect(await refusal('/loop-a')).toBe('the address redirects in a loop');
  });

  it('refuses addresses that are not http: or https:, also when redirected to one', async () => {
    expect(await refusal('file:///etc/passwd')).toBe('only http: and https: addresses can be imported, not file:');
    expect(await refusal('/elsewhere')).toBe('only http: and https: addresses can be imported, not ftp:');
    expect(await refusal('notice.html')).toBe('notice.html is not a web address');
  });

  it('refuses what is not HTML, naming its type', async () => {
    expect(await refusal('/report.pdf')).toBe('the address answers application/pdf, not a web page');
  });

  it('refuses an error status', async () => {
    expect(await refusal('/gone')).toBe('the address answers 404 Not Found');
  });

  it('stops waiting after the time-out, also while the body is coming in', async () => {
    expect(await refusal('/slow-body', { timeoutMs: 200 })).toBe('the page did not answer within 0.2 s');
  });

  it('stops reading past the size limit, declared or not', async () => {
    expect(await refusal('/large', { maxBytes: 10_000 })).toBe('the page is larger than 10000 bytes');
    expect(await refusal('/large-declared', { maxBytes: 10_000 })).toBe('the page is larger than 10000 bytes');
    expect(await refusal('/huge-declared')).toBe('the page is larger than 50 MB');
  });

  it('says when the address cannot be reached', async () => {
    const port = await closedPort();
    expect(await refusal(`http://127.0.0.1:${port}/`)).toMatch(/^the address could not be reached \(.*ECONNREFUSED/);
  });
});
