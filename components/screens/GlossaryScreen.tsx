import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { sectionTitle } from '@/components/report/section-title';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';
import { editionFor, type Edition } from '@/lib/report';
import { routes, type PageMode } from '@/lib/routes';
import styles from './GlossaryScreen.module.css';

type Props = { params: LocaleParams; mode: PageMode };

export async function glossaryMetadata({ params, mode }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return pageMetadata(locale, mode, routes.glossary, { title: t('title'), description: t('description') });
}

/** Where a term first appears: the section and paragraph a reader can jump to. */
function firstAppearance({ report }: Edition, term: string) {
  for (const section of report.sections) {
    const paragraph = section.paragraphs.find((p) => p.text.includes(term));
    if (paragraph) return { section, paragraph };
  }
  throw new Error(`glossary term not in the report: ${term}`);
}

export async function GlossaryScreen({ params, mode }: Props) {
  const locale = await pageLocale(params);
  const at = { locale, mode };
  const edition = editionFor(locale);
  const t = await getTranslations('Glossary');
  const tReport = await getTranslations('Report');
  return (
    <ModeShell at={at}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className={styles.list}>
        {edition.glossary.map((entry) => {
          const { section, paragraph } = firstAppearance(edition, entry.term);
          return (
            <div key={entry.term} className={styles.entry}>
              <dt className={styles.term} lang={edition.lang}>
                {fullWidthPunctuation(entry.term)}
              </dt>
              <dd className={styles.explanation}>
                <p>{locale === 'en' ? entry.en : entry.zh}</p>
                <p>
                  <a href={routes.paragraph(at, section.id, paragraph.id)}>
                    {t('firstSeen', { section: sectionTitle(section, tReport('introduction')) })}
                  </a>
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </ModeShell>
  );
}
