import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { NoSummary } from '@/components/summary/NoSummary';
import { PlainSummary } from '@/components/summary/PlainSummary';
import { SectionViewSwitch } from '@/components/summary/SectionViewSwitch';
import { SectionViewSwitches } from '@/components/summary/SectionViewSwitches';
import { ViewSwitch } from '@/components/summary/ViewSwitch';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { Section } from '@/lib/content/load-report';
import type { Edition } from '@/lib/library';
import { readBlock } from '@/lib/read-aloud/read-block';
import { Cover } from './Cover';
import { DocumentEnd } from './DocumentEnd';
import { OriginalText } from './OriginalText';
import { PublishedLine } from './PublishedLine';
import styles from './WholeDocument.module.css';

/**
 * The whole document on one page, for readers who prefer to scroll. The switch at the top is the reader's
 * remembered choice; each section's own switch changes just that section. Anchors match the section pages.
 */
export async function WholeDocument({ edition, coverActions }: { edition: Edition; coverActions?: ReactNode }) {
  const t = await getTranslations('Report');
  const { report, lang, summaries, glossary } = edition;
  const body = (section: Section, level: 3 | 4) => {
    const summary = summaries.get(section.id);
    return (
      <>
        {summary && <SectionViewSwitch sectionId={section.id} />}
        {summary ? <PlainSummary sectionId={section.id} summary={summary} headingLevel={level} /> : <NoSummary />}
        <OriginalText
          section={section}
          headingLevel={level}
          lang={lang}
          glossary={glossary}
          hasSummary={!!summary}
          before={report.sections[0] === section && report.salutation && <PublishedLine id="salutation" value={{ text: report.salutation }} lang={lang} />}
          after={report.sections.at(-1) === section && <DocumentEnd report={report} lang={lang} />}
          afterNotes={report.sections.at(-1) === section ? report.closing?.date?.notes : undefined}
        />
      </>
    );
  };
  // A section with its own heading as printed (read aloud, part of the original), or the name an editor gave it.
  const headedSection = (section: Section, level: 2 | 3) => {
    const Heading = `h${level}` as const;
    const printed = section.heading;
    const title = fullWidthPunctuation(printed ?? section.title!);
    return (
      <section
        key={section.id}
        id={section.id}
        aria-labelledby={`${section.id}-heading`}
        className={styles.section}
        data-section-id={section.id}
        data-section-title={title}
      >
        <Heading
          id={`${section.id}-heading`}
          className={level === 2 ? styles.partHeading : styles.sectionHeading}
          {...(printed && { lang, 'data-original-text': '', ...readBlock(printed) })}
        >
          {title}
        </Heading>
        {body(section, level === 2 ? 3 : 4)}
      </section>
    );
  };
  return (
    <article className={styles.report}>
      <Cover edition={edition} actions={coverActions} />
      {summaries.size > 0 && (
        <>
          <ViewSwitch />
          <SectionViewSwitches />
        </>
      )}
      {report.introduction && (
        <section
          id={report.introduction.id}
          aria-labelledby="introduction-heading"
          className={styles.section}
          data-section-id={report.introduction.id}
          data-section-title={t('introduction')}
        >
          <h2 id="introduction-heading" className={styles.partHeading}>
            {t('introduction')}
          </h2>
          {body(report.introduction, 3)}
        </section>
      )}
      {report.parts.map((part) =>
        part.heading ? (
          <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className={styles.part}>
            <h2 id={`${part.id}-heading`} className={styles.partHeading} lang={lang} data-original-text {...readBlock(part.heading)}>
              {fullWidthPunctuation(part.heading)}
            </h2>
            {part.sections.map((section) =>
              section.heading || section.title ? (
                headedSection(section, 3)
              ) : (
                <div
                  key={section.id}
                  id={section.id}
                  className={styles.section}
                  data-section-id={section.id}
                  data-section-title={fullWidthPunctuation(part.heading!)}
                >
                  {body(section, 3)}
                </div>
              ),
            )}
          </section>
        ) : (
          // Sections the document does not group under a heading stand at the parts' level.
          <div key={part.id} id={part.id} className={styles.part}>
            {part.sections.map((section) => headedSection(section, 2))}
          </div>
        ),
      )}
    </article>
  );
}
