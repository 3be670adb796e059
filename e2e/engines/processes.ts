import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Started = { stop(): Promise<void> };

const running = new Set<ChildProcess>();
const folders = new Set<string>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Gone already.
  }
};
// Interrupted (Ctrl-C, CI's timeout) or ended early: what this run started goes with it.
process.on('exit', () => {
  running.forEach((child) => killGroup(child, 'SIGKILL'));
  folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/**
 * Starts a program in a process group of its own, so that stopping it stops what it started too (xvfb-run's Xvfb,
 * WebKitWebDriver's MiniBrowser, next start's server), and only that. Its output goes to a log file.
 */
function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = fs.openSync(log, 'w');
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup(child, 'SIGTERM');
  });
}

/** Waits until `url` answers (any status), or the process ends, or the time is up. */
async function waitForAnswer(url: string, child: ChildProcess, what: string, log: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit ${child.exitCode}); its output: ${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s; its output: ${log}`);
}

/** `npm start`'s server over the finished build in .next, on this machine's loopback only. */
export async function startReader(port: number, logDir: string): Promise<Started> {
  const log = path.join(logDir, 'npm-start.log');
  const child = startGroup('node', ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], process.env, log);
  await waitForAnswer(`http://127.0.0.1:${port}/zh-CN`, child, 'npm start', log, 60_000);
  return { stop: () => stopGroup(child) };
}

/**
 * WebKitWebDriver on a virtual display (MiniBrowser wants one even headless). Two settings of the test machine,
 * never of the page, in a home folder of its own: MiniBrowser's toolbar keeps its window at least 447 px wide, so a
 * GTK stylesheet lets the toolbar shrink and the page have a phone's 360 px; and a sound card that discards what it
 * is given (ALSA's null device), where the machine has none, so the offline recordings play.
 */
export async function startWebKitDriver(port: number, logDir: string): Promise<Started & { url: string }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-webkit-'));
  folders.add(home);
  fs.mkdirSync(path.join(home, '.config', 'gtk-3.0'), { recursive: true });
  fs.writeFileSync(path.join(home, '.config', 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');
  fs.writeFileSync(path.join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
  const log = path.join(logDir, 'webkitwebdriver.log');
  const child = startGroup(
    'xvfb-run',
    ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`, '--replace-on-new-session'],
    env,
    log,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${url}/status`, child, 'WebKitWebDriver', log, 30_000);
  return {
    url,
    stop: async () => {
      await stopGroup(child);
      fs.rmSync(home, { recursive: true, force: true });
      folders.delete(home);
    },
  };
}
