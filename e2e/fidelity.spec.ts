import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import mammoth from 'mammoth';
import { fullWidthPunctuation } from '../lib/content/chinese-punctuation';
import { readSourceBody, withoutWhitespace } from '../lib/content/source-text';
import { drawEverySection } from './support/drawn';
import { pdfText, printedLines } from './support/pdf-text';

test('the whole-report page shows the published text exactly, whitespace aside and with full-width punctuation', async ({ page }) => {
  const [, , ...body] = readSourceBody();
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const shown = await page.locator('main [data-original-text]').allTextContents();
  // The page shows the published words with the display mapping only (each published line is one text).
  expect(withoutWhitespace(shown.join(''))).toBe(withoutWhitespace(body.map(fullWidthPunctuation).join('')));
});

test('the whole-report page shows no half-width , ; : ( ) beside a hanzi', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  await drawEverySection(page);
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

/**
 * Every imported document shows every line of its source's body, in order: the file as the office gave it, read
 * here without the importer (a text file's lines; a Word file's paragraphs, as mammoth's raw text gives them; a
 * PDF's printed lines). Lines that are not the document's text are named by hand: the site's menus and footer, and
 * the facts the cover shows instead (来源, 发布时间), running heads and page numbers.
 */
const notText: Record<string, string[]> = {
  'fire-notice': [
    '首页 > 政务公开 > 通知公告', '【字体：大 中 小】 打印 关闭窗口', '某县人民政府关于做好2025年冬春季森林防火工作的通知',
    '发布日期：2025年11月3日  来源：某县人民政府办公室  浏览次数：1024', '分享到：', '扫一扫在手机打开当前页',
    '版权所有：某县人民政府办公室　　ICP备00000000号', '网站地图 | 联系我们 | 无障碍',
  ],
  'farm-machinery': [],
  'pension-increase': [],
  'medical-insurance': ['某市医疗保障局文件', '— 1 —', '— 2 —'],
  'home-care-rules': [],
  'public-posts': [],
  'pension-questions': ['来源：某市人力资源和社会保障局'],
  'heating-notice': [],
  'certification-guide': ['发布时间：2025-08-02 09:00'],
  'subsidy-rules': [],
  'community-canteen': [],
};

/** The source's lines; a PDF's table rows as the cells printed side by side, which need not follow on from each other. */
async function sourceLines(slug: string): Promise<(string | string[])[]> {
  const dir = `.e2e-content/documents/${slug}`;
  const [file] = fs.readdirSync(dir).filter((name) => name.startsWith('source.'));
  const bytes = fs.readFileSync(`${dir}/${file}`);
  if (file.endsWith('.docx')) return (await mammoth.extractRawText({ buffer: bytes })).value.split('\n');
  if (file.endsWith('.pdf')) return printedLines(await pdfText(bytes)).map((line) => (line.chunks.length > 1 ? line.chunks : line.text));
  const utf8 = (() => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  })();
  return utf8.split(/\r?\n/);
}

for (const [slug, skipped] of Object.entries(notText)) {
  test(`${slug}: every line of its source's body is on its whole-document page, in order`, async ({ page }) => {
    const skip = new Set(skipped.map(withoutWhitespace));
    const lines = (await sourceLines(slug)).filter((line) => typeof line !== 'string' || (line.trim() && !skip.has(withoutWhitespace(line))));
    expect(lines.length).toBeGreaterThan(3);
    await page.goto(`/zh-CN/${slug}/whole`);
    await drawEverySection(page);
    const shown = withoutWhitespace(await page.locator('main').innerText());
    const find = (text: string, from: number) => shown.indexOf(withoutWhitespace(fullWidthPunctuation(text.trim())), from);
    let at = 0;
    for (const line of lines) {
      // A row's cells each after the text before the table; a cell wrapped onto the next printed line comes between.
      const found = typeof line === 'string' ? [find(line, at)] : line.map((cell) => find(cell, at));
      expect(Math.min(...found), `「${line}」 is not on the page after the line before it`).toBeGreaterThanOrEqual(0);
      if (typeof line === 'string') at = found[0];
    }
  });
}
