// A repeat visit as a phone on a weak line has it: the page opened after another of the same site in the same
// browser, with the HTTP cache kept, on slow 4G at 4× CPU (the figures of Lighthouse's devtools throttling, on its
// Moto G Power screen). Measured here rather than by Lighthouse, whose blockedUrlPatterns does not keep the service
// worker out: installed by the first page, it answered the second one's navigation from its precache, outside the
// page's throttling (Lighthouse read a page never fetched before as 0 bytes in 217 ms behind 562 ms round trips).
// Here the page bypasses the worker, and its own Resource Timing says what came over the line.
import puppeteer from 'puppeteer-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function repeatVisit(url, openedBefore) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    // The service worker would answer from its own cache (and outside the page's throttling): this is the HTTP cache.
    await page.setBypassServiceWorker(true);
    await page.emulateNetworkConditions({ latency: 562.5, download: (1474.56 * 1024) / 8, upload: (675 * 1024) / 8 });
    await page.emulateCPUThrottling(4);
    await page.goto(openedBefore, { waitUntil: 'networkidle0', timeout: 120_000 });
    await page.evaluateOnNewDocument(() => {
      window.lcp = 0;
      new PerformanceObserver((list) => (window.lcp = list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const bytes = [navigation, ...performance.getEntriesByType('resource')].reduce((sum, entry) => sum + entry.transferSize, 0);
      return { lcp: window.lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, bytes };
    });
  } finally {
    await browser.close();
  }
}
