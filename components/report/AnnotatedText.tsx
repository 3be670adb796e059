import { markTerms, type MarkedSegment } from '@/lib/content/glossary-marks';
import type { AnnotatedText as Annotated } from '@/lib/content/schema';
import { segmentByNotes } from '@/lib/content/segments';
import { pageEdition } from '@/lib/page-edition';
import { EditorNote } from './EditorNote';
import { GlossaryTerm } from './GlossaryTerm';

type Props = {
  id: string;
  value: Annotated;
  /** Glossary terms already marked earlier in the same section; omit to mark none. */
  termsSeen?: Set<string>;
};

/** Original text, exactly as published, with editor's notes and first glossary terms beside their words. */
export async function AnnotatedText({ id, value, termsSeen }: Props) {
  const segments = segmentByNotes(value);
  const marked: MarkedSegment[] = termsSeen ? markTerms(segments, (await pageEdition()).glossary, termsSeen) : segments;
  return marked.map((segment, index) =>
    segment.note ? (
      <EditorNote key={index} id={`${id}-note-${index}`} {...segment.note} />
    ) : segment.term ? (
      <GlossaryTerm key={index} id={`${id}-term-${index}`} entry={segment.term} />
    ) : (
      <span key={index} data-original-text>
        {segment.text}
      </span>
    ),
  );
}
