import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { AXE_TAGS } from './axe-tags';

// The one axe configuration every page, mode and theme is checked with (the tags are shared with e2e/engines).

export async function expectNoAxeViolations(page: Page, label: string) {
  // Legacy mode runs axe.run in the page itself. The default mode runs each frame's part, then opens a blank page to
  // merge them (to reach cross-origin iframes, which the reader has none of): the same results, at twice the time
  // per page (oversight section: ≈ 1.1 s against ≈ 2.5 s), and the suite runs axe some 300 times.
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
