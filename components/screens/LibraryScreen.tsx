import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ResumeLink } from '@/components/resume/ResumeLink';
import { SearchForm } from '@/components/search/SearchForm';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { publishedDate } from '@/lib/content/published-date';
import { documents, editionOf } from '@/lib/library';
import type { SitePage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';
import styles from './LibraryScreen.module.css';

export async function libraryMetadata({ at }: SitePage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Library' });
  return pageMetadata(at, routes.library, { title: t('title'), description: t('description') });
}

/** The library: every document, newest first, each a large way in with its issuer, date and one plain sentence. */
export async function LibraryScreen({ at }: SitePage) {
  const t = await getTranslations('Library');
  return (
    <ModeShell at={at} path={routes.library(at)}>
      <ResumeLink locale={at.locale} />
      <h1 className={styles.heading}>{t('heading')}</h1>
      <ol className={styles.list} aria-label={t('listLabel')}>
        {documents().map((document) => {
          const { report, lang } = editionOf(document, at.locale);
          const summary = report.summary?.[at.locale === 'en' ? 'en' : 'zh'];
          return (
            <li key={document.slug} className={styles.entry}>
              <h2 className={styles.title}>
                <a className={styles.link} href={routes.cover({ ...at, doc: document.slug })} lang={lang}>
                  {fullWidthPunctuation(report.title.join(''))}
                </a>
              </h2>
              <p className={styles.facts}>
                {report.issuer && <span lang={lang}>{t('issuer', { issuer: fullWidthPunctuation(report.issuer) })}</span>}
                {report.published && <time dateTime={report.published}>{t('published', { date: publishedDate(report.published) })}</time>}
              </p>
              {summary && <p className={styles.summary}>{fullWidthPunctuation(summary)}</p>}
            </li>
          );
        })}
      </ol>
      {/* After the list: on a phone at the largest text the first document is on the first screen. */}
      <p>{t('intro')}</p>
      <SearchForm at={at} />
    </ModeShell>
  );
}
