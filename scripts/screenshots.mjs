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

const pages = {
  home: '/zh-CN',
  section: '/zh-CN/section/business-environment',
  hant: '/zh-Hant/section/business-environment',
  help: '/zh-CN/help',
  en: '/en/section/digital-government',
};
const modes = (process.env.MODES ?? 'standard,large').split(',');
const themes = (process.env.THEMES ?? 'default').split(',');
const sizes = (process.env.SIZES ?? '1').split(',');
// Phones first: a touch phone, as an older reader holds it.
const widths = {
  phone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

for (const [pageName, path] of Object.entries(pages)) {
  if (only && !only.includes(pageName)) continue;
  for (const mode of modes)
    for (const theme of themes)
      for (const size of sizes)
        for (const [widthName, device] of Object.entries(widths)) {
          const context = await browser.newContext({ ...device, locale: 'zh-CN' });
          await context.addCookies([
            { name: 'reader-prefs', value: `mode=${mode}&size=${size}&theme=${theme}`, url: base },
          ]);
          const page = await context.newPage();
          await page.goto(base + path);
          const file = `${out}/${pageName}-${mode}-${theme}-s${size}-${widthName}.png`;
          await page.screenshot({ path: file, fullPage: false });
          await context.close();
          console.log(file);
        }
}
await browser.close();
