import type { Locale } from './i18n/routing';

/** Standard pages live at /zh-CN/…; each has a prerendered large-type twin at /zh-CN/large/…, shareable as a plain link. */
export type PageMode = 'standard' | 'large';

export type RouteContext = { locale: Locale; mode: PageMode };

const root = ({ locale, mode }: RouteContext) => (mode === 'large' ? `/${locale}/large` : `/${locale}`);

export const routes = {
  home: (at: RouteContext) => root(at),
  contents: (at: RouteContext) => `${root(at)}#contents`,
  section: (at: RouteContext, id: string) => `${root(at)}/section/${id}`,
  paragraph: (at: RouteContext, sectionId: string, paragraphId: string) =>
    `${root(at)}/section/${sectionId}#${paragraphId}`,
  wholeReport: (at: RouteContext) => `${root(at)}/report`,
  glossary: (at: RouteContext) => `${root(at)}/glossary`,
  help: (at: RouteContext) => `${root(at)}/help`,
};

/** The same page in the other mode: /zh-CN/section/x ⇄ /zh-CN/large/section/x. */
export function pathInMode(pathname: string, mode: PageMode): string {
  const match = pathname.match(/^\/(zh-CN|zh-Hant|en)(\/large)?(\/.*)?$/);
  if (!match) return pathname;
  const [, locale, , rest = ''] = match;
  return `/${locale}${mode === 'large' ? '/large' : ''}${rest}`;
}
