import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { Cover } from '@/components/report/Cover';
import { TableOfContents } from '@/components/report/TableOfContents';
import { SaveForOffline } from '@/components/offline/SaveForOffline';
import { ResumeLink } from '@/components/resume/ResumeLink';
import { PageActions } from '@/components/share/PageActions';
import { OneMinuteOverview } from '@/components/summary/OneMinuteOverview';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { documentCard } from '@/lib/document-card';
import type { DocumentPage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';
import styles from './CoverScreen.module.css';

const titleOf = ({ edition }: DocumentPage) => fullWidthPunctuation(edition.report.title.join(''));

export async function coverMetadata(page: DocumentPage): Promise<Metadata> {
  const t = await getTranslations({ locale: page.at.locale, namespace: 'Cover' });
  const summary = page.edition.report.summary?.[page.at.locale === 'en' ? 'en' : 'zh'];
  return pageMetadata(page.at, (at) => routes.cover({ ...at, doc: page.at.doc }), {
    title: titleOf(page),
    description: summary ? fullWidthPunctuation(summary) : t('description', { title: titleOf(page) }),
    card: documentCard(page),
  });
}

/** A document's own first page: its cover and the ways in (开始阅读, 一分钟看懂, the contents, the glossary). */
export async function CoverScreen({ at, edition }: DocumentPage) {
  const t = await getTranslations('Cover');
  const tSummary = await getTranslations('Summary');
  return (
    <ModeShell at={at} path={routes.cover(at)}>
      <ResumeLink locale={at.locale} doc={at.doc} />
      <Cover
        edition={edition}
        actions={
          <div className={styles.actions}>
            <a className={styles.primary} href={routes.section(at, edition.report.sections[0].id)}>
              {t('startReading')}
            </a>
            <a className={styles.secondary} href={routes.whole(at)}>
              {t('readWhole')}
            </a>
          </div>
        }
      />
      <PageActions path={routes.cover(at)} shareTitle={fullWidthPunctuation(edition.report.title.join(''))} />
      <OneMinuteOverview at={at} edition={edition} />
      <TableOfContents at={at} edition={edition} />
      {edition.glossary.length > 0 && (
        <p>
          <a className={styles.secondary} href={routes.glossary(at)}>
            {tSummary('glossaryLink')}
          </a>
        </p>
      )}
      <p>
        <a className={styles.back} href={routes.library(at)}>
          {t('library')}
        </a>
      </p>
      <SaveForOffline doc={at.doc} locale={at.locale} mode={at.mode} title={fullWidthPunctuation(edition.report.title.join(''))} />
    </ModeShell>
  );
}
