import { notFound } from 'next/navigation';
import type { Section } from './content/load-report';
import { pageLocale } from './i18n/page-locale';
import { routing } from './i18n/routing';
import { documents, editionOf, findDocument, type Edition } from './library';
import type { DocumentContext, PageMode, RouteContext } from './routes';

/**
 * What a page needs from its URL, resolved once in the route and passed down as data: the language and mode,
 * and for a document's pages the document itself (in the edition the language shows) and the section.
 */
export type SiteParams = Promise<{ locale: string }>;
export type DocumentParams = Promise<{ locale: string; doc: string }>;
export type SectionParams = Promise<{ locale: string; doc: string; id: string }>;

export type SitePage = { at: RouteContext };
export type DocumentPage = { at: DocumentContext; edition: Edition };
export type SectionPage = DocumentPage & { section: Section };

export async function sitePage(params: SiteParams, mode: PageMode): Promise<SitePage> {
  return { at: { locale: await pageLocale(params), mode } };
}

export async function documentPage(params: DocumentParams, mode: PageMode): Promise<DocumentPage> {
  const locale = await pageLocale(params);
  const { doc } = await params;
  const document = findDocument(doc);
  if (!document) notFound();
  return { at: { locale, mode, doc }, edition: editionOf(document, locale) };
}

export async function sectionPage(params: SectionParams, mode: PageMode): Promise<SectionPage> {
  const page = await documentPage(params, mode);
  const { id } = await params;
  const section = page.edition.report.sections.find((s) => s.id === id);
  if (!section) notFound();
  return { ...page, section };
}

/** Every document, in every language: the prerendered pages of each document route. */
export function documentStaticParams() {
  return routing.locales.flatMap((locale) => documents().map((document) => ({ locale, doc: document.slug })));
}

export function sectionStaticParams() {
  return routing.locales.flatMap((locale) =>
    documents().flatMap((document) => document.report.sections.map((section) => ({ locale, doc: document.slug, id: section.id }))),
  );
}
