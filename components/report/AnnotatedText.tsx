import { segmentByNotes } from '@/lib/content/segments';
import type { AnnotatedText as Annotated } from '@/lib/content/schema';
import { EditorNote } from './EditorNote';

/** Original text, exactly as published, with any editor's notes beside the words they concern. */
export function AnnotatedText({ id, value }: { id: string; value: Annotated }) {
  return segmentByNotes(value).map((segment, index) =>
    segment.note ? (
      <EditorNote key={index} id={`${id}-note-${index}`} {...segment.note} />
    ) : (
      <span key={index} data-original-text>
        {segment.text}
      </span>
    ),
  );
}
