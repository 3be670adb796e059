import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const staticPort = Number(process.env.E2E_STATIC_PORT ?? port + 1);
const nodeServer = `http://localhost:${port}`;
const nginx = `http://localhost:${staticPort}`;
// Tests run against the production builds: the prerendered pages users get, plus the synthetic test documents,
// imported from e2e/fixtures/import with the real importer into a content root of their own.
const testContent = 'npx tsx scripts/e2e-content.ts';

/** What must hold wherever the reader is deployed, so it also runs against the static export served by nginx. */
const onEveryServer = ['routes.spec.ts', 'preferences.spec.ts', 'offline-audio.spec.ts', 'security.spec.ts', 'search.spec.ts', 'markup-once.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  // Two workers on two cores: most of a test's time is the browser's (axe, layout) or waiting (recordings playing,
  // the speech fake's timers), while the prerendered pages cost the servers little, so a second worker uses the
  // core the first leaves idle. Every test is independent of the others (no shared state, no order).
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    locale: 'zh-CN',
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    // The service worker would answer from its cache, out of sight of a test's routes: only e2e/offline.spec.ts,
    // which is about it, lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'npm start', use: { baseURL: nodeServer } },
    { name: 'nginx', testMatch: onEveryServer, use: { baseURL: nginx } },
  ],
  // In this order: `npm run export` builds in .next too, and the server build must be the one left there.
  webServer: [
    {
      command: `${testContent} && npm run export && npm run serve:static`,
      env: { READER_CONTENT: 'content,.e2e-content', SITE_URL: nginx, PORT: String(staticPort) },
      url: `${nginx}/zh-CN`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: `${testContent} && npm run build && node scripts/start.mjs -p ${port}`,
      env: { READER_CONTENT: 'content,.e2e-content', SITE_URL: nodeServer },
      url: `${nodeServer}/zh-CN`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: 'ignore',
    },
  ],
});
