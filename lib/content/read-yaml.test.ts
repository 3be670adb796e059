import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readYaml } from './read-yaml';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('readYaml and the size of a content file', () => {
  it('reads a file of exactly 5 MB, the most a content file may be', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'read-yaml-'));
    const head = 'title: 通知\n# ';
    const file = `${head}${'x'.repeat(5 * 2 ** 20 - Buffer.byteLength(head) - 1)}\n`;
    expect(Buffer.byteLength(file)).toBe(5_242_880);
    fs.writeFileSync(path.join(root, 'document.yaml'), file);
    expect(readYaml(root, 'document.yaml', z.object({ title: z.string() }))).toEqual({ title: '通知' });
  });
});
