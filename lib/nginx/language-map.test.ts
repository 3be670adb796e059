import { describe, expect, it } from 'vitest';
import { acceptLanguageCases } from '../i18n/accept-language-cases';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { languageRules } from './language-map';

/** What nginx does with the map: the first rule that matches (as `~*`, case-insensitive), else the default. */
const nginxLocale = (header: string) => languageRules.find(([regex]) => new RegExp(regex, 'i').test(header))?.[1] ?? 'zh-CN';

describe('the language at /: nginx and next start choose the same', () => {
  it.each(acceptLanguageCases)('%s → %s', (header, expected) => {
    expect(nginxLocale(header)).toBe(expected);
    expect(negotiateLocale(header)).toBe(expected);
  });
});
