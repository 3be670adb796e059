import { afterEach, describe, expect, it, vi } from 'vitest';

const load = async () => {
  vi.resetModules();
  return import('./site-url.js');
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('siteUrl', () => {
  it('is SITE_URL, or this machine while none is set', async () => {
    vi.stubEnv('SITE_URL', '');
    expect((await load()).siteUrl().href).toBe('http://localhost:3000/');
    vi.stubEnv('SITE_URL', 'https://reader.example.gov.cn');
    expect((await load()).siteUrl().href).toBe('https://reader.example.gov.cn/');
  });

  it.each(['reader.example.gov.cn', 'https://reader.example.gov.cn/zh-CN', 'ftp://reader.example.gov.cn'])('refuses %s', async (value) => {
    vi.stubEnv('SITE_URL', value);
    expect((await load()).siteUrl).toThrow(/SITE_URL must be an origin/);
  });
});

describe('warnWithoutSiteUrl', () => {
  it('warns once, in one line, when a production build has no SITE_URL', async () => {
    vi.stubEnv('SITE_URL', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { warnWithoutSiteUrl } = await load();
    warnWithoutSiteUrl('phase-production-build');
    warnWithoutSiteUrl('phase-production-build');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^⚠ SITE_URL is not set: [^\n]*localhost:3000[^\n]*$/);
  });

  it('is silent when SITE_URL is set, and outside a production build', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('SITE_URL', 'https://reader.example.gov.cn');
    (await load()).warnWithoutSiteUrl('phase-production-build');
    vi.stubEnv('SITE_URL', '');
    (await load()).warnWithoutSiteUrl('phase-production-server');
    expect(warn).not.toHaveBeenCalled();
  });
});
