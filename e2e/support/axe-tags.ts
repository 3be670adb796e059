// The WCAG levels every page, mode and theme is checked against: WCAG 2.0–2.2 A and AA. Playwright's axe helper
// (axe.ts) and the other engines' run (e2e/engines/axe.ts) both read them from here, so both check the same rules.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
