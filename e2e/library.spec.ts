import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { modes, savePreferences } from './support/preferences';

import { e2eDocuments } from './support/documents';

const player = (page: Page) => page.getByRole('region', { name: '朗读' });

// One document of each format and shape offices publish, imported by the e2e build: each reads whole in both modes.
for (const document of e2eDocuments) {
  for (const mode of modes) {
    test(`${document.slug} (${mode}): cover, every section and the whole document read, axe-clean`, async ({ page, context, baseURL }) => {
      await savePreferences(context, baseURL!, { mode });
      await page.goto(`/zh-CN/${document.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(document.title);
      // No summaries: no 一分钟看懂, and the contents lead to every section.
      await expect(page.getByRole('region', { name: '一分钟看懂' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveCount(document.sections.length);
      await expectNoAxeViolations(page, `${document.slug} cover (${mode})`);
      for (const id of document.sections) {
        await page.goto(`/zh-CN/${document.slug}/section/${id}`);
        await expect(page.getByText('本节还没有简明版，下面是原文。')).toBeVisible();
        await expect(page.getByRole('group', { name: '显示方式' })).toHaveCount(0);
        await expect(page.locator(`[id="${id}-1"]`)).toBeVisible();
      }
      // Every block of every section is on the whole-document page: axe reads them all there.
      await page.goto(`/zh-CN/${document.slug}/whole`);
      await expect(page.getByText('本节还没有简明版，下面是原文。')).toHaveCount(document.sections.length);
      await expectNoAxeViolations(page, `${document.slug}/whole (${mode})`);
    });
  }
}

test('a document saved as GBK reads as written: salutation, sections, lists, attachments and closing', async ({ page }) => {
  await page.goto('/zh-CN/fire-notice/section/introduction');
  await expect(page.locator('#salutation')).toHaveText('各乡镇人民政府，县政府各部门：');
  await expect(page.locator('#introduction-1')).toHaveText('为切实做好今冬明春森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通知如下：');
  await page.goto('/zh-CN/fire-notice/section/2-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（二）做好应急准备');
  // Its （1）（2） items are a list, each number as printed and its run-in lead in bold.
  const items = page.getByRole('list').filter({ hasText: '充实扑火队伍' }).getByRole('listitem');
  await expect(items).toHaveText(['（1）充实扑火队伍。每个乡镇组建不少于20人的半专业扑火队。', '（2）储备扑火物资。县应急管理局要在11月底前完成物资补充。']);
  await expect(items.first().locator('strong')).toHaveText('充实扑火队伍。');
  await page.goto('/zh-CN/fire-notice/section/3');
  await expect(page.getByRole('region', { name: '附件' })).toContainText('附件：1.某县森林防火责任人名单');
  const closing = page.getByRole('region', { name: '落款' });
  await expect(closing).toContainText('某县人民政府');
  await expect(closing).toContainText('2025年11月3日');
});

test('read-aloud in a document without summaries speaks its original, and 连读 stops at the document’s end', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { continue: 'on' });
  await installFakeSpeech(page);
  await page.goto('/zh-CN/fire-notice/section/2-1');
  await page.getByRole('button', { name: '朗读本节' }).click();
  // 连读 goes on into the next section of the same document…
  await expect(page).toHaveURL(/\/zh-CN\/fire-notice\/section\/2-2$/, { timeout: 30_000 });
  await expect.poll(async () => (await spoken(page)).map((s) => s.text).join('')).toContain('（2）储备扑火物资。');
  const said = (await spoken(page)).map((s) => s.text).join('');
  // …having read all of (一) as written (heading and its three paragraphs, the voice given the published text).
  expect(said).toContain('（一）严格管控野外火源各乡镇要在重点时段加强巡查。一是严查上山人员携带火种；');
  expect(said).toContain('2.加强重点区域巡护。林区入口设立检查站，实行进山登记。');

  await page.goto('/zh-CN/fire-notice/section/3');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(player(page).getByRole('status')).toContainText('这一部分读完了', { timeout: 30_000 });
  // …and stops at the document's end: 连读 goes where 下一节 leads, and the last section offers none (a wait
  // would only show that nothing happened yet).
  await expect(page.getByRole('navigation').getByRole('link', { name: /下一节/ })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: /上一节/ })).toHaveCount(1);
  await expect(page).toHaveURL(/\/zh-CN\/fire-notice\/section\/3$/);
  const last = (await spoken(page)).map((s) => s.text).join('');
  expect(last).toContain('某县人民政府2025年11月3日（此件公开发布）');
});

test('a page saved from a TRS site reads as its notice: the title without the breadcrumb, the 文号 on the cover, no script', async ({ page }) => {
  await page.goto('/zh-CN/living-allowance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于发放2025年度高龄津贴的通知');
  const cover = page.getByRole('definition');
  await expect(page.getByRole('term').filter({ hasText: '文号' })).toHaveCount(1);
  await expect(cover.filter({ hasText: '某民发〔2025〕18号' })).toHaveCount(1);
  await expect(cover.filter({ hasText: '某市民政局' }).first()).toBeVisible();
  await page.goto('/zh-CN/living-allowance/whole');
  const text = await page.locator('main').innerText();
  for (const never of ['您当前的位置', '脚本里的标题', '导航样式', '访问统计', '上一篇', '网站标识码']) expect(text, never).not.toContain(never);
  await expect(page.getByRole('region', { name: '落款' })).toContainText('2025年9月12日');
});
