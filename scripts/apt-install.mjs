// Installs Debian packages the tools need (Chromium, nginx): only as root on Debian, and saying so. Nothing is
// ever downloaded from elsewhere; on other systems the caller prints a one-line instruction instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export const isRootOnDebian = process.getuid?.() === 0 && fs.existsSync('/etc/debian_version');

export function aptInstall(who, packages) {
  console.log(`${who}: installing ${packages.join(' ')} with apt-get (Debian packages)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}
