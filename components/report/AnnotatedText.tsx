import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { markTerms, type MarkedSegment } from '@/lib/content/glossary-marks';
import type { AnnotatedText as Annotated, GlossaryEntry } from '@/lib/content/schema';
import { segmentByNotes } from '@/lib/content/segments';
import { EditorNote } from './EditorNote';
import { GlossaryTerm } from './GlossaryTerm';

type Props = {
  id: string;
  value: Annotated;
  /** The document's script, for the terms' explanations. */
  lang: string;
  /** Glossary terms to mark where they first appear, and those already marked earlier in the section. */
  terms?: { glossary: GlossaryEntry[]; seen: Set<string> };
};

/**
 * Original text, with editor's notes and first glossary terms beside their words. Notes and terms are
 * found in the text as published; each run is then shown with full-width punctuation, cut from the
 * whole paragraph so a mark at a run's edge is judged by its real neighbours (the mapping keeps length).
 */
export function AnnotatedText({ id, value, lang, terms }: Props) {
  const segments = segmentByNotes(value);
  const marked: MarkedSegment[] = terms ? markTerms(segments, terms.glossary, terms.seen) : segments;
  const shown = fullWidthPunctuation(value.text);
  let offset = 0;
  return marked.map((segment, index) => {
    const text = shown.slice(offset, (offset += segment.text.length));
    return segment.note ? (
      <EditorNote key={index} id={`${id}-note-${index}`} quote={text} note={segment.note.note} />
    ) : segment.term ? (
      <GlossaryTerm key={index} id={`${id}-term-${index}`} entry={segment.term} shownTerm={text} lang={lang} />
    ) : (
      <span key={index} data-original-text>
        {text}
      </span>
    );
  });
}
