// Finds the other engines npm run test:engines drives: Debian's Firefox ESR, and WebKitGTK's MiniBrowser with its
// WebKitWebDriver on a virtual display (xvfb-run). As with Chromium, nothing is downloaded: on Debian as root it
// installs the distribution's packages, saying so; elsewhere it says what to do.
import fs from 'node:fs';
import { aptInstall, isRootOnDebian } from './apt-install.mjs';

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const needs = [
  { what: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', package: 'firefox-esr' },
  { what: 'WebKitWebDriver', path: '/usr/bin/WebKitWebDriver', package: 'webkit2gtk-driver' },
  { what: 'MiniBrowser', path: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', package: 'webkit2gtk-driver' },
  { what: 'xvfb-run', path: '/usr/bin/xvfb-run', package: 'xvfb' },
  { what: 'Chinese fonts', path: CJK_FONT, package: 'fonts-noto-cjk' },
];

const missing = needs.filter((need) => !fs.existsSync(need.path));
const packages = [...new Set(missing.map((need) => need.package))];
if (packages.length === 0) {
  console.log('ensure-engines: using Firefox ESR and WebKitGTK (MiniBrowser, WebKitWebDriver under xvfb-run)');
} else if (isRootOnDebian) {
  aptInstall('ensure-engines', packages);
} else {
  console.error(
    `ensure-engines: ${missing.map((need) => need.what).join(', ')} not found. Install them (Debian: sudo apt-get install ${packages.join(' ')}).`,
  );
  process.exit(1);
}
