import { describe, expect, it } from 'vitest';
import { serializePreferences } from './cookie';
import { DEFAULT_PREFERENCES } from './definitions';
import { preferencesHeadScript } from './head-script';

/** Runs the real inline script against a minimal fake document, as a browser would before first paint. */
function run(cookie: string, pathname = '/zh-CN/section/oversight', search = '', hash = '', stored: Record<string, string> = {}, popover = true) {
  const attributes: Record<string, string> = {};
  // <html>, an HTMLElement with or without the popover attribute (Safari before 17, Chromium before 114).
  const documentElement = {
    ...(popover ? { popover: null } : {}),
    setAttribute: (k: string, v: string) => (attributes[k] = v),
    getAttribute: (k: string) => attributes[k] ?? null,
    removeAttribute: (k: string) => delete attributes[k],
  };
  const replaced: string[] = [];
  const location = { pathname, search, hash, replace: (url: string) => replaced.push(url) };
  const setTimeout = () => 0;
  const localStorage = { getItem: (key: string) => stored[key] ?? null };
  new Function('document', 'location', 'setTimeout', 'localStorage', preferencesHeadScript)(
    { cookie, documentElement },
    location,
    setTimeout,
    localStorage,
  );
  return Object.assign(attributes, replaced.length ? { replaced: replaced.join(' ') } : {});
}

describe('preferences head script', () => {
  it('applies a saved preference to <html>', () => {
    const cookie = `x=1; reader-prefs=${serializePreferences({ ...DEFAULT_PREFERENCES, mode: 'large', size: '3', theme: 'black', view: 'original' })}`;
    expect(run(cookie)).toEqual({
      'data-js': '',
      'data-mode': 'large',
      'data-size': '3',
      'data-theme': 'black',
      'data-view': 'original',
      'data-rate': '1',
      'data-point': 'off',
      'data-continue': 'off',
      'data-cursor': 'off',
      'data-crosshair': 'off',
      'data-ruler': 'off',
      'data-plain': 'off',
      'data-captions': 'off',
      'data-script': 'hans',
      'data-hanzi': 'simplified',
    });
  });

  it('ignores unknown values and malformed cookies', () => {
    expect(run('reader-prefs=theme%3Dpink%26size%3D2')).toEqual({ 'data-js': '', 'data-size': '2' });
    expect(run('reader-prefs=%E0%A4%A')).toEqual({ 'data-js': '' });
  });

  it('puts large-type URLs in 适老版 whatever the cookie says', () => {
    expect(run('reader-prefs=mode%3Dstandard', '/en/large/section/oversight')).toEqual({
      'data-js': '',
      'data-mode': 'large',
    });
    expect(run('reader-prefs=mode%3Dstandard', '/zh-CN/large')).toEqual({ 'data-js': '', 'data-mode': 'large' });
    expect(run('', '/zh-CN/largest')).toEqual({ 'data-js': '' });
  });

  it('sends a reader who chose 繁體 from a 简体 page to its 繁體 twin, blank until it arrives', () => {
    const cookie = 'reader-prefs=hanzi%3Dtraditional';
    expect(run(cookie, '/zh-CN/large/section/oversight', '?x=1', '#oversight-2')).toMatchObject({
      'data-switching': '',
      replaced: '/zh-Hant/large/section/oversight?x=1#oversight-2',
    });
    expect(run(cookie, '/zh-CN')).toMatchObject({ replaced: '/zh-Hant' });
    for (const path of ['/zh-Hant/section/oversight', '/en/section/oversight', '/zh-CNx']) {
      expect(run(cookie, path)).not.toHaveProperty('replaced');
      expect(run(cookie, path)).not.toHaveProperty('data-switching');
    }
    expect(run('reader-prefs=hanzi%3Dsimplified', '/zh-CN')).not.toHaveProperty('replaced');
  });

  // It is repeated in every page's <head> and runs before first paint; ≈ 1 kB keeps it a rounding error.
  it('keeps room for 接着读 before paint: anywhere a place is kept, and on the cover of the document it is in', () => {
    const places = { 'reader-places': JSON.stringify({ last: 'jinnan-fazhi-2024', places: { 'jinnan-fazhi-2024': { section: 'oversight' } } }) };
    expect(run('', '/zh-CN', '', '', places)).toMatchObject({ 'data-place': '' });
    expect(run('', '/zh-CN', '', '', places)['data-place-here']).toBeUndefined();
    expect(run('', '/zh-CN/large/jinnan-fazhi-2024', '', '', places)).toMatchObject({ 'data-place': '', 'data-place-here': '' });
    expect(run('', '/zh-CN/fire-notice', '', '', places)['data-place-here']).toBeUndefined();
    expect(run('', '/zh-CN/jinnan-fazhi-2024')['data-place']).toBeUndefined();
    expect(run('', '/zh-CN/jinnan-fazhi-2024', '', '', { 'reader-places': '{broken' })['data-place']).toBeUndefined();
  });

  it('marks a browser without popover before paint, so the explanations stay closed until its polyfill opens them', () => {
    expect(run('', '/zh-CN/section/oversight', '', '', {}, false)).toEqual({ 'data-js': '', 'data-no-popover': '' });
    expect(run('')).toEqual({ 'data-js': '' });
  });

  // It runs before first paint on every page: ≈ 1.3 kB raw, 0.7 kB gzipped, with the 接着读 check.
  it('is small enough to inline in every page', () => {
    expect(preferencesHeadScript.length).toBeLessThan(1400);
  });
});
