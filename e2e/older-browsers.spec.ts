import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { endCurrentUtterance, installFakeSpeech, spoken } from './support/fake-speech';
import { colourDistance, paintedBackground } from './support/painted-colour';
import { modes, savePreferences } from './support/preferences';

/**
 * The engines our readers have that lack something the reader uses (docs/browsers.md), imitated in Chromium by
 * taking the feature away before the page's own scripts run. The reader must still be usable: the text, the
 * explanations, reading aloud with the sentence shown, and a plain word where something cannot be done.
 */

const player = (page: Page) => page.getByRole('region', { name: '朗读' });
const section = '/zh-CN/jinnan-fazhi-2024/section/oversight';

/** Every script the page is sent, by its text, to see whether the popover polyfill was among them. */
function watchScripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return async () => (await Promise.all(bodies)).some((body) => body.includes('popover-polyfill'));
}

test('without popover (Safari before 17, Chromium before 114), a glossary explanation opens on tap and closes again', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    for (const name of ['popoverTargetElement', 'popoverTargetAction']) delete (HTMLButtonElement.prototype as unknown as Record<string, unknown>)[name];
    // Chromium would still open the popover itself when its button is pressed, which no script can switch off. This
    // listener, the last to hear a click, cancels that default action, so only the page's own code can open it.
    window.addEventListener('click', (event) => {
      if ((event.target as Element).closest?.('[popovertarget]')) event.preventDefault();
    });
  });
  const polyfillLoaded = watchScripts(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  const term = page.getByRole('button', { name: '枫桥经验', exact: true });
  const explanation = page.getByText('有了纠纷，尽量在村里、社区里就地调解', { exact: false });
  await expect(explanation).toBeHidden();
  await expect.poll(polyfillLoaded).toBe(true);

  await term.click();
  await expect(explanation).toBeVisible();
  // Above the page and inside the screen, as a native popover is.
  const box = (await explanation.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();
  await expect(term).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(explanation).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).filter({ visible: true }).click();
  await expect(explanation).toBeHidden();
});

test('a browser with popover loads no polyfill', async ({ page }) => {
  const polyfillLoaded = watchScripts(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  await page.getByRole('button', { name: '枫桥经验', exact: true }).click();
  await expect(page.getByText('有了纠纷，尽量在村里、社区里就地调解', { exact: false })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await polyfillLoaded()).toBe(false);
});

test('without the Highlight API (Safari before 17.2), the sentence being read is marked and painted apart', async ({ page, context, baseURL }) => {
  await page.addInitScript(() => {
    delete (CSS as unknown as Record<string, unknown>).highlights;
    delete (window as unknown as Record<string, unknown>).Highlight;
  });
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto(section);
  await page.getByRole('button', { name: '朗读本节' }).click();
  const marks = page.locator('mark[data-reading-sentence]');
  // The heading, then the first paragraph's first sentence: what is marked is what the voice was given.
  for (const n of [1, 2]) {
    await expect.poll(async () => (await spoken(page)).length).toBe(n);
    const said = (await spoken(page))[n - 1].text;
    // The page shows a half-width mark of the published text in its full-width form: compared in one form.
    await expect.poll(async () => (await marks.allTextContents()).join('').normalize('NFKC')).toBe(said.normalize('NFKC'));
    if (n === 1) await endCurrentUtterance(page);
  }
  await expect(page.locator('#oversight-1')).toHaveAttribute('data-reading', '');
  const lines = await page.evaluate(() => {
    const read = document.querySelector('mark[data-reading-sentence]')!.getClientRects()[0];
    const other = document.createRange();
    other.selectNodeContents(document.querySelector('#oversight-2')!);
    const rest = other.getClientRects()[0];
    const box = (r: DOMRect) => ({ x: r.left + scrollX + 2, y: r.top + scrollY + 2, width: Math.min(r.width, 200) - 4, height: r.height - 4 });
    return { read: box(read), rest: box(rest) };
  });
  const read = await paintedBackground(page, lines.read);
  const rest = await paintedBackground(page, lines.rest);
  expect(colourDistance(read, rest), `${read} against ${rest}`).toBeGreaterThan(60);
  // Closing the player takes the marks away and leaves the paragraph's text as it was.
  await player(page).getByRole('button', { name: '关闭朗读' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page.locator('#oversight-1')).toContainText('严格落实人大代表建议和政协提案办复制度');
});

test('without Intl.Segmenter (Chromium before 87, Firefox before 125), every sentence is spoken in order and has its recording', async ({ page, context, baseURL, request }) => {
  await page.addInitScript(() => {
    delete (Intl as unknown as Record<string, unknown>).Segmenter;
  });
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { utteranceMs: 5 });
  await page.goto(section);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(player(page).getByRole('status')).toContainText('这一部分读完了', { timeout: 30_000 });
  const said = (await spoken(page)).map((utterance) => utterance.text);
  // The heading and the section's two paragraphs, sentence by sentence, long ones in clauses.
  expect(said.length).toBeGreaterThanOrEqual(20);
  expect(said[0]).toBe('(九)全面加强对行政权力的制约和监督');
  // Joined, they are the published text, nothing lost or reordered.
  const published = fs.readFileSync('content/documents/jinnan-fazhi-2024/source.txt', 'utf8').replace(/\s+/g, '');
  const body = said.slice(1).join('');
  expect(body.startsWith('严格落实人大代表建议')).toBe(true);
  expect(body.endsWith('未发生被纠错、败诉情况。')).toBe(true);
  expect(published).toContain(body);
  // Each is an utterance the build recorded, which it split with Intl.Segmenter: the sentences are the same.
  const manifest: { utterances: Record<string, unknown> } = await (await request.get('/audio-manifest.json')).json();
  expect(said.filter((text) => !manifest.utterances[text])).toEqual([]);
});

test.describe('without service workers (WeChat on an iPhone)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as unknown as Record<string, unknown>).serviceWorker;
    });
  });

  for (const mode of modes) {
    test(`保存到手机 says why it cannot, and the document reads on (${mode})`, async ({ page, context, baseURL }) => {
      await savePreferences(context, baseURL!, { mode });
      const prefix = mode === 'large' ? '/zh-CN/large' : '/zh-CN';
      await page.goto(`${prefix}/jinnan-fazhi-2024`);
      await expect(page.getByText('这个浏览器不能把文件保存到手机', { exact: false })).toBeVisible();
      await expect(page.getByRole('button', { name: /保存到手机/ })).toHaveCount(0);
      await expectNoAxeViolations(page, `cover without service workers (${mode})`);
      await page.getByRole('link', { name: /全面加强对行政权力的制约和监督/ }).first().click();
      await expect(page.locator('#oversight-1')).toBeVisible();
    });
  }
});

test('without speechSynthesis (WeChat on Android), 朗读 plays the recordings without asking, and 帮助 says why it sounds different', async ({ page }) => {
  await installFakeSpeech(page, { absent: true });
  const audio: string[] = [];
  page.on('request', (request) => request.url().includes('/audio/') && audio.push(request.url()));
  await page.goto(section);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(player(page).getByRole('status')).toContainText('正在用离线录音朗读');
  await expect.poll(() => audio.length).toBeGreaterThan(0);
  await page.goto('/zh-CN/help');
  const voice = page.locator('dt', { hasText: '朗读的声音不一样' });
  await expect(voice).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: '在微信里' })).toContainText('事先录好的');
});

test.describe("WeChat's own text size", () => {
  // WeChat enlarges a page's text by the reader's font setting: on iPhone it sets -webkit-text-size-adjust on <body>
  // from its script, on Android it sets the WebView's text zoom. Chromium in mobile mode applies
  // -webkit-text-size-adjust through the same text autosizer that Android's text zoom drives: every font size is
  // multiplied, px sizes too, while the page's width, its media queries and rem stay as they were. 200 % is as far as
  // WeChat's setting is reported to go; applied flat it is harsher than text zoom, which enlarges large text less.
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  for (const mode of modes) {
    test(`at 200 % on a 320 px phone nothing is wider than the screen (${mode})`, async ({ page, context, baseURL }) => {
      await savePreferences(context, baseURL!, { mode });
      const pages = ['/zh-CN', '/zh-CN/jinnan-fazhi-2024', '/zh-CN/jinnan-fazhi-2024/section/plans-2025', '/zh-CN/help'];
      expect(pages).toHaveLength(4);
      for (const path of pages) {
        await page.goto(path);
        const before = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        await page.evaluate(() => document.body.style.setProperty('-webkit-text-size-adjust', '200%'));
        // The setting took: the text is twice the size it was.
        const after = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(after, path).toBeCloseTo(before * 2, 0);
        await page.getByRole('button', { name: '设置' }).click();
        await expect(page.getByRole('button', { name: '黑底黄字' })).toBeVisible();
        const overflow = await page.evaluate(() => {
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter((el) => !el.closest('[popover]'))
            .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 12)} ${Math.round(el.getBoundingClientRect().right)}`);
          return { pageScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide: wide.slice(0, 5) };
        });
        expect(overflow, `${path} (${mode})`).toEqual({ pageScroll: 0, wide: [] });
      }
    });
  }
});
