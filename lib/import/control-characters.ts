import { ImportError } from './import-error';
import type { SourceDocument } from './source';

// Control characters no published document has: C0 but tab and the line breaks the front ends split on, DEL and
// C1. One in the text is a binary file, a terminal's escape codes or mojibake; copied into the reader it would be
// read aloud, searched and shown as a box.
const CONTROL = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]/;

const code = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses a file whose text holds a control character, naming the first and where it stands. */
export function refuseControlCharacters(source: SourceDocument) {
  for (const block of source.blocks) {
    const texts =
      block.kind === 'paragraph'
        ? [block.text]
        : block.kind === 'list'
          ? block.items.map((item) => item.text)
          : [block.caption ?? '', ...[...block.head, ...block.rows].flat().map((cell) => cell.text)];
    const char = texts.join('\n').match(CONTROL)?.[0];
    if (char) {
      const where = `${source.unit} ${block.at.n}${block.at.page ? ` (page ${block.at.page})` : ''}`;
      throw new ImportError(`the text holds the control character ${code(char)} at ${where}, which no document has: not read`);
    }
  }
}
