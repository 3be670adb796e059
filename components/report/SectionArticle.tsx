import { getTranslations } from 'next-intl/server';
import { PlainSummary } from '@/components/summary/PlainSummary';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { ViewSwitch } from '@/components/summary/ViewSwitch';
import type { Section } from '@/lib/content/load-report';
import { pageEdition } from '@/lib/page-edition';
import { sectionIds } from '@/lib/report';
import { OriginalText } from './OriginalText';
import { sectionTitle } from './section-title';
import styles from './SectionArticle.module.css';

/** One section on its own page: where it sits, its heading as printed, the plain summary, the original. */
export async function SectionArticle({ section, nextHref }: { section: Section; nextHref?: string }) {
  const t = await getTranslations('Report');
  const { report, lang } = await pageEdition();
  const isIntroduction = section === report.introduction;
  return (
    <article className={styles.article} aria-labelledby="section-title" data-section-title={sectionTitle(section, t('introduction'))}>
      <p className={styles.context}>
        <span lang={lang}>{report.title.join('')}</span>
        {section.part && section.heading && (
          <>
            {' · '}
            <span lang={lang}>{section.part.heading}</span>
          </>
        )}
      </p>
      <h1 id="section-title" data-read-block className={styles.title} lang={isIntroduction ? undefined : lang}>
        {sectionTitle(section, t('introduction'))}
      </h1>
      <p className={styles.position}>
        {t('sectionPosition', { n: sectionIds.indexOf(section.id) + 1, total: sectionIds.length })}
      </p>
      <ViewSwitch />
      <ReadAloudLauncher scope="section" nextHref={nextHref} />
      <PlainSummary sectionId={section.id} headingLevel={2} />
      <OriginalText section={section} headingLevel={2} />
    </article>
  );
}
