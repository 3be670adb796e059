import { expect, test } from '@playwright/test';

test('one h1, headings in order, landmarks, and a readable text block', async ({ page }) => {
  for (const path of ['/zh-CN/jinnan-fazhi-2024', '/zh-CN/jinnan-fazhi-2024/whole', '/zh-CN/jinnan-fazhi-2024/section/digital-government']) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1], path).toBeLessThanOrEqual(1));
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  }
});

test('body text ≥ 18 px, line height ≥ 1.8, left-aligned, ≤ 40 hanzi a line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/law-enforcement');
  const metrics = await page.locator('#law-enforcement-1').evaluate((p) => {
    const style = getComputedStyle(p);
    const probe = document.createElement('span');
    probe.textContent = '法'.repeat(41);
    probe.style.whiteSpace = 'nowrap';
    p.append(probe);
    const hanzi41 = probe.getBoundingClientRect().width;
    probe.remove();
    return {
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      align: style.textAlign,
      width: p.getBoundingClientRect().width,
      hanzi41,
    };
  });
  expect(metrics.fontSize).toBeGreaterThanOrEqual(18);
  // Computed line height is a float: 1.8 × 18 reads back as 32.399…
  expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.8 - 1e-6);
  expect(['start', 'left']).toContain(metrics.align);
  expect(metrics.width).toBeLessThan(metrics.hanzi41);
});

test('the whole document draws the sections near the screen first, the rest as the reader comes to them', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/whole');
  // A section's text is drawn, or skipped with its section until it comes near.
  const drawn = (id: string) => page.locator(`#${id} p`).first().evaluate((p) => p.checkVisibility({ contentVisibilityAuto: true }));
  const sections = await page.locator('main [data-section-id]').evaluateAll((all) => all.map((section) => section.id));
  expect(sections.length).toBe(15);
  await expect.poll(() => drawn(sections[0])).toBe(true);
  // Far below the first screen: not yet drawn.
  for (const id of sections.slice(-3)) expect(await drawn(id), id).toBe(false);
  await page.locator(`#${sections.at(-1)}`).scrollIntoViewIfNeeded();
  await expect.poll(() => drawn(sections.at(-1)!)).toBe(true);
});
