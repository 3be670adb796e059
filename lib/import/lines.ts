import type { Line } from './types';

/**
 * Splits text into its non-empty lines, indentation dropped; the words inside a line are left as they are.
 * String#trim covers the full-width U+3000 of Chinese indentation and the U+00A0/U+FEFF of saved web pages.
 */
export function toLines(text: string): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ n: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');
}
