import type { Page } from '@playwright/test';

/**
 * Draws every part of the page that content-visibility leaves undrawn while it is far from the screen (the whole
 * document's sections): a reader always sees a section drawn, and what is read from the page as drawn (innerText,
 * axe's hit tests) is empty in an undrawn one. Through the CSSOM, which the Content-Security-Policy leaves to scripts.
 */
export async function drawEverySection(page: Page) {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}
