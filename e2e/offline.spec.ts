import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech } from './support/fake-speech';
import { deploySwitch } from './support/deploy-switch';
import { e2eDocuments } from './support/documents';
import { firstDocument, firstDocumentSections, testDocuments } from './support/pages';
import { savePreferences } from './support/preferences';
import { nextStart, nginx } from './support/servers';

// These tests need the service worker, which every other suite blocks (its cache would hide their routed responses).
test.use({ serviceWorkers: 'allow' });

const cover = `/zh-CN/large/${firstDocument}`;
const saveSection = (page: Page) => page.getByRole('region', { name: '没网也能看' });

/** Opens a page and waits until the service worker controls it, as it does after the first visit. */
async function openControlled(page: Page, path: string) {
  await page.goto(path);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
}

/** The text of a page's first <h1>, as a reader would read it (tags dropped, spaces joined). */
const headingOf = (html: string) =>
  html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (data: Buffer) => [data.readUInt32BE(16), data.readUInt32BE(20)];

test('the web app manifest: name, standalone, the theme colour of the tokens, large maskable icons that exist', async ({ page, request }) => {
  await page.goto('/zh-CN');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: '长者阅读', display: 'standalone', start_url: '/' });
  const tokens = fs.readFileSync('app/styles/tokens.css', 'utf8');
  const brand = tokens.slice(tokens.indexOf(':root {')).match(/--color-button-background:\s*(#[0-9a-f]+)/i)![1];
  expect(manifest.theme_color).toBe(brand);
  for (const size of [192, 512]) {
    const icons = manifest.icons.filter((icon: { sizes: string }) => icon.sizes === `${size}x${size}`);
    expect(icons.map((icon: { purpose: string }) => icon.purpose).sort()).toEqual(['any', 'maskable']);
    const image = await request.get(icons[0].src);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual([size, size]);
  }
});

test('保存到手机: the size is said first, progress shows, and everything the document holds opens offline, unvisited pages too', async ({ page, context }) => {
  // The worker and the pages it serves stay within the Content-Security-Policy.
  const violations: string[] = [];
  page.on('console', (message) => /Content Security Policy|Refused to/.test(message.text()) && violations.push(message.text()));
  await openControlled(page, cover);
  const save = saveSection(page).getByRole('button', { name: /^保存到手机，没网也能看（约 \d+(\.\d)? MB）$/ });
  await expect(save).toBeVisible();
  await expect(saveSection(page).getByRole('button', { name: /^连朗读声音一起保存（约 \d+(\.\d)? MB）$/ })).toBeVisible();
  const sawProgress = page.locator('progress').waitFor({ state: 'attached' }).then(() => true);
  await save.click();
  await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，没网也能看。', { timeout: 60_000 });
  expect(await sawProgress).toBe(true);

  // Everything the document holds, and each page's heading as the server sends it (the test's own requests never
  // pass through the service worker).
  const pages = [cover, `${cover}/whole`, `${cover}/glossary`, ...firstDocumentSections.map((id) => `${cover}/section/${id}`)];
  expect(pages).toHaveLength(18);
  const headings = new Map<string, string>();
  for (const url of pages) headings.set(url, headingOf(await (await page.request.get(url)).text()));
  expect(headings.get(`${cover}/section/oversight`)).toContain('全面加强对行政权力的制约和监督');

  await context.setOffline(true);
  // Never opened before (all but the cover): served from what was saved, with its styles (适老版's 24 px text).
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(headings.get(url)!);
    expect(await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize)), url).toBeGreaterThanOrEqual(24);
  }
  // A page never saved: the offline page, in words, with the saved document to go to.
  await page.goto(`/zh-CN/large/${testDocuments[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络');
  await expect(page.getByText('这一页还没有保存到手机')).toBeVisible();
  await page.getByRole('link', { name: /法治政府建设情况报告（适老版）/ }).click();
  await expect(page).toHaveURL(new RegExp(`${cover}$`));
  await expect(saveSection(page).getByRole('button', { name: '删除保存的内容' })).toBeVisible();
  await context.setOffline(false);
  expect(violations).toEqual([]);
});

test('removed again: the document no longer opens offline', async ({ page, context }) => {
  await openControlled(page, cover);
  await saveSection(page).getByRole('button', { name: /^保存到手机/ }).click();
  await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，没网也能看。', { timeout: 60_000 });
  await saveSection(page).getByRole('button', { name: '删除保存的内容' }).click();
  await expect(saveSection(page).getByRole('status')).toHaveText('已从这部手机上删除。');
  await context.setOffline(true);
  await page.goto(`/zh-CN/large/${firstDocument}/section/oversight`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络');
  await expect(page.getByText('这部手机上还没有保存文件')).toBeVisible();
  await context.setOffline(false);
});

test('a phone with no room left: saving says so in words, keeps nothing half saved, and what was saved before stays', async ({ page, context, baseURL }) => {
  await openControlled(page, cover);
  await saveSection(page).getByRole('button', { name: /^保存到手机/ }).click();
  await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，没网也能看。', { timeout: 60_000 });
  // Room for a few more pages but not the recordings (≈ 0.5 MB): Chromium's own quota, so the next save runs out
  // of space part-way with a real QuotaExceededError, as on a full phone, having stored some of its pages.
  const origin = new URL(baseURL!).origin;
  const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: before + 400_000 });
  const other = `/zh-CN/large/${testDocuments[0]}`;
  await page.goto(other);
  // Every file of the other document in any cache, as the worker answers from them.
  const storedOfOther = () =>
    page.evaluate(async (slug) => {
      const urls: string[] = [];
      for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
      return urls.filter((url) => url.includes(slug)).sort();
    }, testDocuments[0]);
  const storedBefore = await storedOfOther();
  await saveSection(page).getByRole('button', { name: /^连朗读声音一起保存/ }).click();
  await expect(saveSection(page).getByRole('status')).toHaveText(
    '手机的存储空间不够，这份文件没有保存。已经保存的文件都还在。可以删掉一份已保存的文件，或在手机设置里清理空间后再试。',
    { timeout: 60_000 },
  );
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  // Not offered as saved, and what it stored before the space ran out is gone again.
  await expect(saveSection(page).getByRole('button', { name: /^保存到手机/ })).toBeVisible();
  expect(await storedOfOther()).toEqual(storedBefore);

  await context.setOffline(true);
  await page.goto(`/zh-CN/large/${firstDocument}/section/oversight`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('全面加强对行政权力的制约和监督');
  await page.goto(`${other}/whole`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络');
  await context.setOffline(false);
});

test('a page opened before opens offline; an error page is never kept, and offline the notice shows instead', async ({ page, context }) => {
  await openControlled(page, '/en/help');
  await page.reload();
  const missing = await page.goto('/en/no-such-page');
  expect(missing!.status()).toBe(404);
  await context.setOffline(true);
  await page.goto('/en/help');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('No connection');
  await page.goto('/en/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No connection');
  await context.setOffline(false);
});

test('a new version fetches again what the reader saved before it takes over, and drops the old caches: old and new never mix', async ({ page, context }) => {
  // The state a reader has after saving under an older build: its list of saved documents, and that build's pages.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    (window as unknown as { registerLater: () => Promise<unknown> }).registerLater = () => register('/sw.js', { scope: '/' });
    container.register = () => new Promise(() => {});
  });
  await page.goto('/zh-CN/help');
  const oversight = `/zh-CN/large/${firstDocument}/section/oversight`;
  await page.evaluate(async (url) => {
    const entry = { doc: 'jinnan-fazhi-2024', locale: 'zh-CN', mode: 'large', title: '津南区人民政府关于2024年法治政府建设情况报告', audio: false };
    await (await caches.open('reader-offline-list')).put('/offline/saved-documents.json', new Response(JSON.stringify([entry])));
    const old = '<!DOCTYPE html><html lang="zh-CN"><head><title>old</title></head><body><h1>旧版本的页面</h1></body></html>';
    await (await caches.open('reader-saved-an-older-build')).put(url, new Response(old, { headers: { 'Content-Type': 'text/html' } }));
    await (window as unknown as { registerLater: () => Promise<unknown> }).registerLater();
  }, oversight);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true);
  const names = await page.evaluate(() => caches.keys());
  expect(names).not.toContain('reader-saved-an-older-build');
  expect(names.filter((name) => name.startsWith('reader-saved-'))).toHaveLength(1);
  // The list survives the update, so the next one saves the same documents again.
  expect(names).toContain('reader-offline-list');
  await context.setOffline(true);
  await page.goto(oversight);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('全面加强对行政权力的制约和监督');
  await context.setOffline(false);
});

test('a new version takes over: after a redeploy and the reload a reader does, the new worker answers and saving works', async ({ page, context }) => {
  test.setTimeout(180_000);
  // Two real builds at one origin: the static export (nginx) deployed first, then the server build (next start).
  // Each build prints its own SITE_URL in a page's address, which tells offline which build a page came from.
  const site = await deploySwitch(nginx);
  try {
    const savedSection = `${site.origin}${cover}/section/oversight`;
    await openControlled(page, `${site.origin}${cover}`);
    await saveSection(page).getByRole('button', { name: /^保存到手机/ }).click();
    await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，没网也能看。', { timeout: 60_000 });
    const versionOf = async () => (await (await page.request.get(`${site.origin}/offline-manifest.json`)).json()).version as string;
    const older = await versionOf();

    site.deploy(nextStart);
    const newer = await versionOf();
    expect(newer).not.toBe(older);
    await page.reload();
    // The new worker installs, fetches again what was saved, and takes over the open page.
    await expect
      .poll(async () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('reader-saved-'))), { timeout: 90_000 })
      .toEqual([`reader-saved-${newer}`]);

    await context.setOffline(true);
    await page.goto(savedSection);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('全面加强对行政权力的制约和监督');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^${nextStart}/`));
    await context.setOffline(false);

    // 保存到手机 works under the new version: another document, then one of its pages never opened, offline.
    const other = `${site.origin}/zh-CN/large/${testDocuments[0]}`;
    await page.goto(other);
    await saveSection(page).getByRole('button', { name: /^保存到手机/ }).click();
    await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，没网也能看。', { timeout: 60_000 });
    await context.setOffline(true);
    await page.goto(`${other}/whole`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(e2eDocuments[0].title);
    await page.goto(savedSection);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('全面加强对行政权力的制约和监督');
    await context.setOffline(false);
  } finally {
    await site.close();
  }
});

test('saved with its recordings, a section reads aloud offline with no system voice', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await installFakeSpeech(page, { absent: true });
  await savePreferences(context, baseURL!, { view: 'summary', rate: '2' });
  await openControlled(page, `/zh-CN/${firstDocument}`);
  await saveSection(page).getByRole('button', { name: /^连朗读声音一起保存/ }).click();
  await expect(saveSection(page).getByRole('status')).toHaveText('已保存到这部手机，连朗读声音一起，没网也能听。', { timeout: 100_000 });
  await context.setOffline(true);
  await page.goto(`/zh-CN/${firstDocument}/section/shortcomings`);
  await page.getByRole('button', { name: '朗读本节' }).click();
  const player = page.getByRole('region', { name: '朗读' });
  await expect(player.getByRole('status')).toContainText('正在用离线录音朗读');
  await expect.poll(() => page.locator('audio[data-read-aloud]').evaluate((a: HTMLAudioElement) => a.currentTime > 0 && !a.error), { timeout: 20_000 }).toBe(true);
  await context.setOffline(false);
});

test('axe: the save control and the offline page, both modes', async ({ page, context }) => {
  for (const prefix of ['/zh-CN', '/zh-CN/large']) {
    await openControlled(page, `${prefix}/${firstDocument}`);
    await expect(saveSection(page)).toBeVisible();
    await expectNoAxeViolations(page, `${prefix} cover with 没网也能看`);
    await context.setOffline(true);
    await page.goto(`${prefix}/${testDocuments[1]}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络');
    await expectNoAxeViolations(page, `${prefix} offline page`);
    await context.setOffline(false);
  }
});
