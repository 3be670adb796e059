import net from 'node:net';

type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * A GET with the path (and headers) sent exactly as written. Browsers and Playwright's request client resolve `..`
 * and `%2e%2e` and re-encode before sending, so a path-traversal attempt or a broken encoding has to be written on
 * the socket.
 */
export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  const lines = [`GET ${path} HTTP/1.1`, `Host: ${hostname}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), 'Connection: close'];
  return new Promise((resolve, reject) => {
    // Written, not ended: Node's server drops a response still being rendered when the client half-closes.
    // `Connection: close` has the server close the socket once it has answered.
    const socket = net.connect(Number(port), hostname, () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const end = bytes.indexOf('\r\n\r\n');
      // The head is bytes (latin1, as HTTP reads it); the body is the page, UTF-8.
      const text = bytes.toString('latin1');
      const head = text.slice(0, end);
      const fields = head.split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]);
      resolve({
        status: Number(text.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0),
        headers: Object.fromEntries(fields),
        body: bytes.subarray(end + 4).toString('utf8'),
      });
    });
  });
}
