import { expect, test, type Page } from '@playwright/test';
import { PLACES_KEY } from '../lib/reading-place/places';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech } from './support/fake-speech';
import { modes, savePreferences, themes } from './support/preferences';

// An older reader opening a shared link: a touch phone, held upright.
test.use({ isMobile: true, hasTouch: true });

const phones = [
  { width: 360, height: 780 },
  { width: 412, height: 915 },
] as const;
const largestStep = '5' as const;

/** Where the first line of reading text (the summary, or the original when that is all that shows) sits. */
async function firstReadingLine(page: Page) {
  return page.evaluate(() => {
    const block = [...document.querySelectorAll<HTMLElement>('main [data-view-part] p, main [data-view-part] li')].find(
      (el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim().length > 0,
    )!;
    const box = block.getBoundingClientRect();
    return { top: box.top, bottom: box.top + parseFloat(getComputedStyle(block).lineHeight), text: block.textContent!.slice(0, 12) };
  });
}

for (const viewport of phones) {
  for (const mode of modes) {
    for (const locale of ['zh-CN', 'en'] as const) {
      test(`${viewport.width} × ${viewport.height}, ${mode}, ${locale}: the first screen shows the text`, async ({ page, context, baseURL }) => {
        await page.setViewportSize(viewport);
        const limit = 0.6 * viewport.height;
        for (const size of ['1', largestStep] as const) {
          // Every theme on the section the issue was found on; the longest heading and the home page in one.
          const visits = [
            ...themes.map((theme) => ({ theme, path: 'jinnan-fazhi-2024/section/leadership-duty' })),
            { theme: 'default' as const, path: 'jinnan-fazhi-2024/section/plans-2025' },
          ];
          for (const { theme, path } of visits) {
            await savePreferences(context, baseURL!, { mode, size, theme });
            await page.goto(`/${locale}/${path}`);
            const line = await firstReadingLine(page);
            const where = `${path} step ${size} ${theme}: 「${line.text}」`;
            if (size === '1') expect(line.top, where).toBeLessThanOrEqual(limit);
            else expect(line.bottom, where).toBeLessThanOrEqual(viewport.height);
          }
          await savePreferences(context, baseURL!, { mode, size });
          // A document's cover as a first-time reader sees it: its title and 开始阅读 (the sections just visited may
          // have kept a place, whose 接着读 link would come first); the library: its heading and the first title.
          // The section keeps its place as it is left, so the place is forgotten once on the cover, then it is opened again.
          await page.goto(`/${locale}/jinnan-fazhi-2024`);
          await page.evaluate((key) => localStorage.removeItem(key), PLACES_KEY);
          await page.reload();
          await expect(page.getByRole('link', { name: /^(接着上次读|Carry on where you stopped)/ })).toHaveCount(0);
          for (const target of [page.locator('h1'), page.getByRole('link', { name: /^(开始阅读|Start reading)$/ })]) {
            const box = (await target.boundingBox())!;
            expect(box.y + box.height, `cover step ${size}`).toBeLessThanOrEqual(viewport.height);
          }
          await page.goto(`/${locale}`);
          for (const target of [page.locator('h1'), page.getByRole('heading', { level: 2 }).first()]) {
            const box = (await target.boundingBox())!;
            expect(box.y, `library step ${size}`).toBeLessThanOrEqual(viewport.height - 40);
          }
        }
      });
    }
  }
}

/** The distinct rows the header's own controls (name, 朗读, 设置) sit on. */
async function headerRows(page: Page) {
  const tops = await page
    .getByRole('banner')
    .locator('a:visible, button:visible')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(tops).toHaveLength(3);
  return new Set(tops.map((top) => Math.round(top / 20))).size;
}

test('适老版 on a 360 px phone: one header row (two at the largest step): name, 朗读, 设置', async ({ page, context, baseURL }) => {
  await page.setViewportSize(phones[0]);
  await savePreferences(context, baseURL!, { mode: 'large' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/leadership-duty');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: '长者阅读' })).toBeVisible();
  await expect(banner.getByRole('button', { name: '朗读本节' })).toBeVisible();
  await expect(banner.getByRole('button', { name: '设置', exact: true })).toBeVisible();
  expect(await headerRows(page)).toBe(1);
  await savePreferences(context, baseURL!, { mode: 'large', size: largestStep });
  await page.reload();
  expect(await headerRows(page)).toBeLessThanOrEqual(2);
});

// Every control the panel must hold, by the name a reader (or a screen reader) knows it by.
const settingsControls = [
  ['link', '返回标准版'],
  ['button', '放大'],
  ['button', '缩小'],
  ['button', '重置'],
  ...['默认', '白底黑字', '黑底黄字', '蓝底黄字', '黄底黑字'].map((name) => ['button', name] as const),
  ['link', '改用繁体字（繁體字）显示全文'],
  ['link', '切换到英文界面'],
  ['button', /^阅读尺/],
  ['button', /^大字幕/],
  ['button', '纯文本'],
  ['link', '帮助'],
  ['button', '全部重置'],
] as const;

test('设置 holds every other control, one tap away; Esc closes it and returns focus', async ({ page, context, baseURL }) => {
  await page.setViewportSize(phones[0]);
  await savePreferences(context, baseURL!, { mode: 'large' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const settings = page.getByRole('banner').getByRole('button', { name: '设置', exact: true });
  for (const [role, name] of settingsControls) await expect(page.getByRole(role, { name, exact: true })).toBeHidden();

  await settings.tap();
  await expect(settings).toHaveAttribute('aria-expanded', 'true');
  for (const [role, name] of settingsControls) await expect(page.getByRole(role, { name, exact: true }), String(name)).toBeVisible();
  // Two taps from the page: 设置, then the control.
  await page.getByRole('button', { name: '黑底黄字' }).tap();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('配色已切换为黑底黄字。');

  await page.getByRole('button', { name: '放大' }).focus();
  await page.keyboard.press('Escape');
  await expect(settings).toHaveAttribute('aria-expanded', 'false');
  await expect(settings).toBeFocused();
  await expect(page.getByRole('button', { name: '放大' })).toBeHidden();

  // Its own 关闭设置 button closes it too, and the shortcuts work with the panel closed.
  await settings.click();
  await page.getByRole('button', { name: '关闭设置' }).click();
  await expect(settings).toBeFocused();
  await page.keyboard.press('Alt+Shift+7');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('字号已调大，当前第2档，共5档。');
  await expect(page.locator('html')).toHaveAttribute('data-size', '2');
  expect(await page.locator('[aria-keyshortcuts]').count()).toBeGreaterThanOrEqual(9);
});

test('on a touch-only phone 大鼠标 and 十字线 are not offered, and a saved 十字线 draws nothing', async ({ page, context, baseURL }) => {
  await page.setViewportSize(phones[0]);
  await savePreferences(context, baseURL!, { crosshair: 'on', cursor: 'large' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('banner').getByRole('button', { name: '设置', exact: true }).tap();
  await expect(page.getByRole('button', { name: /^阅读尺/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^大字幕/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^大鼠标/ })).toBeHidden();
  await expect(page.getByRole('button', { name: /^十字线/ })).toBeHidden();
  await expect(page.locator('.crosshair-x')).toBeHidden();
  // The saved choice is kept, for the day the same reader uses a computer.
  await expect(page.locator('html')).toHaveAttribute('data-crosshair', 'on');
});

test.describe('with a mouse', () => {
  test.use({ isMobile: false, hasTouch: false });

  test('大鼠标 and 十字线 are offered', async ({ page }) => {
    await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
    await page.getByRole('button', { name: '无障碍' }).click();
    await expect(page.getByRole('button', { name: /^大鼠标/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^十字线/ })).toBeVisible();
  });
});

test('on touch, the reading ruler and 大字幕 follow the line that is tapped', async ({ page, context, baseURL }) => {
  await page.setViewportSize(phones[0]);
  await savePreferences(context, baseURL!, { ruler: '1', captions: 'on' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const paragraph = page.locator('#oversight-2');
  const caption = page.getByRole('region', { name: '大字幕' }).locator('[data-caption-text]');
  // The aids' code loads once they are on; a tap made meanwhile is simply made again. Each try puts the
  // paragraph's first line near the top, clear of the caption panel fixed at the bottom, and taps where
  // the paragraph itself is the element under the finger.
  await expect(async () => {
    const point = await paragraph.evaluate((element) => {
      window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - 160);
      const box = element.getBoundingClientRect();
      const spot = { x: box.left + 40, y: box.top + 20 };
      return element.contains(document.elementFromPoint(spot.x, spot.y)) ? spot : null;
    });
    expect(point, 'the paragraph is under the tap point').not.toBeNull();
    await page.touchscreen.tap(point!.x, point!.y);
    const band = await page.evaluate(() => {
      const above = document.querySelector('.ruler-above')!.getBoundingClientRect();
      const below = document.querySelector('.ruler-below')!.getBoundingClientRect();
      return { top: above.bottom, bottom: below.top };
    });
    expect(band.top).toBeLessThanOrEqual(point!.y);
    expect(band.bottom).toBeGreaterThanOrEqual(point!.y);
    await expect(caption).toContainText('持续提升政务公开规范化水平', { timeout: 500 });
  }).toPass();
});

test('回到顶部 appears on a long page after the first screen, stays clear of the player, and moves focus to the top', async ({ page }) => {
  await page.setViewportSize(phones[0]);
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const backToTop = page.getByRole('link', { name: '回到顶部' }).and(page.locator('[data-back-to-top]'));
  await expect(backToTop).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, window.innerHeight * 2));
  await expect(backToTop).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('banner').getByRole('button', { name: '朗读全文' }).tap();
  const player = page.getByRole('region', { name: '朗读' });
  await expect(player).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, window.innerHeight * 3));
  const [button, bar] = [(await backToTop.boundingBox())!, (await player.boundingBox())!];
  expect(button.y + button.height).toBeLessThanOrEqual(bar.y);
  // The sentence being read is kept above both.
  const reading = await page.locator('[data-reading]').boundingBox();
  if (reading) expect(reading.y).toBeLessThan(button.y);

  await backToTop.tap();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('#top')).toBeFocused();
});

for (const mode of modes) {
  test(`axe: the phone's header with 设置 open and closed, ${mode}, every theme`, async ({ page, context, baseURL }) => {
    await page.setViewportSize(phones[0]);
    for (const theme of themes) {
      await savePreferences(context, baseURL!, { mode, theme });
      await page.goto('/zh-CN/jinnan-fazhi-2024/section/party-leadership');
      await expectNoAxeViolations(page, `phone, settings closed (${mode}, ${theme})`);
      await page.getByRole('banner').getByRole('button', { name: '设置', exact: true }).tap();
      await expectNoAxeViolations(page, `phone, settings open (${mode}, ${theme})`);
    }
  });
}
