import { punctuationSentences, type SentenceSegment } from './punctuation-sentences';

/** One piece the speech engine says at a time, with its place in the text it came from. */
export type Utterance = { text: string; start: number; end: number; sentence: number };

/**
 * About 30 spoken characters is ≈ 12 s at the slowest speed (0.6); Chrome's Google voices stop silently
 * after ~15 s, so nothing longer is ever handed to an engine.
 */
export const MAX_SPOKEN = 30;

// What a voice says: letters (hanzi among them) and numbers. Punctuation, symbols and spaces it passes over, so a
// piece made only of them (a lone 「，」, an empty cell's 「—」) is never handed to an engine or to the recorder.
const spoken = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * Splits text into utterances: sentences first (Intl.Segmenter), then any sentence still too long at
 * clause marks (；;，,：: — the report mixes full- and half-width), then at 、, then between 《》 titles,
 * and as a last resort at the limit, never inside a number. The pieces join back to the text exactly.
 */
export function splitUtterances(text: string, max = MAX_SPOKEN): Utterance[] {
  const out: Utterance[] = [];
  let sentence = 0;
  for (const { segment, index } of sentences(text)) {
    if (!spoken(segment)) {
      // Whitespace or a stray mark: attach it to the previous piece so nothing is lost.
      if (out.length) Object.assign(out[out.length - 1], { text: out.at(-1)!.text + segment, end: index + segment.length });
      continue;
    }
    // A cut can leave marks alone (「…」 + 「，」): they go with the words before them in the sentence, or after.
    let pending = '';
    for (const piece of splitLong(segment, max)) {
      const start = index + piece.start;
      const last = out.at(-1);
      if (spoken(piece.text)) out.push({ text: pending + piece.text, start: start - pending.length, end: start + piece.text.length, sentence });
      else if (last?.sentence === sentence) Object.assign(last, { text: last.text + piece.text, end: start + piece.text.length });
      else pending += piece.text;
      if (spoken(piece.text)) pending = '';
    }
    sentence++;
  }
  return out;
}

// 「1.携带身份证……」: the segmenter ends a sentence at the number's full stop, which would be said alone.
const NUMBER_ONLY = /^\s*\d{1,2}[.．]\s*$/;

/** The text's sentences (Intl.Segmenter, or the same rules from punctuation where it is missing), a list item's number kept with the sentence it numbers. */
function sentences(text: string): SentenceSegment[] {
  const segments =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter('zh', { granularity: 'sentence' }).segment(text)].map(({ segment, index }) => ({ segment, index }))
      : punctuationSentences(text);
  return segments.reduce<SentenceSegment[]>((out, current) => {
    const last = out.at(-1);
    if (last && NUMBER_ONLY.test(last.segment)) last.segment += current.segment;
    else out.push({ ...current });
    return out;
  }, []);
}

type Piece = { text: string; start: number };

// Each break mark is captured and joined back to the clause it ends. A lookbehind, (?<=，), would be shorter, but
// Safari before 16.4 cannot parse one, and the whole read-aloud script would fail to load there.
const BREAKS = [/([；;，,：:])/u, /(、)/u, /(》)(?=、?《)/u];

/** The sentence cut after each mark `at` captures, the mark kept at the end of its clause. */
function splitAfter(sentence: string, at: RegExp): string[] {
  const parts = sentence.split(at);
  const clauses: string[] = [];
  for (let i = 0; i < parts.length; i += 2) clauses.push(parts[i] + (parts[i + 1] ?? ''));
  return clauses.filter(Boolean);
}

function splitLong(sentence: string, max: number, level = 0): Piece[] {
  if (spoken(sentence) <= max) return [{ text: sentence, start: 0 }];
  if (level >= BREAKS.length) return hardSplit(sentence, max);
  const parts = splitAfter(sentence, BREAKS[level]);
  if (parts.length === 1) return splitLong(sentence, max, level + 1);
  // Greedily join neighbouring clauses while they fit, so pieces are as natural as the limit allows.
  const merged: string[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last !== undefined && spoken(last + part) <= max) merged[merged.length - 1] = last + part;
    else merged.push(part);
  }
  const pieces: Piece[] = [];
  let offset = 0;
  for (const part of merged) {
    for (const inner of splitLong(part, max, level + 1)) pieces.push({ text: inner.text, start: offset + inner.start });
    offset += part.length;
  }
  return pieces;
}

function hardSplit(text: string, max: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    let count = 0;
    // Past the limit, run on to the end of a number rather than cut it in two.
    while (end < text.length && (count < max || /[\d.%]/.test(text[end]))) {
      if (spoken(text[end])) count++;
      end++;
    }
    pieces.push({ text: text.slice(start, end), start });
    start = end;
  }
  return pieces;
}
