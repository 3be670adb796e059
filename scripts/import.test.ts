import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const GBK_NOTICE = 'e2e/fixtures/import/mou-xian-fire-notice.gbk.txt';
// A content root of its own for each test, so each passes alone and in any order (vitest --sequence.shuffle).
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
const cli = (...args: string[]) => run('npx', ['tsx', 'scripts/import.ts', ...args], { CONTENT_ROOT: root });

describe('npm run import', { timeout: 60_000 }, () => {
  it('imports into CONTENT_ROOT, prints what it found and exits 0', () => {
    const { status, stdout, stderr } = cli(GBK_NOTICE, '--slug', 'fire');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `Imported ${GBK_NOTICE} (GB18030 text, 33 lines) into ${root}/documents/fire/`,
      '  title:         「某县人民政府关于做好2025年」 + 「冬春季森林防火工作的通知」   (from the title-like lines above the text)',
    ]);
    expect(fs.existsSync(path.join(root, 'documents/fire/document.yaml'))).toBe(true);
  });

  it('refuses an existing slug in one line on stderr, exit code 1', () => {
    expect(cli(GBK_NOTICE, '--slug', 'fire').status).toBe(0);
    const { status, stdout, stderr } = cli(GBK_NOTICE, '--slug', 'fire');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`import stopped: ${root}/documents/fire already exists: add --force to import over it\n`);
  });

  it('stops on an empty file in one line, writing nothing', () => {
    const empty = path.join(root, 'empty.txt');
    fs.writeFileSync(empty, '');
    const { status, stderr } = cli(empty, '--slug', 'empty');
    expect(status).toBe(1);
    expect(stderr).toBe('import stopped: the file is empty\n');
    expect(fs.existsSync(path.join(root, 'documents/empty'))).toBe(false);
  });

  it('shows the usage without a slug, exit code 2', () => {
    const { status, stderr } = cli(GBK_NOTICE);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^usage: npm run import -- <file\.txt\|\.docx\|\.html\|\.pdf, or https:\/\/…> --slug <slug>/);
  });

  it('runs as the npm script, --content-root and --force included', () => {
    expect(cli(GBK_NOTICE, '--slug', 'fire').status).toBe(0);
    const args = ['run', '--silent', 'import', '--', GBK_NOTICE, '--slug', 'fire', '--force', '--content-root', root];
    const { status, stdout } = run('npm', args);
    expect(status).toBe(0);
    expect(stdout).toContain('Re-import:');
  });
});
