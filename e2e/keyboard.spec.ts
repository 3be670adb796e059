import { expect, test, type Page } from '@playwright/test';

async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? (await focused.innerText().catch(() => ''));
    if (name.test(label)) return focused;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: skip link → contents → a section → next section, with a visible focus ring', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText('跳到正文');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const entry = await tabTo(page, /全力打造一流营商环境/);
  const outline = await entry.evaluate((el) => getComputedStyle(el));
  expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
  expect(outline.outlineStyle).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024\/section\/business-environment$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（三）全力打造一流营商环境');

  await tabTo(page, /下一节/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024\/section\/rules-and-documents$/);
});
