// 搜索: builds the static search index (Pagefind) over every passage of every document, in 简体, 繁體 and the English
// summaries, into public/pagefind/, before `next build` copies public/ into the site (and the static export).
// The browser loads only the fragments a query needs. Run by `npm run build` (prebuild).
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { documents } from '@/lib/library';
import { searchRecords } from '@/lib/search/records';

const out = path.join(process.cwd(), 'public/pagefind');
const started = Date.now();
// One language for all: Chinese segmentation for the 简体 and 繁體 records alike, and one index a query searches whole.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`search index: ${errors.join('; ')}`);
let records = 0;
for (const document of documents()) {
  for (const record of searchRecords(document)) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`search index: ${record.url}: ${added.errors.join('; ')}`);
    records++;
  }
}
fs.rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind also writes its ready-made search interfaces; the reader has its own (components/search/), so they would
// only be dead weight in the export.
for (const name of fs.readdirSync(out)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) fs.rmSync(path.join(out, name));
const bytes = fs.readdirSync(out, { recursive: true, withFileTypes: true }).reduce((sum, entry) => (entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum), 0);
console.log(`search index: ${records} passages, ${(bytes / 1e6).toFixed(2)} MB in public/pagefind, ${((Date.now() - started) / 1000).toFixed(1)} s`);
