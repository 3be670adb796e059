import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';
import { sectionTitle } from '@/components/report/section-title';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { documents, editionOf } from '@/lib/library';
import type { SitePage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';
import { loadSynonyms } from '@/lib/search/synonyms';
import styles from './SearchScreen.module.css';

export async function searchMetadata({ at }: SitePage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Search' });
  return pageMetadata(at, (context) => routes.search(context), { title: t('title'), description: t('description') });
}

/** 搜索: the box, and (with JavaScript) the results for the words in the address, across every document. */
export async function SearchScreen({ at }: SitePage) {
  const t = await getTranslations('Search');
  const tReport = await getTranslations('Report');
  const synonyms = loadSynonyms();
  const library = documents().map((document) => ({ document, edition: editionOf(document, at.locale) }));
  const vocabulary = [
    ...synonyms.flatMap((entry) => [...entry.words, ...entry.means]),
    ...library.flatMap(({ edition }) => edition.glossary.map((entry) => entry.term)),
  ];
  const ways = library.map(({ document, edition }) => {
    const doc = { ...at, doc: document.slug };
    return {
      title: fullWidthPunctuation(edition.report.title.join('')),
      contents: routes.contents(doc),
      glossary: edition.glossary.length ? routes.glossary(doc) : undefined,
    };
  });
  const titles = Object.fromEntries(
    library.flatMap(({ document, edition }) =>
      edition.report.sections.map((section) => [
        `${document.slug}/${section.id}`,
        { document: fullWidthPunctuation(edition.report.title.join('')), section: sectionTitle(section, tReport('introduction')) },
      ]),
    ),
  );
  return (
    <ModeShell at={at} path={routes.search(at)} readAloud={<ReadAloudLauncher scope="results" />}>
      <h1 className={styles.title}>{t('title')}</h1>
      <SearchForm at={at} />
      <noscript>
        <p>{t('needsJs')}</p>
      </noscript>
      <SearchResults
        prefix={routes.library(at)}
        localePrefix={`/${at.locale}`}
        synonyms={synonyms}
        vocabulary={vocabulary}
        ways={ways}
        titles={titles}
      />
    </ModeShell>
  );
}
