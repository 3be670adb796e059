// Builds the test documents' content root for the end-to-end suite: the two synthetic documents in
// e2e/fixtures/import/ (a GBK text saved from a county site, and a Word original generated here), imported with
// the real importer. They are never published: only the e2e build adds this root (READER_CONTENT).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wordOriginal } from '../e2e/fixtures/import/word-original';
import { importFile } from '../lib/import/import-file';

const E2E_CONTENT_ROOT = '.e2e-content';

const root = path.resolve(process.argv[2] ?? E2E_CONTENT_ROOT);
fs.rmSync(root, { recursive: true, force: true });
const word = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-word-')), 'farm-machinery.docx');
await wordOriginal(word);
for (const [file, slug] of [
  ['e2e/fixtures/import/mou-xian-fire-notice.gbk.txt', 'fire-notice'],
  [word, 'farm-machinery'],
]) {
  await importFile({ file, slug, contentRoot: root, force: false });
  console.log(`e2e content: ${slug} imported into ${path.relative(process.cwd(), root)}/documents/${slug}`);
}
