import { describe, expect, it } from 'vitest';
import { pathInMode, routes } from './routes';

describe('routes', () => {
  it('puts the document in the URL and gives every page a large-type twin', () => {
    const large = { locale: 'zh-CN', mode: 'large', doc: 'jinnan-fazhi-2024' } as const;
    expect(routes.library(large)).toBe('/zh-CN/large');
    expect(routes.cover(large)).toBe('/zh-CN/large/jinnan-fazhi-2024');
    expect(routes.section(large, 'oversight')).toBe('/zh-CN/large/jinnan-fazhi-2024/section/oversight');
    expect(routes.section({ ...large, locale: 'en', mode: 'standard' }, 'oversight')).toBe('/en/jinnan-fazhi-2024/section/oversight');
    expect(routes.paragraph(large, 'oversight', 'oversight-2')).toBe('/zh-CN/large/jinnan-fazhi-2024/section/oversight#oversight-2');
    expect(routes.whole(large)).toBe('/zh-CN/large/jinnan-fazhi-2024/whole');
    expect(routes.help({ locale: 'zh-Hant', mode: 'standard' })).toBe('/zh-Hant/help');
  });

  it.each([
    ['/zh-CN', 'large', '/zh-CN/large'],
    ['/zh-CN/large', 'standard', '/zh-CN'],
    ['/en/jinnan-fazhi-2024/section/oversight', 'large', '/en/large/jinnan-fazhi-2024/section/oversight'],
    ['/en/large/jinnan-fazhi-2024/whole', 'standard', '/en/jinnan-fazhi-2024/whole'],
    ['/en/large/help', 'large', '/en/large/help'],
    ['/elsewhere', 'large', '/elsewhere'],
  ] as const)('%s in %s mode is %s', (path, mode, expected) => {
    expect(pathInMode(path, mode)).toBe(expected);
  });
});
