import type { Page } from '@playwright/test';

/**
 * The text of each readable block the page shows, in order, as read-aloud takes it: a block's original
 * runs ([data-original-text]) when it has any, so editor's-note buttons are left out, else its whole text.
 */
export const readableBlockTexts = (page: Page) =>
  page.locator('main [data-read-block]:visible').evaluateAll((blocks) =>
    blocks.map((block) => {
      const original = block.querySelectorAll('[data-original-text]');
      return original.length ? [...original].map((el) => el.textContent).join('') : (block.textContent ?? '');
    }),
  );
