import fs from 'node:fs';
import { createRequire } from 'node:module';
import { AXE_TAGS } from '../support/axe-tags';
import type { EngineBrowser } from './browser';

// The same axe-core the Playwright suite injects (@axe-core/playwright depends on this package), with the same tags.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in the page as it is now; returns each violation in one line per element, none when clean. */
export async function axeViolations(browser: EngineBrowser): Promise<string[]> {
  if (!(await browser.run(() => 'axe' in window))) await browser.inject(axeSource);
  return browser.run(async (tags: string[]) => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary}`));
  }, AXE_TAGS);
}
