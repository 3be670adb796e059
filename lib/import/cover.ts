import { findDate, type FoundDate } from './dates';
import { ImportError } from './import-error';
import type { Metadata } from './metadata';
import { isOrganisation } from './shape';
import type { ImportedDocument } from './types';

type Cover = Pick<ImportedDocument, 'issuer' | 'source' | 'published' | 'publishedTime'>;
/** Where the issuer and the publication date were read, for the editor to check. */
export type Origins = { issuer: string; published: string };
type Candidate = [origin: string, text: string | undefined];

const ISSUER_LABELS = ['发布机构', '发文机关', '发布单位', '发文单位'];
// The page's own date comes before the date the document was written: readers want when it was made public.
const DATE_LABELS = ['发布日期', '发布时间', '公开日期', '成文日期', '发文日期', '印发日期'];

/** Each cover field from the first place that prints it: the page's metadata, then the closing, then the title. */
export function readCover(metadata: Metadata, closing: ImportedDocument['closing'], title: string) {
  const [issuerOrigin, issuer] = findIssuer(metadata, closing, title);
  const [publishedOrigin, date] = findPublished(metadata, closing);
  const source = metadata['来源'] || metadata['信息来源'];
  const cover: Cover = {
    issuer,
    ...(source && { source }),
    published: date.iso!,
    ...(date.time && { publishedTime: date.time }),
  };
  const origins: Origins = { issuer: issuerOrigin, published: publishedOrigin };
  return { cover, origins };
}

function findIssuer(metadata: Metadata, closing: ImportedDocument['closing'], title: string): [string, string] {
  const beforeAbout = title.includes('关于') ? title.split('关于')[0] : '';
  const candidates: Candidate[] = [
    ...ISSUER_LABELS.map((label): Candidate => [label, metadata[label]]),
    ['the closing', closing?.issuer],
    ['the title, before 关于', isOrganisation(beforeAbout) ? beforeAbout : undefined],
  ];
  const found = candidates.find(([, text]) => text);
  if (!found) {
    throw new ImportError('no issuer found: no 发布机构 or 发文机关, no issuer above the closing date, none before 关于 in the title');
  }
  return [found[0], found[1]!];
}

function findPublished(metadata: Metadata, closing: ImportedDocument['closing']): [string, FoundDate] {
  const candidates: Candidate[] = [
    ...DATE_LABELS.map((label): Candidate => [label, metadata[label]]),
    ['the closing date', closing?.date?.text],
  ];
  for (const [origin, text] of candidates) {
    const date = text ? findDate(text) : undefined;
    if (date?.iso) return [origin, date];
  }
  throw new ImportError('no publication date found: no 发布日期, 发布时间 or 成文日期, and no whole date at the closing');
}
