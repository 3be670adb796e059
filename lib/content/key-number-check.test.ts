import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLibrary } from './check-library';

// A 关键数字 card shows its `value` in large type, apart from its sentence: a wrong value there is the mistake a
// reader would take home, so it must stop the content check (and with it the build, whose prebuild runs it).
const SOURCE = 'content/documents/jinnan-fazhi-2024';
const CARD = 'summaries/business-environment.yaml';
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'key-number-'));
  fs.cpSync(SOURCE, path.join(root, 'documents/jinnan-fazhi-2024'), { recursive: true });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** The card's value changed from 686 to 668, its sentence (「…有686个已经解决」) left as it was. */
function mistype() {
  const file = path.join(root, 'documents/jinnan-fazhi-2024', CARD);
  const text = fs.readFileSync(file, 'utf8');
  expect(text.match(/value: "686"/g)).toHaveLength(2);
  fs.writeFileSync(file, text.replace('value: "686"', 'value: "668"'));
}

describe('a wrong number on a 关键数字 card', () => {
  it('the document as published passes', () => {
    expect(checkLibrary([root]).map((check) => check.errors)).toEqual([[]]);
  });

  it('fails the content check, naming the file and the number', () => {
    mistype();
    const [check] = checkLibrary([root]);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]).toContain(`documents/jinnan-fazhi-2024/${CARD}`);
    expect(check.errors[0]).toContain('zh: 668 in 「668」');
  });

  it('stops `npm run check-content`, which the build runs first, with exit code 1', () => {
    mistype();
    const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, READER_CONTENT: root }, timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('668 in 「668」');
    expect(run.stdout).toContain('1 document(s) with mistakes.');
  });
});
