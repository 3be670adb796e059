import { getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/content/load-report';
import { report, sectionIds } from '@/lib/report';
import { Closing } from './Closing';
import { SectionParagraphs } from './SectionParagraphs';
import { sectionTitle } from './section-title';
import styles from './SectionArticle.module.css';

/** One section on its own page: where it sits in the report, its heading as printed, its paragraphs. */
export async function SectionArticle({ section }: { section: Section }) {
  const t = await getTranslations('Report');
  const isIntroduction = section === report.introduction;
  return (
    <article className={styles.article} aria-labelledby="section-title">
      <p className={styles.context}>
        <span lang="zh-CN">{report.title.join('')}</span>
        {section.part && section.heading && (
          <>
            {' · '}
            <span lang="zh-CN">{section.part.heading}</span>
          </>
        )}
      </p>
      <h1 id="section-title" className={styles.title} lang={isIntroduction ? undefined : 'zh-CN'}>
        {sectionTitle(section, t('introduction'))}
      </h1>
      <p className={styles.position}>
        {t('sectionPosition', { n: sectionIds.indexOf(section.id) + 1, total: sectionIds.length })}
      </p>
      <div lang="zh-CN">
        <SectionParagraphs section={section} />
        {section.id === sectionIds.at(-1) && <Closing />}
      </div>
    </article>
  );
}
