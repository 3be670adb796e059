import type { Metadata } from 'next';
import { routing, type Locale } from './i18n/routing';
import type { PageMode } from './routes';

type Route = (at: { locale: Locale; mode: PageMode }) => string;

/** Title, description, canonical URL and language alternates shared by every page. */
export function pageMetadata(
  locale: Locale,
  mode: PageMode,
  route: Route,
  { title, description }: { title: string; description: string },
): Metadata {
  return {
    title,
    description,
    alternates: {
      // Both modes show the same text, so the standard page is the canonical one.
      canonical: route({ locale, mode: 'standard' }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, route({ locale: l, mode })])),
    },
  };
}
