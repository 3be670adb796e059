import { decodeText } from '../decode';
import type { SourceDocument } from '../source';

/**
 * A text file (a page saved as text, UTF-8 or GBK): every non-empty line is a paragraph, indentation dropped and
 * not a character of the words changed. String#trim covers the full-width U+3000 of Chinese indentation and the
 * U+00A0/U+FEFF of saved web pages.
 */
export function readText(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  const lines = text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/);
  const blocks = lines.flatMap((raw, index) => {
    const line = raw.trim();
    return line ? [{ kind: 'paragraph' as const, text: line, at: { n: index + 1 } }] : [];
  });
  return { format: `${encoding} text`, unit: 'line', count: lines.length, blocks, facts: {}, left: [], unsure: [] };
}
