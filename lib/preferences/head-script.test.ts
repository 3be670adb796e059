import { describe, expect, it } from 'vitest';
import { serializePreferences } from './cookie';
import { DEFAULT_PREFERENCES } from './definitions';
import { preferencesHeadScript } from './head-script';

/** Runs the real inline script against a minimal fake document, as a browser would before first paint. */
function run(cookie: string, pathname = '/zh-CN/section/oversight') {
  const attributes: Record<string, string> = {};
  const document = { cookie, documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) } };
  new Function('document', 'location', preferencesHeadScript)(document, { pathname });
  return attributes;
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
    expect(run('', '/zh-CN/largest')).toEqual({ 'data-js': '' });
  });

  it('is small enough to inline in every page', () => {
    expect(preferencesHeadScript.length).toBeLessThan(1000);
  });
});
