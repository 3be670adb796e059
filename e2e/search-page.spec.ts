import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { firstDocument } from './support/pages';
import { searchResults, searchStatus } from './support/search';
import { modes, savePreferences, themes } from './support/preferences';

const found = /找到\d+段/;

test('「搜索」 is in the header of every kind of page, and the box is labelled, a search box, and says search on the keyboard', async ({ page }) => {
  for (const path of ['/zh-CN', `/zh-CN/${firstDocument}`, `/zh-CN/${firstDocument}/section/oversight`, `/zh-CN/large/${firstDocument}/glossary`]) {
    await page.goto(path);
    await page.getByRole('banner').getByRole('link', { name: '搜索' }).first().click();
    await expect(page).toHaveURL(/\/search$/);
  }
  const box = page.getByRole('searchbox', { name: /找什么/ });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('enterkeyhint', 'search');
});

test('by keyboard alone: type, Enter, the count is announced, Tab reaches the first result; back returns to the results', async ({ page }) => {
  await page.goto('/zh-CN/search');
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('找律师');
  await page.keyboard.press('Enter');
  await expect(searchStatus(page)).toHaveText(/找到\d+段和「找律师」有关的内容/);
  await expect(page).toHaveURL(/\?q=%E6%89%BE%E5%BE%8B%E5%B8%88$/);
  const first = searchResults(page).getByRole('link').first();
  for (let tab = 0; tab < 5 && !(await first.evaluate((link) => link === document.activeElement)); tab++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(searchStatus(page)).toHaveText(/找到\d+段和「找律师」有关的内容/);
  await expect(page.getByRole('searchbox')).toHaveValue('找律师');
});

test('words typed before the page’s code arrives are kept, and Enter then searches for them', async ({ page }) => {
  // A slow phone line: the scripts come a second and a half after the page, and the reader types at once.
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/zh-CN/search', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox').fill('找律师');
  // Enter once React has taken over the page (its fiber is on the box) and run its effects (a frame later).
  await page.waitForFunction(() => Object.keys(document.querySelector('input[name="q"]')!).some((key) => key.startsWith('__reactFiber$')));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await expect(page.getByRole('searchbox')).toHaveValue('找律师');
  await page.getByRole('searchbox').press('Enter');
  await expect(searchStatus(page)).toHaveText(/找到\d+段和「找律师」有关的内容/);
});

test('「朗读这一段」 reads that result’s passage aloud, as published', async ({ page }) => {
  await installFakeSpeech(page, { utteranceMs: 5 });
  await page.goto('/zh-CN/search?q=%E8%B0%83%E8%A7%A3');
  const first = searchResults(page).getByRole('listitem').first();
  await expect(first).toBeVisible();
  const excerpt = (await first.getByRole('link').textContent())!.replace(/[\s\p{P}…]/gu, '');
  await first.getByRole('button', { name: '朗读这一段' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  const said = (await spoken(page)).map((s) => s.text).join('').replace(/[\s\p{P}]/gu, '');
  // The excerpt is a window on the passage; the passage read contains it.
  expect(said).toContain(excerpt.slice(0, 12));
});

test('the English interface finds Chinese passages and marks them as Chinese', async ({ page }) => {
  await page.goto('/en/search?q=%E8%B0%83%E8%A7%A3');
  const first = searchResults(page, 'Search').getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', new RegExp(`^/en/${firstDocument}/section/`));
  await expect(first.getByRole('link')).toHaveAttribute('lang', 'zh-CN');
});

test('on a 360 × 780 phone in 适老版, the box and the first result are on the first screen after a search', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/zh-CN/large/search?q=%E9%82%BB%E5%B1%85%E5%90%B5%E6%9E%B6');
  await expect(searchStatus(page)).toHaveText(found);
  for (const element of [page.getByRole('searchbox'), searchResults(page).getByRole('link').first()]) {
    const box = (await element.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + Math.min(box.height, 60)).toBeLessThanOrEqual(780);
  }
  await context.close();
});

for (const mode of modes) {
  test(`axe: the search page with results and with none, ${mode}, every theme`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    for (const theme of themes) {
      await savePreferences(context, baseURL!, { mode, theme });
      const prefix = mode === 'large' ? '/zh-CN/large' : '/zh-CN';
      await page.goto(`${prefix}/search?q=%E8%B0%83%E8%A7%A3`);
      await expect(searchStatus(page)).toHaveText(found);
      await expectNoAxeViolations(page, `search results (${mode}, ${theme})`);
      await page.goto(`${prefix}/search?q=%E8%B0%83%E5%B1%8A`);
      await expect(searchStatus(page)).toHaveText(/没有找到/);
      await expectNoAxeViolations(page, `search, nothing found (${mode}, ${theme})`);
    }
  });
}
