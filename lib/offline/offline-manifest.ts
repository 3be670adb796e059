import type { Locale } from '../i18n/routing';
import type { PageMode } from '../routes';

/**
 * What the page and the service worker share about saving for offline use. The build writes the manifest
 * (scripts/build-offline.ts) beside the pages; both sides read it, so they always agree on the URLs to keep.
 */
export const OFFLINE_MANIFEST_URL = '/offline-manifest.json';

/** Cache Storage names. A build's pages live in caches named by its version, replaced whole by the next one. */
export const cacheNames = {
  /** Pages as they were opened. */
  opened: (version: string) => `reader-opened-${version}`,
  /** Documents the reader saved, with the code and styles their pages use. */
  saved: (version: string) => `reader-saved-${version}`,
  /** Recordings: named by their content, so valid across builds. */
  audio: 'reader-audio',
  /** Which documents the reader saved, kept across builds so a new version saves them again (no versioned prefix). */
  list: 'reader-offline-list',
};
export const SAVED_LIST_KEY = '/offline/saved-documents.json';
export const VERSIONED_PREFIXES = ['reader-opened-', 'reader-saved-'];

export type Edition = { locale: Locale; mode: PageMode };
export type Bundle = { urls: string[]; bytes: number };

export type OfflineManifest = {
  version: string;
  /** The page that says "not saved", by URL prefix (/zh-CN, /zh-CN/large, …). */
  offlinePages: Record<string, string>;
  documents: Record<
    string,
    {
      title: string;
      /** Every page of the document in one language and mode, and the code and styles they use; by `locale/mode`. */
      editions: Record<string, Bundle>;
      /** The read-aloud recordings of the document (the same for every language and mode), and their index. */
      audio: Bundle;
    }
  >;
};

export type SavedDocument = Edition & { doc: string; title: string; audio: boolean };

/** The documents this device has saved: read alike by the page and the service worker. */
export async function readSavedList(): Promise<SavedDocument[]> {
  const stored = await (await caches.open(cacheNames.list)).match(SAVED_LIST_KEY);
  return stored ? stored.json() : [];
}

export const editionKey = ({ locale, mode }: Edition) => `${locale}/${mode}`;

/** The URL prefix of a language and mode, as the routes write it. */
export const prefixOf = ({ locale, mode }: Edition) => (mode === 'large' ? `/${locale}/large` : `/${locale}`);

/** The offline page for a URL: that of the longest prefix it starts with; for a path in no language, the default's. */
export function offlinePageFor(manifest: Pick<OfflineManifest, 'offlinePages'>, pathname: string): string {
  const prefixes = Object.keys(manifest.offlinePages).sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '/zh-CN';
  return manifest.offlinePages[prefix] ?? Object.values(manifest.offlinePages)[0];
}
