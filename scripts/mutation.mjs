// npm run test:mutation [-- <folder>…] [-- <Stryker options, e.g. --concurrency 1>]
// Runs Stryker (stryker.config.mjs) once per folder of lib/, so that each folder has its own report, its own
// incremental results and its own static-mutant policy (see the config), then prints each folder's score.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { FOLDERS } from '../stryker.config.mjs';

const args = process.argv.slice(2);
const chosen = args.filter((arg) => FOLDERS.includes(arg));
const options = args.filter((arg) => !FOLDERS.includes(arg));

const rows = [];
for (const folder of chosen.length ? chosen : FOLDERS) {
  const started = Date.now();
  // A forced run reuses no result, but Stryker still carries over from the incremental file the results of files
  // no longer mutated (lib/content/source-text.ts's, after it was left out), and they would count in the score.
  if (options.includes('--force')) fs.rmSync(`reports/mutation/${folder}/incremental.json`, { force: true });
  const run = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...options], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_FOLDERS: folder },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const report = JSON.parse(fs.readFileSync(`reports/mutation/${folder}/mutation.json`, 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, RuntimeError: 0, CompileError: 0 };
  for (const file of Object.values(report.files)) for (const mutant of file.mutants) count[mutant.status]++;
  // Stryker's score: mutants detected (killed or timed out) over all valid ones, ignored ones left out.
  const detected = count.Killed + count.Timeout;
  const score = (100 * detected) / (detected + count.Survived + count.NoCoverage);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  rows.push(`| lib/${folder} | ${score.toFixed(2)} % | ${count.Killed} | ${count.Survived} | ${count.NoCoverage} | ${count.Timeout} | ${count.Ignored} | ${minutes} min |`);
}
console.log(['', '| folder | score | killed | survived | no coverage | timeout | ignored (static) | time |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
