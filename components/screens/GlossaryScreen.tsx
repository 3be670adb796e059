import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { StaticMarkup } from '@/components/layout/StaticMarkup';
import { sectionTitle } from '@/components/report/section-title';
import { readUnits } from '@/lib/content/blocks';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { Edition } from '@/lib/library';
import { documentCard } from '@/lib/document-card';
import type { DocumentPage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { glossaryAnchor, routes, type DocumentContext } from '@/lib/routes';
import styles from './GlossaryScreen.module.css';

export async function glossaryMetadata({ at, edition }: DocumentPage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Glossary' });
  return pageMetadata(at, (context) => routes.glossary({ ...context, doc: at.doc }), {
    title: t('title'),
    description: t('description', { title: fullWidthPunctuation(edition.report.title.join('')) }),
    card: documentCard({ at, edition }),
  });
}

/** Where a term first appears: the paragraph a reader can jump to (or its section, where only a heading has it). */
function firstAppearance(at: DocumentContext, { report }: Edition, term: string) {
  for (const section of report.sections) {
    const unit = section.blocks.flatMap(readUnits).find((candidate) => candidate.text.includes(term));
    if (unit) return { section, href: routes.paragraph(at, section.id, unit.id) };
    if (section.heading?.includes(term)) return { section, href: routes.section(at, section.id) };
  }
  throw new Error(`glossary term not in the document: ${term}`);
}

export async function GlossaryScreen({ at, edition }: DocumentPage) {
  const t = await getTranslations('Glossary');
  const tReport = await getTranslations('Report');
  return (
    <ModeShell at={at} path={routes.glossary(at)}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <StaticMarkup as="dl" className={styles.list}>
        {edition.glossary.map((entry, index) => {
          const { section, href } = firstAppearance(at, edition, entry.term);
          return (
            <div key={entry.term} id={glossaryAnchor(index)} className={styles.entry}>
              <dt className={styles.term} lang={edition.lang}>
                {fullWidthPunctuation(entry.term)}
              </dt>
              <dd className={styles.explanation}>
                <p>{at.locale === 'en' ? entry.en : entry.zh}</p>
                <p>
                  <a href={href}>{t('firstSeen', { section: sectionTitle(section, tReport('introduction')) })}</a>
                </p>
              </dd>
            </div>
          );
        })}
      </StaticMarkup>
      <p>
        <a href={routes.cover(at)}>{fullWidthPunctuation(edition.report.title.join(''))}</a>
      </p>
    </ModeShell>
  );
}
