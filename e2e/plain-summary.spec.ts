import { expect, test, type Page } from '@playwright/test';
import { savePreferences } from './support/preferences';
import { firstDocumentSections } from './support/pages';

const summary = (page: Page) => page.getByRole('region', { name: '简明版' });
const original = (page: Page) => page.getByRole('region', { name: '原文' });

test('a section shows its plain summary above the original, with key-number cards', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/business-environment');
  await expect(summary(page)).toBeVisible();
  await expect(original(page)).toBeVisible();
  const [summaryTop, originalTop] = await Promise.all([summary(page), original(page)].map((r) => r.evaluate((e) => e.getBoundingClientRect().top)));
  expect(summaryTop).toBeLessThan(originalTop);
  const cards = summary(page).getByRole('listitem').filter({ has: page.locator('p') });
  await expect(summary(page).getByRole('heading', { name: '关键数字' })).toBeVisible();
  await expect(cards.filter({ hasText: '686' })).toContainText('个');
});

test('简明版 ⇄ 原文 for all sections is remembered across pages and visits', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '简明版', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '现在只显示简明版。' })).toBeVisible();
  await expect(original(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '简明版', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('link', { name: /下一节/ }).click();
  await expect(page).toHaveURL(/digital-government$/);
  await expect(summary(page)).toBeVisible();
  await expect(original(page)).toBeHidden();
  await page.reload();
  await expect(original(page)).toBeHidden();

  await page.getByRole('button', { name: '原文', exact: true }).click();
  await expect(summary(page)).toBeHidden();
  await expect(original(page)).toBeVisible();
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const summaries = page.locator('[data-view-part="summary"]');
  await expect(summaries).toHaveCount(15);
  for (const summary of await summaries.all()) await expect(summary).toBeHidden();
});

test('on the whole report one section’s switch changes just that section', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const pageWide = page.getByRole('group', { name: '显示方式', exact: true });
  await pageWide.getByRole('button', { name: '原文', exact: true }).click();
  const section = page.locator('#oversight');
  const sectionSwitch = section.getByRole('group', { name: '本节显示方式' });
  await expect(sectionSwitch.getByRole('button', { name: '原文', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await sectionSwitch.getByRole('button', { name: '简明版', exact: true }).click();
  await expect(section.getByRole('region', { name: '简明版' })).toBeVisible();
  await expect(section.getByRole('region', { name: '原文' })).toBeHidden();
  await expect(sectionSwitch.getByRole('button', { name: '简明版', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(sectionSwitch.getByRole('button', { name: '原文', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(section.getByRole('status').filter({ hasText: '现在只显示简明版。' })).toBeAttached();
  const other = page.locator('#joint-effort');
  await expect(other.getByRole('region', { name: '简明版' })).toBeHidden();
  await expect(other.getByRole('region', { name: '原文' })).toBeVisible();
  await expect(other.getByRole('group', { name: '本节显示方式' }).getByRole('button', { name: '原文', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // The page-wide switch takes every section back, and each section's switch says so.
  await pageWide.getByRole('button', { name: '简明+原文', exact: true }).click();
  await expect(section.getByRole('region', { name: '原文' })).toBeVisible();
  await expect(sectionSwitch.getByRole('button', { name: '简明+原文', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(sectionSwitch.getByRole('button', { name: '简明版', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('after 全部重置 the switch shows the view now in effect, not the one last pressed', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '原文', exact: true }).click();
  await expect(page.getByRole('button', { name: '原文', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '无障碍' }).click();
  await page.getByRole('button', { name: '全部重置' }).click();
  await expect(summary(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '简明+原文', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '原文', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('the English interface shows English summaries beside the Chinese original', async ({ page }) => {
  await page.goto('/en/jinnan-fazhi-2024/section/dispute-resolution');
  const plain = page.getByRole('region', { name: 'Plain summary' });
  await expect(plain).toContainText('mediation');
  await expect(page.getByRole('region', { name: 'Original text (Chinese)' }).locator('[lang="zh-CN"]').first()).toBeVisible();
});

test('一分钟看懂 on the home page: one plain sentence per section, each a way in', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  const overview = page.getByRole('region', { name: '一分钟看懂' });
  const links = overview.getByRole('link');
  // The report's sections in reading order, as published: each sentence leads to its own section.
  await expect(links).toHaveCount(firstDocumentSections.length);
  for (const [index, id] of firstDocumentSections.entries()) {
    const sentence = await links.nth(index).textContent();
    await links.nth(index).click();
    await expect(page).toHaveURL(new RegExp(`/zh-CN/jinnan-fazhi-2024/section/${id}$`));
    // The sentence is that section's own plain headline.
    await expect(page.locator(`#${id}-headline`)).toHaveText(sentence!);
    await page.goBack();
  }
});

test('a glossary term opens and closes by keyboard alone', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  const term = page.getByRole('button', { name: '枫桥经验', exact: true });
  await expect(term).toHaveCount(1);
  for (let i = 0; i < 80 && !(await term.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(term).toBeFocused();
  await page.keyboard.press('Enter');
  const explanation = page.getByText('有了纠纷，尽量在村里、社区里就地调解', { exact: false });
  await expect(explanation).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(explanation).toBeHidden();
  await expect(term).toBeFocused();
});

test('the glossary page lists every term with where it first appears', async ({ page, context, baseURL }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('词语解释');
  const terms = page.locator('dt');
  expect(await terms.count()).toBeGreaterThanOrEqual(25);
  await expect(terms.filter({ hasText: /^双随机、一公开$/ })).toHaveCount(1);
  const entries = await page.locator('dl > div').evaluateAll((items) =>
    items.map((item) => ({ term: item.querySelector('dt')!.textContent!, href: item.querySelector('dd a')!.getAttribute('href')! })),
  );
  expect(entries.length).toBe(await terms.count());

  // Where each term really first appears: the whole report with the original alone, its paragraphs in reading
  // order as a reader sees them (innerText leaves out the closed explanations).
  await savePreferences(context, baseURL!, { view: 'original' });
  await page.goto('/zh-CN/jinnan-fazhi-2024/whole');
  const paragraphs = await page
    .getByRole('paragraph')
    .evaluateAll((ps) => ps.filter((p) => p.id).map((p) => ({ id: p.id, text: (p as HTMLElement).innerText })));
  expect(paragraphs.length).toBeGreaterThanOrEqual(25);
  for (const { term, href } of entries) {
    const first = paragraphs.find((p) => p.text.includes(term));
    expect(first, term).toBeDefined();
    expect(href, term).toMatch(new RegExp(`/zh-CN/jinnan-fazhi-2024/section/[a-z0-9-]+#${first!.id}$`));
  }

  await page.goto('/zh-CN/jinnan-fazhi-2024/glossary');
  await page.getByRole('link', { name: '首次出现：（三）全力打造一流营商环境' }).first().click();
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024\/section\/business-environment#business-environment-\d$/);
  await expect(page.locator(':target')).toBeVisible();
});
