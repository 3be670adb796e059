import { fullWidthPunctuation } from './content/chinese-punctuation';
import { cardPath } from './og/card';
import type { DocumentPage } from './page-params';

/** A document's link card (app/og), with its words: the title, the issuer and the date it shows. */
export function documentCard({ at, edition }: DocumentPage) {
  const { title, issuer, published } = edition.report;
  const facts = [issuer && fullWidthPunctuation(issuer), published].filter(Boolean).join(', ');
  return { path: cardPath(at.locale, at.doc), alt: [fullWidthPunctuation(title.join('')), facts].filter(Boolean).join(' — ') };
}
