import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legacyRedirectsConf, nginxSnippets, securityHeadersConf } from './snippets';

describe('deploy/ snippets', () => {
  it.each(Object.keys(nginxSnippets()))('deploy/%s says what the code says (npm run export rewrites it: commit the result)', (name) => {
    expect(fs.readFileSync(`deploy/${name}`, 'utf8')).toBe(nginxSnippets()[name as keyof ReturnType<typeof nginxSnippets>]);
  });
});

/** What nginx does with the map: the first regex (`~*`, case-insensitive) matching the URI, its captures filled in. */
function redirectOf(conf: string, requestUri: string) {
  for (const [, regex, value] of conf.matchAll(/^\s+"~\*(.+)" "(.+)";$/gm)) {
    const match = requestUri.match(new RegExp(regex, 'i'));
    if (match) return value.replace(/\$\{(\w+)\}/g, (_, name: string) => match.groups?.[name] ?? '');
  }
  return undefined;
}

describe('legacy redirects for nginx', () => {
  const conf = legacyRedirectsConf();

  it('has a rule for each of the six old URL shapes', () => {
    expect(conf.match(/^\s+"~\*/gm)).toHaveLength(6);
  });

  it.each([
    ['/zh-CN/section/oversight', '/zh-CN/jinnan-fazhi-2024/section/oversight'],
    ['/zh-Hant/large/section/oversight?from=letter', '/zh-Hant/large/jinnan-fazhi-2024/section/oversight?from=letter'],
    ['/en/report', '/en/jinnan-fazhi-2024/whole'],
    ['/en/large/glossary', '/en/large/jinnan-fazhi-2024/glossary'],
    ['/ZH-CN/report', '/ZH-CN/jinnan-fazhi-2024/whole'],
    ['/zh-CN/section/%0d%0aSet-Cookie:a=1', '/zh-CN/jinnan-fazhi-2024/section/%0d%0aSet-Cookie:a=1'],
  ])('%s → %s', (from, to) => {
    expect(redirectOf(conf, from)).toBe(to);
  });

  it.each(['/zh-CN', '/fr/report', '/zh-CN/section/a/b', '/zh-CN/reports', '/zh-CN/jinnan-fazhi-2024/section/oversight', '/x/zh-CN/report'])(
    '%s stays where it is',
    (uri) => {
      expect(redirectOf(conf, uri)).toBeUndefined();
    },
  );

  it('matches a dot in a source as a dot, not as any character', () => {
    const dotted = legacyRedirectsConf([{ source: '/report.html', destination: '/zh-CN/jinnan-fazhi-2024/whole', permanent: true }]);
    expect(redirectOf(dotted, '/report.html')).toBe('/zh-CN/jinnan-fazhi-2024/whole');
    expect(redirectOf(dotted, '/report-html')).toBeUndefined();
  });

  it('refuses a pattern it cannot translate, and a temporary redirect', () => {
    expect(() => legacyRedirectsConf([{ source: '/:path*', destination: '/', permanent: true }])).toThrow(/unsupported/);
    expect(() => legacyRedirectsConf([{ source: '/a', destination: '/b', permanent: false }])).toThrow(/permanent/);
  });
});

describe('security headers for nginx', () => {
  it('sends each header on every response, 404s and redirects included', () => {
    expect(securityHeadersConf([{ key: 'X-Content-Type-Options', value: 'nosniff' }])).toMatch(/^add_header X-Content-Type-Options "nosniff" always;$/m);
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => securityHeadersConf([{ key: 'X', value: 'a $b' }])).toThrow(/escaping/);
  });
});
