// One Lighthouse run against a page, optionally with the reader's preference cookie already saved, with either
// throttling method.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `throttlingMethod`: 'simulate' (Lighthouse's default, what PageSpeed reports: the load runs unthrottled and
 * Lantern estimates it on slow 4G at 4× CPU) or 'devtools' (the load itself runs throttled: 562 ms round trips,
 * 1.4 Mbps, 4× CPU).
 */
export async function lighthouseRun(url, options) {
  // On a loaded machine a run now and then ends without a figure (its trace timed out): it is run again.
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(url, options);
    if (Number.isFinite(result.lcp) && Number.isFinite(result.tbt)) return result;
    if (attempt === 3) throw new Error(`Lighthouse measured no LCP or TBT on ${url} three times: ${result.error ?? 'no error given'}`);
  }
}

async function runOnce(url, { formFactor, cookie, throttlingMethod = 'simulate' }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    if (cookie) {
      // A returning reader: the cookie is in the browser before Lighthouse loads the page.
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      await browser.setCookie({ name: 'reader-prefs', value: cookie, url: new URL(url).origin });
      await browser.disconnect();
    }
    const options = { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod, disableStorageReset: !!cookie };
    const result = await lighthouse(url, options, formFactor === 'desktop' ? desktopConfig : undefined);
    const { categories, audits, runtimeError } = result.lhr;
    return {
      error: runtimeError?.message ?? audits['largest-contentful-paint'].errorMessage,
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      seo: categories.seo.score * 100,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
      // Where the main thread's time went in Lighthouse's own trace (at 4× CPU on mobile).
      ...Object.fromEntries(audits['mainthread-work-breakdown'].details.items.map((item) => [item.group, item.duration])),
    };
  } finally {
    await chrome.kill();
  }
}
