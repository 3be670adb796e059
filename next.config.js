import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { isStaticExport } from './lib/build-output.js';
import { legacyRedirects } from './lib/legacy-redirects.js';
import { securityHeaders } from './lib/security-headers.js';
import { warnWithoutSiteUrl } from './lib/site-url.js';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  // Messages are compiled at build, so the pages' code formats them without intl-messageformat, a 12 kB gz
  // parser every page loaded before its first tap (issue 17's first-load budget).
  experimental: { messages: { path: './messages', format: 'json', locales: ['zh-CN', 'en'], precompile: true } },
});

/** What only a server can do: the language redirect (proxy.server.ts), the old URLs' redirects and the headers. */
const serverOnly = {
  // Next finds the proxy by the page extensions (docs: file-conventions/proxy), so the export build, which has no
  // `server.ts` extension, leaves proxy.server.ts out; deploy/nginx.conf does its work there.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'server.ts'],
  async redirects() {
    return legacyRedirects;
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      // Audio files are named by a hash of their content's source: they never change, so cache forever.
      { source: '/audio/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // The manifest names the current files, so it is revalidated on every use.
      { source: '/audio-manifest.json', headers: [{ key: 'Cache-Control', value: 'public, no-cache' }] },
    ];
  },
};

// Writes out/; its intermediate build is .next, as `npm run build`'s is (Next has no other place for it).
const staticExport = { output: 'export' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  generateEtags: false,
  ...(isStaticExport ? staticExport : serverOnly),
};

export default function config(phase) {
  warnWithoutSiteUrl(phase);
  // Each page's CSS in a <style> in its <head>, not in stylesheets it must wait for: on a slow line the text paints
  // about as soon as it arrives (issue 28; docs/benchmark-notes.md). Built pages only: their styles are hashed into
  // the Content-Security-Policy after the build (scripts/csp-meta.ts), which the development server never runs.
  const inlineCss = phase !== PHASE_DEVELOPMENT_SERVER;
  return withNextIntl({ ...nextConfig, experimental: { inlineCss } });
}
