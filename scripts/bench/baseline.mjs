// The same pages built from an earlier commit, for a before/after table measured in the same run of the
// bench (BENCH_BASELINE=<git ref> npm run bench). The commit is checked out in a worktree of its own with this
// checkout's node_modules (hard links: Turbopack will not resolve through a symlink out of the project) and built
// there, so the two builds differ only by the code between them.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startProductionServer } from './servers.mjs';

export async function startBaseline(ref, port) {
  const dir = path.join(os.tmpdir(), 'reader-bench-baseline');
  const commit = execSync(`git rev-parse --short ${ref}`).toString().trim();
  if (fs.existsSync(dir)) execSync(`git worktree remove --force ${dir}`);
  execSync(`git worktree add --detach ${dir} ${commit}`, { stdio: 'ignore' });
  execSync(`cp -al node_modules ${path.join(dir, 'node_modules')}`);
  const env = { ...process.env };
  delete env.READER_CONTENT;
  delete env.READER_OUTPUT;
  execSync('npm run build', { cwd: dir, stdio: 'inherit', env });
  const server = await startProductionServer(port, dir);
  return {
    ...server,
    commit,
    stop: () => {
      server.stop();
      execSync(`git worktree remove --force ${dir}`);
    },
  };
}

/** The page's HTML as sent, raw and gzipped: the text, its markup and the framework's copy of it (the RSC payload). */
export async function htmlBytes(url) {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: html.length, gzip: gzipSync(html).length };
}
