/**
 * The address the site is published at (SITE_URL at build time, e.g. https://reader.jinnan.gov.cn): what a
 * shared link and its QR code point to, and the base of canonical URLs. Without it, links point to localhost.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
