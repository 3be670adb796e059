import { expect, test } from '@playwright/test';

const sections = [
  ['introduction', '前言'],
  ['leadership-duty', '（一）履行推进法治建设第一责任人职责'],
  ['joint-effort', '（十二）全面凝聚推进法治政府建设合力'],
  ['shortcomings', '二、存在的不足和原因'],
  ['plans-2025', '三、2025年度推进法治政府建设的主要安排'],
] as const;

test('the library lists every document newest first, each a large link to its own cover', async ({ page }) => {
  await page.goto('/zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府公开文件');
  const list = page.getByRole('list', { name: '全部文件，最新的在前' });
  const items = list.getByRole('listitem');
  // The first document among the e2e build's test documents, by the dates their files print (undated ones last, by
  // name: the editor has still to give them a date).
  await expect(items.getByRole('heading', { level: 2 })).toHaveText([
    '关于2026年提高城乡居民基础养老金标准的政策解读', // 2026-01-05
    '某市医疗保障局关于调整2026年度城乡居民医保缴费标准的通知', // 2025-12-20
    '某市某区农业农村局关于开展2025年度农机安全生产检查的通知', // 2025-12-01
    '某县人民政府关于做好2025年冬春季森林防火工作的通知', // 2025-11-03
    '某区人民政府关于冬季供暖有关事项的通告', // 2025-11-01
    '关于发放2025年度高龄津贴的通知', // 2025-09-12
    '一文说清：手机上怎样办理养老资格认证', // 2025-08-02
    '某县人民政府办公室关于印发《某县农村公益性岗位管理办法》的通知', // 2025-04-10
    '津南区人民政府关于2024年法治政府建设情况报告', // 2025-02-28
    '社区食堂开进小区',
    '某市居家养老服务办法',
    '城乡居民养老保险热点问答',
    '某县养老服务补贴发放细则',
  ]);
  const jinnan = items.nth(8);
  await expect(jinnan).toContainText('发文单位：津南区人民政府');
  await expect(jinnan).toContainText('发布日期：2025年2月28日');
  await expect(jinnan).toContainText('津南区政府说明2024年怎样依法办事');
  // A document without a date or an issuer shows neither line, rather than an empty one.
  await expect(items.nth(9)).not.toContainText('发布日期');
  await expect(items.nth(9)).not.toContainText('发文单位');
  await jinnan.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024$/);
});

test('a document’s cover shows its title, 开始阅读 and a contents entry for every part and section', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('津南区人民政府关于2024年法治政府建设情况报告');
  await expect(page.getByText('津南区人民政府办公室')).toBeVisible();
  await expect(page.getByText('2025年2月28日')).toBeVisible();
  await expect(page.getByRole('link', { name: '开始阅读' })).toHaveAttribute('href', '/zh-CN/jinnan-fazhi-2024/section/introduction');
  const contents = page.getByRole('navigation', { name: '目录' });
  await expect(contents.getByRole('link')).toHaveCount(15);
  for (const [, heading] of sections) await expect(contents.getByRole('link', { name: heading })).toBeVisible();
});

test('each section page has its heading, paragraph ids and section navigation', async ({ page }) => {
  for (const [id, heading] of sections) {
    const response = await page.goto(`/zh-CN/jinnan-fazhi-2024/section/${id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator(`p#${id}-1`)).toBeVisible();
    const nav = page.getByRole('navigation', { name: '翻页' });
    await expect(nav.getByRole('link', { name: '返回目录' })).toHaveAttribute('href', '/zh-CN/jinnan-fazhi-2024#contents');
    await expect(nav.getByRole('link', { name: '回到顶部' })).toHaveAttribute('href', '#top');
  }
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/introduction');
  await expect(page.getByRole('link', { name: /上一节/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /下一节/ })).toHaveAttribute('href', '/zh-CN/jinnan-fazhi-2024/section/leadership-duty');
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/plans-2025');
  await expect(page.getByRole('link', { name: /下一节/ })).toHaveCount(0);
  await expect(page.getByText('（建议此件主动公开）')).toBeVisible();
});

test('the English interface keeps the report in Chinese, marked lang="zh-CN"', async ({ page }) => {
  await page.goto('/en/jinnan-fazhi-2024/section/oversight');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Previous section' })).toBeVisible();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('（九）全面加强对行政权力的制约和监督');
  await expect(heading).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#oversight-1')).toHaveJSProperty('lang', '');
  expect(await page.locator('#oversight-1').evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN');
});

test('every page has a title and a meta description', async ({ page }) => {
  for (const path of ['/zh-CN', '/en', '/zh-CN/jinnan-fazhi-2024/whole', '/en/jinnan-fazhi-2024/section/decision-making']) {
    await page.goto(path);
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/);
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  }
});

test('an unknown page or section answers 404 with a way home in both languages', async ({ page }) => {
  for (const path of ['/zh-CN/jinnan-fazhi-2024/section/no-such-section', '/en/nothing-here', '/fr/section/oversight']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('没有找到这个页面');
    await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/zh-CN');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
  }
});

test('/ redirects by Accept-Language: 繁體 regions to zh-Hant, other zh* to zh-CN, en* to en, anything else to zh-CN', async ({ request }) => {
  const cases = [
    ['zh-CN,zh;q=0.9', '/zh-CN'],
    ['zh-TW', '/zh-Hant'],
    ['zh-HK,en;q=0.5', '/zh-Hant'],
    ['zh-MO', '/zh-Hant'],
    ['zh-Hant', '/zh-Hant'],
    ['zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7', '/zh-Hant'],
    ['zh-Hans-HK', '/zh-CN'],
    ['zh-SG', '/zh-CN'],
    ['en-GB,en;q=0.9', '/en'],
    ['en', '/en'],
    ['de-DE,de;q=0.9,en;q=0.8', '/en'],
    ['zh-TW;q=0,en', '/en'],
    ['fr-FR,fr;q=0.9', '/zh-CN'],
    ['ja', '/zh-CN'],
  ];
  for (const [acceptLanguage, target] of cases) {
    const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 });
    expect(response.status(), acceptLanguage).toBe(307);
    expect(new URL(response.headers().location, 'http://x').pathname, acceptLanguage).toBe(target);
    expect(response.headers().vary, acceptLanguage).toContain('Accept-Language');
    // Prerendered pages must stay cacheable: the redirect sets no cookie.
    expect(response.headers()['set-cookie'], acceptLanguage).toBeUndefined();
  }
});

test('a path without a language goes to the same path in the reader’s language, query kept', async ({ request }) => {
  const response = await request.get('/section/oversight?from=letter', { headers: { 'Accept-Language': 'zh-HK' }, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/zh-Hant/section/oversight?from=letter');
  expect(response.headers().vary).toContain('Accept-Language');
  const landed = await request.get('/section/oversight', { headers: { 'Accept-Language': 'zh-HK' } });
  expect(landed.url()).toMatch(/\/zh-Hant\/jinnan-fazhi-2024\/section\/oversight$/);
  expect(landed.status()).toBe(200);
});

test('one URL per page: a trailing slash is dropped for good, and the file name is not a page', async ({ request }) => {
  for (const [path, target] of [
    ['/zh-CN/', '/zh-CN'],
    ['/zh-CN/help/', '/zh-CN/help'],
    ['/en/large/jinnan-fazhi-2024/section/oversight/?a=1', '/en/large/jinnan-fazhi-2024/section/oversight?a=1'],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe(target);
  }
  for (const path of ['/zh-CN/help.html', '/zh-CN.html', '/404.html', '/zh-CN/jinnan-fazhi-2024/whole.html']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('canonical and language links name the site’s address (SITE_URL), the standard page as canonical', async ({ page, baseURL }) => {
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/oversight');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/zh-CN/jinnan-fazhi-2024/section/oversight`);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute('href', `${baseURL}/zh-Hant/large/jinnan-fazhi-2024/section/oversight`);
});

// Every URL published before the library, in every language and mode, with a paragraph anchor: moved for good.
const legacy = [
  ['/section/oversight#oversight-2', '/jinnan-fazhi-2024/section/oversight#oversight-2'],
  ['/report', '/jinnan-fazhi-2024/whole'],
  ['/glossary', '/jinnan-fazhi-2024/glossary'],
] as const;

test('every old URL redirects for good to its new place, keeping the paragraph anchor', async ({ page, request }) => {
  for (const locale of ['zh-CN', 'zh-Hant', 'en']) {
    for (const large of ['', '/large']) {
      for (const [old, now] of legacy) {
        const response = await request.get(`/${locale}${large}${old.split('#')[0]}`, { maxRedirects: 0 });
        expect(response.status(), old).toBe(308);
        expect(response.headers().location, old).toBe(`/${locale}${large}${now.split('#')[0]}`);
      }
    }
  }
  for (const id of ['introduction', 'leadership-duty', 'plans-2025']) {
    const response = await request.get(`/zh-CN/section/${id}`, { maxRedirects: 0 });
    expect(response.headers().location).toBe(`/zh-CN/jinnan-fazhi-2024/section/${id}`);
  }
  // In the browser the anchor survives the redirect, and the paragraph is there.
  await page.goto('/zh-CN/large/section/oversight#oversight-2');
  await expect(page).toHaveURL(/\/zh-CN\/large\/jinnan-fazhi-2024\/section\/oversight#oversight-2$/);
  await expect(page.locator(':target')).toHaveAttribute('id', 'oversight-2');
});

// In a prerendered page React may send a Suspense boundary after the rest, hidden, for an inline script to move
// into place: without JavaScript that part of the page would be missing (components/layout/ModeShell.tsx).
test('every kind of page has all its text in its HTML, in place, with nothing left for a script to reveal', async ({ request }) => {
  const kinds = ['', '/help', '/search', '/offline', '/jinnan-fazhi-2024', '/jinnan-fazhi-2024/whole', '/jinnan-fazhi-2024/glossary', '/jinnan-fazhi-2024/section/law-enforcement'];
  for (const locale of ['zh-CN', 'en']) {
    for (const mode of ['', '/large']) {
      for (const kind of kinds) {
        const path = `/${locale}${mode}${kind}`;
        const html = await (await request.get(path)).text();
        expect(html, path).toContain('<main');
        expect(html, `${path} has a boundary sent out of place`).not.toMatch(/<div hidden id="S:\d+"|<template id="B:\d+"/);
      }
    }
  }
});
