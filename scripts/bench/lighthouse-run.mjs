// One Lighthouse run against a page, optionally with the reader's preference cookie already saved.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function lighthouseRun(url, { formFactor, cookie }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    if (cookie) {
      // A returning reader: the cookie is in the browser before Lighthouse loads the page.
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      const origin = new URL(url).origin;
      await browser.setCookie({ name: 'reader-prefs', value: cookie, url: origin });
      await browser.disconnect();
    }
    const options = { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: !!cookie };
    const result = await lighthouse(url, options, formFactor === 'desktop' ? desktopConfig : undefined);
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      seo: categories.seo.score * 100,
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
