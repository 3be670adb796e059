// After `next build`: writes each prerendered page's Content-Security-Policy, with the hashes of its own inline
// scripts, into its HTML file (lib/csp/page-policy.ts). next start serves those files as stored (404 page included;
// it copies each into .next/server/route-cache on first use, so this must run before it starts, as `npm run build`
// does), and the export is served as files: the page's policy travels with it on any server. `--check` (npm start's
// prestart) refuses a server build whose pages lack it: after a bare `next build`, or after an export, whose
// intermediate build in .next is not the server's.
import fs from 'node:fs';
import path from 'node:path';
import { htmlRoot, isStaticExport } from '../lib/build-output.js';
import { withPagePolicy } from '../lib/csp/page-policy';

const MARKER = '.next/csp-meta.json';
const buildId = () => fs.readFileSync('.next/BUILD_ID', 'utf8').trim();

if (process.argv.includes('--check')) {
  const sealed = fs.existsSync(MARKER) && JSON.parse(fs.readFileSync(MARKER, 'utf8')).buildId === buildId();
  if (!sealed) {
    console.error('csp-meta: .next is not a finished server build (after `npm run export` or a bare `next build`): run `npm run build` first.');
    process.exit(1);
  }
} else {
  const pages = fs
    .readdirSync(htmlRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(htmlRoot, file));
  for (const page of pages) {
    try {
      fs.writeFileSync(page, withPagePolicy(fs.readFileSync(page, 'utf8')));
    } catch (error) {
      throw new Error(`${page}: ${(error as Error).message}`);
    }
  }
  if (!isStaticExport) fs.writeFileSync(MARKER, JSON.stringify({ buildId: buildId(), pages: pages.length }));
  console.log(`csp-meta: ${pages.length} pages in ${htmlRoot}/ carry their Content-Security-Policy`);
}
