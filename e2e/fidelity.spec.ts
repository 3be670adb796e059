import { expect, test } from '@playwright/test';
import { fullWidthPunctuation } from '../lib/content/chinese-punctuation';
import { readSourceBody, withoutWhitespace } from '../lib/content/source-text';

test('the whole-report page shows the published text exactly, whitespace aside and with full-width punctuation', async ({ page }) => {
  const [, , ...body] = readSourceBody();
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const shown = await page.locator('main [data-original-text]').allTextContents();
  // The page shows the published words with the display mapping only (each published line is one text).
  expect(withoutWhitespace(shown.join(''))).toBe(withoutWhitespace(body.map(fullWidthPunctuation).join('')));
});

test('the whole-report page shows no half-width , ; : ( ) beside a hanzi', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const text = await page.locator('main').innerText();
  expect(text.length).toBeGreaterThan(10_000);
  expect(text.match(/\p{Script=Han}[,;:()]|[,;:()]\p{Script=Han}/gu) ?? []).toEqual([]);
  // The published text has hundreds of them; these stand where they were, full-width.
  for (const shown of ['2024年，津南区委', '清单（2024年版）》', '（十一）坚持党对法治政府建设的集中统一领导', '1507台（套），', '情况报告如下：']) {
    expect(text).toContain(shown);
  }
});

test('editor notes keep the printed text and open, by keyboard, a note that closes with Esc', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/party-leadership');
  const paragraph = page.locator('#party-leadership-1');
  const printed = (await paragraph.locator('[data-original-text]').allTextContents()).join('');
  expect(printed).toContain('述法制度，2024129日，区委主要负责同志');
  const trigger = paragraph.getByRole('button', { name: '编者注' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const note = paragraph.getByText('原文如此，疑有缺字。');
  await expect(note).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});
