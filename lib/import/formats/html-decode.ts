import sniffHTMLEncoding from 'html-encoding-sniffer';
import { ImportError } from '../import-error';
import { fileKind } from './file-kind';

export type DecodedPage = { text: string; encoding: string };

// Old government sites declare gb2312 or gbk and mean GBK; GB18030 decodes both and is a superset.
const CHINESE = new Set(['GBK', 'gb18030']);
const MARKUP = /<(?:!doctype\s+html|html|body|p|div)\b/i;

/**
 * Bytes to the page's text, as a browser picks the encoding: byte-order mark, then the HTTP header's charset, then
 * the <meta> prescan, else UTF-8 — and GBK where undeclared bytes are not UTF-8.
 */
export function decodePage(bytes: Uint8Array, headerCharset?: string): DecodedPage {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const kind = fileKind(bytes);
  if (kind) throw new ImportError(`the file is not a web page: it is ${kind}`);
  const declared = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: headerCharset, defaultEncoding: 'UTF-8' });
  if (!declared.startsWith('UTF-16') && bytes.includes(0)) {
    throw new ImportError('the file is not a web page: it holds binary data (NUL bytes)');
  }
  const page = decode(bytes, declared);
  if (!MARKUP.test(page.text)) throw new ImportError('the file is not a web page');
  return page;
}

function decode(bytes: Uint8Array, declared: string): DecodedPage {
  if (CHINESE.has(declared)) {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: declared === 'GBK' ? 'GBK' : 'GB18030' };
  }
  if (declared === 'UTF-8') {
    const utf8 = strict('utf-8', bytes);
    if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
    // Bytes that are not UTF-8 where nothing (or a template's stock meta) said otherwise are, on a Chinese site, GBK.
    const gbk = strict('gb18030', bytes);
    if (gbk !== undefined) return { text: gbk, encoding: 'GBK' };
  }
  try {
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  } catch {
    throw new ImportError(`the page is in an encoding this importer cannot read (${declared})`);
  }
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
