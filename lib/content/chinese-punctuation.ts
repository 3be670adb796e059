/**
 * Full-width punctuation for display. The published text mixes half-width `,;:?!()` into Chinese
 * sentences; at 24–48 px a half-width comma between two hanzi is a sliver with no space after it, and
 * Chinese typesetting uses full-width marks (W3C "Requirements for Chinese Text Layout", §3.1.5).
 * Every mapping is one character for one, so offsets into the published text (editor's notes,
 * read-aloud sentences) hold in the displayed text. The stored text is never changed.
 */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF_WIDTH = Object.fromEntries(Object.entries(FULL_WIDTH).map(([half, full]) => [full, half]));

// A neighbour that makes a mark Chinese: a hanzi, CJK punctuation (。、《》「」…), a full-width form, or
// the curly quotes Chinese text uses (“四区”,精心).
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’]/u;
const isChinese = (char: string | undefined) => char !== undefined && CHINESE.test(char);

/** Which characters of `text` are shown full-width: their indices, in order. */
export function halfWidthMarks(text: string): number[] {
  const marks = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') open.push(i);
    else if (char === ')') {
      const start = open.pop();
      // A pair goes full-width together when it holds Chinese or stands next to it: (2024年版), (十一)履行, 台(套).
      const chinese =
        start === undefined
          ? isChinese(text[i - 1]) || isChinese(text[i + 1])
          : CHINESE.test(text.slice(start + 1, i)) || isChinese(text[start - 1]) || isChinese(text[i + 1]);
      if (chinese) {
        marks.add(i);
        if (start !== undefined) marks.add(start);
      }
    } else if (char in FULL_WIDTH && (isChinese(text[i - 1]) || isChinese(text[i + 1]))) {
      // Never between two digits (1,000 or 10:00), which the Chinese test already excludes.
      marks.add(i);
    }
  }
  // An opening bracket left unmatched follows the same rule as any other mark.
  for (const start of open) if (isChinese(text[start - 1]) || isChinese(text[start + 1])) marks.add(start);
  return [...marks].sort((a, b) => a - b);
}

/** The text as shown: each half-width mark in Chinese context replaced by its full-width form. */
export function fullWidthPunctuation(text: string): string {
  const marks = halfWidthMarks(text);
  if (marks.length === 0) return text;
  const chars = text.split('');
  for (const i of marks) chars[i] = FULL_WIDTH[chars[i]];
  return chars.join('');
}

/** The published text again, from the shown text and the indices that were changed (for reading aloud). */
export function restoreHalfWidth(shown: string, marks: readonly number[]): string {
  if (marks.length === 0) return shown;
  const chars = shown.split('');
  for (const i of marks) chars[i] = HALF_WIDTH[chars[i]] ?? chars[i];
  return chars.join('');
}
