// The production server, nginx over the static export and, for comparison, bare static servers of the same
// prerendered HTML.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import sirv from 'sirv';

async function untilServing(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/zh-CN`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function startProductionServer(port, cwd = '.') {
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], { cwd, stdio: 'ignore', detached: true });
  const url = `http://localhost:${port}`;
  await untilServing(url);
  // Kill the whole group: `next start` leaves a `next-server` child otherwise (docs/toolchain.md).
  return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

/**
 * A static file server (sirv, as Vite's preview uses) over the build's prerendered HTML files; `compressed` sends
 * the export's precompressed copies (scripts/precompress.ts), as nginx does.
 */
export async function startStaticFileServer(port, dir, { compressed = false } = {}) {
  const server = http.createServer(sirv(dir, { extensions: ['html'], etag: false, gzip: compressed, brotli: compressed }));
  await new Promise((resolve) => server.listen(port, resolve));
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

/** One prerendered file held in memory and written out as is: the ceiling any server could reach here. */
export async function startStaticServer(port, file) {
  const body = fs.readFileSync(file);
  const server = http.createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(port, resolve));
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

/** nginx over the static export with the committed deploy/nginx.conf, as `npm run serve:static` runs it. */
export async function startNginx(port) {
  const child = spawn('node', ['scripts/serve-static.mjs'], { stdio: 'ignore', detached: true, env: { ...process.env, PORT: String(port) } });
  const url = `http://localhost:${port}`;
  await untilServing(url);
  return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
}
