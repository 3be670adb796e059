import { STATUS_CODES } from 'node:http';
import { ImportError } from '../import-error';

export type FetchLimits = {
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Counted while the body streams in, so that a page without Content-Length cannot exhaust memory. */
  maxBytes: number;
  maxRedirects: number;
};

export type FetchedPage = {
  bytes: Uint8Array;
  /** Where the page was found after redirects. */
  url: string;
  /** The Content-Type header's charset, which outranks the page's <meta> (readHtml's `charset`). */
  charset?: string;
};

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 50 * 2 ** 20, maxRedirects: 5 };
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const ACCEPT = [...HTML_TYPES].join(', ');
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A web page by its address, with redirects followed one by one so that each is checked like the first. */
export async function fetchPage(url: string, limits: Partial<FetchLimits> = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_LIMITS, ...limits };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let address = webAddress(url);
    const visited = new Set([address.href]);
    for (;;) {
      const response = await fetch(address, { redirect: 'manual', signal, headers: { accept: ACCEPT } });
      if (!REDIRECTS.has(response.status)) return { ...(await readPage(response, maxBytes)), url: address.href };
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new ImportError(`the address answers ${statusLine(response)} without saying where to`);
      address = webAddress(new URL(location, address).href);
      if (visited.has(address.href)) throw new ImportError('the address redirects in a loop');
      if (visited.size > maxRedirects) throw new ImportError(`the address redirects more than ${maxRedirects} times`);
      visited.add(address.href);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (signal.aborted) throw new ImportError(`the page did not answer within ${timeoutMs / 1000} s`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new ImportError(`the address could not be reached (${cause.split('\n')[0]})`);
  }
}

function webAddress(text: string): URL {
  let address: URL;
  try {
    address = new URL(text);
  } catch {
    throw new ImportError(`${text} is not a web address`);
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') {
    throw new ImportError(`only http: and https: addresses can be imported, not ${address.protocol}`);
  }
  return address;
}

async function readPage(response: Response, maxBytes: number): Promise<Omit<FetchedPage, 'url'>> {
  if (!response.ok) throw new ImportError(`the address answers ${statusLine(response)}`);
  const contentType = response.headers.get('content-type') ?? '';
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!HTML_TYPES.has(type)) {
    await response.body?.cancel();
    throw new ImportError(`the address answers ${type || 'no content type'}, not a web page`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  const bytes = await readLimited(response, maxBytes);
  return charset ? { bytes, charset } : { bytes };
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new ImportError(`the page is larger than ${size(maxBytes)}`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function statusLine(response: Response): string {
  return `${response.status} ${response.statusText || STATUS_CODES[response.status] || ''}`.trim();
}

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.round((bytes / 2 ** 20) * 10) / 10} MB` : `${bytes} bytes`;
}
