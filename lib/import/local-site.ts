import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * For tests: a web site on a loopback port for the length of a test file, answering with `handler`. Where a test
 * imports "a page from a government site", it is this site that answers (the one edge we fake is the internet).
 * `url` is its origin once the file's tests start.
 */
export function localSite(handler: http.RequestListener): { readonly url: string } {
  const server = http.createServer(handler);
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    get url() {
      return origin;
    },
  };
}

/** For tests: a loopback port nothing listens on (one was just bound and closed), as an address that cannot be reached. */
export async function closedPort(): Promise<number> {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  return port;
}
