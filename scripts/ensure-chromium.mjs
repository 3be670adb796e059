// Finds the Chromium the end-to-end tests drive. It never downloads a browser of its own:
// on Debian as root it installs the distribution's chromium and CJK fonts; elsewhere it says what to do.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((path) => fs.existsSync(path));
const isRootOnDebian = process.getuid?.() === 0 && fs.existsSync('/etc/debian_version');

function aptInstall(packages) {
  console.log(`ensure-chromium: installing ${packages.join(' ')} with apt-get (Debian packages, no browser download)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

const missing = [...(found ? [] : ['chromium']), ...(fs.existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) {
  console.log(`ensure-chromium: using ${found}`);
} else if (isRootOnDebian) {
  aptInstall(missing);
  console.log('ensure-chromium: using /usr/bin/chromium');
} else if (!found) {
  console.error(
    'ensure-chromium: no Chromium found. Install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.',
  );
  process.exit(1);
} else {
  console.warn(`ensure-chromium: using ${found}, but Chinese fonts are missing (Debian: apt-get install fonts-noto-cjk).`);
}
