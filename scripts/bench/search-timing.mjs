// 搜索 in real Chromium: the bytes the first query downloads (Pagefind's code, WebAssembly, index and fragments,
// body and headers as received) and the time from pressing Enter to the results being announced, on a fresh page each run
// (nothing cached: the slowest case, the one a reader opening a shared link meets) and for a second query.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The search index as published: every file under out/pagefind, by kind. */
export function searchIndexSize(root = 'out/pagefind') {
  const sizes = { code: 0, index: 0, fragments: 0, files: 0 };
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue;
    const size = fs.statSync(path.join(entry.parentPath, entry.name)).size;
    const kind = entry.parentPath.endsWith('fragment') ? 'fragments' : /\.(js|wasm)/.test(entry.name) ? 'code' : 'index';
    sizes[kind] += size;
    sizes.files++;
  }
  return sizes;
}

async function once(browser, baseUrl, query, second) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Routed (passed through unchanged) so that the worker's requests are reported too.
  await context.route('**/pagefind/**', (route) => route.continue());
  let bytes = 0;
  // Pagefind fetches from a worker as well as from the page; the context sees both.
  context.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${baseUrl}/zh-CN/search`);
  const ask = async (words) => {
    await page.getByRole('searchbox').fill(words);
    const status = page.getByRole('region', { name: '搜索', exact: true }).getByRole('status');
    await status.evaluate((element) => {
      window.benchDone = new Promise((resolve) => new MutationObserver(() => /找到|没有找到/.test(element.textContent) && resolve(performance.now())).observe(element, { childList: true, subtree: true, characterData: true }));
    });
    const pressed = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    return (await page.evaluate(() => window.benchDone)) - pressed;
  };
  await page.getByRole('searchbox').focus();
  const first = await ask(query);
  const firstBytes = bytes;
  const again = second ? await ask(second) : null;
  await context.close();
  return { first, again, firstBytes };
}

export async function searchTimings(baseUrl, runs = 5) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) samples.push(await once(browser, baseUrl, '邻居吵架怎么办', '找律师'));
  } finally {
    await browser.close();
  }
  return {
    first: median(samples.map((s) => s.first)),
    again: median(samples.map((s) => s.again)),
    firstBytes: median(samples.map((s) => s.firstBytes)),
  };
}
