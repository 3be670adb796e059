/// <reference lib="webworker" />
// The service worker (bundled into /sw.js by scripts/build-offline.ts). Pages a reader opened, and documents they
// saved, open again with no signal; a page never saved answers with the site's offline page, in words, never the
// browser's error page. Only answers with status 200 are kept, so an error is never served again from the cache.
// Each build's pages live in caches named by its version: the new worker fetches everything the reader saved before
// it takes over, then deletes the old caches, so old and new pages are never mixed.
import { CacheFirst, CacheOnly, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, RangeRequestsPlugin, Serwist, StaleWhileRevalidate } from 'serwist';
import {
  OFFLINE_MANIFEST_URL,
  SAVED_LIST_KEY,
  VERSIONED_PREFIXES,
  cacheNames,
  editionKey,
  offlinePageFor,
  readSavedList,
  type OfflineManifest,
  type SavedDocument,
} from '../offline-manifest';

declare const self: ServiceWorkerGlobalScope;
/** Written in by the build: the version, and the offline pages with the code and styles they use. */
declare const __READER_VERSION__: string;
declare const __READER_PRECACHE__: string[];
declare const __READER_OFFLINE_PAGES__: OfflineManifest['offlinePages'];

const version = __READER_VERSION__;
const onlyOk = () => new CacheableResponsePlugin({ statuses: [200] });

const writeList = async (list: SavedDocument[]) =>
  (await caches.open(cacheNames.list)).put(SAVED_LIST_KEY, new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
const sameDocument = (a: SavedDocument, b: SavedDocument) => a.doc === b.doc && editionKey(a) === editionKey(b);
const freshManifest = async (): Promise<OfflineManifest> => (await fetch(OFFLINE_MANIFEST_URL, { cache: 'no-store' })).json();

/** What a saved document needs: its pages with their code and styles, and its recordings if asked for. */
function needs(manifest: OfflineManifest, entry: SavedDocument) {
  const document = manifest.documents[entry.doc];
  const edition = document?.editions[editionKey(entry)];
  if (!edition) throw new Error(`not in this version: ${entry.doc} ${editionKey(entry)}`);
  return { pages: edition.urls, audio: entry.audio ? document.audio.urls : [] };
}

/** One by one, so the page can show progress; any answer but 200 fails the whole save. */
async function store(urls: string[], cacheName: string, progress: (done: number) => void) {
  const cache = await caches.open(cacheName);
  let done = 0;
  for (const url of urls) {
    if (!(await cache.match(url))) {
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
    progress(++done);
  }
}

async function save(entry: SavedDocument, progress: (done: number, total: number) => void) {
  const manifest = await freshManifest();
  if (manifest.version !== version) throw new Error('the site was updated: reload the page');
  const { pages, audio } = needs(manifest, entry);
  const total = pages.length + audio.length;
  try {
    await store(pages, cacheNames.saved(version), (done) => progress(done, total));
    await store(audio, cacheNames.audio, (done) => progress(pages.length + done, total));
  } catch (error) {
    // The phone's storage is full: what this save stored so far is dropped again (a document half saved would
    // open on its cover and fail on its third section), and every document saved before stays as it was.
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      await dropUnneeded(manifest, await readSavedList(), { ...entry, audio: true }, [cacheNames.saved(version), cacheNames.audio]);
      throw new Error('storage full');
    }
    throw error;
  }
  await writeList([...(await readSavedList()).filter((other) => !sameDocument(other, entry)), entry]);
}

/**
 * Deletes the files of `entry` that none of the `kept` documents needs (code and recordings are shared), from the
 * caches named: a failed save leaves the pages the reader had opened (they opened offline before it, too).
 */
async function dropUnneeded(
  manifest: OfflineManifest,
  kept: SavedDocument[],
  entry: SavedDocument,
  from = [cacheNames.saved(version), cacheNames.audio, cacheNames.opened(version)],
) {
  const stillNeeded = new Set(kept.flatMap((other) => Object.values(needs(manifest, other)).flat()));
  const gone = Object.values(needs(manifest, entry)).flat().filter((url) => !stillNeeded.has(url));
  for (const name of from) {
    const cache = await caches.open(name);
    await Promise.all(gone.map((url) => cache.delete(url)));
  }
}

/** Forgets a saved document, and every file no other saved document needs (code and recordings are shared). */
async function remove(entry: SavedDocument) {
  const manifest = await freshManifest();
  const kept = (await readSavedList()).filter((other) => !sameDocument(other, entry));
  await writeList(kept);
  await dropUnneeded(manifest, kept, { ...entry, audio: true });
}

/** Everything the reader saved, fetched anew for this version before it takes over. */
async function saveAgain() {
  const list = await readSavedList();
  if (!list.length) return;
  const manifest = await freshManifest();
  for (const entry of list) {
    // A document the new version no longer has stays listed but unsaved; the page drops it when it reads the list.
    if (!manifest.documents[entry.doc]?.editions[editionKey(entry)]) continue;
    const { pages, audio } = needs(manifest, entry);
    await store(pages, cacheNames.saved(version), () => {});
    await store(audio, cacheNames.audio, () => {});
  }
}

const savedRecordings = new CacheOnly({ cacheName: cacheNames.audio, plugins: [new RangeRequestsPlugin()] });

const serwist: Serwist = new Serwist({
  precacheEntries: __READER_PRECACHE__.map((url) => ({ url, revision: version })),
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request }) => request.mode === 'navigate',
      handler: new NetworkFirst({
        cacheName: cacheNames.opened(version),
        // On a weak signal, a saved page after a few seconds beats a spinner.
        networkTimeoutSeconds: 6,
        plugins: [
          onlyOk(),
          new ExpirationPlugin({ maxEntries: 300 }),
          {
            // Not opened before: a saved copy, else the offline page in the page's language and mode.
            handlerDidError: async ({ request }): Promise<Response | undefined> =>
              (await caches.match(request, { ignoreSearch: true })) ??
              (await serwist.matchPrecache(offlinePageFor({ offlinePages: __READER_OFFLINE_PAGES__ }, new URL(request.url).pathname))),
          },
        ],
      }),
    },
    {
      // Named by their content: never stale.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: cacheNames.saved(version), plugins: [onlyOk()] }),
    },
    {
      // Recordings are kept only when saved (they are large): played from the cache when there, else fetched.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/audio/'),
      handler: async ({ request, event }) => {
        try {
          return await savedRecordings.handle({ request, event });
        } catch {
          return fetch(request);
        }
      },
    },
    {
      // Data the pages fetch (audio index, search index, QR codes): the cached copy at once, refreshed behind it.
      // Not the payloads of client-side navigation (RSC): they follow the router's state and are never reused.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.method === 'GET' && !request.headers.has('RSC'),
      handler: new StaleWhileRevalidate({
        cacheName: cacheNames.opened(version),
        // Offline and not fetched before: the copy saved with a document (the audio index, this manifest).
        plugins: [onlyOk(), { handlerDidError: async ({ request }) => caches.match(request, { ignoreSearch: true }) }],
      }),
    },
  ],
});

type Message = { type: 'save' | 'remove'; entry: SavedDocument };

// The page asks; the answer goes back on the port it sent: progress, then `done` or `failed`.
self.addEventListener('message', (event) => {
  const { type, entry } = (event.data ?? {}) as Message;
  const [port] = event.ports;
  if (!port || (type !== 'save' && type !== 'remove')) return;
  const work = type === 'save' ? save(entry, (done, total) => port.postMessage({ done, total })) : remove(entry);
  event.waitUntil(work.then(() => port.postMessage({ finished: true }), (error: unknown) => port.postMessage({ failed: String(error) })));
});
self.addEventListener('install', (event) => event.waitUntil(saveAgain()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => VERSIONED_PREFIXES.some((prefix) => name.startsWith(prefix)) && !name.endsWith(`-${version}`)).map((name) => caches.delete(name)),
        ),
      ),
  ),
);
serwist.addEventListeners();
