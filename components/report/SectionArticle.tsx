import { getTranslations } from 'next-intl/server';
import { PlainSummary } from '@/components/summary/PlainSummary';
import { ViewSwitch } from '@/components/summary/ViewSwitch';
import type { Section } from '@/lib/content/load-report';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageEdition } from '@/lib/page-edition';
import { readBlock } from '@/lib/read-aloud/read-block';
import { OriginalText } from './OriginalText';
import { publishedHeading, sectionTitle } from './section-title';
import styles from './SectionArticle.module.css';

/** One section on its own page: where it sits, its heading as printed, the plain summary, the original. */
export async function SectionArticle({ section }: { section: Section }) {
  const t = await getTranslations('Report');
  const { report, lang } = await pageEdition();
  const isIntroduction = section === report.introduction;
  return (
    <article className={styles.article} aria-labelledby="section-title" data-section-title={sectionTitle(section, t('introduction'))}>
      <p className={styles.context}>
        <span lang={lang}>{fullWidthPunctuation(report.title.join(''))}</span>
        {section.part && section.heading && (
          <>
            {' · '}
            <span lang={lang}>{fullWidthPunctuation(section.part.heading)}</span>
          </>
        )}
      </p>
      <h1 id="section-title" {...readBlock(publishedHeading(section) ?? '')} className={styles.title} lang={isIntroduction ? undefined : lang}>
        {sectionTitle(section, t('introduction'))}
      </h1>
      <PlainSummary sectionId={section.id} headingLevel={2} />
      {/* After the plain version, where the original begins: the first screen shows text, not switches. */}
      <ViewSwitch />
      <OriginalText section={section} headingLevel={2} />
    </article>
  );
}
