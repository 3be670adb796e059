import { expect, test } from '@playwright/test';

const paths = ['/zh-CN', '/en/jinnan-fazhi-2024/section/oversight', '/zh-CN/large/jinnan-fazhi-2024/whole', '/zh-CN/jinnan-fazhi-2024/glossary', '/zh-CN/help', '/no-such-page'];

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...paths, '/icon.svg', '/audio-manifest.json']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    expect(csp, path).not.toContain('unsafe-eval');
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
  }
});

test('no page logs a Content-Security-Policy violation, even with every feature in use', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => /Content Security Policy|Refused to/.test(message.text()) && violations.push(message.text()));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective})`)),
  );
  for (const path of paths) await page.goto(path);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await page.getByRole('button', { name: '无障碍' }).click();
  await page.getByRole('button', { name: /^大字幕/ }).click();
  await page.locator('#dispute-resolution-1').hover();
  await page.getByRole('region', { name: '大字幕' }).getByRole('button', { name: '繁' }).click();
  await page.getByRole('region', { name: '大字幕' }).getByRole('button', { name: '拼音' }).click();
  await page.waitForTimeout(1500);
  expect(violations).toEqual([]);
});

test('hostile paths and query strings: 404 or 200, never 500, nothing reflected unescaped', async ({ request }) => {
  const probe = '<script>alert(1)</script>';
  const cases = [
    `/zh-CN/jinnan-fazhi-2024/section/${encodeURIComponent(probe)}`,
    `/zh-CN/${'a'.repeat(2000)}`,
    `/zh-CN/jinnan-fazhi-2024/section/oversight?q=${encodeURIComponent(probe)}`,
    `/zh-CN?${'x='.repeat(500)}`,
    `/en/..%2F..%2Fetc%2Fpasswd`,
    `/%E0%A4%A`,
    `/zh-CN/jinnan-fazhi-2024/section/%00`,
  ];
  for (const path of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 307, 400, 404], path).toContain(response.status());
    expect(await response.text(), path).not.toContain(probe);
  }
});
