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
// Styles: only the build's own stylesheets; the pages have no style attributes or <style> elements, and React
// sets styles through the CSSOM, which CSP does not govern.
const common = [
  "style-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The policy written into one page: its inline scripts allowed by their sha256 hashes, and nothing else inline. */
export function pagePolicy(scriptHashes) {
  const hashes = [...new Set(scriptHashes)].map((hash) => ` '${hash}'`).join('');
  return ["default-src 'self'", `script-src 'self' 'wasm-unsafe-eval'${hashes}`, ...common].join('; ');
}

const headerPolicy = ["default-src 'self'", "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'", ...common, "frame-ancestors 'none'"].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: headerPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The reader needs no camera, microphone or location; speech output needs no permission.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
