import type { Metadata } from 'next';
import { routing } from './i18n/routing';
import type { RouteContext } from './routes';

type Route = (at: RouteContext) => string;

/** Title, description, canonical URL and language alternates shared by every page. */
export function pageMetadata(at: RouteContext, route: Route, { title, description }: { title: string; description: string }): Metadata {
  return {
    title,
    description,
    alternates: {
      // Both modes show the same text, so the standard page is the canonical one.
      canonical: route({ locale: at.locale, mode: 'standard' }),
      languages: Object.fromEntries(routing.locales.map((l) => [l, route({ locale: l, mode: at.mode })])),
    },
  };
}
