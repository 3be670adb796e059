import type { Locale } from './i18n/routing';

/** Standard pages live at /zh-CN/…; each has a prerendered large-type twin at /zh-CN/large/…, shareable as a plain link. */
export type PageMode = 'standard' | 'large';

export type RouteContext = { locale: Locale; mode: PageMode };

/** A page of one document: its language, its mode and the document's name in the URL. */
export type DocumentContext = RouteContext & { doc: string };

const root = ({ locale, mode }: RouteContext) => (mode === 'large' ? `/${locale}/large` : `/${locale}`);
const cover = (at: DocumentContext) => `${root(at)}/${at.doc}`;

export const routes = {
  /** The library: every document, newest first. */
  library: (at: RouteContext) => root(at),
  help: (at: RouteContext) => `${root(at)}/help`,
  /** 搜索 across every document; `query` opens it with results. */
  /** What the service worker shows, with no signal, for a page not saved. */
  offline: (at: RouteContext) => `${root(at)}/offline`,
  search: (at: RouteContext, query?: string) => `${root(at)}/search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  cover,
  contents: (at: DocumentContext) => `${cover(at)}#contents`,
  section: (at: DocumentContext, id: string) => `${cover(at)}/section/${id}`,
  paragraph: (at: DocumentContext, sectionId: string, paragraphId: string) => `${cover(at)}/section/${sectionId}#${paragraphId}`,
  /** The whole document on one page. */
  whole: (at: DocumentContext) => `${cover(at)}/whole`,
  glossary: (at: DocumentContext) => `${cover(at)}/glossary`,
  /** One explanation on the glossary page (the search leads there). */
  glossaryEntry: (at: DocumentContext, index: number) => `${cover(at)}/glossary#${glossaryAnchor(index)}`,
};

/** A glossary entry's anchor, by its place in glossary.yaml. */
export const glossaryAnchor = (index: number) => `term-${index + 1}`;

/** The same page in the other mode: /zh-CN/x/section/y ⇄ /zh-CN/large/x/section/y. */
export function pathInMode(pathname: string, mode: PageMode): string {
  const match = pathname.match(/^\/(zh-CN|zh-Hant|en)(\/large)?(\/.*)?$/);
  if (!match) return pathname;
  const [, locale, , rest = ''] = match;
  return `/${locale}${mode === 'large' ? '/large' : ''}${rest}`;
}
