import type { GlossaryEntry } from './schema';
import type { Segment } from './segments';

export type MarkedSegment = Segment & { term?: GlossaryEntry };

/**
 * Marks each glossary term where it first appears in a section: the earliest occurrence wins, and the
 * longest term where two start together (「行政执法监督」 before 「行政执法」). `seen` carries the terms
 * already marked in earlier paragraphs of the same section. Text inside editor-noted runs is left alone.
 */
export function markTerms(segments: Segment[], glossary: GlossaryEntry[], seen: Set<string>): MarkedSegment[] {
  return segments.flatMap((segment): MarkedSegment[] => {
    if (segment.note) return [segment];
    const out: MarkedSegment[] = [];
    let rest = segment.text;
    for (;;) {
      let best: { entry: GlossaryEntry; at: number } | undefined;
      for (const entry of glossary) {
        if (seen.has(entry.term)) continue;
        const at = rest.indexOf(entry.term);
        if (at < 0) continue;
        if (!best || at < best.at || (at === best.at && entry.term.length > best.entry.term.length)) best = { entry, at };
      }
      if (!best) break;
      if (best.at > 0) out.push({ text: rest.slice(0, best.at) });
      out.push({ text: best.entry.term, term: best.entry });
      seen.add(best.entry.term);
      rest = rest.slice(best.at + best.entry.term.length);
    }
    if (rest) out.push({ text: rest });
    return out;
  });
}
