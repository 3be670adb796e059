import { ImportError } from './import-error';

export type Encoding = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
export type DecodedText = { text: string; encoding: Encoding };

// A file with one of these openings was picked by mistake; naming what it is helps more than "binary".
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (a .docx saved as .txt?)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word .doc (save it as .docx)', [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * Characters a Chinese public document is written in: ASCII, Latin-1, pinyin, Greek and Cyrillic, the symbol
 * blocks GBK carries (①, ★, №, box drawing), CJK punctuation, kana, bopomofo, the ideographs and full-width forms.
 * Wrong decodings land elsewhere: C0/C1 controls, private use (GBK's user-defined area), U+FFFD, odd scripts.
 */
const PLAUSIBLE =
  /[\x20-\x7e\u00a0-\u017f\u01cd-\u01dc\u0370-\u04ff\u2000-\u27bf\u2e80-\u9fff\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef]/u;
const MOST_IMPLAUSIBLE = 0.1;

/**
 * Bytes to text. UTF-8 is tried strictly first because GBK bytes are almost never valid UTF-8, while UTF-8
 * bytes often decode as GB18030 without error, into mojibake.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const signature = SIGNATURES.find(([, opening]) => opening.every((byte, i) => bytes[i] === byte));
  if (signature) throw new ImportError(`the file is not text: it is ${signature[0]}`);

  const utf16 = byteOrderMark(bytes);
  // Outside UTF-16, a NUL never occurs in text.
  if (!utf16 && bytes.includes(0)) throw new ImportError('the file is not text: it holds binary data (NUL bytes)');
  const decoded = utf16 ? strict(utf16, bytes) : (strict('UTF-8', bytes) ?? strict('GB18030', bytes));
  if (!decoded) throw new ImportError('the file is neither UTF-8 nor GB18030/GBK text');
  if (decoded.text.trim() === '') throw new ImportError('the file is empty (it holds only whitespace)');
  const share = implausibleShare(decoded.text);
  if (share > MOST_IMPLAUSIBLE) {
    throw new ImportError(
      `the file does not decode to readable text: as ${decoded.encoding}, ${Math.round(share * 100)}% of its characters ` +
        'are controls, private-use or unknown characters',
    );
  }
  return decoded;
}

// Notepad's "Unicode" files carry a byte-order mark; without one, UTF-16 is not guessed.
function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

function strict(encoding: Encoding, bytes: Uint8Array): DecodedText | undefined {
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

function implausibleShare(text: string): number {
  const chars = [...text].filter((char) => char.trim() !== '');
  return chars.filter((char) => !PLAUSIBLE.test(char)).length / chars.length;
}
