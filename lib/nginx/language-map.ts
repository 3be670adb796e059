// The language at / for nginx: lib/i18n/negotiate-locale.ts's choice as regular expressions over Accept-Language,
// since nginx's map can only match the header as a string. One difference, and why it rarely matters: nginx takes
// the first usable tag in the order sent, where next start also orders by q; browsers send their languages most
// preferred first (https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4 leaves the order free).

/** `;q=0` after a tag: the reader does not want it. */
const REFUSED = String.raw`\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$)`;
/** One list element that says nothing for us: a language other than Chinese or English, or one refused. */
const SKIPPED = String.raw`\s*(?:(?!(?:zh|en)(?:[-;,\s]|$))[^,]*|(?:zh|en)[^,;]*;\s*q\s*=\s*0(?:\.0*)?\s*)`;
/** Chinese with the traditional script or a Taiwan, Hong Kong or Macao region, and no explicit simplified script. */
const TRADITIONAL = String.raw`zh(?!(?:-[a-z0-9]+)*-hans(?:[-;,\s]|$))(?:-[a-z0-9]+)*?-(?:hant|tw|hk|mo)(?=[-;,\s]|$)(?:-[a-z0-9]+)*`;
const ENGLISH = String.raw`en(?:-[a-z0-9]+)*(?=[;,\s]|$)`;

const firstUsable = (tag: string) => `^(?:${SKIPPED},)*\\s*${tag}(?!${REFUSED})`;

/** [case-insensitive regex, locale] pairs; a header that matches neither gets zh-CN. */
export const languageRules = [
  [firstUsable(TRADITIONAL), 'zh-Hant'],
  [firstUsable(ENGLISH), 'en'],
] as const;

export function languageMapConf() {
  const lines = languageRules.map(([regex, locale]) => `    "~*${regex}" ${locale};`);
  return `map $http_accept_language $reader_locale {\n    default zh-CN;\n${lines.join('\n')}\n}\n`;
}
