import { getLocale, getTranslations } from 'next-intl/server';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { SummaryFile } from '@/lib/content/schema';
import { readBlock } from '@/lib/read-aloud/read-block';
import { StaticMarkup } from '@/components/layout/StaticMarkup';
import { KeyNumbers } from './KeyNumbers';
import styles from './PlainSummary.module.css';

type Props = { sectionId: string; summary: SummaryFile; headingLevel: 2 | 3 | 4 };

/** 简明版: the section in everyday words, before the official text (WCAG 3.1.5 Reading Level). */
export async function PlainSummary({ sectionId, summary: file, headingLevel }: Props) {
  const t = await getTranslations('Summary');
  const summary = file[(await getLocale()) === 'en' ? 'en' : 'zh'];
  const Heading = `h${headingLevel}` as const;
  const headingId = `${sectionId}-summary`;
  return (
    <StaticMarkup as="section" className={styles.summary} aria-labelledby={headingId} data-view-part="summary">
      <Heading id={headingId} className={styles.heading}>
        {t('heading')}
      </Heading>
      <p id={`${sectionId}-headline`} {...readBlock(summary.headline)} className={styles.headline}>
        {fullWidthPunctuation(summary.headline)}
      </p>
      <ul className={styles.points}>
        {summary.points.map((point, index) => (
          <li key={point} id={`${sectionId}-point-${index + 1}`} {...readBlock(point)}>
            {fullWidthPunctuation(point)}
          </li>
        ))}
      </ul>
      <KeyNumbers
        idPrefix={`${sectionId}-number`}
        numbers={summary.numbers}
        heading={t('keyNumbers')}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
      />
      {/* Who wrote it, after the plain words themselves: the first screen shows the text. */}
      <p className={styles.byEditors}>{t('byEditors')}</p>
    </StaticMarkup>
  );
}
