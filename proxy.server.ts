import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';

/**
 * Sends a path without a language to the same path in the reader's language; sets no cookie, so caches stay shared.
 * Only `next start` runs it: the `.server.ts` name keeps it out of the static export (next.config.js), where
 * deploy/nginx.conf makes the same choice.
 */
export default function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${url.pathname === '/' ? '' : url.pathname}`;
  const response = NextResponse.redirect(url, 307);
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = {
  // Only paths without a language reach the proxy; running it on every prerendered page
  // halves throughput (docs/toolchain.md), so language paths and assets skip it.
  matcher: ['/', '/((?!(?:zh-CN|zh-Hant|en)(?:/|$)|api|_next|_vercel|.*\\..*).*)'],
};
