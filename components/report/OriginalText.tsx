import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Section } from '@/lib/content/load-report';
import type { EditorNote, GlossaryEntry } from '@/lib/content/schema';
import { blockTexts } from '@/lib/content/blocks';
import { segmentByNotes } from '@/lib/content/segments';
import { StaticMarkup } from '@/components/layout/StaticMarkup';
import { PrintedNotes } from './PrintedNotes';
import { SectionBlocks } from './SectionBlocks';
import styles from './OriginalText.module.css';

type Props = {
  section: Section;
  headingLevel: 2 | 3 | 4;
  lang: string;
  glossary: GlossaryEntry[];
  /** Whether a plain summary stands beside it: only then can the reader's 简明版/原文 choice hide it. */
  hasSummary: boolean;
  /** The document's own lines around the section: the salutation before the first, attachments and closing after the last. */
  before?: ReactNode;
  after?: ReactNode;
  /** Notes in `after` (the closing date's), printed with the section's own. */
  afterNotes?: EditorNote[];
};

/** 原文: a section's blocks as published, as static markup (its behaviour is delegated: 从这里读, popovers). */
export async function OriginalText({ section, headingLevel, lang, glossary, hasSummary, before, after, afterNotes = [] }: Props) {
  const t = await getTranslations('Summary');
  const Heading = `h${headingLevel}` as const;
  const headingId = `${section.id}-original`;
  // In the order their marks appear, as segmentByNotes places them.
  const notes = [...section.blocks.flatMap(blockTexts).flatMap((p) => segmentByNotes(p).flatMap((s) => (s.note ? [s.note] : []))), ...afterNotes];
  return (
    <StaticMarkup as="section" aria-labelledby={headingId} className={styles.original} data-view-part={hasSummary ? 'original' : undefined}>
      <Heading id={headingId} className={styles.heading}>
        {t('originalHeading')}
      </Heading>
      <div lang={lang}>
        {before}
        <SectionBlocks section={section} glossary={glossary} lang={lang} />
        {after}
      </div>
      <PrintedNotes notes={notes} />
    </StaticMarkup>
  );
}
