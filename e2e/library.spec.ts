import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { modes, savePreferences } from './support/preferences';

// The two synthetic documents the e2e build imports (scripts/e2e-content.ts): a county notice saved from its site
// as GBK, and a Word original. Neither has summaries or a glossary: each is read as a normal document.
const documents = [
  {
    slug: 'fire-notice',
    title: '某县人民政府关于做好2025年冬春季森林防火工作的通知',
    sections: ['introduction', '1', '2-1', '2-2', '3'],
  },
  {
    slug: 'farm-machinery',
    title: '某市某区农业农村局关于开展2025年度农机安全生产检查的通知',
    sections: ['introduction', '1', '2', '3', '4'],
  },
] as const;

const player = (page: Page) => page.getByRole('region', { name: '朗读' });

for (const document of documents) {
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
        await expect(page.locator(`p[id="${id}-1"]`)).toBeVisible();
        await expectNoAxeViolations(page, `${document.slug}/section/${id} (${mode})`);
      }
      await page.goto(`/zh-CN/${document.slug}/whole`);
      await expect(page.getByText('本节还没有简明版，下面是原文。')).toHaveCount(document.sections.length);
      await expectNoAxeViolations(page, `${document.slug}/whole (${mode})`);
    });
  }
}

test('a document saved as GBK reads as written: salutation, sections, items, attachments and closing', async ({ page }) => {
  await page.goto('/zh-CN/fire-notice/section/introduction');
  await expect(page.locator('#salutation')).toHaveText('各乡镇人民政府，县政府各部门：');
  await expect(page.locator('#introduction-1')).toHaveText('为切实做好今冬明春森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通知如下：');
  await page.goto('/zh-CN/fire-notice/section/2-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（二）做好应急准备');
  await expect(page.locator('[id="2-2-1"]')).toHaveText('（1）充实扑火队伍。每个乡镇组建不少于20人的半专业扑火队。');
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
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/zh-CN\/fire-notice\/section\/3$/);
  const last = (await spoken(page)).map((s) => s.text).join('');
  expect(last).toContain('某县人民政府2025年11月3日（此件公开发布）');
});
