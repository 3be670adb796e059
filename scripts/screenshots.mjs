// Screenshots of pages in every mode and theme at phone and desktop widths, to look at by eye.
// Usage: node scripts/screenshots.mjs [baseURL] (default http://localhost:4173); writes to e2e/screenshots/.
import fs from 'node:fs';
import { chromium } from 'playwright';

const base = process.argv[2] ?? 'http://localhost:4173';
const only = process.env.ONLY?.split(',');
const out = 'e2e/screenshots';
fs.mkdirSync(out, { recursive: true });
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

// Each page, and the element to bring into view on it (the table of the e2e build's pension 政策解读, say).
const pages = {
  home: ['/zh-CN'],
  section: ['/zh-CN/jinnan-fazhi-2024/section/business-environment'],
  hant: ['/zh-Hant/jinnan-fazhi-2024/section/business-environment'],
  help: ['/zh-CN/help'],
  en: ['/en/jinnan-fazhi-2024/section/digital-government'],
  table: ['/zh-CN/pension-increase/section/1', 'table'],
  list: ['/zh-CN/pension-increase/section/2', 'ol'],
  rule: ['/zh-CN/home-care-rules/section/1-2'],
};
const modes = (process.env.MODES ?? 'standard,large').split(',');
const themes = (process.env.THEMES ?? 'default').split(',');
const sizes = (process.env.SIZES ?? '1').split(',');
// Phones first: a touch phone, as an older reader holds it.
const widths = {
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

for (const [pageName, [path, shown]] of Object.entries(pages)) {
  if (only && !only.includes(pageName)) continue;
  for (const mode of modes)
    for (const theme of themes)
      for (const size of sizes)
        for (const [widthName, device] of Object.entries(widths)) {
          const context = await browser.newContext({ ...device, locale: 'zh-CN' });
          await context.addCookies([
            { name: 'reader-prefs', value: encodeURIComponent(`mode=${mode}&size=${size}&theme=${theme}`), url: base },
          ]);
          const page = await context.newPage();
          await page.goto(base + path);
          if (shown) await page.locator(shown).first().scrollIntoViewIfNeeded();
          const file = `${out}/${pageName}-${mode}-${theme}-s${size}-${widthName}.png`;
          await page.screenshot({ path: file, fullPage: false });
          await context.close();
          console.log(file);
        }
}
await browser.close();
