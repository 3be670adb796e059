import { describe, expect, it } from 'vitest';
import { parsePreferences, readCookie, serializePreferences } from './cookie';
import { COOKIE_MAX_AGE_SECONDS, DEFAULT_PREFERENCES, PREFERENCES, type PreferenceName } from './definitions';

describe('preference cookie', () => {
  it('round-trips every field', () => {
    const prefs = {
      ...DEFAULT_PREFERENCES,
      mode: 'large',
      size: '4',
      theme: 'blue',
      view: 'summary',
      rate: '0.8',
      point: 'on',
      continue: 'on',
      cursor: 'xlarge',
      ruler: '3',
    } as const;
    expect(parsePreferences(serializePreferences(prefs))).toEqual(prefs);
  });

  it.each([
    [undefined],
    [''],
    ['%E0%A4%A'], // malformed percent-encoding
    ['mode=huge&size=9&theme=pink'],
    ['size=-1&theme=__proto__'],
    ['<script>alert(1)</script>'],
  ])('falls back to defaults silently for %s', (raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps the valid fields of a partly broken value', () => {
    expect(parsePreferences('mode=large&size=99')).toEqual({ ...DEFAULT_PREFERENCES, mode: 'large' });
  });

  it('finds its cookie among others', () => {
    expect(readCookie('a=1; reader-prefs=mode%3Dlarge; b=2')).toBe('mode%3Dlarge');
    expect(readCookie('a=1; not-reader-prefs=x')).toBeUndefined();
  });
});

describe('preference defaults', () => {
  it('are each one of the values the page knows, so a new reader gets styles that exist', () => {
    const names = Object.keys(PREFERENCES) as PreferenceName[];
    expect(names).toHaveLength(14);
    for (const name of names) expect(PREFERENCES[name] as readonly string[], name).toContain(DEFAULT_PREFERENCES[name]);
  });

  it('are kept 400 days, the longest a browser keeps a cookie', () => {
    expect(COOKIE_MAX_AGE_SECONDS).toBe(34_560_000);
  });
});
