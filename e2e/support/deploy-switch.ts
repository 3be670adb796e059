import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One origin in front of a server that can be swapped, as a site is redeployed: every request is passed on as it
 * came (same path, headers, Host) to whichever build is deployed now. Lets a service worker installed from one
 * build meet the next one at the same origin, as a reader's phone does.
 */
export async function deploySwitch(first: string) {
  let upstream = new URL(first);
  const server = http.createServer((request, response) => {
    const forward = http.request(
      { hostname: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    deploy: (next: string) => {
      upstream = new URL(next);
    },
    close: () => {
      // The browser keeps its connections open; closing only the listener would wait for them.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
