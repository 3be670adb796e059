import fs from 'node:fs';

/** The system Chromium (scripts/ensure-chromium.mjs installs it); Playwright never downloads its own here. */
export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => !!path && fs.existsSync(path),
);

// Flags that let Debian's Chromium run headless as root on a machine without outside network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
