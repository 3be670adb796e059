import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { firstDocumentSections, locales } from './support/pages';
import { savePreferences, variants } from './support/preferences';

const doc = '/jinnan-fazhi-2024';
const routes = ['', '/help', doc, `${doc}/whole`, `${doc}/glossary`, ...firstDocumentSections.map((id) => `${doc}/section/${id}`), '/no-such-page'];

for (const locale of locales) {
  for (const prefix of ['', '/large']) {
    test(`axe: every ${locale}${prefix} route`, async ({ page }) => {
      // Twenty pages, each read whole by axe: about 30 s on a quiet machine.
      test.setTimeout(180_000);
      for (const route of routes) {
        await page.goto(`/${locale}${prefix}${route}`);
        await expectNoAxeViolations(page, `/${locale}${prefix}${route}`);
      }
    });
  }
}

const keyPages = ['/zh-CN', '/zh-CN/jinnan-fazhi-2024', '/zh-CN/jinnan-fazhi-2024/section/digital-government', '/zh-CN/jinnan-fazhi-2024/whole', '/en/jinnan-fazhi-2024/section/oversight'];

for (const { mode, theme } of variants) {
  test(`axe: key pages in ${mode} mode with the ${theme} theme`, async ({ page, context, baseURL }) => {
    await savePreferences(context, baseURL!, { mode, theme });
    for (const path of keyPages) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${mode}, ${theme})`);
    }
    // 简明版 alone and 原文 alone are renderings of their own.
    for (const view of ['summary', 'original'] as const) {
      await savePreferences(context, baseURL!, { mode, theme, view });
      await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
      await expectNoAxeViolations(page, `dispute-resolution, view ${view} (${mode}, ${theme})`);
    }
    await savePreferences(context, baseURL!, { mode, theme });
    // The open 配色 panel, an editor's note and a glossary explanation are part of the page too.
    await page.goto('/zh-CN/jinnan-fazhi-2024/section/party-leadership');
    await page.getByRole('button', { name: '配色' }).click();
    await page.getByRole('button', { name: '编者注' }).first().click();
    await expectNoAxeViolations(page, `party-leadership with panels open (${mode}, ${theme})`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '述法', exact: true }).click();
    await expectNoAxeViolations(page, `party-leadership with a glossary term open (${mode}, ${theme})`);
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  for (const contrast of ['more', 'no-preference'] as const) {
    test(`axe: default theme following the system (${colorScheme}, contrast ${contrast})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, contrast });
      for (const path of keyPages) {
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${colorScheme}, ${contrast})`);
      }
    });
  }
}
