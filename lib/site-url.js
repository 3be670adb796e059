// The site's public address, for canonical and alternate-language links (search engines and shared links need
// absolute URLs). Set SITE_URL when building for production; plain JavaScript because next.config.js imports it.
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const LOCAL = 'http://localhost:3000';

export function siteUrl() {
  const value = process.env.SITE_URL || LOCAL;
  if (!/^https?:\/\/[^/?#]+\/?$/.test(value)) throw new Error(`SITE_URL must be an origin such as https://reader.example.gov.cn, not "${value}".`);
  return new URL(value);
}

let warned = false;

/** One line at a production build without SITE_URL, whose pages would name localhost as their address. */
export function warnWithoutSiteUrl(phase) {
  siteUrl();
  // Next loads its config twice in one build.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_URL && !warned) {
    warned = true;
    console.warn(`⚠ SITE_URL is not set: canonical and language links will point to ${LOCAL}. Set SITE_URL=https://your.site when building for production.`);
  }
}
