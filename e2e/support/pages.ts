/** Every kind of page the reader serves, for tests that loop over them all. */
export const locales = ['zh-CN', 'zh-Hant', 'en'] as const;

export const pageKinds = [
  { name: 'home', path: '' },
  { name: 'section', path: '/section/business-environment' },
  { name: 'introduction', path: '/section/introduction' },
  { name: 'last section', path: '/section/plans-2025' },
  { name: 'whole report', path: '/report' },
] as const;
