import http from 'node:http';

export type FrontDoor = {
  origin: string;
  /** Drops every request, as a phone with no signal does: the connection fails, there is no answer at all. */
  setOffline(offline: boolean): void;
  /**
   * Adds a script of the test's own to every page, first in <head> after the page's Content-Security-Policy, so it
   * runs before the page's scripts: the preload script of a browser whose WebDriver has none (classic WebDriver).
   * It is served from this origin, which the policy's script-src 'self' allows; null removes it.
   */
  setFirstScript(source: string | null): void;
  /**
   * Holds the page's own script files back this long (0: not at all), so that the first frames are the work of
   * the HTML, its inline styles and its head script alone: on a busy machine the scripts can otherwise arrive and
   * run (and React hydrate) before the browser's first frame, and a first-paint check could not tell whose it sees.
   */
  setScriptDelay(ms: number): void;
  /** Requests not answered yet, for a message when something waits too long. */
  pending(): string[];
  close(): Promise<void>;
};

const FIRST_SCRIPT = '/__engines/first-script.js';
/** An empty page of the reader's origin, where a journey ends: nothing of it goes on running into the next. */
export const BLANK_PAGE = '/__engines/blank';
const POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * The origin the browsers open: a pass-through to the reader's server (`next start`) that the test can take
 * offline, where WebKit's classic WebDriver has no offline switch, and that can add a first script to pages.
 */
export function openFrontDoor(port: number, upstreamPort: number): Promise<FrontDoor> {
  let offline = false;
  let firstScript: string | null = null;
  let scriptDelay = 0;
  const open = new Set<string>();
  const server = http.createServer(async (request, response) => {
    if (offline) return request.socket.destroy();
    const entry = `${request.method} ${request.url} (${new Date().toISOString().slice(11, 19)})`;
    open.add(entry);
    response.on('close', () => open.delete(entry));
    if (request.url === BLANK_PAGE) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end('<!DOCTYPE html><html lang="zh-CN"><title>—</title></html>');
    }
    if (firstScript !== null && request.url === FIRST_SCRIPT) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return response.end(firstScript);
    }
    if (scriptDelay > 0 && /^\/_next\/static\/.+\.js$/.test(request.url ?? '')) await new Promise((resolve) => setTimeout(resolve, scriptDelay));
    const headers = { ...request.headers };
    // Uncompressed, so a page can be read and added to; on this machine size does not matter.
    delete headers['accept-encoding'];
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, method: request.method, path: request.url, headers }, (answer) => {
      const isPage = (answer.headers['content-type'] ?? '').startsWith('text/html');
      if (firstScript === null || !isPage) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        return answer.pipe(response);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const page = Buffer.concat(chunks).toString('utf8');
        const tag = `<script src="${FIRST_SCRIPT}"></script>`;
        const policy = page.match(POLICY)?.[0];
        const withScript = policy ? page.replace(policy, policy + tag) : page.replace('<head>', `<head>${tag}`);
        const { 'content-length': _length, etag: _etag, ...rest } = answer.headers;
        response.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(withScript) });
        response.end(withScript);
      });
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://localhost:${port}`,
        setOffline: (value) => {
          offline = value;
        },
        setFirstScript: (source) => {
          firstScript = source;
        },
        setScriptDelay: (ms) => {
          scriptDelay = ms;
        },
        pending: () => [...open],
        close: () => {
          server.closeAllConnections();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    );
  });
}
