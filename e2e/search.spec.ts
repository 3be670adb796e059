import { expect, test, type Page } from '@playwright/test';
import { firstDocument } from './support/pages';
import { searchResults, searchStatus } from './support/search';

/**
 * Questions as an older reader types (or speaks) them: everyday words, not the report's headings. Each names the
 * section that must be among the first three results. Written from reading the report, not from the index.
 */
const questions: { query: string; section: string }[] = [
  { query: '邻居吵架怎么办', section: 'dispute-resolution' },
  { query: '調解', section: 'dispute-resolution' },
  // Where a resident who sues the government meets it: officials must appear in court (出庭应诉).
  { query: '打官司', section: 'dispute-resolution' },
  { query: '找律师', section: 'digital-government' },
  { query: '免费法律帮助', section: 'digital-government' },
  { query: '明年打算做什么', section: 'plans-2025' },
  { query: '做生意', section: 'business-environment' },
  { query: '罚款', section: 'law-enforcement' },
  { query: '出事了怎么办', section: 'emergency-response' },
  { query: '领导学法', section: 'leadership-duty' },
  { query: '有什么不足', section: 'shortcomings' },
  { query: '人大代表建议', section: 'oversight' },
  { query: '政府发的文件', section: 'rules-and-documents' },
  { query: '网上办事', section: 'digital-government' },
];

const results = (page: Page) => searchResults(page).getByRole('listitem');

async function search(page: Page, query: string, prefix = '/zh-CN') {
  await page.goto(`${prefix}/search?q=${encodeURIComponent(query)}`);
  await expect(searchStatus(page).filter({ hasText: /找到|没有找到/ })).toBeVisible({ timeout: 15_000 });
}

for (const { query, section } of questions) {
  test(`「${query}」 finds ${section} in the first three`, async ({ page }) => {
    await search(page, query);
    const firstThree = await results(page).getByRole('link').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(firstThree.length).toBeGreaterThan(0);
    expect(firstThree.some((href) => href?.startsWith(`/zh-CN/${firstDocument}/section/${section}#`)), firstThree.join(' ')).toBe(true);
  });
}

test('a result names its section, and its document once results come from several', async ({ page }) => {
  await search(page, '安全');
  const names = await results(page).evaluateAll((items) => items.map((item) => item.querySelector('p')!.textContent!));
  expect(names.some((name) => name.startsWith('津南区人民政府关于2024年法治政府建设情况报告 · '))).toBe(true);
  expect(names.some((name) => name.startsWith('某市某区农业农村局关于开展2025年度农机安全生产检查的通知 · '))).toBe(true);
});

test('a result marks the words and leads to the paragraph, which is focused', async ({ page }) => {
  await search(page, '调解', '/zh-CN/large');
  await expect(searchStatus(page).filter({ hasText: /找到\d+段和「调解」有关的内容/ })).toBeVisible();
  const first = results(page).first();
  await expect(first.locator('p').first()).toHaveText('（八）着力构建社会矛盾纠纷行政预防调处化解新格局 · 简明版');
  const marked = first.locator('mark');
  await expect(marked.first()).toHaveText('调解');
  // Marked by weight and underline, not by colour alone (WCAG 1.4.1).
  const style = await marked.first().evaluate((mark) => getComputedStyle(mark));
  expect(Number(style.fontWeight)).toBeGreaterThanOrEqual(700);
  expect(style.textDecorationLine).toContain('underline');
  const link = first.getByRole('link');
  const href = (await link.getAttribute('href'))!;
  // The mode the reader searched in is the mode the result opens in.
  expect(href).toMatch(new RegExp(`^/zh-CN/large/${firstDocument}/section/[\\w-]+#[\\w-]+$`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeFocused();
});

test('the summary comes before the original when both match in one section', async ({ page }) => {
  await search(page, '调解');
  const kinds = await results(page).evaluateAll((items) =>
    items.map((item) => {
      const href = item.querySelector('a')!.getAttribute('href')!;
      return { section: href.split('#')[0], kind: item.textContent!.includes('简明版') ? 'summary' : 'original' };
    }),
  );
  const sections = [...new Set(kinds.map((k) => k.section))];
  expect(kinds.some((k) => k.kind === 'summary') && kinds.some((k) => k.kind === 'original')).toBe(true);
  for (const section of sections) {
    const order = kinds.filter((k) => k.section === section).map((k) => k.kind);
    expect(order.indexOf('original') === -1 || order.lastIndexOf('summary') < order.indexOf('original'), `${section}: ${order}`).toBe(true);
  }
});

test('nothing found: a calm sentence, a spelling suggestion, and the contents and glossary as ways on', async ({ page }) => {
  await search(page, '调届');
  await expect(searchStatus(page)).toHaveText('没有找到和「调届」有关的内容。可以换个说法再试试。');
  await page.getByRole('link', { name: '调解', exact: true }).click();
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=%E8%B0%83%E8%A7%A3$/);
  await expect(results(page).first()).toBeVisible();
  await page.goBack();
  await expect(searchStatus(page)).toHaveText('没有找到和「调届」有关的内容。可以换个说法再试试。');
  await expect(page.getByRole('link', { name: /目录$/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /词语解释$/ }).first()).toBeVisible();
});
