// After the build (and csp-meta): what reading with no signal needs. Writes offline-manifest.json (for each document,
// in each language and mode, the URLs of its pages and of the code and styles they use, with their download size; and
// its recordings) and sw.js, the service worker (lib/offline/worker/), bundled with this build's version and offline
// pages. Into public/ for next start, into out/ for the static export.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { htmlRoot, isStaticExport } from '../lib/build-output.js';
import { routing } from '../lib/i18n/routing';
import { documents, editionOf } from '../lib/library';
import { OFFLINE_MANIFEST_URL, editionKey, prefixOf, type Bundle, type Edition, type OfflineManifest } from '../lib/offline/offline-manifest';
import { spokenTexts } from '../lib/read-aloud/spoken-texts';
import { routes } from '../lib/routes';
import { AUDIO_DIR, MANIFEST_FILE, type AudioManifest } from '../lib/speech/audio-manifest';
import { fullWidthPunctuation } from '../lib/content/chinese-punctuation';
import { planAudio } from './audio/audio-plan';

const publicOut = isStaticExport ? 'out' : 'public';
const version = fs.readFileSync('.next/BUILD_ID', 'utf8').trim();
const pageFile = (url: string) => (isStaticExport ? path.join('out', `${url}.html`) : path.join(htmlRoot, 'app', `${url}.html`));
const assetFile = (url: string) => (isStaticExport ? path.join('out', url) : path.join('.next', url.replace(/^\/_next\//, '')));

// Every script and stylesheet of the build: a page loads some of its code only when a feature is first used
// (read-aloud, 大字幕, 繁體), and offline each must already be there.
const assets = fs
  .readdirSync(isStaticExport ? 'out/_next/static' : '.next/static', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(js|css|woff2?|svg)$/.test(file))
  .map((file) => `/_next/static/${file.split(path.sep).join('/')}`);

/** What a reader downloads: text files compressed, as the servers send them. */
const size = (file: string) => {
  const data = fs.readFileSync(file);
  return /\.(html|js|css|json|svg)$/.test(file) ? zlib.gzipSync(data).length : data.length;
};
const bundle = (urls: string[], fileOf: (url: string) => string): Bundle => ({ urls, bytes: urls.reduce((sum, url) => sum + size(fileOf(url)), 0) });
// With the pages, this manifest itself: the cover's 保存 control reads it to show what is saved, offline too.
const pagesAndAssets = (pages: string[]): Bundle => {
  const own = bundle(pages, pageFile);
  const code = bundle(assets, assetFile);
  return { urls: [...own.urls, ...code.urls, OFFLINE_MANIFEST_URL], bytes: own.bytes + code.bytes };
};

const editions: Edition[] = routing.locales.flatMap((locale) => (['standard', 'large'] as const).map((mode) => ({ locale, mode })));
const audioManifest: AudioManifest = JSON.parse(fs.readFileSync(path.join('public', MANIFEST_FILE), 'utf8'));
const recorded = new Set(Object.values(audioManifest.utterances).map((u) => u.file));

const manifest: OfflineManifest = {
  version,
  offlinePages: Object.fromEntries(editions.map((edition) => [prefixOf(edition), `${prefixOf(edition)}/offline`])),
  documents: Object.fromEntries(
    documents().map((document) => {
      const original = editionOf(document, 'zh-CN');
      // Every language reads the report in Chinese from the same recordings (the 繁體 text is aliased to them).
      const files = planAudio(spokenTexts(original), audioManifest.provider)
        .map((item) => item.file)
        .filter((file) => recorded.has(file));
      const audio = bundle([`/${MANIFEST_FILE}`, ...[...new Set(files)].map((file) => `/${AUDIO_DIR}/${file}`)], (url) => path.join('public', url));
      const byEdition = editions.map((edition) => {
        const at = { ...edition, doc: document.slug };
        const { report, glossary } = editionOf(document, edition.locale);
        const pages = [routes.cover(at), routes.whole(at), ...(glossary.length ? [routes.glossary(at)] : []), ...report.sections.map((s) => routes.section(at, s.id))];
        return [editionKey(edition), pagesAndAssets(pages)] as const;
      });
      return [document.slug, { title: fullWidthPunctuation(original.report.title.join('')), editions: Object.fromEntries(byEdition), audio }];
    }),
  ),
};

fs.writeFileSync(path.join(publicOut, OFFLINE_MANIFEST_URL), JSON.stringify(manifest));
// Installed on the first visit, after the page has loaded: only the offline pages and what they load themselves,
// not the whole site (a reader on a small data plan saves documents by choice).
const offlinePages = Object.values(manifest.offlinePages);
const offlineAssets = [
  ...new Set(offlinePages.flatMap((url) => fs.readFileSync(pageFile(url), 'utf8').match(/\/_next\/static\/[\w\-./]+\.(?:js|css)/g) ?? [])),
];
await build({
  entryPoints: ['lib/offline/worker/service-worker.ts'],
  outfile: path.join(publicOut, 'sw.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    __READER_VERSION__: JSON.stringify(version),
    __READER_PRECACHE__: JSON.stringify([...offlinePages, ...offlineAssets]),
    __READER_OFFLINE_PAGES__: JSON.stringify(manifest.offlinePages),
  },
});
const first = Object.values(manifest.documents)[0];
console.log(
  `offline: sw.js (${(fs.statSync(path.join(publicOut, 'sw.js')).size / 1024).toFixed(0)} kB) and ${OFFLINE_MANIFEST_URL.slice(1)} in ${publicOut}/, version ${version}; ` +
    `a document ≈ ${(first.editions['zh-CN/large'].bytes / 1e6).toFixed(1)} MB, its recordings ≈ ${(first.audio.bytes / 1e6).toFixed(1)} MB`,
);
