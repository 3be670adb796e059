import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expectNoAxeViolations } from './support/axe';
import { modes, savePreferences, themes } from './support/preferences';

/** Reads the QR code the share panel shows, as a phone's camera would: its pixels, decoded with jsQR. */
async function decodeQr(page: Page) {
  const image = page.getByRole('img', { name: '本页二维码' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const { width, height, data } = await image.evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 480;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, 480, 480);
    return { width: 480, height: 480, data: [...context.getImageData(0, 0, 480, 480).data] };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

test('分享 without a system share sheet: a panel with the link, 复制链接 confirmed in words, and a QR code of the page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/section/oversight');
  const share = page.getByRole('button', { name: '分享' });
  await share.click();
  const panel = page.getByRole('region', { name: '分享这一页' });
  await expect(panel).toBeVisible();
  // The link keeps the mode: a 适老版 page shares its 适老版 address.
  const address = `${baseURL}/zh-CN/large/jinnan-fazhi-2024/section/oversight`;
  await expect(panel.getByRole('link', { name: address })).toBeVisible();
  await panel.getByRole('button', { name: '复制链接' }).click();
  await expect(panel.getByRole('status')).toHaveText('链接已复制。可以粘贴到微信里，发给家人。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  expect(await decodeQr(page)).toBe(address);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(share).toBeFocused();
});

test('分享 uses the system share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto('/zh-CN/jinnan-fazhi-2024');
  await page.getByRole('button', { name: '分享' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toMatch(/\/zh-CN\/jinnan-fazhi-2024$/);
  expect(shared.title).toBe('津南区人民政府关于2024年法治政府建设情况报告');
  await expect(page.getByRole('region', { name: '分享这一页' })).toBeHidden();
});

for (const mode of modes) {
  test(`axe: the share panel open, ${mode}, every theme`, async ({ page, context, baseURL }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    for (const theme of themes) {
      await savePreferences(context, baseURL!, { mode, theme });
      await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
      await page.getByRole('button', { name: '分享' }).click();
      await expect(page.getByRole('img', { name: '本页二维码' })).toBeVisible();
      await expectNoAxeViolations(page, `share panel (${mode}, ${theme})`);
    }
  });
}
