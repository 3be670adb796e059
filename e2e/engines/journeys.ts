import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fakeSpeech } from '../support/fake-speech';
import { axeViolations } from './axe';
import type { EngineBrowser, Target } from './browser';
import type { FrontDoor } from './front-door';
import * as probe from './probes';

export type JourneyContext = { browser: EngineBrowser; door: FrontDoor; shots: string; note(line: string): void };

/** A journey returns nothing when it ran through, or the reason it could not run in this engine. */
export type Journey = { name: string; run(context: JourneyContext): Promise<void | { skipped: string }> };

const doc = '/zh-CN/jinnan-fazhi-2024';
const docLarge = '/zh-CN/large/jinnan-fazhi-2024';

/** Asks the page until `check` holds for its answer; fails with the last answer after `timeoutMs`. */
async function until<T>(what: string, ask: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await ask();
  while (!check(last)) {
    if (Date.now() > end) assert.fail(`${what}: still ${JSON.stringify(last)} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await ask();
  }
  return last;
}

const at = (browser: EngineBrowser, expected: string, timeoutMs?: number) =>
  until('the page loaded', () => browser.run(probe.loadedAt), (where) => where === expected, timeoutMs);

async function axeClean(browser: EngineBrowser, label: string) {
  assert.deepEqual(await axeViolations(browser), [], `axe violations on ${label} (${browser.engine})`);
}

const statusOf = (region: string) => `${region} [role="status"]`;
const textOf = (browser: EngineBrowser, css: string) => browser.run((selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null, css);

export const journeys: Journey[] = [
  // First, so the service worker installs while its page waits: in WebKitGTK, one registered while the other journeys
  // went from page to page at times stayed `installing` for good, no request outstanding (README, Other engines).
  {
    name: '保存到手机 (适老版), then with no connection an unvisited section opens, and an unsaved page says why',
    async run({ browser, door, note }) {
      await browser.setPreferences({});
      await browser.goto(docLarge);
      if (!(await browser.run(probe.hasServiceWorker))) return { skipped: 'this engine has no service worker (navigator.serviceWorker)' };
      // The worker installs once a page has loaded, storing the offline pages first: slow on a busy machine. Active is
      // what saving needs (it goes through serviceWorker.ready); whether it also took over the page it was registered
      // from (clients.claim) is not for the reader to wait on: WebKitGTK 2.50 at times left that page uncontrolled for
      // good (two runs in three, once pages carried their CSS inline; README), while every page opened after is.
      const worker = await until('the service worker active', () => browser.run(probe.serviceWorkerState), (state) => state.active === 'activated', 60_000).catch((error) => {
        throw new Error(`${error.message}; requests unanswered: ${door.pending().join(', ') || 'none'}`);
      });
      note(`the worker activated; the page it was registered from ${worker.controls ? 'is' : 'is not'} controlled by it`);
      await axeClean(browser, 'the cover with 没网也能看 (适老版)');
      await browser.click({ css: 'button', name: '保存到手机，没网也能看', match: 'start' });
      await until('saved', () => textOf(browser, statusOf('section[aria-labelledby="save-for-offline"]')), (text) => text === '已保存到这部手机，没网也能看。', 90_000);
      door.setOffline(true);
      // Never opened in this browser: it comes from what was saved.
      await browser.goto(`${docLarge}/section/law-enforcement`);
      assert.equal(await browser.run(probe.heading), '（六）深入推进严格规范公正文明执法');
      assert.equal((await browser.run(probe.serviceWorkerState)).controls, true, 'a page opened after the worker activated is controlled by it');
      // Never opened and not saved (saving kept this language and mode): the offline page, in its language.
      await browser.goto('/en/large/jinnan-fazhi-2024/section/law-enforcement');
      assert.equal(await browser.run(probe.heading), 'No connection');
      await axeClean(browser, 'the offline page (适老版)');
      door.setOffline(false);
    },
  },
  {
    name: '文件库 → 封面 → 一节 → 下一节, by clicks, axe-clean on each (标准版)',
    async run({ browser }) {
      await browser.setPreferences({});
      await browser.goto('/zh-CN');
      await axeClean(browser, 'the library');
      await browser.click({ css: 'main a', name: '津南区人民政府关于2024年法治政府建设情况报告' });
      await at(browser, doc);
      assert.equal(await browser.run(probe.heading), '津南区人民政府关于2024年法治政府建设情况报告');
      await axeClean(browser, 'the cover');
      await browser.click({ css: 'nav a', name: '（九）全面加强对行政权力的制约和监督', match: 'start' });
      await at(browser, `${doc}/section/oversight`);
      assert.equal(await browser.run(probe.heading), '（九）全面加强对行政权力的制约和监督');
      await axeClean(browser, 'section oversight');
      await browser.click({ css: 'a[rel="next"]', name: '下一节', match: 'start' });
      await at(browser, `${doc}/section/digital-government`);
      assert.equal(await browser.run(probe.heading), '（十）全面建设智能高效的数字法治政府');
      await axeClean(browser, 'section digital-government');
    },
  },
  {
    name: '适老版, 黑底黄字 and the largest text from the saved cookie, at first paint (no default first), axe-clean',
    async run({ browser, door, shots, note }) {
      await browser.setPreferences({ mode: 'large', size: '5', theme: 'black' });
      await browser.beforePageScripts(probe.recordFirstFrames);
      door.setScriptDelay(2000);
      // The standard address: the mode comes from the cookie alone (a /large/ address would set it by itself).
      await browser.goto(`${doc}/section/oversight`);
      door.setScriptDelay(0);
      await browser.beforePageScripts(null);
      const frames = await browser.run(probe.firstFrames);
      assert.ok(frames, 'the first-frames probe did not run before the page');
      const styled = frames.filter((frame) => frame.styled);
      note(`first frames sampled: ${frames.length} up to the first with the text, ${frames.length - styled.length} of them before the stylesheet applied`);
      assert.ok(styled.length > 0, 'no frame with the page’s stylesheet');
      // Every frame that could be painted shows the saved choice: black, not the default white, from the first.
      for (const frame of styled) {
        assert.deepEqual(frame.attributes, { mode: 'large', size: '5', theme: 'black' });
        assert.equal(frame.background, 'rgb(0, 0, 0)');
      }
      const first = styled[styled.length - 1];
      assert.equal(first.hydrated, false, 'the state came from the page’s scripts, not from the head script and CSS');
      // 适老版 is 24 px at the first step, 200 % at the fifth (docs/reading-requirements): 48 px, yellow, 1.8 lines.
      assert.equal(first.fontSize, 48);
      assert.equal(first.text, 'rgb(255, 255, 0)');
      assert.ok(first.lineHeight! >= 1.8 - 1e-6, `line height ${first.lineHeight}`);

      // What the screen shows once loaded: mostly black, with yellow text, at a phone's width.
      const png = await browser.screenshot();
      fs.writeFileSync(path.join(shots, `${browser.engine.toLowerCase()}-large-black-size5-360.png`), png);
      const painted = await browser.run(probe.paintedShares, png.toString('base64'), { black: [0, 0, 0], yellow: [255, 255, 0], white: [255, 255, 255] });
      note(`screenshot ${painted.width}×${painted.height}: ${Object.entries(painted.shares).map(([name, share]) => `${name} ${(share * 100).toFixed(1)} %`).join(', ')}`);
      assert.equal(painted.width, 360);
      assert.ok(painted.shares.black > 0.5, 'the background is not black');
      assert.ok(painted.shares.yellow > 0.02, 'no yellow text');
      assert.ok(painted.shares.white < 0.05, 'white painted where the theme has none but links');
      await axeClean(browser, 'section oversight in 适老版, 黑底黄字, 第5档');
    },
  },
  {
    name: '词语解释: opened by tap and by keyboard (Enter), closed by Esc, axe-clean open',
    async run({ browser, note }) {
      await browser.setPreferences({});
      await browser.goto(`${doc}/section/dispute-resolution`);
      const id = await browser.run(probe.glossaryTerm, '枫桥经验');
      assert.ok(id, 'no 枫桥经验 term on the page');
      const term: Target = { css: 'button[popovertarget]', name: '枫桥经验' };
      await browser.run(probe.watchPointer);
      await browser.tap(term);
      const opened = await until('the popover after a tap', () => browser.run(probe.popoverState, id), (s) => s.open);
      note(`the tap reached the page as pointer type ${await browser.run(probe.lastPointer)}`);
      assert.ok(opened.onTop && opened.inView, `tapped open but not shown on top, in view: ${JSON.stringify(opened)}`);
      assert.ok(opened.text.includes('有了纠纷，尽量在村里、社区里就地调解'), opened.text);
      await axeClean(browser, 'dispute-resolution with 枫桥经验 open');
      await browser.press('Escape');
      await until('the popover after Esc', () => browser.run(probe.popoverState, id), (s) => !s.open);

      assert.equal(await browser.run(probe.focusTerm, '枫桥经验'), true, 'the term cannot take focus');
      await browser.press('Enter');
      const byKey = await until('the popover after Enter', () => browser.run(probe.popoverState, id), (s) => s.open);
      assert.ok(byKey.onTop, 'opened by Enter but not on top');
      await browser.press('Escape');
      const closed = await until('the popover after Esc', () => browser.run(probe.popoverState, id), (s) => !s.open);
      note(`after Esc focus is on ${closed.focused}`);
      assert.equal(closed.focused, id, 'Esc left the keyboard somewhere else than the term');
    },
  },
  {
    name: '连读: the highlight moves sentence by sentence and on into the next section',
    async run({ browser, note }) {
      await browser.setPreferences({ view: 'summary', continue: 'on' });
      // Firefox: the scripted voice, before the page's scripts (BiDi preload). WebKit: WebKitGTK has only English
      // voices, so the reader reads with its offline recordings, played by WebKit's own <audio>.
      const fake = browser.engine === 'Firefox';
      if (fake) await browser.beforePageScripts(fakeSpeech, {});
      await browser.goto(`${doc}/section/shortcomings`);
      await browser.beforePageScripts(null);
      await browser.run(probe.recordReading);
      await browser.click({ css: 'button', name: '朗读本节' });
      // Seven parts read first; the recordings take their time on a busy machine.
      await at(browser, `${doc}/section/plans-2025`, 60_000);
      const inNext = (list: probe.Reading[] | null) => list?.some((s) => s.section === 'plans-2025' && s.sentence) ?? false;
      const seen = (await until('the reading in the next section', () => browser.run(probe.readingSeen), inNext, 30_000))!;
      const first = seen.filter((s) => s.section === 'shortcomings');
      const sentences = new Set(first.map((s) => s.sentence));
      note(`${first.length} highlights in shortcomings (${sentences.size} sentences, ${new Set(first.map((s) => s.block)).size} blocks), then plans-2025`);
      assert.ok(sentences.size >= 3, `the highlight did not move: ${JSON.stringify(first)}`);
      // Both engines have the CSS Custom Highlight API: each block read shows its sentence, inside that block.
      assert.ok(seen.every((s) => s.sentence && s.inBlock), `a block read with no sentence of its own highlighted: ${JSON.stringify(seen)}`);
      if (fake) {
        await until('the next section spoken', () => browser.run(probe.fakeSpoken), (spoken) => spoken?.join('').includes('三、2025年度') ?? false);
      } else {
        // The next section's first recording plays (a new one has just been given to the <audio>).
        const player = await until('a recording playing in plans-2025', () => browser.run(probe.playerState), (p) => !!p.audio?.played && p.audio.error === null);
        note(`player: ${player.status}`);
        assert.ok(player.status?.includes('没有可用的中文语音，正在用离线录音朗读'), player.status ?? 'no player');
      }
    },
  },
  {
    name: '搜索 (适老版): results for 调解, one opened at its paragraph, axe-clean',
    async run({ browser }) {
      await browser.setPreferences({});
      await browser.goto(`/zh-CN/large/search?q=${encodeURIComponent('调解')}`);
      // Pagefind's code and index load when the search runs.
      const found = await until('the search status', () => textOf(browser, statusOf('main section')), (text) => /找到\d+段和「调解」有关的内容/.test(text ?? ''), 30_000);
      assert.ok(found);
      await axeClean(browser, 'search results for 调解 (适老版)');
      const href = await browser.run(() => document.querySelector('main ol li a')?.getAttribute('href') ?? null);
      assert.match(href ?? '', /^\/zh-CN\/large\/jinnan-fazhi-2024\/section\/[\w-]+#[\w-]+$/);
      await browser.click({ css: 'main ol li a' });
      await at(browser, href!);
      const focused = await until('the paragraph focused', () => browser.run(() => document.activeElement?.id ?? null), (id) => id === href!.split('#')[1]);
      assert.ok(focused);
      await axeClean(browser, `the result ${href}`);
    },
  },
  {
    name: '分享 without a share sheet: the panel with the link and QR code, 复制链接, Esc back to 分享, axe-clean',
    async run({ browser, note }) {
      await browser.setPreferences({});
      await browser.goto(`${docLarge}/section/oversight`);
      const sheet = await browser.run(() => typeof navigator.share === 'function');
      note(sheet ? 'the engine has a share sheet: removed for this journey' : 'the engine has no share sheet (navigator.share)');
      if (sheet) await browser.run(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
      await browser.click({ css: 'button', name: '分享' });
      const panel = 'section[aria-label="分享这一页"]';
      const link = await until('the share panel', () => browser.run((css: string) => {
        const region = document.querySelector(css);
        const img = region?.querySelector('img');
        return region && region.checkVisibility() ? { href: region.querySelector('a')?.href, qr: !!img && img.complete && img.naturalWidth > 0 } : null;
      }, panel), (state) => !!state?.qr);
      // The site's own address (SITE_URL, as the canonical link gives it), in the mode being read: 适老版.
      const site = await browser.run(() => new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).origin);
      assert.equal(link!.href, `${site}/zh-CN/large/jinnan-fazhi-2024/section/oversight`);
      await axeClean(browser, 'the share panel open (适老版)');
      await browser.click({ css: `${panel} button`, name: '复制链接' });
      const said = await until('复制链接 answered', () => textOf(browser, statusOf(panel)), (text) => !!text);
      note(`复制链接: ${said}`);
      // Copied where the engine lets a page write the clipboard; otherwise the link is selected and the reader is told.
      assert.ok(['链接已复制。可以粘贴到微信里，发给家人。', '没能自动复制。请长按上面的链接，选「复制」。'].includes(said!), said!);
      await browser.press('Escape');
      await until('the panel closed', () => browser.run((css: string) => document.querySelector(css)!.checkVisibility(), panel), (shown) => !shown);
      assert.equal(await browser.run(() => document.activeElement?.textContent?.trim() ?? null), '分享');
    },
  },
];
