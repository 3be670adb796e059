import { sectionTitle } from '@/components/report/section-title';
import { readUnits } from '@/lib/content/blocks';
import { fullWidthPunctuation, halfWidthMarks } from '@/lib/content/chinese-punctuation';
import type { LoadedDocument } from '@/lib/content/load-document';
import type { Locale } from '@/lib/i18n/routing';
import { messages } from '@/lib/i18n/messages';
import { editionOf } from '@/lib/library';
import { glossaryAnchor, routes } from '@/lib/routes';

/** What a result is: the editors' plain words, the published text, or a glossary explanation. */
export type RecordKind = 'summary' | 'original' | 'glossary';

/** One passage in the search index (a Pagefind custom record): a paragraph, list item, table row or summary sentence, with its anchor. */
export type SearchRecord = {
  url: string;
  content: string;
  language: 'zh';
  meta: {
    title: string;
    document: string;
    kind: RecordKind;
    /** Where the passage is, whatever the language: <doc>/<section>#<anchor>, to merge 简体, 繁體 and English hits. */
    place: string;
    /** For reading the passage aloud as published (lib/read-aloud/read-block.ts). */
    halfwidth: string;
  };
};

/**
 * Every passage of a document a reader can search for, in each edition: 简体 and 繁體 (so a 繁體 query finds the same
 * passages), and the English summaries and glossary. The original's Chinese is indexed once per script; English
 * pages show the same Chinese, found through the 简体 records.
 */
export function searchRecords(document: LoadedDocument): SearchRecord[] {
  return (['zh-CN', 'zh-Hant', 'en'] as const).flatMap((locale) => editionRecords(document, locale));
}

function editionRecords(document: LoadedDocument, locale: Locale): SearchRecord[] {
  const edition = editionOf(document, locale);
  const at = { locale, mode: 'standard' as const, doc: document.slug };
  const language = locale === 'en' ? 'en' : 'zh';
  const documentTitle = fullWidthPunctuation(edition.report.title.join(''));
  const introduction = messages[locale].Report.introduction;
  const record = (url: string, published: string, kind: RecordKind, title: string, anchor: string): SearchRecord => ({
    url,
    content: fullWidthPunctuation(published),
    language: 'zh',
    meta: { title, document: documentTitle, kind, place: `${document.slug}/${anchor}`, halfwidth: halfWidthMarks(published).join(' ') },
  });
  return edition.report.sections.flatMap((section) => {
    const title = sectionTitle(section, introduction);
    const summary = edition.summaries.get(section.id)?.[language];
    const summaryRecords = summary
      ? [summary.headline, ...summary.points].map((text, index) => {
          const anchor = index === 0 ? `${section.id}-headline` : `${section.id}-point-${index}`;
          return record(`${routes.section(at, section.id)}#${anchor}`, text, 'summary', title, `${section.id}#${anchor}`);
        })
      : [];
    const originals =
      locale === 'en'
        ? []
        : section.blocks
            .flatMap(readUnits)
            .map((unit) => record(routes.paragraph(at, section.id, unit.id), unit.text, 'original', title, `${section.id}#${unit.id}`));
    return [...summaryRecords, ...originals];
  }).concat(
    // A term's own page entry, not the paragraph it appears in: Pagefind keeps one record per URL.
    edition.glossary.map((entry, index) => {
      const explanation = language === 'en' ? entry.en : entry.zh;
      return record(routes.glossaryEntry(at, index), `${entry.term}：${explanation}`, 'glossary', entry.term, `glossary#${glossaryAnchor(index)}`);
    }),
  );
}
