// The same pages built from an earlier commit, for a before/after table measured in the same run of the
// bench (BENCH_BASELINE=<git ref> npm run bench). The commit's files are written to a folder of their own
// (`git archive`, so nothing is registered in the repository) with this checkout's node_modules (hard links:
// Turbopack will not resolve through a symlink out of the project) and built there, so the two builds differ only
// by the code between them. The folder is named after this checkout, so two checkouts benching at once keep apart.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startProductionServer } from './servers.mjs';

/**
 * Builds `ref`: its static export in `<dir>/out` with its `<dir>/deploy` when `exported`, and its server build,
 * started on `port`, when `port` is given (in that order: the export's intermediate build is .next too).
 */
export async function startBaseline(ref, { port, exported = false }) {
  const dir = path.join(os.tmpdir(), `reader-bench-baseline-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}`);
  const commit = execSync(`git rev-parse --short ${ref}`).toString().trim();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  execSync(`git archive ${commit} | tar -x -C ${dir}`);
  execSync(`cp -al node_modules ${path.join(dir, 'node_modules')}`);
  // The recordings are named by what they say: this checkout's serve the earlier build too, unmade again.
  if (fs.existsSync('public/audio')) execSync(`cp -al public/audio ${path.join(dir, 'public/audio')}`);
  const env = { ...process.env };
  delete env.READER_CONTENT;
  delete env.READER_OUTPUT;
  if (exported) execSync('npm run export', { cwd: dir, stdio: 'inherit', env });
  const server = port ? (execSync('npm run build', { cwd: dir, stdio: 'inherit', env }), await startProductionServer(port, dir)) : undefined;
  return {
    url: server?.url,
    dir,
    commit,
    stop: () => {
      server?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page's HTML as sent, raw and gzipped: the text, its markup and the framework's copy of it (the RSC payload). */
export async function htmlBytes(url) {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: html.length, gzip: gzipSync(html).length };
}
