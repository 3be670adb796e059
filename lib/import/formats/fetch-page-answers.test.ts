import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { closedPort, localSite } from '../local-site';
import { fetchPage } from './fetch-page';

// How fetchPage reads the finer points of a site's answer; the test site is a server on this machine.
const BODY = Buffer.from('<html><body><p>notice</p></body></html>');

const routes: Record<string, (request: http.IncomingMessage, response: http.ServerResponse) => void> = {
  '/picky': (request, response) =>
    request.headers.accept?.includes('text/html')
      ? response.writeHead(200, { 'content-type': 'text/html' }).end(BODY)
      : response.writeHead(406, { 'content-type': 'text/plain' }).end(),
  '/plain-header': (_, response) => response.writeHead(200, { 'content-type': 'Text/HTML ;charset = "GBK"' }).end(BODY),
  '/no-charset': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(BODY),
  '/no-type': (_, response) => response.writeHead(200).end(BODY),
  '/exact': (_, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': BODY.length }).end(BODY),
  '/empty': (_, response) => response.writeHead(204, { 'content-type': 'text/html' }).end(),
  '/nowhere': (_, response) => response.writeHead(302).end(),
  '/bad-location': (_, response) => response.writeHead(302, { location: 'http://[::1' }).end(),
  '/own-words': (_, response) => response.writeHead(404, 'Seite fehlt', { 'content-type': 'text/html' }).end(),
  '/no-words': (_, response) => response.writeHead(599, '', { 'content-type': 'text/html' }).end(),
  '/megabyte': (_, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': 2 ** 20 + 1 }).end(),
};

const site = localSite((request, response) => routes[request.url ?? '']?.(request, response) ?? response.writeHead(404).end());

async function refusal(address: string, limits?: Parameters<typeof fetchPage>[1]): Promise<string> {
  const error = await fetchPage(address, limits).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportError);
  return (error as Error).message;
}

describe('fetchPage: what it asks and reads', () => {
  it('asks for a web page, as a site that answers by Accept needs', async () => {
    expect(Buffer.from((await fetchPage(`${site.url}/picky`)).bytes).equals(BODY)).toBe(true);
  });

  it('reads the content type and charset in any case and spacing', async () => {
    expect(await fetchPage(`${site.url}/plain-header`)).toMatchObject({ charset: 'GBK' });
  });

  it('returns the bytes and no charset where the header names none', async () => {
    const page = await fetchPage(`${site.url}/no-charset`);
    expect(Object.keys(page).sort()).toEqual(['bytes', 'url']);
    expect(Buffer.from(page.bytes).equals(BODY)).toBe(true);
  });

  it('takes a page of exactly the size limit, declared or streamed', async () => {
    expect((await fetchPage(`${site.url}/exact`, { maxBytes: BODY.length })).bytes.length).toBe(BODY.length);
    expect((await fetchPage(`${site.url}/no-charset`, { maxBytes: BODY.length })).bytes.length).toBe(BODY.length);
  });

  it('gives no bytes for an answer without a body', async () => {
    expect((await fetchPage(`${site.url}/empty`)).bytes.length).toBe(0);
  });
});

describe('fetchPage: refusals that name what the site said', () => {
  it('an answer without a content type', async () => {
    expect(await refusal(`${site.url}/no-type`)).toBe('the address answers no content type, not a web page');
  });

  it('a redirect without a Location, and one to an address that is not one', async () => {
    expect(await refusal(`${site.url}/nowhere`)).toBe('the address answers 302 Found without saying where to');
    expect(await refusal(`${site.url}/bad-location`)).toBe('the address could not be reached (TypeError: Invalid URL)');
  });

  it('an error status in the site’s own words, or in none', async () => {
    expect(await refusal(`${site.url}/own-words`)).toBe('the address answers 404 Seite fehlt');
    expect(await refusal(`${site.url}/no-words`)).toBe('the address answers 599');
  });

  it('a page over a limit of one megabyte, in megabytes', async () => {
    expect(await refusal(`${site.url}/megabyte`, { maxBytes: 2 ** 20 })).toBe('the page is larger than 1 MB');
  });

  it('an https: address that cannot be reached, as unreachable, not as the wrong kind', async () => {
    const port = await closedPort();
    expect(await refusal(`https://127.0.0.1:${port}/`)).toMatch(/^the address could not be reached \(.*ECONNREFUSED/);
  });
});
