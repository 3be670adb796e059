import { expect, test, type Page } from '@playwright/test';
import { savePreferences } from './support/preferences';

/** Every link and button in the header, the contents and the section navigation, with its size. */
async function targets(page: Page) {
  return page
    .locator('header a:visible, header button:visible, nav a:visible, main > a:visible, main div > a:visible')
    .evaluateAll((elements) =>
      elements.map((el) => {
        const box = el.getBoundingClientRect();
        return { name: (el.textContent ?? '').trim().slice(0, 20), width: box.width, height: box.height };
      }),
    );
}

for (const [mode, minimum] of [['large', 60], ['standard', 44]] as const) {
  test(`every control in header, contents and navigation is at least ${minimum} × ${minimum} px in ${mode} mode`, async ({ page, context, baseURL }) => {
    await savePreferences(context, baseURL!, { mode });
    for (const path of ['/zh-CN', '/zh-CN/section/oversight']) {
      await page.goto(path);
      await page.getByRole('button', { name: '配色' }).click();
      const measured = await targets(page);
      expect(measured.length).toBeGreaterThan(10);
      for (const target of measured) {
        expect(target.width, `${path} ${target.name} width`).toBeGreaterThanOrEqual(minimum);
        expect(target.height, `${path} ${target.name} height`).toBeGreaterThanOrEqual(minimum);
      }
    }
  });
}

/** Nothing wider than the viewport, and no text container clipping its own text. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = [...document.querySelectorAll('p, h1, h2, h3, a, button, li, dd, dt')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 15)} ${el.scrollWidth}/${el.clientWidth}`);
    return { pageScroll: root.scrollWidth - root.clientWidth, clipped };
  });
}

const pages = ['/zh-CN', '/zh-CN/section/digital-government', '/zh-CN/report', '/en/section/law-enforcement'];

for (const { width, prefs } of [
  { width: 320, prefs: { mode: 'standard' } },
  { width: 320, prefs: { mode: 'large' } },
  { width: 360, prefs: { mode: 'standard', size: '5' } },
  { width: 360, prefs: { mode: 'large', size: '5' } },
] as const) {
  test(`no horizontal scrolling or clipping at ${width} px, ${prefs.mode} mode, text step ${'size' in prefs ? prefs.size : 1}`, async ({ page, context, baseURL }) => {
    await page.setViewportSize({ width, height: 740 });
    await savePreferences(context, baseURL!, prefs);
    for (const path of pages) {
      await page.goto(path);
      // The phone's settings panel open, with every control in it showing.
      await page.getByRole('button', { name: /^(设置|Menu)$/ }).click();
      await expect(page.getByRole('button', { name: /^(黑底黄字|Yellow on black)$/ })).toBeVisible();
      const result = await overflow(page);
      expect(result.pageScroll, path).toBeLessThanOrEqual(0);
      expect(result.clipped, path).toEqual([]);
    }
  });
}

test('WCAG 1.4.12 text spacing override clips nothing, in both modes', async ({ page, context, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const mode of ['standard', 'large'] as const) {
    await savePreferences(context, baseURL!, { mode });
    for (const path of pages) {
      await page.goto(path);
      await page.addStyleTag({
        content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
                  p { margin-bottom: 2em !important; }`,
      });
      const result = await overflow(page);
      expect(result.pageScroll, `${path} ${mode}`).toBeLessThanOrEqual(0);
      expect(result.clipped, `${path} ${mode}`).toEqual([]);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the report reads and 适老版 is a plain link to the large-type URL', async ({ page }) => {
    await page.goto('/zh-CN/section/oversight');
    await expect(page.locator('#oversight-1')).toContainText('严格落实人大代表建议');
    await expect(page.getByRole('button', { name: '放大' })).toBeHidden();
    await page.getByRole('link', { name: '适老版（大字）' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/large\/section\/oversight$/);
    const font = await page.locator('#oversight-1').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(font).toBeGreaterThanOrEqual(24);
    await page.getByRole('link', { name: /下一节/ }).click();
    await expect(page).toHaveURL(/\/zh-CN\/large\/section\/digital-government$/);
    await page.getByRole('link', { name: '返回标准版' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/section\/digital-government$/);
  });

  test('it follows the system: dark when the system prefers dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/zh-CN');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
  });
});

test('forced colours and more contrast render readable pages (screenshots attached)', async ({ page }, testInfo) => {
  for (const media of [{ forcedColors: 'active' }, { contrast: 'more' }, { contrast: 'more', colorScheme: 'dark' }] as const) {
    await page.emulateMedia(media);
    await page.goto('/zh-CN/section/business-environment');
    const name = Object.entries(media).map(([k, v]) => `${k}-${v}`).join('_');
    await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
    const { text, background } = await page.locator('#business-environment-1').evaluate((p) => ({
      text: getComputedStyle(p).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(text, name).not.toBe(background);
    if ('contrast' in media) {
      expect([text, background].sort(), name).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    }
  }
});
