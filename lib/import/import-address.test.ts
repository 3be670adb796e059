import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noticePage } from '../../e2e/fixtures/import/notice-page';
import { importFile } from './import-file';
import { localSite } from './local-site';

// A government site, here: the saved TRS notice at its article address, served as the site serves it (GBK).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-address-'));
const page = noticePage();
const site = localSite((request, response) => {
  if (request.url === '/zwgk/tzgg/t20250912_123.html' || request.url === '/zwgk/tzgg/' || request.url === '/zwgk/%E9%80%9A%E7%9F%A5.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=GBK' });
    response.end(page);
  } else if (request.url === '/old') {
    response.writeHead(301, { Location: '/zwgk/tzgg/t20250912_123.html' });
    response.end();
  } else {
    response.writeHead(404);
    response.end();
  }
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('importing a page by its address', () => {
  it('fetches it, follows a redirect, keeps the bytes as the source, and reads it as the saved page', async () => {
    const result = await importFile({ file: `${site.url}/old`, slug: 'allowance', contentRoot: root, force: false });
    expect(result.format).toBe('web page (GBK)');
    expect(fs.readFileSync(path.join(root, 'documents/allowance/source.html'))).toEqual(Buffer.from(page));
    expect(result.document).toMatchObject({
      title: ['关于发放2025年度高龄津贴的通知'],
      documentNumber: '某民发〔2025〕18号',
      issuer: '某市民政局',
      salutation: '各区民政局，各有关单位：',
      closing: { issuer: '某市民政局', date: { text: '2025年9月12日' } },
    });
    expect(result.document.parts.map((part) => part.heading)).toEqual(['一、补贴对象', '二、补贴标准', '三、办理程序']);
  });

  it('refuses an address that answers 404, in one line, writing nothing', async () => {
    await expect(importFile({ file: `${site.url}/missing.html`, slug: 'missing', contentRoot: root, force: false })).rejects.toThrow(
      /^the address answers 404/,
    );
    expect(fs.existsSync(path.join(root, 'documents/missing'))).toBe(false);
  });

  it('names the source after the address’s last part, decoded, or page.html, and takes HTTP in capitals', async () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const heading = (slug: string) => fs.readFileSync(path.join(root, 'documents', slug, 'document.yaml'), 'utf8').split('\n')[0];
    await importFile({ file: `${site.url}/zwgk/%E9%80%9A%E7%9F%A5.html`, slug: 'named', contentRoot: root, force: false, now });
    expect(heading('named')).toBe('# Imported by `npm run import` from 通知.html (web page (GBK)) on 2026-03-01.');
    await importFile({ file: `${site.url.replace('http', 'HTTP')}/zwgk/tzgg/`, slug: 'unnamed', contentRoot: root, force: false, now });
    expect(heading('unnamed')).toBe('# Imported by `npm run import` from page.html (web page (GBK)) on 2026-03-01.');
  });

  it('refuses a page over the size limit', async () => {
    process.env.IMPORT_MAX_MB = '0.001';
    try {
      await expect(importFile({ file: `${site.url}/old`, slug: 'large', contentRoot: root, force: false })).rejects.toThrow(/^the page is larger than /);
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
    expect(fs.existsSync(path.join(root, 'documents/large'))).toBe(false);
  });
});
