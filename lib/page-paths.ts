import { routing } from './i18n/routing';
import { documents } from './library';
import { routes, type PageMode } from './routes';

const modes: PageMode[] = ['standard', 'large'];

/** Every page the site prerenders, by path: the library and help, and each document's pages, in every language and mode. */
export function allPagePaths(): string[] {
  return routing.locales.flatMap((locale) =>
    modes.flatMap((mode) => {
      const at = { locale, mode };
      return [
        routes.library(at),
        routes.help(at),
        ...documents().flatMap((document) => {
          const doc = { ...at, doc: document.slug };
          return [
            routes.cover(doc),
            routes.whole(doc),
            routes.glossary(doc),
            ...document.report.sections.map((section) => routes.section(doc, section.id)),
          ];
        }),
      ];
    }),
  );
}
