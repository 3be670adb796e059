import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readSource } from './read-source';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-read-source-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.IMPORT_MAX_MB;
});

describe('readSource', () => {
  it('refuses a file that is not there, naming it and why', async () => {
    const missing = path.join(folder, 'missing.txt');
    await expect(readSource(missing)).rejects.toThrow(expect.objectContaining({ message: `cannot read ${missing}: ENOENT` }));
  });

  it('reads a file of exactly the size limit, keeping its bytes, name and kind', async () => {
    process.env.IMPORT_MAX_MB = String(1 / 1024); // 1,024 bytes
    const file = path.join(folder, 'Notice.TXT');
    const text = `关于开展检查的通知\n${'检查。'.repeat(110)}12345\n`;
    expect(Buffer.byteLength(text)).toBe(1_024);
    fs.writeFileSync(file, text);
    const read = await readSource(file);
    expect(read).toMatchObject({ name: 'Notice.TXT', ext: '.txt' });
    expect(Buffer.from(read.bytes).toString('utf8')).toBe(text);
    expect(read.source.format).toBe('UTF-8 text');
  });
});
