// A file with one of these openings was picked by mistake; naming what it is helps more than "not readable".
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (a Word .docx?)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Office file (.doc, .xls) or a password-protected one', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** What a binary file is, by its first bytes; undefined for anything else (text, HTML, unknown data). */
export function fileKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, opening]) => opening.every((byte, i) => bytes[i] === byte))?.[0];
}
