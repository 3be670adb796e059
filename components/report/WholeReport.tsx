import { getTranslations } from 'next-intl/server';
import { report } from '@/lib/report';
import { Closing } from './Closing';
import { Cover } from './Cover';
import { SectionParagraphs } from './SectionParagraphs';
import { sectionTitle } from './section-title';
import styles from './WholeReport.module.css';

/** The whole report on one page, for readers who prefer to scroll; anchors match the section pages' ids. */
export async function WholeReport() {
  const t = await getTranslations('Report');
  return (
    <article className={styles.report}>
      <Cover />
      <div lang="zh-CN">
        <section id={report.introduction.id} aria-label={t('introduction')} className={styles.section}>
          <SectionParagraphs section={report.introduction} />
        </section>
        {report.parts.map((part) => (
          <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className={styles.part}>
            <h2 id={`${part.id}-heading`} className={styles.partHeading} data-original-text>
              {part.heading}
            </h2>
            {part.sections.map((section) =>
              section.heading ? (
                <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className={styles.section}>
                  <h3 id={`${section.id}-heading`} className={styles.sectionHeading} data-original-text>
                    {sectionTitle(section, t('introduction'))}
                  </h3>
                  <SectionParagraphs section={section} />
                </section>
              ) : (
                <div key={section.id} id={section.id} className={styles.section}>
                  <SectionParagraphs section={section} />
                </div>
              ),
            )}
          </section>
        ))}
        <Closing />
      </div>
    </article>
  );
}
