import { OFFLINE_MANIFEST_URL, readSavedList, type OfflineManifest, type SavedDocument } from './offline-manifest';

/** Saving needs a service worker and Cache Storage; without them (an old browser, a private window) it is not offered. */
export const offlineSupported = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

export async function offlineManifest(): Promise<OfflineManifest> {
  const response = await fetch(OFFLINE_MANIFEST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${OFFLINE_MANIFEST_URL}: ${response.status}`);
  return response.json();
}

/** What this device has saved; read from the same list the service worker keeps. */
export async function savedDocuments(): Promise<SavedDocument[]> {
  return offlineSupported() ? readSavedList() : [];
}

/**
 * Asks the service worker to save or remove a document (it does the fetching, so the files are stored once, in the
 * caches it serves from) and reports its progress.
 */
export async function askWorker(type: 'save' | 'remove', entry: SavedDocument, onProgress?: (done: number, total: number) => void) {
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  return new Promise<void>((resolve, reject) => {
    channel.port1.onmessage = ({ data }: MessageEvent<{ done?: number; total?: number; finished?: true; failed?: string }>) => {
      if (data.finished) resolve();
      else if (data.failed) reject(new Error(data.failed));
      else if (data.done !== undefined && data.total !== undefined) onProgress?.(data.done, data.total);
    };
    registration.active!.postMessage({ type, entry }, [channel.port2]);
  });
}

/** A download size as a reader says it: 「约 1.2 MB」, never bytes. */
export const formatSize = (bytes: number) => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
