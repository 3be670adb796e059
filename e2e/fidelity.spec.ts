import { expect, test } from '@playwright/test';
import { readSourceBody, withoutWhitespace } from '../lib/content/source-text';

test('the whole-report page shows the published text exactly, whitespace aside', async ({ page }) => {
  const [, , ...body] = readSourceBody();
  await page.goto('/zh-CN/report');
  const shown = await page.locator('main [data-original-text]').allTextContents();
  expect(withoutWhitespace(shown.join(''))).toBe(withoutWhitespace(body.join('')));
});

test('editor notes keep the printed text and open, by keyboard, a note that closes with Esc', async ({ page }) => {
  await page.goto('/zh-CN/section/party-leadership');
  const paragraph = page.locator('#party-leadership-1');
  const printed = (await paragraph.locator('[data-original-text]').allTextContents()).join('');
  expect(printed).toContain('述法制度,2024129日,区委主要负责同志');
  const trigger = paragraph.getByRole('button', { name: '编者注' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const note = page.getByText('原文如此，疑有缺字。');
  await expect(note).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});
