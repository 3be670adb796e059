// What a request path may be, for both servers: its percent-encoding whole, and what it encodes UTF-8 without
// control characters or path separators. A link a chat app cut short (/zh-CN/%E0%A4%A), an overlong form old servers took for a dot
// (%C0%AE), a lone surrogate or a NUL is a mistake, not a page. One pattern over the raw path, written so that
// JavaScript (proxy.server.ts) and nginx's PCRE (deploy/well-formed-path.conf) read it alike.

const HEX = '[0-9A-Fa-f]';
const TAIL = `%[89ABab]${HEX}`;
/** The UTF-8 sequences of RFC 3629 §4, percent-encoded: each a scalar value, in its shortest form. */
const ENCODED = [
  // Printable ASCII but an encoded / or \: no page has one, and nginx would decode it into a path separator
  // (/zh-CN/a%2F..%2F.. is / there, a name with a slash in it to next start).
  '%2[0-9A-Ea-e]',
  `%[34]${HEX}`,
  '%5[0-9ABD-Fabd-f]',
  `%6${HEX}`,
  '%7[0-9A-Ea-e]', // …and not DEL
  `%[Cc][2-9A-Fa-f]${TAIL}`,
  `%[Dd]${HEX}${TAIL}`,
  `%[Ee]0%[ABab]${HEX}${TAIL}`,
  `%[Ee][1-9A-Ca-c]${TAIL}${TAIL}`,
  `%[Ee][Dd]%[89]${HEX}${TAIL}`, // not the surrogates D800–DFFF
  `%[Ee][EFef]${TAIL}${TAIL}`,
  `%[Ff]0%[9ABab]${HEX}${TAIL}${TAIL}`,
  `%[Ff][1-3]${TAIL}${TAIL}${TAIL}`,
  `%[Ff]4%8${HEX}${TAIL}${TAIL}`, // not beyond U+10FFFF
];
/** A path: a slash, then characters that are not %, controls or a space, or whole encoded characters. */
export const WELL_FORMED_PATH = `/(?:[^%?#\\x00-\\x20\\x7f]|${ENCODED.join('|')})*`;

const wellFormed = new RegExp(`^${WELL_FORMED_PATH}$`);

/** Whether a raw (still percent-encoded) request path is one a page could have. */
export const isWellFormedPath = (path: string) => wellFormed.test(path);
