import { describe, expect, it } from 'vitest';
import { SAVED_LIST_KEY, VERSIONED_PREFIXES, cacheNames, editionKey, offlinePageFor, prefixOf } from './offline-manifest';

describe('offlinePageFor', () => {
  const manifest = {
    offlinePages: { '/zh-CN': '/zh-CN/offline', '/zh-CN/large': '/zh-CN/large/offline', '/en': '/en/offline', '/en/large': '/en/large/offline' },
  };

  it('answers in the language and mode of the page asked for', () => {
    expect(offlinePageFor(manifest, '/zh-CN/large/doc/section/a')).toBe('/zh-CN/large/offline');
    expect(offlinePageFor(manifest, '/zh-CN/doc/section/a')).toBe('/zh-CN/offline');
    expect(offlinePageFor(manifest, '/en/large')).toBe('/en/large/offline');
    // /zh-CN/larger is not 适老版.
    expect(offlinePageFor(manifest, '/zh-CN/larger')).toBe('/zh-CN/offline');
  });

  it('answers a path in no language in the default language, 简体', () => {
    expect(offlinePageFor(manifest, '/')).toBe('/zh-CN/offline');
    expect(offlinePageFor(manifest, '/help')).toBe('/zh-CN/offline');
    const englishFirst = { offlinePages: { '/en': '/en/offline', '/zh-CN': '/zh-CN/offline' } };
    expect(offlinePageFor(englishFirst, '/help')).toBe('/zh-CN/offline');
  });
});

describe('editions', () => {
  it('gives each language and mode its own key and its own URL prefix', () => {
    expect(editionKey({ locale: 'zh-CN', mode: 'standard' })).toBe('zh-CN/standard');
    expect(editionKey({ locale: 'zh-Hant', mode: 'large' })).toBe('zh-Hant/large');
    expect(prefixOf({ locale: 'zh-CN', mode: 'standard' })).toBe('/zh-CN');
    expect(prefixOf({ locale: 'en', mode: 'large' })).toBe('/en/large');
  });
});

describe('cacheNames', () => {
  it('gives the caches kept across builds names a new version never deletes as its predecessor’s', () => {
    for (const kept of [cacheNames.audio, cacheNames.list]) expect(VERSIONED_PREFIXES.filter((prefix) => kept.startsWith(prefix)), kept).toEqual([]);
    for (const versioned of [cacheNames.opened('v1'), cacheNames.saved('v1')]) expect(VERSIONED_PREFIXES.some((prefix) => versioned.startsWith(prefix))).toBe(true);
  });
});

describe('what outlives a build', () => {
  it('keeps the names the builds before it used, or a new version would forget what the reader saved', () => {
    expect(cacheNames.list).toBe('reader-offline-list');
    expect(SAVED_LIST_KEY).toBe('/offline/saved-documents.json');
    expect(cacheNames.audio).toBe('reader-audio');
  });
});
