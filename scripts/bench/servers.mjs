// The production server, nginx over the static export and, for comparison, bare static servers of the same
// prerendered HTML.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
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

/**
 * `npm start`'s server (scripts/start.mjs); `{ plain: true }` is `next start` itself, without the request gate, for
 * the load test's comparison. A baseline checkout from before scripts/start.mjs (BENCH_BASELINE) ran `next start`.
 */
export async function startProductionServer(port, cwd = '.', { plain = false } = {}) {
  const gated = !plain && fs.existsSync(path.join(cwd, 'scripts/start.mjs'));
  const [command, args] = gated ? ['node', ['scripts/start.mjs']] : ['node_modules/.bin/next', ['start']];
  const child = spawn(command, [...args, '-p', String(port)], { cwd, stdio: 'ignore', detached: true });
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

/**
 * A folder that is `root` with `files` added (path → text, with a .gz and a .br beside each, as
 * scripts/precompress.ts writes them): links to everything else, so nothing is written into the export itself.
 */
function overlay(root, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-bench-site-'));
  // nginx's workers read it as another user.
  fs.chmodSync(dir, 0o755);
  const linkAll = (from, to) => {
    for (const entry of fs.readdirSync(from)) fs.symlinkSync(path.resolve(from, entry), path.join(to, entry));
  };
  linkAll(root, dir);
  for (const [file, text] of Object.entries(files)) {
    let at = dir;
    let from = root;
    for (const part of path.dirname(file).split('/').filter((p) => p !== '.')) {
      at = path.join(at, part);
      from = path.join(from, part);
      // A folder on the way becomes a real one, holding links to what the export's has.
      if (fs.lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink()) {
        fs.unlinkSync(at);
        fs.mkdirSync(at);
        linkAll(from, at);
      } else if (!fs.existsSync(at)) fs.mkdirSync(at);
    }
    const data = Buffer.from(text);
    fs.writeFileSync(path.join(dir, file), data);
    fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION }));
    fs.writeFileSync(path.join(dir, `${file}.br`), zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 7 } }));
  }
  return dir;
}

/**
 * nginx over the static export with the committed deploy/nginx.conf, as `npm run serve:static` runs it; or over
 * another build's export (`root`, with its own `deploy` folder), with `files` added beside the pages.
 */
export async function startNginx(port, { root = 'out', deploy = 'deploy', files = {} } = {}) {
  const site = Object.keys(files).length ? overlay(root, files) : root;
  const env = { ...process.env, PORT: String(port), STATIC_ROOT: site, STATIC_DEPLOY: deploy };
  const child = spawn('node', ['scripts/serve-static.mjs'], { stdio: 'ignore', detached: true, env });
  const url = `http://localhost:${port}`;
  await untilServing(url);
  return {
    url,
    stop: () => {
      process.kill(-child.pid, 'SIGTERM');
      if (site !== root) fs.rmSync(site, { recursive: true, force: true });
    },
  };
}
