import { expect, test } from '@playwright/test';

// Words of the report's own text (its first paragraph), which appear nowhere else on the page.
const WORDS = '深学笃行习近平法治思想';

/** The page's inline React payload, as the browser's script sees it. */
const payloadOf = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((match) => JSON.parse(match[1]) as unknown[])
    .filter((part) => part[0] === 1)
    .map((part) => part[1])
    .join('');

test('the whole report sends its text once, in the page, and the page works from it', async ({ request, page }) => {
  const paths = ['/zh-CN/jinnan-fazhi-2024/whole', '/zh-CN/large/jinnan-fazhi-2024/whole'];
  expect(paths).toHaveLength(2);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const payload = payloadOf(html);
    // The payload is there and is read: it names the page's own client parts.
    expect(payload).toContain('"scope":"whole"');
    expect(html.split(WORDS)).toHaveLength(2);
    expect(payload).not.toContain(WORDS);
  }

  // What the reader gets: the text after React has started, and the switches that need it.
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/whole');
  await page.getByRole('group', { name: '显示方式', exact: true }).getByRole('button', { name: '原文', exact: true }).click();
  const introduction = page.locator('#introduction');
  await expect(introduction.getByRole('region', { name: '原文' })).toBeVisible();
  await expect(introduction.getByText(WORDS)).toBeVisible();
});
