import { expect, test, type Page } from '@playwright/test';
import { holdPageScripts } from './support/held-scripts';
import { savePreferences } from './support/preferences';

const bodyFontSize = (page: Page) =>
  page.locator('p[data-paragraph]').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
// The header's confirmation; switches further down the page have their own.
const status = (page: Page) => page.getByRole('banner').getByRole('status').first();

test('适老版 by the header switch: large type, spacing, remembered across pages', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18);
  await page.getByRole('link', { name: '适老版（大字）' }).click();
  await expect(status(page)).toHaveText('已切换到适老版，字更大。');
  await expect(page.getByRole('link', { name: '返回标准版' })).toBeVisible();

  const measured = await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('p[data-paragraph]')!;
    const style = getComputedStyle(p);
    const headings = [...document.querySelectorAll('h1, h2, h3')].map((h) => parseFloat(getComputedStyle(h).fontSize));
    return {
      font: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      gap: parseFloat(style.marginBottom) / parseFloat(style.lineHeight),
      smallestHeading: Math.min(...headings),
    };
  });
  expect(measured.font).toBeGreaterThanOrEqual(24);
  expect(measured.lineHeight).toBeGreaterThanOrEqual(1.8 - 1e-6);
  expect(measured.gap).toBeGreaterThanOrEqual(1.5 - 1e-6);
  expect(measured.smallestHeading).toBeGreaterThanOrEqual(30);

  await page.getByRole('link', { name: /下一节/ }).click();
  await expect(page).toHaveURL(/digital-government$/);
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);
  await page.reload();
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);

  await page.getByRole('link', { name: '返回标准版' }).click();
  await expect(status(page)).toHaveText('已切换到标准版。');
  expect(await bodyFontSize(page)).toBeLessThan(24);
});

test('放大 / 缩小 / 重置: five steps to 200 %, each announced in words', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const base = await bodyFontSize(page);
  const larger = page.getByRole('button', { name: '放大' });
  for (const step of [2, 3, 4, 5]) {
    await larger.click();
    await expect(status(page)).toHaveText(`字号已调大，当前第${step}档，共5档。`);
  }
  expect(await bodyFontSize(page)).toBeCloseTo(base * 2, 1);
  await larger.click();
  await expect(status(page)).toHaveText('已经是最大字号，第5档。');
  // Controls grow with the text.
  const buttonFont = await larger.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  expect(buttonFont).toBeCloseTo(base * 2, 1);

  await page.getByRole('button', { name: '缩小' }).click();
  await expect(status(page)).toHaveText('字号已调小，当前第4档，共5档。');
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/decision-making');
  expect(await bodyFontSize(page)).toBeCloseTo(base * 1.75, 1);
  await page.getByRole('button', { name: '重置' }).click();
  await expect(status(page)).toHaveText('字号已恢复默认，当前第1档，共5档。');
  expect(await bodyFontSize(page)).toBeCloseTo(base, 1);
});

test('配色: each theme applies at once, is announced, and persists', async ({ page }) => {
  await page.goto('/zh-CN');
  const expected = {
    白底黑字: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
    黑底黄字: ['rgb(0, 0, 0)', 'rgb(255, 255, 0)'],
    蓝底黄字: ['rgb(0, 0, 255)', 'rgb(255, 255, 0)'],
    黄底黑字: ['rgb(254, 254, 204)', 'rgb(0, 0, 0)'],
  };
  const toggle = page.getByRole('button', { name: '配色' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const [name, [background, text]] of Object.entries(expected)) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
    await expect(status(page)).toHaveText(`配色已切换为${name}。`);
    await expect(page.locator('body')).toHaveCSS('background-color', background);
    await expect(page.locator('h1')).toHaveCSS('color', text);
  }
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(254, 254, 204)');
  // Links are underlined, so colour is never the only cue (WCAG 1.4.1).
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await expect(page.getByRole('link', { name: /下一节/ })).toHaveCSS('text-decoration-line', 'underline');
});

test('a saved preference is in effect at first paint, with no layout shift', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { mode: 'large', size: '3', theme: 'black', view: 'original' });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: string[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?');
        w.shifts.push(`${entry.value.toFixed(5)} ${nodes.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const p = document.querySelector('p[data-paragraph]')!;
      (window as unknown as { firstPaint: object }).firstPaint = {
        // React marks the nodes it has hydrated; none should be marked yet.
        hydrated: Object.keys(document.querySelector('main')!).some((key) => key.startsWith('__react')),
        attributes: { ...document.documentElement.dataset },
        font: parseFloat(getComputedStyle(p).fontSize),
        background: getComputedStyle(document.body).backgroundColor,
        summaryShown: getComputedStyle(document.querySelector('[data-view-part="summary"]')!).display !== 'none',
      };
    });
  });
  const release = await holdPageScripts(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight', { waitUntil: 'commit' });
  await page.waitForFunction(() => 'firstPaint' in window);
  const firstPaint = await page.evaluate(() => (window as unknown as { firstPaint: Record<string, unknown> }).firstPaint);
  expect(firstPaint.hydrated).toBe(false);
  expect(firstPaint.attributes).toMatchObject({ mode: 'large', size: '3', theme: 'black', view: 'original' });
  expect(firstPaint.font).toBeCloseTo(24 * 1.5, 1);
  expect(firstPaint.background).toBe('rgb(0, 0, 0)');
  expect(firstPaint.summaryShown).toBe(false);
  // Then the scripts arrive and React takes over the page: that must not move anything either.
  release();
  await page.waitForLoadState('load');
  await page.waitForFunction(() => Object.keys(document.querySelector('main')!).some((key) => key.startsWith('__react')));
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
});

// The styles arrive inside the page (issue 28), so the head script's attributes meet them in the first frame.
test('适老版 is 24 px and each colour theme is in effect at first paint, before any script of the page has run', async ({ page, context, baseURL }) => {
  const backgrounds = [
    ['default', 'rgb(255, 255, 255)'],
    ['white', 'rgb(255, 255, 255)'],
    ['black', 'rgb(0, 0, 0)'],
    ['blue', 'rgb(0, 0, 255)'],
    ['yellow', 'rgb(254, 254, 204)'],
  ] as const;
  expect(backgrounds).toHaveLength(5);
  await page.addInitScript(() => {
    // The first frame drawn with the text in it: what the reader first sees.
    const frame = () => {
      const p = document.querySelector('main p[data-paragraph]');
      if (!p) return requestAnimationFrame(frame);
      (window as unknown as { firstPaint: object }).firstPaint = {
        hydrated: Object.keys(document.querySelector('main')!).some((key) => key.startsWith('__react')),
        font: getComputedStyle(p).fontSize,
        background: getComputedStyle(document.body).backgroundColor,
      };
    };
    requestAnimationFrame(frame);
  });
  for (const [theme, background] of backgrounds) {
    await savePreferences(context, baseURL!, { theme });
    const release = await holdPageScripts(page);
    await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/oversight', { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstPaint?: object }).firstPaint)).toEqual({ hydrated: false, font: '24px', background });
    release();
    await page.unrouteAll({ behavior: 'wait' });
  }
});

test('unknown or malformed cookie values fall back to the defaults silently', async ({ page, context, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const value of ['mode%3Dhuge%26size%3D99%26theme%3Dpink', '%E0%A4%A', '%3Cscript%3E', '']) {
    await context.addCookies([{ name: 'reader-prefs', value, url: baseURL! }]);
    const response = await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await bodyFontSize(page)).toBe(18);
  }
  expect(errors).toEqual([]);
});

test('with cookies refused, every control still works on the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'cookie', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      set: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse });
    Object.defineProperty(window, 'sessionStorage', { get: refuse });
  });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '放大' }).click();
  expect(await bodyFontSize(page)).toBeCloseTo(18 * 1.25, 1);
  await page.getByRole('link', { name: '适老版（大字）' }).click();
  expect(await bodyFontSize(page)).toBeCloseTo(24 * 1.25, 1);
  expect(errors).toEqual([]);
});

test('on a phone the size and colour controls fold behind 设置, and the first screen still shows the text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  const larger = page.getByRole('button', { name: '放大' });
  await expect(larger).toBeHidden();
  const settings = page.getByRole('button', { name: '设置', exact: true });
  await settings.click();
  await expect(settings).toHaveAttribute('aria-expanded', 'true');
  await larger.click();
  await expect(status(page)).toHaveText('字号已调大，当前第2档，共5档。');
  await settings.click();
  await expect(larger).toBeHidden();
  await expect(page.locator('h1')).toBeInViewport();
});
