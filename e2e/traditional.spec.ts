import { expect, test } from '@playwright/test';
import { installFakeSpeech, spoken } from './support/fake-speech';
import { savePreferences } from './support/preferences';

test('繁體: the header link shows the whole report and interface in traditional characters', async ({ page }) => {
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/government-functions');
  await page.getByRole('link', { name: /繁體/ }).click();
  await expect(page).toHaveURL(/\/zh-Hant\/jinnan-fazhi-2024\/section\/government-functions$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('（二）依法全面履行政府職能');
  // Converted by hand from the published paragraph, shown with full-width punctuation: nothing added, dropped or moved.
  expect((await page.locator('#government-functions-2 [data-original-text]').allTextContents()).join('')).toBe(
    '推進政務服務標準化建設。嚴格執行《天津市政務服務事項目錄》，編制完成《津南區政務服務事項清單（2024年版）》。強化證明事項清單管理，規範實施行政備案，編制完成《津南區證明事項清單》《津南區行政備案事項清單》，並在津南政務網公開，不斷推動“減證便民”工作落到實處。',
  );
  await expect(page.getByRole('button', { name: '無障礙' })).toBeVisible();
  await expect(page.getByRole('link', { name: /简体/ })).toBeVisible();
});

test('繁體 is remembered: a 简体 link opens in 繁體, blank (never 简体) until it arrives', async ({ page, context, baseURL }) => {
  await savePreferences(context, baseURL!, { hanzi: 'traditional' });
  // Record, frame by frame, what each document would paint, across the redirect.
  await page.addInitScript(() => {
    const record = (what: string) => {
      const seen = JSON.parse(sessionStorage.getItem('seen') ?? '[]');
      seen.push([location.pathname, what]);
      sessionStorage.setItem('seen', JSON.stringify(seen));
    };
    const frame = () => {
      const body = document.body;
      record(body && document.querySelector('main') ? `main ${getComputedStyle(body).visibility}` : 'no content');
      if (location.pathname.startsWith('/zh-CN')) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('readystatechange', () => record(document.readyState));
  });
  // Hold the 繁體 page back, so the 简体 one has every chance to paint before it is replaced.
  await page.route('**/zh-Hant/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/zh-CN/jinnan-fazhi-2024/section/oversight?from=share#oversight-2');
  await expect(page).toHaveURL(/\/zh-Hant\/jinnan-fazhi-2024\/section\/oversight\?from=share#oversight-2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('監督');
  const seen: [string, string][] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('seen') ?? '[]'));
  // The 简体 page never parsed its body (the browser drops it once the redirect starts), let alone showed it.
  const simplified = seen.filter(([path]) => path.startsWith('/zh-CN')).map(([, what]) => what);
  expect(simplified.filter((what) => what === 'interactive' || what === 'main visible')).toEqual([]);
  expect(seen.filter(([path]) => path.startsWith('/zh-Hant')).map(([, what]) => what)).toContain('main visible');

  await page.unrouteAll();
  await page.getByRole('link', { name: /简体/ }).click();
  await expect(page).toHaveURL(/\/zh-CN\/jinnan-fazhi-2024\/section\/oversight/);
  await page.goto('/zh-CN/large/jinnan-fazhi-2024/whole');
  await expect(page).toHaveURL(/\/zh-CN\/large\/jinnan-fazhi-2024\/whole$/);
});

test('繁體 pages read aloud in Mandarin, and the offline recordings cover every sentence', async ({ page, context, baseURL, request }) => {
  await savePreferences(context, baseURL!, { view: 'summary', rate: '2' });
  await installFakeSpeech(page, { voices: [{ name: 'Tingting', lang: 'zh-CN' }] });
  await page.goto('/zh-Hant/jinnan-fazhi-2024/section/shortcomings');
  // 「二、存在的不足和原因」 in 简明版, converted by hand from content/documents/jinnan-fazhi-2024/summaries/shortcomings.yaml, one sentence each.
  const utterances = [
    '二、存在的不足和原因',
    '報告也說了，工作還有三個方面的不足。',
    '依法辦事的責任，還沒有層層抓緊。',
    '有的部門重視不夠，部門之間配合不夠主動。',
    '懂法的人手不夠。',
    '街道和鎮上的執法人員中，有法律職業資格的人比較少。',
    '學法律出身的人也不多。',
    '執法人員素質高低不一。',
    '監督人員、法制審核人員缺少系統培訓。',
    '執法還要更規範。',
    '法治化營商環境還有薄弱環節。',
    '有的單位認識不到位。',
    '用法律辦法解決問題的能力還不足。',
    '推出新的好做法，還需要多創新。',
  ];
  const manifest: { utterances: Record<string, unknown> } = await (await request.get('/audio-manifest.json')).json();
  expect(utterances.filter((u) => !manifest.utterances[u])).toEqual([]);

  await page.getByRole('button', { name: '朗讀本節' }).click();
  await expect(page.getByRole('region', { name: '朗讀' }).getByRole('status')).toContainText('這一部分讀完了', { timeout: 30_000 });
  const said = await spoken(page);
  expect(said.map((s) => s.text)).toEqual(utterances);
  expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
});

// Characters that exist only in simplified Chinese, each with a traditional form, written by hand (not from OpenCC).
const SIMPLIFIED_ONLY = [...'县区乡镇门发关报话项护应为这们个单说读节页里馀余'];

test('繁體 converts everything a reader sees: a notice’s salutation, attachments and closing, the number cards', async ({ page }) => {
  // A notice as offices publish it (e2e/fixtures/import): 主送, 附件, the issuer's name, its date and 此件公开发布.
  await page.goto('/zh-Hant/fire-notice/whole');
  const main = page.getByRole('main');
  for (const line of ['各鄉鎮人民政府，縣政府各部門：', '附件：1.某縣森林防火責任人名單', '2.某縣森林防火值班電話表', '（此件公開發布）']) {
    await expect(main.getByText(line, { exact: true }), line).toBeVisible();
  }
  await expect(main.getByText('某縣人民政府', { exact: true }).last()).toBeVisible();
  const notice = await main.innerText();
  expect(notice.length).toBeGreaterThan(300);
  expect(SIMPLIFIED_ONLY.filter((char) => notice.includes(char))).toEqual([]);

  // The 关键数字 cards: each figure's unit and meaning.
  await page.goto('/zh-Hant/jinnan-fazhi-2024/section/business-environment');
  const cards = page.getByRole('list', { name: '關鍵數字' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1)).toHaveText('4300餘家區裡的政策宣傳培訓，讓4300多家企業受益。');
  await expect(cards.nth(2)).toHaveText('90餘次全年給企業做了90多次“法治體檢”。');
  const section = await page.getByRole('main').innerText();
  expect(SIMPLIFIED_ONLY.filter((char) => section.includes(char))).toEqual([]);
});
