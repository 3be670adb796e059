import type { ReactNode } from 'react';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { markTerms, type MarkedSegment } from '@/lib/content/glossary-marks';
import type { AnnotatedText as Annotated, GlossaryEntry } from '@/lib/content/schema';
import { segmentByNotes } from '@/lib/content/segments';
import { EditorNote } from './EditorNote';
import { GlossaryTerm } from './GlossaryTerm';

/** Glossary terms to mark where they first appear, and those already marked earlier in the section. */
export type Terms = { glossary: GlossaryEntry[]; seen: Set<string> };

type Props = {
  id: string;
  value: Annotated & { lead?: string };
  /** The document's script, for the terms' explanations. */
  lang: string;
  terms?: Terms;
};

/**
 * Original text, with editor's notes and first glossary terms beside their words, and a run-in lead in bold.
 * Notes and terms are found in the text as published; each run is then shown with full-width punctuation, cut
 * from the whole paragraph so a mark at a run's edge is judged by its real neighbours (the mapping keeps length).
 */
export function AnnotatedText({ id, value, lang, terms }: Props) {
  const segments = segmentByNotes(value);
  const marked = splitAt(terms ? markTerms(segments, terms.glossary, terms.seen) : segments, value.lead?.length ?? 0);
  const shown = fullWidthPunctuation(value.text);
  let offset = 0;
  const lead: ReactNode[] = [];
  const rest: ReactNode[] = [];
  marked.forEach((segment, index) => {
    const start = offset;
    const text = shown.slice(start, (offset += segment.text.length));
    (start < (value.lead?.length ?? 0) ? lead : rest).push(
      segment.note ? (
        <EditorNote key={index} id={`${id}-note-${index}`} quote={text} note={segment.note.note} />
      ) : segment.term ? (
        <GlossaryTerm key={index} id={`${id}-term-${index}`} entry={segment.term} shownTerm={text} lang={lang} />
      ) : (
        <span key={index} data-original-text>
          {text}
        </span>
      ),
    );
  });
  return (
    <>
      {lead.length > 0 && <strong>{lead}</strong>}
      {rest}
    </>
  );
}

/** Cuts the plain run that holds the lead's end in two; a note or term there stays whole, inside the lead. */
function splitAt(segments: MarkedSegment[], at: number): MarkedSegment[] {
  if (!at) return segments;
  let offset = 0;
  return segments.flatMap((segment) => {
    const start = offset;
    offset += segment.text.length;
    if (segment.note || segment.term || at <= start || at >= offset) return [segment];
    return [{ text: segment.text.slice(0, at - start) }, { text: segment.text.slice(at - start) }];
  });
}
