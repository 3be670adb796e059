import { getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/content/load-report';
import { pageEdition } from '@/lib/page-edition';
import { sectionIds } from '@/lib/report';
import { Closing } from './Closing';
import { SectionParagraphs } from './SectionParagraphs';
import styles from './OriginalText.module.css';

/** 原文: a section's paragraphs as published (and, after the last section, the closing lines). */
export async function OriginalText({ section, headingLevel }: { section: Section; headingLevel: 2 | 3 | 4 }) {
  const t = await getTranslations('Summary');
  const { lang } = await pageEdition();
  const Heading = `h${headingLevel}` as const;
  const headingId = `${section.id}-original`;
  return (
    <section aria-labelledby={headingId} data-view-part="original">
      <Heading id={headingId} className={styles.heading}>
        {t('originalHeading')}
      </Heading>
      <div lang={lang}>
        <SectionParagraphs section={section} />
        {section.id === sectionIds.at(-1) && <Closing />}
      </div>
    </section>
  );
}
