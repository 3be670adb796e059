import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { localSite } from './local-site';
import { readSource } from './read-source';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-read-source-'));
// A Big5 site that names its encoding only in the HTTP header, as a server configured for it does: no <meta charset>.
const big5Page = iconv.encode(
  '<html><head><title>臺北市政府公告</title></head><body><div class="content"><p>敬老津貼自本月起調整，請長者留意。</p></div></body></html>',
  'big5',
);
const site = localSite((_, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=Big5' });
  response.end(big5Page);
});
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});
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

  it('reads a page by the encoding its HTTP header names when the page names none (Big5)', async () => {
    const read = await readSource(`${site.url}/gonggao.html`);
    expect(read.source.format).toBe('web page (Big5)');
    expect(read.source.blocks).toEqual([{ kind: 'paragraph', text: '敬老津貼自本月起調整，請長者留意。', at: { n: 1 } }]);
    expect(read.source.facts.title).toEqual({ value: '臺北市政府公告', from: '<title>' });
    expect(read.bytes).toEqual(big5Page);
  });
});
