/** One character of a paragraph as the page sets it, and whether it is set bold. */
export type MarkedChar = { char: string; bold: boolean };

// HTML's collapsible white space, and the &nbsp; that editors type as spacers (U+3000 is text: it stays inside a line).
const SPACE = /^[ \t\n\r\f\u00a0]$/;
const LINE_BREAK = /^[\n\r]$/;
/**
 * East Asian Wide, Fullwidth and Halfwidth characters other than Hangul: between two of these a line break in the
 * source is no space at all (CSS Text 3, segment break transformation), so that 「老年\n人」 reads 「老年人」.
 */
const WIDE =
  /^[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff9f\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

/**
 * White space as a browser renders it: each run becomes one space, or nothing where it is only a line break (with
 * spaces or tabs around it) between two wide characters; the ends are trimmed (U+3000 indentation too).
 */
export function collapseText(chars: MarkedChar[]): MarkedChar[] {
  const collapsed: MarkedChar[] = [];
  for (let start = 0; start < chars.length; ) {
    if (!SPACE.test(chars[start].char)) {
      collapsed.push(chars[start++]);
      continue;
    }
    let end = start;
    while (end < chars.length && SPACE.test(chars[end].char)) end++;
    const run = chars.slice(start, end);
    const before = chars[start - 1]?.char ?? '';
    const after = chars[end]?.char ?? '';
    const onlyLineBreak = run.some(({ char }) => LINE_BREAK.test(char)) && run.every(({ char }) => char !== '\u00a0');
    if (!(onlyLineBreak && WIDE.test(before) && WIDE.test(after))) collapsed.push({ char: ' ', bold: run[0].bold });
    start = end;
  }
  let first = 0;
  let last = collapsed.length;
  while (first < last && collapsed[first].char.trim() === '') first++;
  while (last > first && collapsed[last - 1].char.trim() === '') last--;
  return collapsed.slice(first, last);
}
