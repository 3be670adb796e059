import type { AnnotatedText, EditorNote } from './schema';

export type Segment = { text: string; note?: EditorNote };

/** Splits text into plain runs and runs that carry an editor's note, so the note can sit beside its words. */
export function segmentByNotes({ text, notes = [] }: AnnotatedText): Segment[] {
  const marks = notes
    .map((note) => ({ note, start: text.indexOf(note.quote) }))
    .filter((mark) => mark.start >= 0)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { note, start } of marks) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: note.quote, note });
    cursor = start + note.quote.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
