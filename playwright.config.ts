import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Two cores: one worker keeps timings steady and the production server unhurried.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Tests run against the production build: the prerendered pages users get, plus the two synthetic test
    // documents, imported from e2e/fixtures/import with the real importer into a content root of their own.
    command: `npx tsx scripts/e2e-content.ts && npm run build && node_modules/.bin/next start -p ${port}`,
    // SITE_URL is where the shared links and QR codes point: this server, so a test can follow them.
    env: { READER_CONTENT: 'content,.e2e-content', SITE_URL: `http://localhost:${port}` },
    url: `http://localhost:${port}/zh-CN`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
  },
});
