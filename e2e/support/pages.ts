import { e2eDocuments } from './documents';

/** Every interface language, for tests that loop over them all. */
export const locales = ['zh-CN', 'zh-Hant', 'en'] as const;

/** The first document, curated by hand: the one every published URL before the library belonged to. */
export const firstDocument = 'jinnan-fazhi-2024';

/** The synthetic documents the e2e build imports (e2e/support/documents.ts), by slug; never published. */
export const testDocuments = e2eDocuments.map((document) => document.slug);
