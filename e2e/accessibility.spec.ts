import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { locales } from './support/pages';

const sectionIds = [
  'introduction', 'leadership-duty', 'government-functions', 'business-environment', 'rules-and-documents',
  'decision-making', 'law-enforcement', 'emergency-response', 'dispute-resolution', 'oversight',
  'digital-government', 'party-leadership', 'joint-effort', 'shortcomings', 'plans-2025',
];
const routes = ['', '/report', ...sectionIds.map((id) => `/section/${id}`), '/no-such-page'];

for (const locale of locales) {
  test(`axe finds no WCAG 2.2 AA violations on any ${locale} route`, async ({ page }) => {
    for (const route of routes) {
      await page.goto(`/${locale}${route}`);
      await expectNoAxeViolations(page, `/${locale}${route}`);
    }
  });
}

test('axe finds no violations with an editor note open', async ({ page }) => {
  await page.goto('/zh-CN/section/party-leadership');
  await page.getByRole('button', { name: '编者注' }).first().click();
  await expectNoAxeViolations(page, 'party-leadership with a note open');
});
