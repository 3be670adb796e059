import { expect, test } from '@playwright/test';
import { traditionalConverter } from '../lib/content/traditional';
import { splitUtterances } from '../lib/speech/split-utterances';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { savePreferences } from './support/preferences';
import { readableBlockTexts } from './support/readable-text';

const toTraditional = traditionalConverter();
const firstParagraph = '#business-environment-1';

test('繁體: the header link shows the whole report and interface in traditional characters', async ({ page }) => {
  await page.goto('/zh-CN/section/business-environment');
  const original = await page.locator(`${firstParagraph} [data-original-text]`).allTextContents();
  await page.getByRole('link', { name: /繁體/ }).click();
  await expect(page).toHaveURL(/\/zh-Hant\/section\/business-environment$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（三）全力打造一流營商環境');
  // The same words, converted, in the same place: nothing added, dropped or moved.
  expect((await page.locator(`${firstParagraph} [data-original-text]`).allTextContents()).join('')).toBe(
    toTraditional(original.join('')),
  );
  await expect(page.getByRole('button', { name: '無障礙' })).toBeVisible();
  await expect(page.getByRole('link', { name: /简体/ })).toBeVisible();
});

test('繁體 is remembered: a 简体 link opens in 繁體, blank (never 简体) until it arrives', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { hanzi: 'traditional' });
  // Record, frame by frame, what each document would paint, across the redirect.
  await page.addInitScript(() => {
    const record = (what: string) => {
      const seen = JSON.parse(sessionStorage.getItem('seen') ?? '[]');
      seen.push([location.pathname, what]);
      sessionStorage.setItem('seen', JSON.stringify(seen));
    };
    const frame = () => {
      const body = document.body;
      record(body && document.querySelector('main') ? `main ${getComputedStyle(body).visibility}` : 'no content');
      if (location.pathname.startsWith('/zh-CN')) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('readystatechange', () => record(document.readyState));
  });
  // Hold the 繁體 page back, so the 简体 one has every chance to paint before it is replaced.
  await page.route('**/zh-Hant/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/zh-CN/section/oversight?from=share#oversight-2');
  await expect(page).toHaveURL(/\/zh-Hant\/section\/oversight\?from=share#oversight-2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('監督');
  const seen: [string, string][] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('seen') ?? '[]'));
  // The 简体 page never parsed its body (the browser drops it once the redirect starts), let alone showed it.
  const simplified = seen.filter(([path]) => path.startsWith('/zh-CN')).map(([, what]) => what);
  expect(simplified.filter((what) => what === 'interactive' || what === 'main visible')).toEqual([]);
  expect(seen.filter(([path]) => path.startsWith('/zh-Hant')).map(([, what]) => what)).toContain('main visible');

  await page.unrouteAll();
  await page.getByRole('link', { name: /简体/ }).click();
  await expect(page).toHaveURL(/\/zh-CN\/section\/oversight/);
  await page.goto('/zh-CN/large/report');
  await expect(page).toHaveURL(/\/zh-CN\/large\/report$/);
});

test('繁體 pages read aloud in Mandarin, and the offline recordings cover every sentence', async ({ page, context, baseURL, request }) => {
  await savePreferences(context, baseURL!, { view: 'summary', rate: '2' });
  await installFakeSpeech(page, { voices: [{ name: 'Tingting', lang: 'zh-CN' }] });
  await page.goto('/zh-Hant/section/shortcomings');
  const blocks = await readableBlockTexts(page);
  const manifest: { utterances: Record<string, unknown> } = await (await request.get('/audio-manifest.json')).json();
  const utterances = blocks.flatMap((text) => splitUtterances(text).map((u) => u.text));
  expect(utterances.filter((u) => !manifest.utterances[u])).toEqual([]);

  await page.getByRole('button', { name: '朗讀本節' }).click();
  await expect(page.getByRole('region', { name: '朗讀' }).getByRole('status')).toContainText('這一部分讀完了', { timeout: 30_000 });
  const said = await spoken(page);
  expect(said.map((s) => s.text)).toEqual(utterances);
  expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
});
