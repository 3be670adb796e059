// Security headers for every response, and the Content-Security-Policy each prerendered page carries in a <meta>.
// Plain JavaScript because next.config.js imports it; deploy/security-headers.conf is generated from it.
//
// Scripts: every page is prerendered once and served as the same file to everyone, so it cannot carry a
// per-request nonce; but it never changes after the build either, so its inline scripts (Next's payloads, which
// differ page by page, and the preference head script) are hashed then, page by page, and the hashes written into
// the page's own policy (scripts/csp-meta.ts). A browser enforces every policy it is given (CSP 3, "multiple
// policies"): an inline script runs only if the header's policy and the page's <meta> both allow it. So the header
// leaves inline scripts to the meta ('unsafe-inline', never in effect on a page, whose meta lists hashes) and keeps
// what a meta cannot carry: frame-ancestors (https://www.w3.org/TR/CSP3/#meta-element). What stays strict
// everywhere: no 'unsafe-eval', scripts only from this origin, no plugins, no <base> hijacking, no framing
// (a clickjacking guard), forms only to this origin.
//
// WebAssembly: the search (Pagefind) runs its index in WebAssembly; 'wasm-unsafe-eval' allows compiling WebAssembly
// only, never eval() of JavaScript.
//
// Styles: each page carries the CSS it needs in one <style> in its <head> (experimental.inlineCss in next.config.js),
// so its text paints without waiting for a stylesheet request. Like the scripts, each such style is allowed by its
// hash, never by 'unsafe-inline', and in both policies: the header's style-src must allow it too, or the browser
// refuses it. A page's <style> holds the CSS files of its route, so a whole site has a handful of them; the
// header and every page list all of them, and each CSS file's own (a client-side navigation to a route with a
// file the page lacks brings it as a <style> of its own), a dozen hashes at most. They are
// known only once the CSS is built: scripts/csp-meta.ts hashes them after each build and writes them into each
// page, into .next/routes-manifest.json (where next start reads its headers) after a server build, and into
// lib/csp/style-hashes.json after an export, from which deploy/security-headers.conf is written. The pages have no style attributes; React sets styles
// through the CSSOM, which CSP does not govern.
import fs from 'node:fs';

/** The sha256 hashes of the site's inline styles, as the last export wrote them (scripts/csp-meta.ts). */
export const STYLE_HASHES_FILE = new URL('./csp/style-hashes.json', import.meta.url);
export const siteStyleHashes = () => JSON.parse(fs.readFileSync(STYLE_HASHES_FILE, 'utf8'));

const sources = (hashes) => [...new Set(hashes)].map((hash) => ` '${hash}'`).join('');

const common = (styleHashes) => [
  `style-src 'self'${sources(styleHashes)}`,
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The policy written into one page: its inline scripts and the site's inline styles allowed by their sha256 hashes, nothing else inline. */
export function pagePolicy(scriptHashes, styleHashes) {
  return ["default-src 'self'", `script-src 'self' 'wasm-unsafe-eval'${sources(scriptHashes)}`, ...common(styleHashes)].join('; ');
}

/** The policy in the header of every response. */
export const headerPolicy = (styleHashes) =>
  ["default-src 'self'", "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'", ...common(styleHashes), "frame-ancestors 'none'"].join('; ');

export const securityHeaders = (styleHashes = siteStyleHashes()) => [
  { key: 'Content-Security-Policy', value: headerPolicy(styleHashes) },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The reader needs no camera, microphone or location; speech output needs no permission.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
