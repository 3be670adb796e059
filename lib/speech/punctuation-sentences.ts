/** A sentence of a text and where it starts, as Intl.Segmenter gives it. */
export type SentenceSegment = { segment: string; index: number };

// The characters Unicode's sentence-break rules (UAX #29) act on, for the scripts the documents use.
const PARA_SEP = /[\n\r\u0085\u2028\u2029]/u;
// The vertical tab is written \x0b, not \v: Stryker's regex mutator (weapon-regex 1.3.6) reads \v as a class and
// makes \V of it, which the u flag refuses, and this file (so every test that loads it) would fail under mutation.
const SP = /[\t\x0b\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const S_TERM = /[!?\u203c\u2047-\u2049\u3002\ufe15\ufe16\ufe56\ufe57\uff01\uff1f\uff61]/u;
const A_TERM = /[.\u2024\ufe52\uff0e]/u;
// Quotation marks and brackets, opening ones too: after a full stop they stay with the sentence that ends.
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00ab\u00bb]/u;
const S_CONTINUE = /[,\-:;\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

const is = (pattern: RegExp, char: string | undefined) => char !== undefined && pattern.test(char);

/**
 * Where Intl.Segmenter is missing (Chromium before 87, Safari before 14.5, Firefox before 125), the text's
 * sentences from its punctuation, by the same Unicode rules (UAX #29: SB3–SB11) the segmenter applies, so a
 * sentence found here is the one the offline recordings were made from. Only the characters these documents
 * can hold are classified; the unit test holds it to Intl.Segmenter on every text the reader speaks.
 */
export function punctuationSentences(text: string): SentenceSegment[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (is(PARA_SEP, char)) {
      // SB3, SB4: a line ends its sentence; CR LF is one break.
      if (char === '\r' && text[i + 1] === '\n') i++;
      ends.push(i + 1);
      continue;
    }
    const aTerm = is(A_TERM, char);
    if (!aTerm && !is(S_TERM, char)) continue;
    let j = i + 1;
    // SB6: 28.05 · SB7: U.S.A
    if (aTerm && (is(DIGIT, text[j]) || (is(UPPER, text[j]) && (is(UPPER, text[i - 1]) || is(LOWER, text[i - 1]))))) continue;
    // SB9, SB10: closing marks, then spaces, stay with the sentence that ends.
    while (is(CLOSE, text[j])) j++;
    while (is(SP, text[j])) j++;
    if (is(PARA_SEP, text[j])) {
      // SB11: and one line break.
      j += text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1;
      ends.push(j);
      i = j - 1;
      continue;
    }
    // SB8a: a comma-like mark or another full stop goes on with the sentence; SB8: so does a lower-case word after «.».
    if (is(S_CONTINUE, text[j]) || is(S_TERM, text[j]) || is(A_TERM, text[j]) || (aTerm && lowerCaseFollows(text, j))) {
      i = j - 1;
      continue;
    }
    if (j < text.length) ends.push(j);
    i = j - 1;
  }
  if (text.length && ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends.map((end, n) => {
    const index = n ? ends[n - 1] : 0;
    return { segment: text.slice(index, end), index };
  });
}

/** SB8: after «.», anything but a letter, a line break or a full stop, then a lower-case letter. */
function lowerCaseFollows(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const char = text[k];
    if (is(LOWER, char)) return true;
    if (is(LETTER, char) || is(PARA_SEP, char) || is(S_TERM, char) || is(A_TERM, char)) return false;
  }
  return false;
}
