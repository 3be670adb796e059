import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { publishedDate } from '@/lib/content/published-date';
import type { Edition } from '@/lib/library';
import styles from './Cover.module.css';

type Props = {
  edition: Edition;
  headingLevel?: 1 | 2;
  /** The way in (开始阅读), right under the title, so a phone's first screen shows both. */
  actions?: ReactNode;
};

/** Title, issuer, 文号, date and source: what an older reader checks first to trust a document. */
export async function Cover({ edition: { report, lang }, headingLevel = 1, actions }: Props) {
  const t = await getTranslations('Cover');
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={styles.cover}>
      <Heading className={styles.title} lang={lang} data-original-text>
        {report.title.map((line) => (
          <span key={line} className={styles.titleLine}>
            {fullWidthPunctuation(line)}
          </span>
        ))}
      </Heading>
      {actions}
      <dl className={styles.facts} aria-label={t('coverLabel')}>
        {report.issuer && (
          <div>
            <dt>{t('issuer')}</dt>
            <dd lang={lang}>{fullWidthPunctuation(report.issuer)}</dd>
          </div>
        )}
        {report.documentNumber && (
          <div>
            <dt>{t('documentNumber')}</dt>
            <dd lang={lang}>{fullWidthPunctuation(report.documentNumber)}</dd>
          </div>
        )}
        {report.published && (
          <div>
            <dt>{t('published')}</dt>
            <dd>
              <time dateTime={report.published}>{t('publishedDate', { date: publishedDate(report.published) })}</time>
            </dd>
          </div>
        )}
        {report.source && (
          <div>
            <dt>{t('source')}</dt>
            <dd lang={lang}>{fullWidthPunctuation(report.source)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
