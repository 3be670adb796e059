// Mutation testing of the logic in lib/ that unit tests cover (issue 24): `npm run test:mutation` runs this once
// per folder (scripts/mutation.mjs); `MUTATE_FOLDERS=csp,nginx npx stryker run` runs it for the folders named.
// Not part of `npm test`: each mutant re-runs the unit tests that reach it, which takes long on two cores.
// Scores, run times and the survivors' reasons: docs/testing.md.

export const FOLDERS = ['content', 'speech', 'import', 'search', 'preferences', 'offline', 'csp', 'nginx'];
const folders = process.env.MUTATE_FOLDERS?.split(',') ?? FOLDERS;
const unknown = folders.filter((f) => !FOLDERS.includes(f));
if (unknown.length > 0) throw new Error(`MUTATE_FOLDERS: not a mutated folder: ${unknown.join(', ')} (one of ${FOLDERS.join(', ')})`);

// Not mutated: test-only helpers, and code no unit test runs (browser-only, or only run inside the build),
// which the e2e tests cover; a mutant there could only ever be "no coverage".
const NOT_MUTATED = [
  'lib/speech/scripted-engine.ts', // the test fake engine
  'lib/import/folder-snapshot.ts', // reads a folder for tests
  'lib/import/local-site.ts', // a loopback web site for tests
  'lib/content/source-text.ts', // the first document's published text, for tests to compare with
  'lib/offline/saving.ts', // service worker messages
  'lib/offline/worker/**', // the service worker
  'lib/preferences/client.ts', // document.cookie and <html> attributes
  'lib/preferences/watch.ts', // a MutationObserver
  'lib/speech/audio-engine.ts', // HTMLAudioElement
  'lib/search/records.ts', // run by scripts/build-search-index.ts
  'lib/content/published-date.ts', // one line, used by pages
];
const name = folders.length === FOLDERS.length ? 'all' : folders.join('+');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit-test config, plus a file that fails to load counting as a failed test (see that file for why).
  // The runner's `related` (default) runs only the tests that import a mutated file.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    ...folders.map((f) => `lib/${f}/**/*.ts`),
    '!**/*.@(test|d).ts',
    ...NOT_MUTATED.filter((p) => folders.some((f) => p.startsWith(`lib/${f}/`))).map((p) => `!${p}`),
  ],
  // Each test records the mutants it reaches, so a mutant runs only those tests.
  coverageAnalysis: 'perTest',
  // A mutant reached while a test file loads (not inside a test) is "static": it runs every related test file.
  // Many import tests run the importer in their describe blocks, so many of lib/import's mutants are static
  // (4,930 of 6,034 at first; 1,107 of 6,044 once the tests that kill survivors ran the importer inside tests).
  // Run one by one they would take days on two cores (Stryker estimated 124 hours here), so for lib/import they
  // are left out (Ignored) and the score counts the mutants reached inside tests.
  ignoreStatic: folders.includes('import'),
  // A re-run tests only the mutants whose code or tests changed since the last run of the same folders. Stryker
  // keeps a survivor's result unless a test newly reaches it inside a test, which a static mutant never is:
  // after adding a test for one, run with --force (every score in docs/testing.md is from a --force run).
  incremental: true,
  incrementalFile: `reports/mutation/${name}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  // The sandbox is a copy of the project (git-ignored, removed after a run): leave out build and test output
  // (unit tests read e2e/fixtures, so e2e/ stays).
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.next', 'out', 'public/audio', 'public/pagefind', 'test-results', 'playwright-report', 'blob-report', 'e2e/screenshots', '.e2e-content'],
  // One test runner per core. On a machine shared with other work: --concurrency 1.
  concurrency: 2,
  // The goal is 80 % per folder (docs/testing.md); a lower score is reported, not failed.
  thresholds: { high: 90, low: 80, break: null },
};
