// How much of a page React hydrates: elements React has attached a fiber to, out of all in <body>, once the page
// has settled. Static markup (lib/static-markup) is in the page but not in React's tree, so it is not counted.
import { chromium } from 'playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function hydratedElements(url) {
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(() => {
      const all = [...document.body.querySelectorAll('*')];
      const hydrated = all.filter((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')));
      return { all: all.length, hydrated: hydrated.length };
    });
  } finally {
    await browser.close();
  }
}
