// After `next build`, before scripts/csp-meta.ts hashes the inline scripts: takes the second copy of the static
// markup out of each prerendered page's inline payload (lib/static-markup/markup-once.ts says when and why). Both
// servers serve these files as stored, so both send the same page.
import fs from 'node:fs';
import path from 'node:path';
import { htmlRoot } from '../lib/build-output.js';
import { withMarkupSentOnce } from '../lib/static-markup/markup-once';

const pages = fs
  .readdirSync(htmlRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => path.join(htmlRoot, file));
let before = 0;
let after = 0;
for (const page of pages) {
  const html = fs.readFileSync(page, 'utf8');
  let slimmer: string;
  try {
    slimmer = withMarkupSentOnce(html);
  } catch (error) {
    throw new Error(`${page}: ${(error as Error).message}`);
  }
  before += Buffer.byteLength(html);
  after += Buffer.byteLength(slimmer);
  if (slimmer !== html) fs.writeFileSync(page, slimmer);
}
console.log(`markup-once: ${pages.length} pages, ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB of HTML`);
