import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { rawGet } from './support/raw-http';
import { savePreferences } from './support/preferences';
import { searchStatus } from './support/search';

const paths = ['/zh-CN', '/en/jinnan-fazhi-2024/section/oversight', '/zh-CN/large/jinnan-fazhi-2024/whole', '/zh-CN/jinnan-fazhi-2024/glossary', '/zh-CN/help', '/zh-CN/no-such-page'];

/** Collects Content-Security-Policy violations as console lines, across navigations. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => /Content Security Policy|Refused to/.test(message.text()) && violations.push(message.text()));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective})`)),
  );
  return violations;
}

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...paths, '/icon.svg', '/audio-manifest.json', '/sw.js', '/manifest.webmanifest']) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    // eval() of JavaScript stays refused; compiling WebAssembly ('wasm-unsafe-eval', for the search) is the one allowance.
    const scriptSrc = directives(csp).get('script-src') ?? [];
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc.filter((source) => source.includes('eval')), path).toEqual(["'wasm-unsafe-eval'"]);
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
  }
});

test('every page carries its own policy: its inline scripts by hash, no other inline script, before any script', async ({ request }) => {
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const meta = html.match(/<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/);
    expect(meta, path).not.toBeNull();
    const policy = directives(meta![1]);
    const scriptSrc = policy.get('script-src')!;
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    // Each inline script's hash, computed here from the HTML as served.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length, path).toBeGreaterThanOrEqual(3);
    for (const script of inline) expect(scriptSrc, `${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  }
});

test('every page carries its styles in its <head>, allowed by hash in its own policy and in the header, never as unsafe-inline', async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    // The styles arrive with the page: no stylesheet to wait for.
    expect(head, path).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const styles = [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles.length, path).toBe(1);
    expect(styles[0].length, path).toBeGreaterThan(5_000);
    const hash = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
    const meta = directives(html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/)![1]).get('style-src')!;
    const header = directives(response.headers()['content-security-policy']).get('style-src')!;
    for (const [name, styleSrc] of [['page', meta], ['header', header]] as const) {
      expect(styleSrc, `${path}, ${name}`).toContain(hash);
      expect(styleSrc, `${path}, ${name}`).not.toContain("'unsafe-inline'");
      expect(styleSrc.filter((source) => !source.startsWith("'sha256-")), `${path}, ${name}`).toEqual(["'self'"]);
    }
  }
});

type Refusal = { directive: string; blocked: string; byHeader: boolean };

/** Every refusal the page reports, and which policy made it: the header's alone carries frame-ancestors. */
async function recordRefusals(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { refusals: Refusal[] };
    w.refusals = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.refusals.push({ directive: e.effectiveDirective, blocked: e.blockedURI, byHeader: e.originalPolicy.includes('frame-ancestors') }),
    );
  });
  // Sorted, as the two policies report one refusal in no set order.
  const inOrder = (list: Refusal[]) => list.map((r) => JSON.stringify(r)).sort();
  return { all: async () => inOrder(await page.evaluate(() => (window as unknown as { refusals: Refusal[] }).refusals)), inOrder };
}

test('a style or a script slipped into a page is refused by both policies and changes nothing, in the markup or added later', async ({ page }) => {
  const path = '/zh-CN/jinnan-fazhi-2024/section/oversight';
  const red = 'rgb(255, 0, 0)';
  const looks = () =>
    page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, outline: getComputedStyle(document.querySelector('main')!).outlineStyle }));
  await page.goto(path);
  const untouched = await looks();
  expect(untouched.background).not.toBe(red);

  const refusals = await recordRefusals(page);
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace('</head>', `<style>body{background-color:${red}!important}</style></head>`)
      .replace('</body>', '<script>window.pwned = 1</script></body>');
    // The body is given decoded, so it goes without the encoding it came with.
    const { 'content-encoding': _, 'content-length': __, ...headers } = response.headers();
    await route.fulfill({ status: response.status(), headers, body });
  });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-js', '');
  expect(await looks()).toEqual(untouched);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // The header's policy refuses the style as well as the page's own, so neither can be loosened alone; inline
  // scripts the header leaves to the page's policy (lib/security-headers.js).
  const each = [
    { directive: 'style-src-elem', blocked: 'inline', byHeader: true },
    { directive: 'style-src-elem', blocked: 'inline', byHeader: false },
    { directive: 'script-src-elem', blocked: 'inline', byHeader: false },
  ];
  expect(await refusals.all()).toEqual(refusals.inOrder(each));

  // Added after the page has started, as a script that got in some other way would add them.
  await page.evaluate((colour) => {
    const style = document.createElement('style');
    style.textContent = `main{outline:9px solid ${colour}!important}`;
    document.head.append(style);
    const script = document.createElement('script');
    script.textContent = 'window.pwnedLater = 1';
    document.body.append(script);
  }, red);
  expect(await looks()).toEqual(untouched);
  expect(await page.evaluate(() => (window as unknown as { pwnedLater?: number }).pwnedLater)).toBeUndefined();
  await expect.poll(refusals.all).toEqual(refusals.inOrder([...each, ...each]));
});

test('no page logs a Content-Security-Policy violation, even with every feature in use', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of paths) await page.goto(path);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/dispute-resolution');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await page.getByRole('button', { name: '无障碍' }).click();
  await page.getByRole('button', { name: /^大字幕/ }).click();
  // The guides and the large cursor move and size themselves from script, the player and captions measure
  // themselves: all through the CSSOM, which style-src 'self' leaves to the page.
  await page.getByRole('button', { name: /^大鼠标/ }).click();
  await page.getByRole('button', { name: /^十字线/ }).click();
  await page.getByRole('button', { name: /^阅读尺/ }).click();
  await expect(page.locator('.crosshair-x')).toBeVisible();
  await page.mouse.move(300, 480);
  await page.mouse.move(320, 520);
  await page.locator('#dispute-resolution-1').hover();
  await page.getByRole('region', { name: '大字幕' }).getByRole('button', { name: '繁' }).click();
  await page.getByRole('region', { name: '大字幕' }).getByRole('button', { name: '拼音' }).click();
  // 搜索 compiles WebAssembly in a worker: 'wasm-unsafe-eval', and nothing more, allows it.
  await page.goto('/zh-CN/search?q=%E8%B0%83%E8%A7%A3');
  await expect(searchStatus(page)).toHaveText(/找到\d+段/);
  await page.waitForTimeout(1500);
  expect(violations).toEqual([]);
});

test('连读 moves on to the next section by client-side navigation under the policy', async ({ page, context, baseURL }) => {
  const violations = await watchViolations(page);
  await savePreferences(context, baseURL!, { view: 'summary', continue: 'on' });
  await installFakeSpeech(page);
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/shortcomings');
  // A full page load would start a new window object, and with it lose this mark.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(page).toHaveURL(/\/section\/plans-2025$/, { timeout: 30_000 });
  await expect.poll(async () => (await spoken(page)).some((s) => s.text.includes('三、2025年度'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(violations).toEqual([]);
});

test('a script slipped into a page is refused, while the page’s own scripts run', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['/zh-CN/jinnan-fazhi-2024/section/oversight', '/zh-CN/no-such-page']) {
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</body>', '<script>window.pwned = 1</script></body>');
      expect(body, path).toContain('window.pwned');
      // The body is given decoded, so it goes without the encoding it came with.
      const { 'content-encoding': _, 'content-length': __, ...headers } = response.headers();
      await route.fulfill({ status: response.status(), headers, body });
    });
    violations.length = 0;
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('data-js', '');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), path).toBeUndefined();
    expect(violations.some((v) => v.includes('inline') && v.includes('script-src')), `${path}: ${violations.join('\n')}`).toBe(true);
  }
  // And the section page's own code still runs in full: the player opens.
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await expect(page.getByRole('region', { name: '朗读' })).toBeVisible();
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

test('no path reaches a file outside the site, however it is written', async ({ baseURL }) => {
  const attempts = [
    '/../../../../etc/passwd',
    '/zh-CN/../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/zh-CN/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/_next/static/..%2f..%2f..%2f..%2f..%2fetc/passwd',
    '/audio/..%5c..%5c..%5cpackage.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/_next/../package.json',
    '/zh-CN%00/../../package.json',
    `/zh-CN/${'%2e%2e/'.repeat(40)}etc/passwd`,
    `/${'a'.repeat(9000)}`,
  ];
  for (const path of attempts) {
    const { status, body } = await rawGet(baseURL!, path);
    expect([307, 308, 400, 404, 414], path).toContain(status);
    expect(body, path).not.toContain('root:x:0:0');
    expect(body, path).not.toContain('"name": "elder-reader"');
  }
});
