import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { endCurrentUtterance, installFakeSpeech, spoken } from './support/fake-speech';
import { holdPageScripts } from './support/held-scripts';
import { savePreferences, themes } from './support/preferences';

const aidsStatus = (page: Page) => page.getByRole('banner').getByRole('status').last();
const openAids = (page: Page) => page.getByRole('button', { name: '无障碍' }).click();
const bodyCursor = (page: Page) => page.locator('body').evaluate((b) => getComputedStyle(b).cursor);

test('大鼠标 cycles 大 → 特大 → 关 by mouse, is announced, and is remembered across pages', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await openAids(page);
  const button = page.getByRole('button', { name: /^大鼠标/ });
  await expect(button).toHaveAccessibleName(/^大鼠标：\s?关$/);
  await button.click();
  await expect(aidsStatus(page)).toHaveText('大鼠标：大。');
  expect(await bodyCursor(page)).toContain('arrow-48.svg');
  expect(await page.getByRole('link', { name: /下一节/ }).evaluate((a) => getComputedStyle(a).cursor)).toContain('hand-48.svg');
  await button.click();
  await expect(button).toHaveAccessibleName(/^大鼠标：\s?特大$/);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/digital-government');
  expect(await bodyCursor(page)).toContain('arrow-72.svg');
  await openAids(page);
  await page.getByRole('button', { name: /^大鼠标/ }).click();
  expect(await bodyCursor(page)).toBe('auto');
});

test('十字线 and 阅读尺 by keyboard alone; they follow the pointer and let clicks through', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const aids = page.getByRole('button', { name: '无障碍' });
  await aids.focus();
  await page.keyboard.press('Enter');
  const crosshair = page.getByRole('button', { name: /^十字线/ });
  await crosshair.focus();
  await page.keyboard.press('Enter');
  await expect(aidsStatus(page)).toHaveText('十字线已开启。');
  const ruler = page.getByRole('button', { name: /^阅读尺/ });
  await ruler.focus();
  for (const lines of ['1行', '3行', '5行']) {
    await page.keyboard.press('Enter');
    await expect(ruler).toHaveAccessibleName(new RegExp(`^阅读尺：\\s?${lines}$`));
  }
  await expect(page.locator('.crosshair-x')).toBeVisible();
  await expect(page.locator('.ruler-above')).toBeVisible();

  // The guides' code loads when they are switched on; a pointer moved meanwhile is followed from its next move.
  await expect(async () => {
    await page.mouse.move(300, 480);
    await page.mouse.move(300, 500);
    const y = await page.locator('.crosshair-x').evaluate((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
    expect(y).toBe(500);
  }).toPass();
  const band = await page.evaluate(() => {
    const above = document.querySelector('.ruler-above')!.getBoundingClientRect();
    const below = document.querySelector('.ruler-below')!.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(document.querySelector('p[data-paragraph]')!).lineHeight);
    return { height: below.top - above.bottom, line };
  });
  expect(band.height / band.line).toBeGreaterThanOrEqual(5);
  expect(band.height / band.line).toBeLessThan(6.5);

  // A link under the dimmed part of the screen still takes the click.
  const next = page.getByRole('link', { name: /下一节/ });
  await next.scrollIntoViewIfNeeded();
  const box = (await next.boundingBox())!;
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.textContent ?? null, [box.x + 20, box.y + 20])).toContain('下一节');
  await page.mouse.click(box.x + 20, box.y + 20);
  await expect(page).toHaveURL(/digital-government$/);
  await expect(page.locator('.ruler-above')).toBeVisible();
  await expect(page.locator('.crosshair-y')).toBeVisible();
});

test('aids are in effect at first paint', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { cursor: 'xlarge', ruler: '3', crosshair: 'on', plain: 'off' });
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstPaint: object }).firstPaint = {
        ruler: getComputedStyle(document.querySelector('.ruler-above')!).display,
        crosshair: getComputedStyle(document.querySelector('.crosshair-x')!).display,
        cursor: getComputedStyle(document.body).cursor,
      };
    }),
  );
  const release = await holdPageScripts(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight', { waitUntil: 'commit' });
  await page.waitForFunction(() => 'firstPaint' in window);
  const firstPaint = await page.evaluate(() => (window as unknown as { firstPaint: Record<string, string> }).firstPaint);
  release();
  expect(firstPaint.ruler).toBe('block');
  expect(firstPaint.crosshair).toBe('block');
  expect(firstPaint.cursor).toContain('arrow-72.svg');
});

test('纯文本 round trip: text only, one click back', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/business-environment');
  await openAids(page);
  await page.getByRole('button', { name: '纯文本' }).click();
  await expect(aidsStatus(page)).toHaveText('纯文本已开启。');
  await expect(page.getByRole('button', { name: '朗读本节' })).toBeHidden();
  await expect(page.getByRole('button', { name: '放大' })).toBeHidden();
  await expect(page.locator('#business-environment-1')).toBeVisible();
  const back = page.getByRole('button', { name: '返回正常视图' });
  await page.reload();
  await expect(back).toBeVisible();
  await expect(back).toBeInViewport();
  await back.click();
  await expect(page.getByRole('button', { name: '朗读本节' })).toBeVisible();
});

test('全部重置 returns every preference to its default', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { theme: 'black', size: '4', cursor: 'large', ruler: '5', view: 'summary' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await openAids(page);
  await page.getByRole('button', { name: '全部重置' }).click();
  await expect(aidsStatus(page)).toHaveText('所有设置已恢复默认。');
  await page.reload();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('.ruler-above')).toBeHidden();
  await expect(page.locator('[data-view-part="original"]').first()).toBeVisible();
});

test('in 适老版 the aids are one toolbar of large controls, no 无障碍 button to find first', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { mode: 'large' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  // The folding button is there for 标准版, and hidden here.
  await expect(page.getByRole('button', { name: '无障碍', includeHidden: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '无障碍' })).toBeHidden();
  const group = page.getByRole('group', { name: '无障碍阅读辅助' });
  // 大鼠标, 十字线, 阅读尺, 大字幕, 纯文本, 帮助, 全部重置: every aid, in view at once.
  const controls = await group.locator('button:visible, a:visible').all();
  expect(controls).toHaveLength(7);
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(60);
  }
});

test('the help page lists every aid and its shortcut', async ({ page }) => {
  await page.goto('/zh-CN/help');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('帮助：阅读辅助怎么用');
  for (const aid of ['大鼠标', '十字线', '阅读尺', '大字幕', '纯文本', '繁體', '指读', '全部重置']) {
    await expect(page.locator('dt', { hasText: aid })).toHaveCount(1);
  }
  // Each shortcut the page lists is the one its control announces (aria-keyshortcuts), and none is listed twice.
  const listed = await page.locator('dd kbd').allTextContents();
  expect(new Set(listed).size).toBe(listed.length);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const declared = await page.locator('[aria-keyshortcuts]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-keyshortcuts')));
  expect([...new Set(declared)].sort()).toEqual([...listed, 'Alt+Shift+0'].sort());
});

test('shortcuts: Alt+Shift+digit presses the aid, is confirmed, and leaves other keys alone', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+1');
  await expect(aidsStatus(page)).toHaveText('大鼠标：大。');
  expect(await bodyCursor(page)).toContain('arrow-48.svg');
  await page.keyboard.press('Alt+Shift+2');
  await expect(aidsStatus(page)).toHaveText('十字线已开启。');
  await expect(page.locator('.crosshair-x')).toBeVisible();
  await page.keyboard.press('Alt+Shift+3');
  await expect(page.locator('.ruler-above')).toBeVisible();
  await page.keyboard.press('Alt+Shift+4');
  await expect(page.getByRole('region', { name: '大字幕' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+7');
  await expect(page.getByRole('banner').getByRole('status').first()).toHaveText('字号已调大，当前第2档，共5档。');
  // Plain digits, Alt+digit and Ctrl+Shift+digit belong to the browser or the page, not to us.
  for (const key of ['1', 'Alt+1', 'Control+Shift+1']) await page.keyboard.press(key);
  expect(await bodyCursor(page)).toContain('arrow-48.svg');
  await page.keyboard.press('Alt+Shift+5');
  await expect(page.getByRole('button', { name: '返回正常视图' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+5');
  await expect(page.getByRole('button', { name: '朗读本节' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+0');
  await expect(page).toHaveURL(/\/zh-CN\/help$/);
  expect(await bodyCursor(page)).toContain('arrow-48.svg');
});

test('with read-aloud on, a changed aid is said aloud and the reading goes on', async ({ page }) => {
  await installFakeSpeech(page, { voices: [{ name: 'Tingting', lang: 'zh-CN' }], autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.keyboard.press('Alt+Shift+2');
  await expect(aidsStatus(page)).toHaveText('十字线已开启。');
  expect(await spoken(page)).toEqual([]);

  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  const sentence = (await spoken(page))[0].text;
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([sentence, '大鼠标：大。']);
  await endCurrentUtterance(page);
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([sentence, '大鼠标：大。', sentence]);
  // Alt+Shift+9 pauses and resumes the reading. It presses the player's button, so it waits for the player as a
  // reader does: on a busy machine the reading can begin before the player's code has arrived.
  const player = page.getByRole('region', { name: '朗读' });
  await expect(player.getByRole('button', { name: '暂停' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+9');
  await expect(player.getByRole('button', { name: '继续' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+9');
  await expect(player.getByRole('button', { name: '暂停' })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([sentence, '大鼠标：大。', sentence, sentence]);
});

for (const theme of themes) {
  test(`axe: no violations with every aid on (${theme})`, async ({ page, context, baseURL }) => {
    await savePreferences(context, baseURL!, { theme, cursor: 'xlarge', crosshair: 'on', ruler: '3', captions: 'on', script: 'pinyin' });
    for (const path of ['/zh-CN/jinnan-fazhi-2024', '/zh-CN/jinnan-fazhi-2024/section/oversight', '/zh-CN/help', '/zh-Hant/jinnan-fazhi-2024/section/oversight']) {
      await page.goto(path);
      // With the caption panel showing a paragraph in pinyin, not just its empty-state hint.
      if (path.includes('/section/')) {
        await expect(async () => {
          await page.mouse.move(0, 0);
          await page.locator('#oversight-1').hover({ position: { x: 30, y: 10 } });
          await expect(page.locator('[data-caption-text] rt').first()).toBeVisible({ timeout: 500 });
        }).toPass();
      }
      await expectNoAxeViolations(page, `${path} with every aid on (${theme})`);
    }
    await savePreferences(context, baseURL!, { theme, plain: 'on' });
    await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
    await expectNoAxeViolations(page, `oversight in 纯文本 (${theme})`);
  });
}

test('大字幕 shows the hovered and the focused text, in 繁體 and with 拼音, and never hides the focus', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await openAids(page);
  await page.getByRole('button', { name: /^大字幕/ }).click();
  await expect(aidsStatus(page)).toHaveText('大字幕已开启。');
  const panel = page.getByRole('region', { name: '大字幕' });
  const caption = panel.locator('[data-caption-text]');
  await expect(panel).toBeVisible();

  // The panel's code loads when it is switched on; a reader moving the mouse meanwhile just moves it again.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.locator('#oversight-1').hover({ position: { x: 30, y: 10 } });
    await expect(caption).toContainText('严格落实人大代表建议和政协提案办复制度', { timeout: 500 });
  }).toPass();
  await panel.getByRole('button', { name: '繁' }).click();
  await expect(caption).toContainText('嚴格落實人大代表建議和政協提案');
  await panel.getByRole('button', { name: '拼音' }).click();
  await expect(caption.locator('rt').first()).toHaveText('yán');

  // Tab through the page: every focused element stays clear of the panel, and the panel shows it.
  await panel.getByRole('button', { name: '简' }).click();
  await page.locator('h1').click();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(50);
    const overlap = await page.evaluate(() => {
      const focused = document.activeElement;
      const panel = document.querySelector('[data-caption-panel]')!;
      if (!focused || focused === document.body || panel.contains(focused)) return null;
      const box = focused.getBoundingClientRect();
      return { name: focused.textContent?.slice(0, 20), bottom: box.bottom, panelTop: panel.getBoundingClientRect().top };
    });
    if (overlap) expect(overlap.bottom, `${overlap.name} hidden by the panel`).toBeLessThanOrEqual(overlap.panelTop + 1);
  }
  await page.getByRole('link', { name: /下一节/ }).focus();
  await expect(caption).toContainText('下一节');
  await page.reload();
  await expect(panel).toBeVisible();
});
