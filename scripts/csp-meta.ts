// After `next build`: writes each prerendered page's Content-Security-Policy, with the hashes of its own inline
// scripts and of the site's inline styles, into its HTML file (lib/csp/page-policy.ts). next start serves those
// files as stored (404 page included; it copies each into .next/server/route-cache on first use, so this must run
// before it starts, as `npm run build` does), and the export is served as files: the page's policy travels with it
// on any server. The styles' hashes also go where the header's policy is read from (lib/security-headers.js says
// why): .next/routes-manifest.json for next start, and from the export lib/csp/style-hashes.json, from which
// `npm run export` then writes deploy/security-headers.conf. `--check` (npm start's prestart) refuses a server build whose pages lack it: after
// a bare `next build`, or after an export, whose intermediate build in .next is not the server's.
import fs from 'node:fs';
import path from 'node:path';
import { htmlRoot, isStaticExport } from '../lib/build-output.js';
import { inlineHash, inlineStyleHashes, withPagePolicy } from '../lib/csp/page-policy';
import { headerPolicy, STYLE_HASHES_FILE } from '../lib/security-headers.js';

const MARKER = '.next/csp-meta.json';
const ROUTES_MANIFEST = '.next/routes-manifest.json';
const buildId = () => fs.readFileSync('.next/BUILD_ID', 'utf8').trim();

/** next start applies the headers of next.config.js as the build wrote them into the routes manifest. */
function sealHeader(styleHashes: string[]) {
  const manifest = JSON.parse(fs.readFileSync(ROUTES_MANIFEST, 'utf8'));
  const policies = (manifest.headers as { headers: { key: string; value: string }[] }[]).flatMap((rule) => rule.headers).filter((h) => h.key === 'Content-Security-Policy');
  if (policies.length !== 1) throw new Error(`${ROUTES_MANIFEST}: expected one Content-Security-Policy header, found ${policies.length}`);
  policies[0].value = headerPolicy(styleHashes);
  fs.writeFileSync(ROUTES_MANIFEST, JSON.stringify(manifest));
}

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
  const html = new Map(pages.map((page) => [page, fs.readFileSync(page, 'utf8')]));
  // A page's <style> holds its route's CSS files; a client-side navigation to a route with a file the page lacks
  // brings that file's text as a <style> of its own.
  const cssDir = isStaticExport ? 'out/_next/static' : '.next/static';
  const cssFiles = fs.readdirSync(cssDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
  const fileHashes = cssFiles.map((file) => inlineHash(fs.readFileSync(path.join(cssDir, file), 'utf8')));
  const styleHashes = [...new Set([...[...html.values()].flatMap(inlineStyleHashes), ...fileHashes])].sort();
  for (const [page, text] of html) {
    try {
      fs.writeFileSync(page, withPagePolicy(text, styleHashes));
    } catch (error) {
      throw new Error(`${page}: ${(error as Error).message}`);
    }
  }
  if (isStaticExport) {
    // What nginx's header is written from. The server build has one style more, its error page's own.
    const listed = fs.readFileSync(STYLE_HASHES_FILE, 'utf8');
    const current = `${JSON.stringify(styleHashes, null, 2)}\n`;
    if (listed !== current) {
      fs.writeFileSync(STYLE_HASHES_FILE, current);
      console.log(`csp-meta: the site's inline styles changed: wrote ${path.relative('.', STYLE_HASHES_FILE.pathname)} (commit it, with deploy/security-headers.conf)`);
    }
  } else {
    sealHeader(styleHashes);
    fs.writeFileSync(MARKER, JSON.stringify({ buildId: buildId(), pages: pages.length }));
  }
  console.log(`csp-meta: ${pages.length} pages in ${htmlRoot}/ carry their Content-Security-Policy; ${styleHashes.length} styles (the pages' and their ${cssFiles.length} CSS files'), allowed by hash in each and in the header`);
}
