import { expect, test } from '@playwright/test';

const resumeLink = /^接着上次读：/;

test('接着读: the place is kept on the device, offered first on the cover and the library, and leads back to the paragraph', async ({ page, browser }) => {
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/business-environment');
  // The reader scrolls until the second paragraph is at the top of the screen.
  await page.locator('#business-environment-2').evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(700);

  await page.goto('/zh-CN/jinnan-fazhi-2024');
  const link = page.getByRole('link', { name: resumeLink });
  await expect(link).toHaveText('接着上次读：（三）全力打造一流营商环境 · 第2段');
  // First on the page: before the document's own title.
  expect(await link.evaluate((a) => a.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  await page.reload();
  await expect(page.getByRole('link', { name: resumeLink })).toBeVisible();

  // A browser restart: a new context with the saved storage.
  const storage = await page.context().storageState();
  const restarted = await browser.newContext({ storageState: storage, locale: 'zh-CN' });
  const again = await restarted.newPage();
  await again.goto('/zh-CN');
  await again.getByRole('link', { name: resumeLink }).click();
  // It keeps the mode the reader read in, scrolls the paragraph to the top and moves focus there.
  await expect(again).toHaveURL(/\/zh-CN\/large\/jinnan-fazhi-2024\/section\/business-environment#business-environment-2$/);
  await expect(again.locator('#business-environment-2')).toBeFocused();
  const top = await again.locator('#business-environment-2').evaluate((p) => p.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
  await restarted.close();
});

test('the place being read aloud is kept', async ({ page }) => {
  await page.addInitScript(() => {
    // No speechSynthesis: the offline recordings play, and the highlight moves with them.
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/government-functions');
  await page.getByRole('button', { name: '从这里读：第2段' }).click();
  await expect(page.locator('#government-functions-2')).toHaveAttribute('data-reading', '');
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(page.getByRole('link', { name: resumeLink })).toHaveText('接着上次读：（二）依法全面履行政府职能 · 第2段');
});

test('全部重置 forgets the place; with storage refused the feature is simply absent', async ({ page, context }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: '无障碍' }).click();
  await page.getByRole('button', { name: '全部重置' }).click();
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: resumeLink })).toHaveCount(0);

  const refused = await context.newPage();
  const errors: string[] = [];
  refused.on('pageerror', (error) => errors.push(error.message));
  await refused.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await refused.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await refused.waitForTimeout(700);
  await refused.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(refused.getByRole('link', { name: '开始阅读' })).toBeVisible();
  await expect(refused.getByRole('link', { name: resumeLink })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('接着读 keeps a place inside a table: the row at the top of the screen, and leads back to it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/zh-CN/large/pension-increase/section/1');
  // The reader scrolls until the third row's card (70周岁至79周岁) is at the top of the screen.
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '70周岁至79周岁' }) });
  await row.evaluate((tr) => tr.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(700);
  await page.goto('/zh-CN/pension-increase');
  const link = page.getByRole('link', { name: resumeLink });
  // The table is the section's second block.
  await expect(link).toHaveText('接着上次读：一、调整标准 · 第2段');
  await link.click();
  await expect(page).toHaveURL(/\/zh-CN\/large\/pension-increase\/section\/1#1-2-r3$/);
  await expect(row).toBeFocused();
  // Returning shows the row above it only by its edge: the place stays on this row, return after return.
  await page.waitForTimeout(700);
  await page.goto('/zh-CN/pension-increase');
  await page.getByRole('link', { name: resumeLink }).click();
  await expect(page).toHaveURL(/#1-2-r3$/);
});

test('接着读 across documents: a place in each, and each cover offers its own', async ({ page }) => {
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/business-environment');
  await page.locator('#business-environment-2').evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(700);
  await page.goto('/zh-CN/pension-increase/section/2');
  await page.getByRole('list').filter({ hasText: '携带身份证' }).evaluate((list) => list.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(700);

  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(page.getByRole('link', { name: resumeLink })).toHaveText('接着上次读：（三）全力打造一流营商环境 · 第2段');
  await page.goto('/zh-CN/pension-increase');
  const pension = page.getByRole('link', { name: resumeLink });
  await expect(pension).toHaveText('接着上次读：二、办理方式 · 第2段');
  await pension.click();
  // Read in 标准版 there, so it opens in 标准版; the first item of the list is where it was left.
  await expect(page).toHaveURL(/\/zh-CN\/pension-increase\/section\/2#2-2-i1$/);
});

test('接着读 on the whole document: a reader who arrives at a paragraph and leaves has that paragraph kept', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole#oversight-2');
  await expect(page.locator('#oversight-2')).toBeInViewport();
  await page.waitForTimeout(700);
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(page.getByRole('link', { name: resumeLink })).toHaveText(/^接着上次读：（九）.*· 第2段$/);
  await page.getByRole('link', { name: resumeLink }).click();
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024\/section\/oversight#oversight-2$/);
  await expect(page.locator('#oversight-2')).toBeFocused();
});
