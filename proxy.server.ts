import { NextResponse, type NextRequest } from 'next/server';
import { isWellFormedPath } from '@/lib/address/well-formed-path';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';

// The paths that already name a language, or are assets: the matcher below skips them unless encoded.
const HAS_LANGUAGE = /^\/(?:(?:zh-CN|zh-Hant|en)(?:\/|$)|api|_next|_vercel|.*\..*)/;

/**
 * Answers a malformed address with the reader's not-found page, before routing: Next's router answered some of
 * them (/zh-CN/%E0%A4%A) with a 500. Then sends a path without a language to the same path in the reader's
 * language; sets no cookie, so caches stay shared. Only `next start` runs it: the `.server.ts` name keeps it out
 * of the static export (next.config.js), where deploy/nginx.conf makes the same choices.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next renders the not-found page with its own 404 whatever status a rewrite asks for; nginx answers the same.
  if (!isWellFormedPath(pathname)) return NextResponse.rewrite(new URL('/_not-found', request.url));
  if (HAS_LANGUAGE.test(pathname)) return NextResponse.next();
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.redirect(url, 307);
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = {
  // Running the proxy on every prerendered page halves throughput (docs/toolchain.md), so it runs only where it has
  // work: paths without a language, and any path with a percent sign, which may be malformed.
  matcher: ['/', '/((?!(?:zh-CN|zh-Hant|en)(?:/|$)|api|_next|_vercel|.*\\..*).*)', '/(.*%.*)'],
};
