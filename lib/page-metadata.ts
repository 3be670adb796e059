import type { Metadata } from 'next';
import { routing, type Locale } from './i18n/routing';
import { CARD_SIZE } from './og/card';
import type { RouteContext } from './routes';

type Route = (at: RouteContext) => string;

// Open Graph names the language with an underscore and a region.
const ogLocale: Record<Locale, string> = { 'zh-CN': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' };

type Page = {
  title: string;
  description: string;
  /** The link card shown under a shared link (the document's), with words for those who cannot see it. */
  card?: { path: string; alt: string };
};

/** Title, description, canonical URL, language alternates and the link card, shared by every page. */
export function pageMetadata(at: RouteContext, route: Route, { title, description, card }: Page): Metadata {
  // Both modes show the same text, so the standard page is the canonical one; a share keeps its own mode.
  const canonical = route({ locale: at.locale, mode: 'standard' });
  const images = card && [{ url: card.path, ...CARD_SIZE, alt: card.alt }];
  return {
    title,
    description,
    alternates: {
      canonical,
      languages: Object.fromEntries(routing.locales.map((l) => [l, route({ locale: l, mode: at.mode })])),
    },
    openGraph: { type: 'article', title, description, url: route(at), locale: ogLocale[at.locale], images },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images },
  };
}
