import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech } from './support/fake-speech';
import { savePreferences } from './support/preferences';

type Manifest = { utterances: Record<string, { file: string; seconds: number }> };

const player = (page: Page) => page.getByRole('region', { name: '朗读' });
const playerStatus = (page: Page) => player(page).getByRole('status');
const audioElement = (page: Page) => page.locator('audio[data-read-aloud]');

/**
 * What 「二、存在的不足和原因」 says in 简明版, utterance by utterance, written out by hand from the published
 * heading and content/documents/jinnan-fazhi-2024/summaries/shortcomings.yaml: one sentence each, none longer than the limit.
 */
const shortcomingsSummary = [
  '二、存在的不足和原因',
  '报告也说了，工作还有三个方面的不足。',
  '依法办事的责任，还没有层层抓紧。',
  '有的部门重视不够，部门之间配合不够主动。',
  '懂法的人手不够。',
  '街道和镇上的执法人员中，有法律职业资格的人比较少。',
  '学法律出身的人也不多。',
  '执法人员素质高低不一。',
  '监督人员、法制审核人员缺少系统培训。',
  '执法还要更规范。',
  '法治化营商环境还有薄弱环节。',
  '有的单位认识不到位。',
  '用法律办法解决问题的能力还不足。',
  '推出新的好做法，还需要多创新。',
];

/** The recording of each utterance, from the manifest; a missing one fails here, naming it. */
function filesFor(manifest: Manifest, utterances: string[]) {
  return utterances.map((text) => manifest.utterances[text]?.file ?? `missing: ${text}`);
}

/** Every file the player's audio element is given to play, in order. */
async function recordPlayed(page: Page) {
  await page.evaluate(() => {
    const played: string[] = ((window as unknown as { played: string[] }).played = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const src = (r.target as HTMLAudioElement).getAttribute('src');
        if (r.attributeName === 'src' && src) played.push(src.split('/').pop()!);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['src'] });
  });
  return () => page.evaluate(() => (window as unknown as { played: string[] }).played);
}

/** Audio files the page requests, first time each (preloading asks for the next one early). */
function watchAudio(page: Page) {
  const files: string[] = [];
  page.on('request', (request) => {
    const match = request.url().match(/\/audio\/([^/?]+\.mp3)/);
    if (match && !files.includes(match[1])) files.push(match[1]);
  });
  return files;
}

test.beforeEach(async ({ page, context, baseURL }) => {
  // No speechSynthesis at all, as on several vendor Android browsers; speed 2 keeps the test short.
  await installFakeSpeech(page, { absent: true });
  await savePreferences(context, baseURL!, { view: 'summary', rate: '2' });
});

test('reading a section plays its audio files in order, and the highlight follows', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/shortcomings');
  const expected = filesFor(manifest, shortcomingsSummary);
  expect(expected.filter((f) => f.startsWith('missing'))).toEqual([]);
  const played = await recordPlayed(page);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('正在用离线录音朗读');
  await expect.poll(async () => (await played()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  // The highlighted block is the one whose recording is playing.
  // A file's first entry is the original's utterance (繁體 entries, listed after, share its file).
  const textOf = new Map<string, string>();
  for (const [text, u] of Object.entries(manifest.utterances)) if (!textOf.has(u.file)) textOf.set(u.file, text);
  const now = await page.evaluate(() => ({
    file: document.querySelector('audio[data-read-aloud]')!.getAttribute('src')!.split('/').pop()!,
    reading: document.querySelectorAll('[data-reading]').length === 1 ? document.querySelector('[data-reading]')!.textContent : null,
  }));
  expect(now.reading).toContain(textOf.get(now.file));
  await expect(playerStatus(page)).toContainText('这一部分读完了', { timeout: 60_000 });
  expect(await played()).toEqual(expected);
  // Speed is the audio's playbackRate, pitch preserved.
  expect(await audioElement(page).evaluate((a: HTMLAudioElement) => [a.playbackRate, a.preservesPitch])).toEqual([2, true]);
});

test('a table is read from its recordings row by row, each row with its headers, none skipped', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  // 「一、调整标准」 of the pension 政策解读, written out by hand from the Word file: its paragraph in two sentences,
  // then each row with its headers, a row past the ~30 hanzi a voice says at once cut at a cell.
  const expected = filesFor(manifest, [
    '一、调整标准',
    '按年龄段分档提高，年龄越大，增加越多。',
    '具体标准见下表：',
    '60周岁至64周岁，每月增加金额20元，',
    '调整后每月基础养老金230元',
    '65周岁至69周岁，每月增加金额25元，',
    '调整后每月基础养老金245元',
    '70周岁至79周岁，每月增加金额30元，',
    '调整后每月基础养老金260元',
    '80周岁及以上，每月增加金额40元，调整后每月基础养老金290元',
    '说明，调整后每月基础养老金：增加部分随每月养老金一并发放',
  ]);
  expect(expected.filter((f) => f.startsWith('missing'))).toEqual([]);
  await page.goto('/zh-CN/pension-increase/section/1');
  const played = await recordPlayed(page);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('这一部分读完了', { timeout: 60_000 });
  expect(await played()).toEqual(expected);
  await expect(playerStatus(page)).not.toContainText('跳过');
});

test('pause, resume, next and speed work with the offline recordings', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/leadership-duty');
  // The heading as published (half-width brackets), then the summary's headline.
  const expected = filesFor(manifest, ['(一)履行推进法治建设第一责任人职责', '区里的主要领导带头学法，亲自抓依法办事。']);
  expect(expected.filter((f) => f.startsWith('missing'))).toEqual([]);
  await page.getByRole('button', { name: '朗读本节' }).click();
  const src = () => audioElement(page).evaluate((a: HTMLAudioElement) => a.src.split('/').pop());
  await expect.poll(src).toBe(expected[0]);
  await player(page).getByRole('button', { name: '暂停' }).click();
  await expect(playerStatus(page)).toContainText('已暂停');
  expect(await audioElement(page).evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  await player(page).getByRole('button', { name: '继续' }).click();
  await expect.poll(() => audioElement(page).evaluate((a: HTMLAudioElement) => !a.paused)).toBe(true);
  await player(page).getByRole('button', { name: '下一句' }).click();
  await expect.poll(src).toBe(expected[1]);
  await player(page).getByRole('button', { name: '更多设置' }).click();
  await player(page).getByLabel('语速').selectOption('0.6');
  await expect.poll(() => audioElement(page).evaluate((a: HTMLAudioElement) => a.playbackRate)).toBeCloseTo(0.6, 5);
});

test('a missing audio file is reported and skipped', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/shortcomings');
  const expected = filesFor(manifest, shortcomingsSummary);
  await page.route(`**/audio/${expected[1]}`, (route) => route.fulfill({ status: 404, body: '' }));
  const files = watchAudio(page);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('有1句没有找到录音，已跳过', { timeout: 20_000 });
  await expect.poll(() => files.includes(expected[2]), { timeout: 20_000 }).toBe(true);
});

test('axe: no violations with the offline player open', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await player(page).getByRole('button', { name: '更多设置' }).click();
  await expectNoAxeViolations(page, 'oversight with the offline player open');
});

test('audio is cached forever, the manifest is revalidated', async ({ request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  const first = Object.values(manifest.utterances)[0].file;
  const audio = await request.get(`/audio/${first}`);
  expect(audio.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(audio.headers()['content-type']).toBe('audio/mpeg');
  expect((await request.get('/audio-manifest.json')).headers()['cache-control']).toBe('public, no-cache');
});

test('listening as a browser does: sample files decode to speech of the right length, none silent', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  const entries = Object.entries(manifest.utterances);
  const sample = [0, 1, 2, 3, 4, 5].map((i) => entries[Math.floor((i * entries.length) / 6)]);
  await page.goto('/zh-CN');
  for (const [text, { file }] of sample) {
    const heard = await page.evaluate(async (url) => {
      const data = await (await fetch(url)).arrayBuffer();
      const decoded = await new OfflineAudioContext(1, 16000, 16000).decodeAudioData(data);
      const samples = decoded.getChannelData(0);
      let sum = 0;
      for (const s of samples) sum += s * s;
      return { seconds: decoded.duration, rms: Math.sqrt(sum / samples.length) };
    }, `/audio/${file}`);
    const characters = text.replace(/[\s\p{P}\p{S}]/gu, '').length;
    const perSecond = characters / heard.seconds;
    expect(heard.rms, text).toBeGreaterThan(0.02);
    expect(perSecond, `${text}: ${heard.seconds.toFixed(1)} s`).toBeGreaterThan(2);
    expect(perSecond, `${text}: ${heard.seconds.toFixed(1)} s`).toBeLessThan(6);
  }
});

test('the GPL synthesizer stays in the build step: no page script contains it', () => {
  const chunks = fs.readdirSync('.next/static/chunks').filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of chunks) {
    expect(fs.readFileSync(`.next/static/chunks/${chunk}`, 'utf8'), chunk).not.toMatch(/eSpeakNG|espeak-ng|lame_init/i);
  }
});
