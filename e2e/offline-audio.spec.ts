import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { splitUtterances } from '../lib/speech/split-utterances';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech } from './support/fake-speech';
import { savePreferences } from './support/preferences';
import { readableBlockTexts } from './support/readable-text';

type Manifest = { utterances: Record<string, { file: string; seconds: number }> };

const player = (page: Page) => page.getByRole('region', { name: '朗读' });
const playerStatus = (page: Page) => player(page).getByRole('status');
const audioElement = (page: Page) => page.locator('audio[data-read-aloud]');

/** The files the page should play, in order: its visible readable blocks, split as the hook splits them. */
async function expectedFiles(page: Page, manifest: Manifest) {
  const blocks = await readableBlockTexts(page);
  return blocks.flatMap((text) => splitUtterances(text).map((u) => manifest.utterances[u.text]?.file ?? `missing: ${u.text}`));
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
  await page.goto('/zh-CN/section/shortcomings');
  const expected = await expectedFiles(page, manifest);
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

test('pause, resume, next and speed work with the offline recordings', async ({ page, request }) => {
  const manifest: Manifest = await (await request.get('/audio-manifest.json')).json();
  await page.goto('/zh-CN/section/leadership-duty');
  const expected = await expectedFiles(page, manifest);
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
  await page.goto('/zh-CN/section/shortcomings');
  const expected = await expectedFiles(page, manifest);
  await page.route(`**/audio/${expected[1]}`, (route) => route.fulfill({ status: 404, body: '' }));
  const files = watchAudio(page);
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(playerStatus(page)).toContainText('有1句没有找到录音，已跳过', { timeout: 20_000 });
  await expect.poll(() => files.includes(expected[2]), { timeout: 20_000 }).toBe(true);
});

test('axe: no violations with the offline player open', async ({ page }) => {
  await page.goto('/zh-CN/section/oversight');
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
