import { getTranslations } from 'next-intl/server';
import { NoSummary } from '@/components/summary/NoSummary';
import { PlainSummary } from '@/components/summary/PlainSummary';
import { ViewSwitch } from '@/components/summary/ViewSwitch';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { Section } from '@/lib/content/load-report';
import type { Edition } from '@/lib/library';
import { readBlock } from '@/lib/read-aloud/read-block';
import { DocumentEnd } from './DocumentEnd';
import { OriginalText } from './OriginalText';
import { PublishedLine } from './PublishedLine';
import { publishedHeading, sectionTitle } from './section-title';
import styles from './SectionArticle.module.css';

/** One section on its own page: where it sits, its heading as printed, the plain summary, the original. */
export async function SectionArticle({ edition, section }: { edition: Edition; section: Section }) {
  const t = await getTranslations('Report');
  const { report, lang, summaries, glossary } = edition;
  const summary = summaries.get(section.id);
  const first = report.sections[0] === section;
  const last = report.sections.at(-1) === section;
  return (
    <article
      className={styles.article}
      aria-labelledby="section-title"
      data-section-id={section.id}
      data-section-title={sectionTitle(section, t('introduction'))}
    >
      <p className={styles.context}>
        <span lang={lang}>{fullWidthPunctuation(report.title.join(''))}</span>
        {section.part?.heading && (section.heading || section.title) && (
          <>
            {' · '}
            <span lang={lang}>{fullWidthPunctuation(section.part.heading)}</span>
          </>
        )}
      </p>
      <h1
        id="section-title"
        {...readBlock(publishedHeading(section) ?? '')}
        className={styles.title}
        lang={publishedHeading(section) ? lang : undefined}
      >
        {sectionTitle(section, t('introduction'))}
      </h1>
      {summary ? <PlainSummary sectionId={section.id} summary={summary} headingLevel={2} /> : <NoSummary />}
      {/* After the plain version, where the original begins: the first screen shows text, not switches. */}
      {summary && <ViewSwitch />}
      <OriginalText
        section={section}
        headingLevel={2}
        lang={lang}
        glossary={glossary}
        hasSummary={!!summary}
        before={first && report.salutation && <PublishedLine id="salutation" value={{ text: report.salutation }} lang={lang} />}
        after={last && <DocumentEnd report={report} lang={lang} />}
        afterNotes={last ? report.closing?.date?.notes : undefined}
      />
    </article>
  );
}
