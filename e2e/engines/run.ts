// npm run test:engines: the journeys that matter, in Firefox and WebKit (e2e/engines/journeys.ts), against the
// finished build in .next served by next start, behind a front door the test can take offline. One engine after the
// other, each in one browser session, at a phone's width. Run by node's test runner: its report lists each engine's
// journeys, passed, failed or skipped with the reason.
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EngineBrowser } from './browser';
import { openFirefox } from './firefox';
import { BLANK_PAGE, openFrontDoor, type FrontDoor } from './front-door';
import { journeys } from './journeys';
import { startReader, startWebKitDriver, type Started } from './processes';
import { openWebKit } from './webkit';

const port = Number(process.env.ENGINES_PORT ?? 4175);
const readerPort = port + 1;
const webkitDriverPort = port + 2;
// The phone most of our readers hold: 360 CSS px wide.
const phone = { width: 360, height: 780 };
const logs = path.resolve('test-results/engines');
const shots = path.resolve(process.env.ENGINES_SHOTS ?? logs);
const chosen = (process.env.ENGINES ?? 'firefox,webkit').split(',');
fs.mkdirSync(logs, { recursive: true });
fs.mkdirSync(shots, { recursive: true });

let reader: Started | undefined;
let door: FrontDoor | undefined;

before(async () => {
  reader = await startReader(readerPort, logs);
  door = await openFrontDoor(port, readerPort);
});

after(async () => {
  await door?.close();
  await reader?.stop();
});

type Engine = { name: string; open(): Promise<{ browser: EngineBrowser; stop(): Promise<void> }> };

const engines: Engine[] = [
  {
    name: 'firefox',
    async open() {
      const browser = await openFirefox(door!.origin, phone);
      // A browser that crashed is gone already.
      return { browser, stop: () => browser.close().catch(() => undefined) };
    },
  },
  {
    name: 'webkit',
    async open() {
      const driver = await startWebKitDriver(webkitDriverPort, logs);
      try {
        const browser = await openWebKit(driver.url, door!, phone);
        const stop = async () => {
          await browser.close().catch(() => undefined);
          await driver.stop();
        };
        return { browser, stop };
      } catch (error) {
        await driver.stop();
        throw error;
      }
    },
  },
];

for (const engine of engines.filter((e) => chosen.includes(e.name))) {
  describe(engine.name, () => {
    let session: Awaited<ReturnType<Engine['open']>> | undefined;
    before(async () => {
      session = await engine.open();
      console.log(`${session.browser.engine} ${session.browser.version}, ${phone.width}×${phone.height}: ${journeys.length} journeys`);
    });
    after(async () => {
      await session?.stop();
    });
    for (const journey of journeys) {
      it(journey.name, async (t) => {
        const browser = session!.browser;
        try {
          const outcome = await journey.run({ browser, door: door!, shots, note: (line) => t.diagnostic(line) });
          if (outcome?.skipped) t.skip(outcome.skipped);
        } catch (error) {
          const file = path.join(logs, `${engine.name}-${journeys.indexOf(journey) + 1}-failed.png`);
          const png = await browser.screenshot().catch(() => null);
          if (png) {
            fs.writeFileSync(file, png);
            t.diagnostic(`screenshot: ${file}`);
          }
          throw error;
        } finally {
          // Whatever a journey left (a first script, the connection cut, a reading going on), the next starts afresh.
          door!.setOffline(false);
          door!.setScriptDelay(0);
          await browser.beforePageScripts(null).catch(() => undefined);
          await browser.goto(BLANK_PAGE).catch(() => undefined);
        }
      });
    }
  });
}
