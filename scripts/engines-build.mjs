// The build npm run test:engines serves: the finished server build in .next when there is one newer than every file
// it is built from (npm test's end-to-end run leaves one, so CI builds once), otherwise a new one, made as the e2e run
// makes it (with the synthetic test documents). ENGINES_BUILD=1 builds whatever is there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const SEAL = '.next/csp-meta.json';
// What the site is built from; a change anywhere here makes a build stale.
const SOURCES = /^(app|components|lib|content|messages|public|scripts)\/|^(next\.config\.js|package-lock\.json|proxy\.server\.ts)$/;

function staleBecause() {
  if (process.env.ENGINES_BUILD === '1') return 'ENGINES_BUILD=1';
  // npm start's own test: a server build whose pages carry their policies (not an export's, not a bare next build).
  const sealed = fs.existsSync(SEAL) && JSON.parse(fs.readFileSync(SEAL, 'utf8')).buildId === fs.readFileSync('.next/BUILD_ID', 'utf8').trim();
  if (!sealed) return 'no finished server build in .next';
  const builtAt = fs.statSync(SEAL).mtimeMs;
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0');
  const newer = files.find((file) => SOURCES.test(file) && fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt);
  return newer ? `${newer} changed since .next was built` : null;
}

const reason = staleBecause();
if (!reason) {
  console.log('engines-build: using the server build in .next');
} else {
  console.log(`engines-build: building (${reason})…`);
  const env = { ...process.env, READER_CONTENT: 'content,.e2e-content', SITE_URL: `http://localhost:${process.env.ENGINES_PORT ?? 4175}` };
  execFileSync('npx', ['tsx', 'scripts/e2e-content.ts'], { stdio: 'inherit', env });
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env });
}
