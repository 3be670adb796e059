// Finds the nginx that serves the static site (npm run serve:static, and the end-to-end tests over it). As with
// Chromium, on Debian as root it installs the distribution's package, saying so; elsewhere it says what to do.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall, isRootOnDebian } from './apt-install.mjs';

const DEBIAN_NGINX = '/usr/sbin/nginx';

export function ensureNginx() {
  const found = [process.env.NGINX_PATH, DEBIAN_NGINX].find((path) => path && fs.existsSync(path));
  if (found) return found;
  if (!isRootOnDebian) {
    console.error('ensure-nginx: no nginx found. Install it (Debian: sudo apt-get install nginx) or set NGINX_PATH.');
    process.exit(1);
  }
  aptInstall('ensure-nginx', ['nginx']);
  return DEBIAN_NGINX;
}

// Run on its own (npm run test:e2e), it checks before the long build rather than when the server starts.
if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(`ensure-nginx: using ${ensureNginx()}`);
