import { e2eDocuments } from './documents';

/** Every interface language, for tests that loop over them all. */
export const locales = ['zh-CN', 'zh-Hant', 'en'] as const;

/** The first document, curated by hand: the one every published URL before the library belonged to. */
export const firstDocument = 'jinnan-fazhi-2024';

/** Its fifteen sections in reading order, as the published report numbers them. */
export const firstDocumentSections = [
  'introduction', 'leadership-duty', 'government-functions', 'business-environment', 'rules-and-documents',
  'decision-making', 'law-enforcement', 'emergency-response', 'dispute-resolution', 'oversight',
  'digital-government', 'party-leadership', 'joint-effort', 'shortcomings', 'plans-2025',
] as const;

/** The synthetic documents the e2e build imports (e2e/support/documents.ts), by slug; never published. */
export const testDocuments = e2eDocuments.map((document) => document.slug);
