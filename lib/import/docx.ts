import mammoth from 'mammoth';
import { ImportError } from './import-error';

/**
 * The text of a Word .docx, one line per Word paragraph (empty ones included, so that line n is paragraph n).
 * Raw text is enough: headings in government originals are typed (一、 （一）), not made by Word's list
 * numbering, and styles carry nothing we keep.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends every paragraph with a blank line.
    return value.replace(/\n\n$/, '').split('\n\n').join('\n');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(`the file is not a readable Word .docx (${reason})`);
  }
}
