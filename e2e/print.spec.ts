import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { lastLines, pdfText, sizeAt } from './support/pdf-text';
import { contrastRatio } from '../lib/color/contrast';
import { pdfTextColours, printedPaper } from './support/pdf-colours';
import { modes, savePreferences, themes } from './support/preferences';

const printed = async (page: Page) => pdfText(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
const joined = (runs: { text: string }[]) => runs.map((run) => run.text).join('').replace(/\s+/g, '');

test('适老版 prints the chosen view in large type (body ≥ 16 pt, headings ≥ 20 pt), no controls, the address at the end', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { mode: 'large', view: 'summary' });
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/business-environment');
  const runs = await printed(page);
  const text = joined(runs);
  expect(text).toContain('区里帮企业解决难题，送政策、送法律服务。');
  // 简明版 was chosen: the original's words are not printed.
  expect(text).not.toContain('建设“营南爱商”津南品牌');
  for (const control of ['朗读', '设置', '分享', '打印', '从这里读', '上一节']) expect(text, control).not.toContain(control);
  expect(text).toContain(`${baseURL}/zh-CN/large/jinnan-fazhi-2024/section/business-environment`);
  expect(text).toContain('二维码：用手机扫一扫');
  expect(sizeAt(runs, '全力打造一流营商环境')).toBeGreaterThanOrEqual(20);
  expect(sizeAt(runs, '区里服务企业2013')).toBeGreaterThanOrEqual(16 - 0.01);
  // Nothing on the page is printed smaller than 16 pt.
  expect(Math.min(...runs.map((run) => run.size))).toBeGreaterThanOrEqual(16 - 0.01);
});

test('标准版 prints the original at 12 pt or more, with the editor’s notes as footnotes', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/party-leadership');
  const runs = await printed(page);
  const text = joined(runs);
  expect(text).toContain('坚持党对法治政府建设的集中统一领导');
  // 原文 was chosen: the summary's headline is not printed.
  expect(text).not.toContain('区里坚持党的领导');
  // The damaged date keeps its words and gets a mark; the note is printed under the section.
  expect(text).toContain('2024129日[1]');
  expect(text).toContain('[1]原文如此，疑有缺字。');
  expect(Math.min(...runs.map((run) => run.size))).toBeGreaterThanOrEqual(12 - 0.01);
});

test('the whole document prints without a heading left alone at the foot of a page', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { mode: 'large', view: 'both' });
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/whole');
  const headings = (await page.locator('main h2, main h3, main h4').allTextContents()).map((h) => h.replace(/\s+/g, ''));
  expect(headings.length).toBeGreaterThan(30);
  const lines = lastLines(await printed(page));
  expect(lines.length).toBeGreaterThan(10);
  // Every page but the last ends in text, not a heading (or a heading's last line) waiting for its section.
  for (const [n, last] of lines.slice(0, -1).entries()) {
    expect(last.length, `page ${n + 1}`).toBeGreaterThan(0);
    expect(headings.some((heading) => heading.endsWith(last)), `page ${n + 1} ends with 「${last}」`).toBe(false);
  }
});

for (const mode of modes) {
  test(`axe: print emulation, ${mode}, every theme`, async ({ page, context, baseURL }) => {
    await page.emulateMedia({ media: 'print' });
    for (const theme of themes) {
      await savePreferences(context, baseURL!, { mode, theme });
      await page.goto('/zh-CN/jinnan-fazhi-2024/section/party-leadership');
      await expectNoAxeViolations(page, `print (${mode}, ${theme})`);
    }
  });
}

// Paper whatever the screen: each colour theme prints dark text on white, read from the PDF (its text colours from
// the drawing operators, its pages painted by PDF.js), with 背景图形 ticked in the print dialog (printBackground),
// where a theme's background would show.
// 适老版, whose paper is the one most printed; print colours do not depend on the mode (tokens.css).
for (const theme of themes) {
  test(`prints dark text on white paper from the ${theme} theme`, async ({ page, context, baseURL }) => {
    await savePreferences(context, baseURL!, { mode: 'large', theme });
    const path = '/zh-CN/large/jinnan-fazhi-2024/section/business-environment';
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    // What the print tests above check, in this theme too: the text, its address and QR code, no controls, nothing
    // too small.
    const runs = await pdfText(pdf);
    expect(joined(runs)).toContain('全力打造一流营商环境');
    expect(joined(runs)).toContain(`${baseURL}${path}`);
    expect(joined(runs)).toContain('二维码：用手机扫一扫');
    for (const control of ['朗读', '设置', '分享', '打印', '从这里读']) expect(joined(runs), control).not.toContain(control);
    expect(Math.min(...runs.map((run) => run.size))).toBeGreaterThanOrEqual(16 - 0.01);
    // Every run of text dark enough to read on white (WCAG AAA, 7:1) ...
    const colours = await pdfTextColours(pdf);
    expect(colours.length).toBeGreaterThan(20);
    expect(colours.filter((run) => contrastRatio(run.colour, '#ffffff') < 7).map((run) => `${run.colour} 「${run.text}」`)).toEqual([]);
    // ... and the paper left white: most of every page, and next to nothing in colour.
    const paper = await printedPaper(context, pdf);
    expect(paper.length).toBeGreaterThan(0);
    for (const sheet of paper) {
      expect(sheet.white, `page ${sheet.page} white`).toBeGreaterThan(0.6);
      expect(sheet.coloured, `page ${sheet.page} in colour`).toBeLessThan(0.005);
    }
  });
}
