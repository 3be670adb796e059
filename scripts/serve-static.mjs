// PORT=8080 npm run serve:static: nginx in the foreground, serving the static export (out/) with the committed
// deploy/nginx.conf, the port being the one change. It runs as an unprivileged server would: everything nginx
// writes (pid, access log, temp files) goes into a prefix folder of its own, remade at each start. The bench serves
// other sites the same way: STATIC_ROOT instead of out/, STATIC_DEPLOY instead of deploy/ (an earlier build's).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureNginx } from './ensure-nginx.mjs';

const port = Number(process.env.PORT ?? 8080);
const root = process.env.STATIC_ROOT ?? 'out';
const deploy = process.env.STATIC_DEPLOY ?? 'deploy';
const isRunning = (pid) => {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
};
if (!fs.existsSync(path.join(root, '404.html'))) {
  console.error(`serve:static: there is no static site in ${root}/: run \`npm run export\` first.`);
  process.exit(1);
}
const nginx = ensureNginx();

const prefix = path.join(os.tmpdir(), `reader-nginx-${port}`);
const pidFile = path.join(prefix, 'nginx.pid');
if (fs.existsSync(pidFile) && isRunning(Number(fs.readFileSync(pidFile, 'utf8')))) {
  console.error(`serve:static: nginx is already serving port ${port} from ${prefix}.`);
  process.exit(1);
}
fs.rmSync(prefix, { recursive: true, force: true });
fs.mkdirSync(path.join(prefix, 'logs'), { recursive: true });
fs.symlinkSync(path.resolve(root), path.join(prefix, 'out'));
for (const file of fs.readdirSync(deploy)) fs.copyFileSync(path.join(deploy, file), path.join(prefix, file));
const conf = path.join(prefix, 'nginx.conf');
const text = fs.readFileSync(conf, 'utf8');
if (!text.includes('listen 8080;')) throw new Error('deploy/nginx.conf no longer says `listen 8080;`: serve-static cannot set the port');
fs.writeFileSync(conf, text.replace('listen 8080;', `listen ${port};`));

const child = spawn(nginx, ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', `daemon off; pid ${pidFile};`], { stdio: 'inherit' });
console.log(`serve:static: http://localhost:${port} (nginx over ${root}/, ${deploy}/nginx.conf)`);
// nginx stops at once on SIGTERM and SIGINT (https://nginx.org/en/docs/control.html).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
