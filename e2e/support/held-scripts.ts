import type { Page } from '@playwright/test';

/**
 * Holds back the page's own script files until `release()`, so a test sees the page as the HTML, its inline
 * styles and its inline head script made it. Without this, a busy machine can fetch and run the scripts (and
 * hydrate) before the browser's first frame, and a first-paint test could not tell whose work it sees.
 * Navigate with `waitUntil: 'commit'`: the load event waits for the held scripts.
 */
export async function holdPageScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}
