// Finds the Chromium the end-to-end tests drive. It never downloads a browser of its own:
// on Debian as root it installs the distribution's chromium and CJK fonts; elsewhere it says what to do.
import fs from 'node:fs';
import { aptInstall, isRootOnDebian } from './apt-install.mjs';

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((path) => fs.existsSync(path));

const missing = [...(found ? [] : ['chromium']), ...(fs.existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) {
  console.log(`ensure-chromium: using ${found}`);
} else if (isRootOnDebian) {
  aptInstall('ensure-chromium', missing);
  console.log('ensure-chromium: using /usr/bin/chromium');
} else if (!found) {
  console.error(
    'ensure-chromium: no Chromium found. Install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.',
  );
  process.exit(1);
} else {
  console.warn(`ensure-chromium: using ${found}, but Chinese fonts are missing (Debian: apt-get install fonts-noto-cjk).`);
}
