import { expect, test, type Page } from '@playwright/test';
import { pdfText, printedLines } from './support/pdf-text';
import { expectNoAxeViolations } from './support/axe';
import { endCurrentUtterance, installFakeSpeech, spoken } from './support/fake-speech';
import { modes, savePreferences, themes } from './support/preferences';
import { searchResults, searchStatus } from './support/search';

// The pension 政策解读 imported from Word (e2e/fixtures/import/pension-docx.ts): its amounts are in a real table,
// its steps in a Word-numbered list. Written out here from the Word file's own words, not from the page.
const TABLE_PAGE = '/zh-CN/pension-increase/section/1';
const LIST_PAGE = '/zh-CN/pension-increase/section/2';
const HEADERS = ['年龄段', '每月增加金额', '调整后每月基础养老金'];
const ROW_SENTENCES = [
  '60周岁至64周岁，每月增加金额20元，调整后每月基础养老金230元',
  '65周岁至69周岁，每月增加金额25元，调整后每月基础养老金245元',
  '70周岁至79周岁，每月增加金额30元，调整后每月基础养老金260元',
  '80周岁及以上，每月增加金额40元，调整后每月基础养老金290元',
  '说明，调整后每月基础养老金：增加部分随每月养老金一并发放',
];

const table = (page: Page) => page.getByRole('table');
const rows = (page: Page) => table(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

/** Whether every cell of the table's first row is painted on one line, as a grid: one card a row puts them in a column. */
const paintedAsGrid = (page: Page) =>
  rows(page)
    .first()
    .evaluate((row) => new Set([...row.children].map((cell) => Math.round(cell.getBoundingClientRect().top))).size === 1);

test.describe('a table on a phone', () => {
  test.use(phone);
  for (const mode of modes) {
    for (const theme of themes) {
      test(`is a real table, each row a card of 「表头：值」, axe-clean (${mode}, ${theme})`, async ({ page, context, baseURL }) => {
        await savePreferences(context, baseURL!, { mode, theme, size: '5' });
        await page.goto(TABLE_PAGE);
        for (const header of HEADERS) await expect(table(page).getByRole('columnheader', { name: header })).toHaveCount(1);
        await expect(rows(page)).toHaveCount(5);
        await expect(rows(page).nth(1).getByRole('rowheader')).toHaveText('65周岁至69周岁');
        expect(await paintedAsGrid(page)).toBe(false);
        // Each value under its header's name, as the eye reads a card.
        await expect(rows(page).nth(1)).toContainText('每月增加金额：25元');
        await expectNoAxeViolations(page, `${TABLE_PAGE} on a phone (${mode}, ${theme})`);
      });
    }
  }

  for (const width of [320, 360, 412]) {
    test(`never scrolls sideways at ${width} px in 适老版 at the largest text`, async ({ page, context, baseURL }) => {
      await page.setViewportSize({ width, height: 780 });
      await savePreferences(context, baseURL!, { mode: 'large', size: '5' });
      for (const path of [TABLE_PAGE, '/zh-CN/living-allowance/section/2', '/zh-CN/medical-insurance/section/1']) {
        await page.goto(path);
        await expect(table(page)).toBeVisible();
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
      }
    });
  }

  test('shows a cell spanning rows in each card it covers', async ({ page }) => {
    await page.goto('/zh-CN/living-allowance/section/2');
    const second = rows(page).filter({ hasText: '90周岁至99周岁' });
    await expect(second).toContainText('发放方式：按月发放至本人社会保障卡');
  });
});

test.describe('a table on a wide screen', () => {
  for (const mode of modes) {
    for (const theme of themes) {
      test(`is a grid with its header row, axe-clean (${mode}, ${theme})`, async ({ page, context, baseURL }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await savePreferences(context, baseURL!, { mode, theme });
        await page.goto(TABLE_PAGE);
        await expect(table(page).getByRole('columnheader', { name: '每月增加金额' })).toBeVisible();
        expect(await paintedAsGrid(page)).toBe(true);
        await expectNoAxeViolations(page, `${TABLE_PAGE} at 1280 px (${mode}, ${theme})`);
      });
    }
  }
});

test('reads a table row by row, each value with its header, lighting the row being read', async ({ page }) => {
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto(TABLE_PAGE);
  await page.getByRole('button', { name: '从这里读：第2段（表格）' }).click();
  // Each utterance is said while its own row is lit; a row longer than a voice says at once comes in pieces.
  let said = '';
  let row = 0;
  for (let utterance = 0; row < ROW_SENTENCES.length && utterance < 20; utterance++) {
    await expect.poll(async () => (await spoken(page)).length).toBe(utterance + 1);
    await expect(rows(page).nth(row)).toHaveAttribute('data-reading', '');
    const [lit, around] = await rows(page)
      .nth(row)
      .evaluate((tr) => [getComputedStyle(tr.children[1]).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    expect(lit).not.toBe(around);
    said += (await spoken(page))[utterance].text;
    const through = ROW_SENTENCES.slice(0, row + 1).join('');
    expect(through.startsWith(said), `「${said}」 is not how the rows read`).toBe(true);
    if (said === through) row++;
    await endCurrentUtterance(page);
  }
  expect(said).toBe(ROW_SENTENCES.join(''));
});

test('指读 on a cell reads that cell with its column’s header', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { point: 'on' });
  await installFakeSpeech(page);
  await page.goto(TABLE_PAGE);
  await rows(page).nth(1).getByRole('cell', { name: /25元/ }).click();
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual(['每月增加金额25元']);
});

test('a list keeps its numbers on screen and is read item by item, number first', async ({ page }) => {
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto(LIST_PAGE);
  const steps = page.getByRole('list').filter({ hasText: '携带身份证' }).getByRole('listitem');
  await expect(steps).toHaveText([
    '1.携带身份证和社会保障卡到户籍所在地社区服务站申请。',
    '2.社区服务站受理后，5个工作日内报镇（街道）审核。',
    '3.审核通过的，次月起按新标准发放。',
  ]);
  await page.getByRole('button', { name: '从这里读：第2段（列表）' }).click();
  for (let item = 0; item < 3; item++) {
    await expect(steps.nth(item)).toHaveAttribute('data-reading', '');
    const count = (await spoken(page)).length;
    await endCurrentUtterance(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
  }
  const said = (await spoken(page)).map((s) => s.text).join('');
  expect(said).toContain('1.携带身份证和社会保障卡到户籍所在地社区服务站申请。2.社区服务站受理后，5个工作日内报镇（街道）审核。3.审核通过的，次月起按新标准发放。');
});

test('搜索 finds a table row, and its result leads to the row', async ({ page }) => {
  await page.goto(`/zh-CN/search?q=${encodeURIComponent('65周岁 每月增加')}`);
  await expect(searchStatus(page).filter({ hasText: /找到|没有找到/ })).toBeVisible({ timeout: 15_000 });
  const result = searchResults(page).getByRole('listitem').filter({ hasText: '65周岁至69周岁' }).first();
  await expect(result).toContainText('每月增加金额25元');
  await result.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/zh-CN\/pension-increase\/section\/1#1-2-r2$/);
  await expect(rows(page).nth(1)).toBeFocused();
});

test('the 繁體 edition converts the cells, the headers and the list', async ({ page }) => {
  await page.goto('/zh-Hant/pension-increase/section/1');
  await expect(table(page).getByRole('columnheader', { name: '調整後每月基礎養老金' })).toHaveCount(1);
  await expect(table(page).getByRole('columnheader', { name: '年齡段' })).toHaveCount(1);
  await expect(table(page)).toContainText('增加部分隨每月養老金一併發放');
  await page.goto('/zh-Hant/pension-increase/section/2');
  await expect(page.getByRole('listitem').filter({ hasText: '攜帶身份證和社會保障卡' })).toHaveCount(1);
});

test('printing shows the table as a table, its header row on every page it runs onto', async ({ page }) => {
  await page.goto(TABLE_PAGE);
  // A page small enough that the five rows run onto a second one.
  const runs = await pdfText(await page.pdf({ width: '180mm', height: '60mm', margin: { top: '8mm', bottom: '8mm', left: '8mm', right: '8mm' } }));
  const lines = printedLines(runs);
  // The header's cells side by side on each page the rows reach, and each row's cells on one line: a grid, not cards.
  const pagesWithRows = [...new Set(lines.filter((line) => /周岁|说明/.test(line.text)).map((line) => line.page))];
  expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
  const headerPages = lines.filter((line) => line.text.includes(HEADERS.join(''))).map((line) => line.page);
  expect(headerPages).toEqual(pagesWithRows);
  expect(lines.filter((line) => line.text.includes('65周岁至69周岁25元245元'))).toHaveLength(1);
});
