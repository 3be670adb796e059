import { getTranslations } from 'next-intl/server';
import { PlainSummary } from '@/components/summary/PlainSummary';
import { ViewSwitch } from '@/components/summary/ViewSwitch';
import type { Section } from '@/lib/content/load-report';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageEdition } from '@/lib/page-edition';
import { readBlock } from '@/lib/read-aloud/read-block';
import { Cover } from './Cover';
import { OriginalText } from './OriginalText';
import styles from './WholeReport.module.css';

/**
 * The whole report on one page, for readers who prefer to scroll. The switch at the top is the reader's
 * remembered choice; each section's own switch changes just that section. Anchors match the section pages.
 */
export async function WholeReport() {
  const t = await getTranslations('Report');
  const { report, lang } = await pageEdition();
  const body = (section: Section, level: 3 | 4) => (
    <>
      <ViewSwitch sectionId={section.id} />
      <PlainSummary sectionId={section.id} headingLevel={level} />
      <OriginalText section={section} headingLevel={level} />
    </>
  );
  return (
    <article className={styles.report}>
      <Cover />
      <ViewSwitch />
      <section
        id={report.introduction.id}
        aria-labelledby="introduction-heading"
        className={styles.section}
        data-section-title={t('introduction')}
      >
        <h2 id="introduction-heading" className={styles.partHeading}>
          {t('introduction')}
        </h2>
        {body(report.introduction, 3)}
      </section>
      {report.parts.map((part) => (
        <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className={styles.part}>
          <h2 id={`${part.id}-heading`} className={styles.partHeading} lang={lang} data-original-text {...readBlock(part.heading)}>
            {fullWidthPunctuation(part.heading)}
          </h2>
          {part.sections.map((section) =>
            section.heading ? (
              <section
                key={section.id}
                id={section.id}
                aria-labelledby={`${section.id}-heading`}
                className={styles.section}
                data-section-title={fullWidthPunctuation(section.heading)}
              >
                <h3 id={`${section.id}-heading`} className={styles.sectionHeading} lang={lang} data-original-text {...readBlock(section.heading)}>
                  {fullWidthPunctuation(section.heading)}
                </h3>
                {body(section, 4)}
              </section>
            ) : (
              <div key={section.id} id={section.id} className={styles.section} data-section-title={fullWidthPunctuation(part.heading)}>
                {body(section, 3)}
              </div>
            ),
          )}
        </section>
      ))}
    </article>
  );
}
