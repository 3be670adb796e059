// The URLs published before the library existed, when the reader served one report at the top of each language
// (/zh-CN/section/oversight, /zh-CN/large/report, …). They all belong to the first document and move to its place
// for good (308). Plain JavaScript because next.config.js imports it; the nginx config is checked against it.

/** The document every old URL belongs to. */
export const FIRST_DOCUMENT = 'jinnan-fazhi-2024';

const locale = ':locale(zh-CN|zh-Hant|en)';

export const legacyRedirects = ['', '/large'].flatMap((large) => [
  { source: `/${locale}${large}/section/:id`, destination: `/:locale${large}/${FIRST_DOCUMENT}/section/:id`, permanent: true },
  { source: `/${locale}${large}/report`, destination: `/:locale${large}/${FIRST_DOCUMENT}/whole`, permanent: true },
  { source: `/${locale}${large}/glossary`, destination: `/:locale${large}/${FIRST_DOCUMENT}/glossary`, permanent: true },
]);
