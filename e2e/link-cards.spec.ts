import { expect, test } from '@playwright/test';

const meta = (property: string) => `meta[property="${property}"], meta[name="${property}"]`;

// Every kind of page, with the description a shared link shows and whether it carries the document's card.
const pages = [
  { path: '/zh-CN', card: false, description: /政府公开文件/ },
  { path: '/zh-CN/help', card: false, description: /./ },
  { path: '/zh-CN/jinnan-fazhi-2024', card: true, description: /^津南区政府说明2024年怎样依法办事/ },
  { path: '/zh-CN/jinnan-fazhi-2024/section/oversight', card: true, description: /^区政府接受人大、政协监督，政府信息向社会公开。$/ },
  { path: '/zh-CN/large/jinnan-fazhi-2024/whole', card: true, description: /全文/ },
  { path: '/zh-Hant/jinnan-fazhi-2024/glossary', card: true, description: /./ },
  { path: '/en/fire-notice/section/2-1', card: true, description: /./ },
];

test('every page has Open Graph and Twitter meta; a document’s pages show its card, a 1200 × 630 PNG', async ({ page, request }) => {
  for (const { path, card, description } of pages) {
    await page.goto(path);
    const content = (name: string) => page.locator(meta(name)).first().getAttribute('content');
    expect(await content('og:title'), path).toBe(await page.title().then((t) => t.split(' | ')[0]));
    expect(await content('og:description'), path).toMatch(description);
    expect(await content('og:locale'), path).toBe({ 'zh-CN': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' }[path.split('/')[1]]);
    expect(await content('twitter:card'), path).toBe(card ? 'summary_large_image' : 'summary');
    if (!card) {
      await expect(page.locator(meta('og:image'))).toHaveCount(0);
      continue;
    }
    const image = await page.locator(meta('og:image')).first().getAttribute('content');
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), image!).toBe(200);
    const png = await response.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image!).toEqual([1200, 630]);
    expect(await page.locator(meta('og:image:alt')).first().getAttribute('content')).toMatch(/—/);
  }
});
