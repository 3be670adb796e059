import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readSourceBody } from '../lib/content/source-text';
import { expectNoAxeViolations } from './support/axe';
import { endCurrentUtterance, installFakeSpeech, spoken } from './support/fake-speech';
import { paintedBackground, colourDistance } from './support/painted-colour';
import { savePreferences, themes } from './support/preferences';

const player = (page: Page) => page.getByRole('region', { name: '朗读' });
const playerStatus = (page: Page) => player(page).getByRole('status');
const squash = (text: string) => text.replace(/\s+/g, '');

test('reading the whole report speaks every heading, paragraph and closing line as published, in order, in zh-CN at the chosen speed', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await savePreferences(context, baseURL!, { view: 'original', rate: '0.8' });
  await installFakeSpeech(page, { voices: [{ name: 'Tingting', lang: 'zh-CN' }], utteranceMs: 5 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  await page.getByRole('button', { name: '朗读全文' }).click();
  await expect(playerStatus(page)).toContainText('这一部分读完了', { timeout: 100_000 });
  const said = await spoken(page);
  // The expected text is the page as the district published it, read from the saved source, not from the
  // page: everything after the title (the two title lines are shown on the cover, not read as text).
  const [, , , , ...published] = readSourceBody();
  expect(published.length).toBeGreaterThan(25);
  expect(squash(said.map((s) => s.text).join(''))).toBe(squash(published.join('')));
  expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
  for (const s of said) expect(s.rate).toBeCloseTo(0.8, 5);
  expect(Math.max(...said.map((s) => s.text.replace(/[\s\p{P}\p{S}]/gu, '').length))).toBeLessThanOrEqual(34);
});

test('the plain summary is read whole when it is what shows: headline, every point and every number card', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'summary' });
  await installFakeSpeech(page, { utteranceMs: 5 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/emergency-response');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('这一部分读完了', { timeout: 30_000 });
  // The summary file, read without the page: the heading as published, then the editors' words in order.
  const summary = parse(fs.readFileSync('content/documents/jinnan-fazhi-2024/summaries/emergency-response.yaml', 'utf8')).zh;
  const expected = [
    '(七)深入推进突发事件应对体系和能力现代化',
    summary.headline,
    ...summary.points,
    ...summary.numbers.map((n: { value: string; unit: string; meaning: string }) => `${n.value}${n.unit}${n.meaning}`),
  ];
  expect(summary.points.length).toBeGreaterThanOrEqual(3);
  expect(summary.numbers.length).toBeGreaterThanOrEqual(1);
  expect(squash((await spoken(page)).map((s) => s.text).join(''))).toBe(squash(expected.join('')));
});

test('it reads the plain summary when that is what is shown', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'summary' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/business-environment');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await endCurrentUtterance(page);
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toHaveLength(2);
  expect((await spoken(page))[1].text).toBe(await page.locator('#business-environment-headline').textContent());
});

test('pause, resume, next and previous; the highlight moves with the sentence', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/government-functions');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await expect(page.locator('#section-title')).toHaveAttribute('data-reading', '');

  await endCurrentUtterance(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  await expect(page.locator('#government-functions-1')).toHaveAttribute('data-reading', '');
  await expect(page.locator('#section-title')).not.toHaveAttribute('data-reading');
  const highlighted = () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('read-aloud-sentence');
      return h ? [...h][0].toString() : null;
    });
  // Literal, from the published text: the voice gets it as published, the highlight is what the page shows.
  expect((await spoken(page))[1].text).toBe('稳妥有序推进政府机构改革。');
  expect(await highlighted()).toBe('稳妥有序推进政府机构改革。');

  await player(page).getByRole('button', { name: '暂停' }).click();
  await expect(playerStatus(page)).toContainText('已暂停');
  await player(page).getByRole('button', { name: '继续' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  expect((await spoken(page))[2].text).toBe((await spoken(page))[1].text);

  await player(page).getByRole('button', { name: '下一句' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(4);
  expect((await spoken(page))[3].text).toBe('制发《天津市津南区机构改革实施方案》,');
  await expect.poll(highlighted).toBe('制发《天津市津南区机构改革实施方案》，');
  await player(page).getByRole('button', { name: '上一句' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(5);
  expect((await spoken(page))[4].text).toBe((await spoken(page))[1].text);

  await player(page).getByRole('button', { name: '更多设置' }).click();
  await player(page).getByRole('button', { name: '下一段' }).click();
  await expect(page.locator('#government-functions-2')).toHaveAttribute('data-reading', '');
  await expect(playerStatus(page)).toContainText('第3段，共3段');
});

test('从这里读 starts at that paragraph, and 指读 reads the paragraph that is tapped', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/business-environment');
  await page.getByRole('button', { name: '从这里读：第2段' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  expect((await spoken(page))[0].text.startsWith('持续优化法治化营商环境。')).toBe(true);

  await player(page).getByRole('button', { name: '更多设置' }).click();
  await player(page).getByRole('button', { name: '指读：点哪段读哪段' }).click();
  await expect(playerStatus(page)).toContainText('指读已开启');
  await page.locator('#business-environment-1').click({ position: { x: 40, y: 10 } });
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toMatch(/^建设“营南爱商”津南品牌/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-point', 'on');
});

test('an error mid-sentence is reported in words and 继续 tries again', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { failAt: 2 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/decision-making');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('朗读出错了，停在第3句');
  await player(page).getByRole('button', { name: '继续' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(3);
  const said = await spoken(page);
  expect(said[3].text).toBe(said[2].text);
});

test('no Chinese voice: the bar says so in plain words and reads with the offline recordings', async ({ page }) => {
  await installFakeSpeech(page, { voices: [{ name: 'Samantha', lang: 'en-US' }] });
  const audio: string[] = [];
  page.on('request', (request) => request.url().includes('/audio/') && audio.push(request.url()));
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('没有可用的中文语音，正在用离线录音朗读');
  await expect.poll(() => audio.length).toBeGreaterThan(0);
  expect(await spoken(page)).toEqual([]);
});

test('连读: at the end of a section it goes on into the next when asked to', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'summary', continue: 'on' });
  await installFakeSpeech(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/shortcomings');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(page).toHaveURL(/plans-2025$/, { timeout: 30_000 });
  await expect.poll(async () => (await spoken(page)).some((s) => s.text.includes('三、2025年度'))).toBe(true);

  // Back to the section 连读 left: the router shows it again from the payload of its first load, which must still
  // hold its text (lib/static-markup/markup-once.ts leaves that payload whole).
  await page.goBack();
  await expect(page).toHaveURL(/shortcomings$/);
  await page.getByRole('button', { name: '原文', exact: true }).click();
  await expect(page.getByText(/法治工作队伍建设仍存在短板/)).toBeVisible();
});

for (const mode of ['standard', 'large'] as const) {
  test(`axe: no violations with the player open (${mode})`, async ({ page, context, baseURL }) => {
    await savePreferences(context, baseURL!, { mode });
    await installFakeSpeech(page, { autoEnd: false, voices: [{ name: 'A', lang: 'zh-CN' }, { name: 'B', lang: 'zh-CN' }] });
    await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
    await page.getByRole('button', { name: '朗读本节' }).click();
    await player(page).getByRole('button', { name: '更多设置' }).click();
    await expectNoAxeViolations(page, `oversight with the player open (${mode})`);
    if (mode === 'large') {
      const buttons = await player(page).locator('button, select').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
      // 暂停, 上一句, 下一句, 停止, 更多设置, 关闭朗读, 上一段, 下一段, 语速, 声音来源 ×2, 声音, 指读, 连读.
      expect(buttons.length).toBeGreaterThanOrEqual(13);
      for (const box of buttons) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(60);
    }
  });
}

test('a glossary explanation can be read aloud on its own', async ({ page }) => {
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  await page.getByRole('button', { name: '枫桥经验', exact: true }).click();
  await page.getByRole('button', { name: '朗读解释' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  expect((await spoken(page))[0].text).toContain('有了纠纷，尽量在村里、社区里就地调解');
});

test('the voice is chosen among several Chinese voices and remembered', async ({ page }) => {
  await installFakeSpeech(page, {
    autoEnd: false,
    voices: [{ name: 'Remote', lang: 'zh-CN', localService: false }, { name: 'Local', lang: 'zh-CN' }, { name: 'Meijia', lang: 'zh-TW' }],
  });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await player(page).getByRole('button', { name: '更多设置' }).click();
  const picker = player(page).getByRole('combobox', { name: '声音' });
  await expect(picker).toHaveValue('Local');
  await picker.selectOption('Meijia');
  await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe('Meijia');
  await page.reload();
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await player(page).getByRole('button', { name: '更多设置' }).click();
  await expect(player(page).getByRole('combobox', { name: '声音' })).toHaveValue('Meijia');
});

test('the voice is given the text as published, while the page shows full-width punctuation', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/introduction');
  await expect(page.locator('#introduction-1')).toContainText('2024年，津南区委、区政府坚持');
  await page.getByRole('button', { name: '从这里读：第1段' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await endCurrentUtterance(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  // Written from the published page: its half-width commas, as the offline recordings were made from.
  expect((await spoken(page)).map((s) => s.text)).toEqual(['2024年,', '津南区委、区政府坚持以习近平新时代中国特色社会主义思想为指导,']);
});

test('the speed chosen in the player is kept: the next sentence, 连读 into the next section, a reload and another document', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { continue: 'on' });
  // Each sentence takes long enough to choose the speed while the first is spoken.
  await installFakeSpeech(page, { utteranceMs: 400 });
  await page.goto('/zh-CN/fire-notice/section/2-1');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  await player(page).getByRole('button', { name: '更多设置' }).click();
  await player(page).getByRole('combobox', { name: '语速' }).selectOption('1.4');
  // 连读 carries on into (二): every sentence after the choice, there too, is spoken at 1.4.
  await expect(page).toHaveURL(/\/zh-CN\/fire-notice\/section\/2-2$/, { timeout: 30_000 });
  await expect.poll(async () => (await spoken(page)).map((s) => s.text).join('')).toContain('（2）储备扑火物资。');
  const said = await spoken(page);
  const chosen = said.findIndex((s) => s.rate === 1.4);
  expect(chosen).toBeGreaterThanOrEqual(0);
  expect(said.length - chosen).toBeGreaterThan(3);
  expect(said.slice(chosen).map((s) => s.rate)).toEqual(Array(said.length - chosen).fill(1.4));
  expect(said.slice(chosen).some((s) => s.text.includes('储备扑火物资'))).toBe(true);

  for (const path of ['/zh-CN/fire-notice/section/2-2', '/zh-CN/jinnan-fazhi-2024/section/oversight']) {
    // A reload, then another document: the player shows the speed, and speaks at it.
    await page.goto(path);
    await page.getByRole('button', { name: '朗读本节' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    await player(page).getByRole('button', { name: '更多设置' }).click();
    await expect(player(page).getByRole('combobox', { name: '语速' })).toHaveValue('1.4');
    const first = (await spoken(page))[0];
    expect(first.rate, path).toBe(1.4);
  }
});

test('大字幕 shows the sentence being read aloud, and follows it to the next', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { view: 'original', captions: 'on' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  // The panel's code loads once captions are on; reading starts when it is there, as a reader would see it.
  await expect(page.getByRole('region', { name: '大字幕' })).toBeVisible();
  await page.getByRole('button', { name: '朗读本节' }).click();
  const caption = page.getByRole('region', { name: '大字幕' }).locator('[data-caption-text]');
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  // The mouse rests where it pressed 朗读本节 while the page scrolls each sentence into view: the text scrolling under
  // it is not what the reader points at, and 大字幕 keeps showing the sentence being read.
  // What the voice was given is what the caption shows, sentence after sentence.
  for (let n = 1; n <= 3; n++) {
    const said = await spoken(page);
    expect(said).toHaveLength(n);
    // The voice is given （九） as (九): the words and numbers are what must match.
    const words = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    await expect.poll(async () => words((await caption.textContent()) ?? '')).toBe(words(said[n - 1].text));
    await endCurrentUtterance(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(n + 1);
  }
});

test('大字幕 turned on while a sentence is being read shows that sentence at once', async ({ page, context, baseURL }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await savePreferences(context, baseURL!, { view: 'original' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  // 大字幕's code arrives only now, after the sentence began.
  await page.getByRole('button', { name: '无障碍' }).click();
  await page.getByRole('button', { name: /^大字幕/ }).click();
  const words = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  const caption = page.getByRole('region', { name: '大字幕' }).locator('[data-caption-text]');
  await expect.poll(async () => words((await caption.textContent()) ?? '')).toBe(words((await spoken(page))[0].text));
});

test('on a phone, the sentence being read stays on screen above the player bar, sentence after sentence down a long section', async ({ page, context, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await savePreferences(context, baseURL!, { view: 'original', mode: 'large' });
  await installFakeSpeech(page, { autoEnd: false });
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/business-environment');
  await page.getByRole('button', { name: '朗读本节' }).click();
  // Where the highlighted sentence is painted, and where the player bar begins.
  const placement = () =>
    page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('read-aloud-sentence');
      // The sentence where it is highlighted; a heading, read whole, is marked as a block.
      const marked = (highlight && [...highlight][0]) ?? document.querySelector('[data-reading]');
      const bar = document.querySelector('[data-player-bar]')?.getBoundingClientRect();
      const box = marked?.getBoundingClientRect();
      return box && bar ? { top: box.top, bottom: box.bottom, barTop: bar.top } : null;
    });
  const steps = 14;
  let lowest = 0;
  for (let n = 1; n <= steps; n++) {
    await expect.poll(async () => (await spoken(page)).length).toBe(n);
    // Scrolling may be smooth: the condition must hold once it settles, for every sentence.
    await expect
      .poll(async () => {
        const at = await placement();
        return at !== null && at.top >= 0 && at.bottom <= at.barTop;
      }, { message: `sentence ${n}` })
      .toBe(true);
    lowest = Math.max(lowest, await page.evaluate(() => window.scrollY));
    await endCurrentUtterance(page);
  }
  // The page did scroll down with the reading: the section is longer than the screen.
  expect(lowest).toBeGreaterThan(780);
});

test('the sentence being read is painted apart from the text around it, in every theme and in forced colours', async ({ page, context, baseURL }) => {
  const cases = [...themes.map((theme) => ({ theme, forced: false })), { theme: 'default' as const, forced: true }];
  expect(cases).toHaveLength(6);
  for (const { theme, forced } of cases) {
    await savePreferences(context, baseURL!, { view: 'original', theme });
    await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
    await installFakeSpeech(page, { autoEnd: false });
    await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
    await page.getByRole('button', { name: '朗读本节' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    // The highlight follows the voice's start: wait for it to be drawn.
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('read-aloud-sentence'))).toBe(true);
    // The first line of the sentence being read, and the first line of a paragraph not being read.
    const lines = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('read-aloud-sentence');
      const read = [...highlight!][0].getClientRects()[0];
      const other = document.createRange();
      // Reading has just begun at the section's start, so its second paragraph is not being read.
      other.selectNodeContents(document.querySelectorAll('main p[data-paragraph]')[1]);
      const rest = other.getClientRects()[0];
      // In page coordinates, for a screenshot of the whole page clipped to the line.
      const box = (r: DOMRect) => ({ x: r.left + scrollX + 2, y: r.top + scrollY + 2, width: Math.min(r.width, 200) - 4, height: r.height - 4 });
      return { read: box(read), rest: box(rest) };
    });
    const name = `${theme}${forced ? ', forced colours' : ''}`;
    const read = await paintedBackground(page, lines.read);
    const rest = await paintedBackground(page, lines.rest);
    expect(colourDistance(read, rest), `${name}: ${read} against ${rest}`).toBeGreaterThan(60);
  }
});
