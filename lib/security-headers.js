// Security headers for every response. Plain JavaScript because next.config.js imports it.
//
// Content-Security-Policy, and why script-src allows 'unsafe-inline': every page is prerendered once
// and served as the same static file to everyone, so it cannot carry a per-request nonce, and Next's
// prerendered HTML holds inline <script> payloads whose content differs page by page (no fixed hash
// list covers them). What stays strict: no 'unsafe-eval', scripts only from this origin, no plugins
// (object-src 'none'), no <base> hijacking (base-uri 'none'), no framing (frame-ancestors 'none',
// WCAG-irrelevant but a clickjacking guard), forms only to this origin. The site takes no user input
// and reflects none, which is what makes inline scripts acceptable here.
const contentSecurityPolicy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the search (Pagefind) runs its index in WebAssembly; it allows compiling WebAssembly only,
  // never eval() of JavaScript.
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The reader needs no camera, microphone or location; speech output needs no permission.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
