import { posix } from 'node:path';
import JSZip from 'jszip';
import { ImportError } from '../import-error';
import { maxUnzippedBytes, megabytes } from '../limits';
import { fileKind } from './file-kind';

export type WordParts = { documentPath: string; document: Document; numbering?: Document; styles?: Document };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The .docx as a zip archive, or a one-line reason why the file is none. */
export async function openWordZip(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (startsWith(bytes, OLE)) throw new ImportError(oleRefusal(bytes));
  if (!startsWith(bytes, ZIP)) {
    const kind = fileKind(bytes);
    const what = kind ? `it is ${kind}` : 'a .docx is a zip archive, and this file is not one';
    throw new ImportError(`the file is not a Word .docx: ${what}`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(`the file is not a readable Word .docx: its zip archive is damaged or cut short (${reason})`);
  }
  await withinUnzippedLimit(zip, maxUnzippedBytes());
  return zip;
}

/**
 * Inflates every XML part once, counting as it goes, before mammoth or we read any: a zip bomb (a few kB that
 * inflate to gigabytes) stops at the limit instead of filling memory. The sizes a zip declares can lie, so the
 * bytes are counted. Images are left packed: nothing reads them.
 */
async function withinUnzippedLimit(zip: JSZip, limit: number) {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(?:xml|rels)$/i.test(file.name)) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total <= limit) return;
          stream.pause();
          reject(new ImportError(`the Word file unpacks to more than ${megabytes(limit)} of text (a zip bomb?): not read`));
        })
        .on('error', (error: Error) => reject(new ImportError(`the file is not a readable Word .docx: its ${file.name} is damaged (${error.message.split('\n')[0]})`)))
        .on('end', () => resolve());
    });
  }
}

/**
 * An OLE compound file is an old .doc, or a .docx that Word encrypted with a password: it wraps the zip in one,
 * as the streams EncryptionInfo and EncryptedPackage. The directory names the streams in UTF-16.
 */
function oleRefusal(bytes: Uint8Array): string {
  const holds = (stream: string) => Buffer.from(bytes).includes(Buffer.from(stream, 'utf16le'));
  if (holds('EncryptedPackage')) return 'the Word file is password-protected: remove the password in Word and save it again';
  if (holds('WordDocument')) return 'the file is an old Word .doc: open it in Word and save it as .docx';
  return 'the file is an old Office file, not a Word .docx';
}

/** The main document and the parts it names for numbering and styles, found as mammoth finds them. */
export async function wordParts(zip: JSZip, parser: DOMParser): Promise<WordParts> {
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) return undefined;
    const xml = parser.parseFromString(await file.async('string'), 'application/xml');
    if (xml.getElementsByTagName('parsererror').length > 0) {
      throw new ImportError(`the file is not a readable Word .docx: its ${path} is damaged`);
    }
    return xml;
  };
  const related = async (relationships: string, type: string, fallback: string) => {
    const base = posix.dirname(posix.dirname(relationships));
    for (const relationship of (await read(relationships))?.getElementsByTagName('Relationship') ?? []) {
      const target = relationship.getAttribute('Target') ?? '';
      const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
      if (relationship.getAttribute('Type') === RELATIONSHIP + type && zip.file(path)) return path;
    }
    return fallback;
  };

  const documentPath = await related('_rels/.rels', 'officeDocument', 'word/document.xml');
  const document = await read(documentPath);
  if (!document) throw new ImportError(notWord(zip));
  const relationships = posix.join(posix.dirname(documentPath), '_rels', `${posix.basename(documentPath)}.rels`);
  const numbering = await read(await related(relationships, 'numbering', 'word/numbering.xml'));
  const styles = await read(await related(relationships, 'styles', 'word/styles.xml'));
  return { documentPath, document, numbering, styles };
}

function notWord(zip: JSZip): string {
  if (zip.file('xl/workbook.xml')) return 'the file is an Excel workbook, not a Word document';
  if (zip.file('ppt/presentation.xml')) return 'the file is a PowerPoint presentation, not a Word document';
  if (zip.file('mimetype') && zip.file('content.xml')) return 'the file is an OpenDocument text (.odt): save it as .docx';
  return 'the file is a zip archive but not a Word document (it has no word/document.xml)';
}

function startsWith(bytes: Uint8Array, opening: number[]): boolean {
  return opening.every((byte, i) => bytes[i] === byte);
}
