import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { drawEverySection } from './drawn';

// The one axe configuration every page, mode and theme is checked with: WCAG 2.0–2.2 A and AA.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, label: string) {
  // axe's hit tests (target size, what covers what) find nothing inside a section not yet drawn.
  await drawEverySection(page);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
