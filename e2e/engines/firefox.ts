import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { findTarget, functionSource, preferenceCookie, waitFor, type EngineBrowser, type Key, type Target } from './browser';

const FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi, which it speaks itself (no geckodriver), by puppeteer-core:
 * it starts the browser with a fresh profile and stops it, and has BiDi's preload scripts (addPreloadScript).
 */
export async function openFirefox(origin: string, viewport: { width: number; height: number }): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? FIREFOX_PATH,
    headless: true,
    // Scrollbars over the page, as on a phone, rather than a desktop's bar taking 12 px of the 360.
    extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
  });
  // A tab of its own: in the tab Firefox starts with, keys reach the focused element without their default action
  // (Enter on a button does not press it), as if the window had no focus.
  const page: Page = await browser.newPage();
  await page.setViewport(viewport);
  page.setDefaultTimeout(30_000);
  // Cookies are set for the page's origin (a cookie set from about:blank does not reach it): be on it from the start.
  await page.goto(new URL('/zh-CN', origin).href);
  let preload: string | null = null;

  const element = (target: Target) =>
    waitFor(
      async () => (await page.evaluateHandle(`${functionSource(findTarget)}(${JSON.stringify(target)})`)).asElement() as ElementHandle<Element> | null,
      target,
      'Firefox',
      async () => page.url(),
    );

  return {
    engine: 'Firefox',
    version: (await browser.version()).replace(/^firefox\//, ''),
    async beforePageScripts(fn, arg) {
      if (preload) await page.removeScriptToEvaluateOnNewDocument(preload);
      preload = fn ? (await page.evaluateOnNewDocument(`${functionSource(fn)}(${JSON.stringify(arg ?? null)})`)).identifier : null;
    },
    async goto(path) {
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    },
    async run(fn, ...args) {
      return page.evaluate(`${functionSource(fn)}(...${JSON.stringify(args)})`) as never;
    },
    async inject(source) {
      await page.evaluate(source);
    },
    async click(target) {
      await (await element(target)).click();
    },
    // Touch events, as a phone sends them (input.performActions with a touch pointer).
    async tap(target) {
      await (await element(target)).tap();
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    async setPreferences(prefs) {
      const url = new URL('/', origin).href;
      if (Object.keys(prefs).length === 0) await page.deleteCookie({ name: 'reader-prefs', url });
      else await page.setCookie({ name: 'reader-prefs', value: preferenceCookie(prefs), url });
    },
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    async close() {
      await browser.close();
    },
  };
}
