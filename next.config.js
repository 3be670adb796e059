import createNextIntlPlugin from 'next-intl/plugin';
import { legacyRedirects } from './lib/legacy-redirects.js';
import { securityHeaders } from './lib/security-headers.js';
import { warnWithoutSiteUrl } from './lib/site-url.js';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  generateEtags: false,
  async redirects() {
    return legacyRedirects;
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Audio files are named by a hash of their content's source: they never change, so cache forever.
      { source: '/audio/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // The manifest names the current files, so it is revalidated on every use.
      { source: '/audio-manifest.json', headers: [{ key: 'Cache-Control', value: 'public, no-cache' }] },
    ];
  },
};

export default function config(phase) {
  warnWithoutSiteUrl(phase);
  return withNextIntl(nextConfig);
}
