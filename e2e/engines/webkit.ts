import { Builder, Key as Keys, type WebDriver, type WebElement } from 'selenium-webdriver';
import { Command, Name } from 'selenium-webdriver/lib/command.js';
import { findTarget, functionSource, preferenceCookie, waitFor, type EngineBrowser, type Key, type Target } from './browser';
import type { FrontDoor } from './front-door';

const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * WebKitGTK's MiniBrowser, driven over classic WebDriver through a running WebKitWebDriver by selenium-webdriver.
 * Classic WebDriver has no preload script, so a script that must run before the page's own is added to each page by
 * the front door (front-door.ts), from the page's own origin.
 */
export async function openWebKit(driverUrl: string, door: FrontDoor, viewport: { width: number; height: number }): Promise<EngineBrowser> {
  const driver: WebDriver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER_PATH, args: ['--automation'] },
    })
    .build();
  const origin = door.origin;
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
  // Cookies are set for the page's origin: be on it from the start.
  await driver.get(new URL('/zh-CN', door.origin).href);
  // The window is the page and MiniBrowser's toolbar above it: as much taller as the toolbar is.
  await driver.manage().window().setRect({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  const toolbar = (await driver.executeScript('return outerHeight - innerHeight')) as number;
  await driver.manage().window().setRect({ x: 0, y: 0, width: viewport.width, height: viewport.height + toolbar });
  const capabilities = await driver.getCapabilities();

  // WebDriver's execute-async: the page's answer, or its exception as a message.
  const run = async (source: string): Promise<unknown> => {
    const answer = (await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${source}).then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`,
    )) as { value?: unknown; error?: string };
    if (answer.error) throw new Error(`in the page: ${answer.error}`);
    return answer.value;
  };
  const element = (target: Target) =>
    waitFor(
      async () => (await driver.executeScript(`return ${functionSource(findTarget)}(arguments[0])`, target)) as WebElement | null,
      target,
      'WebKit',
      () => driver.getCurrentUrl(),
    );

  return {
    engine: 'WebKit',
    version: String(capabilities.get('browserVersion')),
    async beforePageScripts(fn, arg) {
      door.setFirstScript(fn ? `${functionSource(fn)}(${JSON.stringify(arg ?? null)});` : null);
    },
    async goto(path) {
      await driver.get(new URL(path, origin).href);
    },
    async run(fn, ...args) {
      return (await run(`${functionSource(fn)}(...${JSON.stringify(args)})`)) as never;
    },
    async inject(source) {
      await driver.executeScript(source);
    },
    async click(target) {
      await (await element(target)).click();
    },
    // A touch pointer action. WebKitGTK has no touch input on a desktop: it delivers the action as a mouse click.
    async tap(target) {
      const at = await element(target);
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', at);
      const finger = { type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' } };
      const actions = [{ type: 'pointerMove', duration: 0, origin: at, x: 0, y: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
      await driver.execute(new Command(Name.ACTIONS).setParameter('actions', [{ ...finger, actions }]));
      await driver.execute(new Command(Name.CLEAR_ACTIONS));
    },
    async press(key: Key) {
      const code = key === 'Enter' ? Keys.ENTER : Keys.ESCAPE;
      await driver.actions().keyDown(code).keyUp(code).perform();
    },
    async setPreferences(prefs) {
      if (Object.keys(prefs).length === 0) await driver.manage().deleteCookie('reader-prefs');
      else await driver.manage().addCookie({ name: 'reader-prefs', value: preferenceCookie(prefs), path: '/' });
    },
    async screenshot() {
      return Buffer.from(await driver.takeScreenshot(), 'base64');
    },
    async close() {
      await driver.quit();
    },
  };
}
