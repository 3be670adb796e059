import { WELL_FORMED_PATH } from '../address/well-formed-path';
import { legacyRedirects } from '../legacy-redirects.js';
import { securityHeaders } from '../security-headers.js';
import { languageMapConf } from './language-map';

// The parts of deploy/nginx.conf that must say exactly what the Node server does, written from the same code
// (scripts/nginx-snippets.ts, run by `npm run export`; snippets.test.ts fails if the committed files lag behind).

const GENERATED = (from: string) => `# Generated from ${from} by \`npm run export\` (scripts/nginx-snippets.ts): edit that file, not this one.\n`;

type Redirect = { source: string; destination: string; permanent: boolean };

/** A Next path pattern (`/:locale(zh-CN|en)/section/:id`) as a PCRE over the raw request URI, query kept. */
function sourceRegex(source: string) {
  const body = source.replace(/:(\w+)(?:\(([^)]*)\))?|([^:]+)/g, (_, name?: string, pattern?: string, literal?: string) => {
    if (literal !== undefined) {
      if (/[*+?()[\]{}|\\^$]/.test(literal)) throw new Error(`unsupported in a legacy redirect's source: ${source}`);
      return literal.replace(/\./g, '\\.');
    }
    return `(?<legacy_${name}>${pattern ?? '[^/?]+'})`;
  });
  return `^${body}(?<legacy_query>\\?.*)?$`;
}

const destinationValue = (destination: string) => `${destination.replace(/:(\w+)/g, '${legacy_$1}')}\${legacy_query}`;

/**
 * A map from the request URI to where it moved. Matched against $request_uri, which nginx never decodes, so a
 * %0d%0a in the path stays encoded in the Location header, as next start sends it; case-insensitive, as Next's
 * redirects are.
 */
export function legacyRedirectsConf(redirects: Redirect[] = legacyRedirects) {
  const lines = redirects.map((r) => {
    if (!r.permanent) throw new Error(`only permanent redirects are written for nginx: ${r.source}`);
    return `    "~*${sourceRegex(r.source)}" "${destinationValue(r.destination)}";`;
  });
  return `${GENERATED('lib/legacy-redirects.js')}map $request_uri $legacy_redirect {\n${lines.join('\n')}\n}\n`;
}

/** The headers on every response, 404s and redirects included (`always`). */
export function securityHeadersConf(headers: { key: string; value: string }[] = securityHeaders()) {
  const lines = headers.map(({ key, value }) => {
    if (/["$\\]/.test(value)) throw new Error(`${key}: a value with " $ or \\ would need escaping for nginx`);
    return `add_header ${key} "${value}" always;`;
  });
  return `${GENERATED('lib/security-headers.js and lib/csp/style-hashes.json')}${lines.join('\n')}\n`;
}

/**
 * Whether the raw request path is malformed, as proxy.server.ts decides it for next start. nginx itself refuses
 * only some of these (a NUL, a % without two hex digits) and looks for a file under the rest. $request_uri stays the
 * same when the refusal goes on to the not-found page, so that page is let through.
 */
export function wellFormedPathConf() {
  const lines = [
    'map $request_uri $malformed_request {',
    '    default 1;',
    `    "~^${WELL_FORMED_PATH}(?:\\?.*)?$" "";`,
    '}',
    'map $uri $malformed_path {',
    '    default $malformed_request;',
    '    /404.html "";',
    '}',
  ];
  return `${GENERATED('lib/address/well-formed-path.ts')}${lines.join('\n')}\n`;
}

/** The files, by name in deploy/. */
export const nginxSnippets = () => ({
  'language.conf': `${GENERATED('lib/nginx/language-map.ts')}${languageMapConf()}`,
  'legacy-redirects.conf': legacyRedirectsConf(),
  'security-headers.conf': securityHeadersConf(),
  'well-formed-path.conf': wellFormedPathConf(),
});
