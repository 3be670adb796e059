import { describe, expect, it } from 'vitest';
import { pathInMode, routes } from './routes';

describe('routes', () => {
  it('gives every page a large-type twin', () => {
    const large = { locale: 'zh-CN', mode: 'large' } as const;
    expect(routes.home(large)).toBe('/zh-CN/large');
    expect(routes.section(large, 'oversight')).toBe('/zh-CN/large/section/oversight');
    expect(routes.section({ locale: 'en', mode: 'standard' }, 'oversight')).toBe('/en/section/oversight');
  });

  it.each([
    ['/zh-CN', 'large', '/zh-CN/large'],
    ['/zh-CN/large', 'standard', '/zh-CN'],
    ['/en/section/oversight', 'large', '/en/large/section/oversight'],
    ['/en/large/report', 'standard', '/en/report'],
    ['/en/large/report', 'large', '/en/large/report'],
    ['/elsewhere', 'large', '/elsewhere'],
  ] as const)('%s in %s mode is %s', (path, mode, expected) => {
    expect(pathInMode(path, mode)).toBe(expected);
  });
});
