import { describe, expect, it } from 'vitest';
import type { RecordKind } from './records';
import { excerptPieces, runSearch, type Pagefind } from './run-search';

type Entry = { url: string; kind: RecordKind; place: string; title?: string; words: string[] };

/** A stand-in for Pagefind's index: each query finds the entries listing it, in the order given. */
function fakeIndex(entries: Entry[]): Pagefind & { loaded: string[] } {
  const loaded: string[] = [];
  return {
    loaded,
    search: async (query) => ({
      results: entries
        .filter((entry) => entry.words.includes(query))
        .map((entry) => ({
          id: entry.url,
          data: async () => {
            loaded.push(entry.url);
            const meta = { title: entry.title ?? 'T', document: 'D', kind: entry.kind, place: entry.place, halfwidth: '' };
            return { url: entry.url, excerpt: `<mark>${query}</mark>`, content: query, meta };
          },
        })),
    }),
  };
}

const places = async (index: Pagefind, searches: string[], prefix = '/zh-CN') => (await runSearch(index, searches, prefix)).map((found) => found.url);

describe('runSearch', () => {
  it('puts the section with the most passages found first, the summary before the original within it', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/section/a#a-1', kind: 'original', place: 'd/a#a-1', words: ['执法'] },
      { url: '/zh-CN/d/section/b#b-1', kind: 'original', place: 'd/b#b-1', words: ['执法'] },
      { url: '/zh-CN/d/section/b#b-point-1', kind: 'summary', place: 'd/b#b-point-1', words: ['执法'] },
    ]);
    expect(await places(index, ['执法'])).toEqual(['/zh-CN/d/section/b#b-point-1', '/zh-CN/d/section/b#b-1', '/zh-CN/d/section/a#a-1']);
  });

  it('shows a passage found in 简体 and 繁體, or by two searches, once, in the reader’s language and mode', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/section/a#a-1', kind: 'original', place: 'd/a#a-1', words: ['调解', '纠纷'] },
      { url: '/zh-Hant/d/section/a#a-1', kind: 'original', place: 'd/a#a-1', words: ['调解'] },
    ]);
    expect(await places(index, ['调解', '纠纷'], '/zh-Hant/large')).toEqual(['/zh-Hant/large/d/section/a#a-1']);
  });

  it('finds the passages with a term whose explanation matched, and lists the explanation after them', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/glossary#term-1', kind: 'glossary', place: 'd/glossary#term-1', title: '公共法律服务', words: ['律师'] },
      { url: '/zh-CN/d/section/c#c-2', kind: 'original', place: 'd/c#c-2', words: ['公共法律服务'] },
    ]);
    expect(await places(index, ['律师'])).toEqual(['/zh-CN/d/section/c#c-2', '/zh-CN/d/glossary#term-1']);
  });

  it('shows English summaries only in the English interface, and originals everywhere', async () => {
    const index = fakeIndex([
      { url: '/en/d/section/a#a-point-1', kind: 'summary', place: 'd/a#a-point-1', words: ['q'] },
      { url: '/zh-CN/d/section/a#a-point-1', kind: 'summary', place: 'd/a#a-point-1', words: ['q'] },
      { url: '/zh-CN/d/section/a#a-1', kind: 'original', place: 'd/a#a-1', words: ['q'] },
    ]);
    const english = await runSearch(index, ['q'], '/en');
    expect(english.map((found) => [found.url, found.lang])).toEqual([
      ['/en/d/section/a#a-point-1', 'en'],
      ['/en/d/section/a#a-1', 'zh-CN'],
    ]);
    expect(await places(index, ['q'])).toEqual(['/zh-CN/d/section/a#a-point-1', '/zh-CN/d/section/a#a-1']);
  });

  it('loads at most twenty passages a search, however many match', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ url: `/zh-CN/d/section/a#a-${i}`, kind: 'original' as const, place: `d/a#a-${i}`, words: ['q'] }));
    const index = fakeIndex(entries);
    expect(await places(index, ['q'])).toHaveLength(20);
    expect(index.loaded).toHaveLength(20);
  });
});

describe('runSearch, what is shown and in which order', () => {
  const original = (section: string, n: number) => ({ url: `/zh-CN/d/section/${section}#${section}-${n}`, kind: 'original' as const, place: `d/${section}#${section}-${n}`, words: ['q'] });

  it('keeps a section’s passages together, sections with as many passages in the order first found', async () => {
    const index = fakeIndex([original('a', 1), original('b', 1), original('b', 2), original('a', 2)]);
    expect(await places(index, ['q'])).toEqual(['/zh-CN/d/section/a#a-1', '/zh-CN/d/section/a#a-2', '/zh-CN/d/section/b#b-1', '/zh-CN/d/section/b#b-2']);
  });

  it('lists explanations after the passages, however many explanations match', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/glossary#term-1', kind: 'glossary', place: 'd/glossary#term-1', title: '复议', words: ['q'] },
      { url: '/zh-CN/d/glossary#term-2', kind: 'glossary', place: 'd/glossary#term-2', title: '诉讼', words: ['q'] },
      original('a', 1),
    ]);
    expect(await places(index, ['q'])).toEqual(['/zh-CN/d/section/a#a-1', '/zh-CN/d/glossary#term-1', '/zh-CN/d/glossary#term-2']);
  });

  it('does not count explanations found as passages of a section whose id is 「glossary」', async () => {
    const index = fakeIndex([
      original('a', 1),
      original('a', 2),
      original('glossary', 1),
      { url: '/zh-CN/d/glossary#term-1', kind: 'glossary', place: 'd/glossary#term-1', title: '复议', words: ['q'] },
      { url: '/zh-CN/d/glossary#term-2', kind: 'glossary', place: 'd/glossary#term-2', title: '诉讼', words: ['q'] },
    ]);
    expect(await places(index, ['q'])).toEqual([
      '/zh-CN/d/section/a#a-1',
      '/zh-CN/d/section/a#a-2',
      '/zh-CN/d/section/glossary#glossary-1',
      '/zh-CN/d/glossary#term-1',
      '/zh-CN/d/glossary#term-2',
    ]);
  });

  it('searches the terms of explanations found, not the titles of passages found', async () => {
    const index = fakeIndex([
      { ...original('a', 1), title: '行政执法' },
      { url: '/zh-CN/d/section/b#b-1', kind: 'original', place: 'd/b#b-1', words: ['行政执法'] },
    ]);
    expect(await places(index, ['q'])).toEqual(['/zh-CN/d/section/a#a-1']);
  });

  it('shows twenty at most, passages before explanations', async () => {
    const index = fakeIndex([
      ...Array.from({ length: 19 }, (_, i) => ({ ...original('a', i), words: ['q', 'r'] })),
      { url: '/zh-CN/d/glossary#term-1', kind: 'glossary', place: 'd/glossary#term-1', title: '公共法律服务', words: ['q'] },
      ...Array.from({ length: 3 }, (_, i) => ({ ...original('b', i), words: ['公共法律服务'] })),
    ]);
    const shown = await places(index, ['q', 'r']);
    expect(shown).toHaveLength(20);
    expect(shown.at(-1)).toBe('/zh-CN/d/section/b#b-0');
    expect(shown).not.toContain('/zh-CN/d/glossary#term-1');
  });

  it('shows no explanation that only a term’s search found, not the reader’s words', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/glossary#term-1', kind: 'glossary', place: 'd/glossary#term-1', title: '公共法律服务', words: ['律师'] },
      { url: '/zh-CN/d/glossary#term-2', kind: 'glossary', place: 'd/glossary#term-2', title: '法律援助', words: ['公共法律服务'] },
      { url: '/zh-CN/d/section/c#c-2', kind: 'original', place: 'd/c#c-2', words: ['公共法律服务'] },
    ]);
    expect(await places(index, ['律师'])).toEqual(['/zh-CN/d/section/c#c-2', '/zh-CN/d/glossary#term-1']);
  });

  it('loads a passage two searches find once', async () => {
    const index = fakeIndex([{ ...original('a', 1), words: ['调解', '纠纷'] }]);
    await places(index, ['调解', '纠纷']);
    expect(index.loaded).toEqual(['/zh-CN/d/section/a#a-1']);
  });

  it('shows no Chinese summary in the English interface, and marks a 繁體 passage as 繁體', async () => {
    const index = fakeIndex([
      { url: '/zh-CN/d/section/a#a-point-1', kind: 'summary', place: 'd/a#a-point-1', words: ['q'] },
      { url: '/zh-Hant/d/section/a#a-1', kind: 'original', place: 'd/a#a-1', words: ['q'] },
    ]);
    expect((await runSearch(index, ['q'], '/en')).map((found) => [found.url, found.lang])).toEqual([['/en/d/section/a#a-1', 'zh-Hant']]);
  });
});

describe('excerptPieces', () => {
  it('decodes every character reference Pagefind writes, and keeps a mark that holds a space', () => {
    expect(excerptPieces('<mark>legal aid</mark> A&amp;B &quot;C&quot; D&#39;s E&#x27;s')).toEqual([
      { text: 'legal aid', marked: true },
      { text: ' A&B "C" D\'s E\'s', marked: false },
    ]);
  });

  it('drops any tag other than <mark>, keeping the words inside it', () => {
    expect(excerptPieces('做好<mark>调解</mark><b>工作</b>')).toEqual([
      { text: '做好', marked: false },
      { text: '调解', marked: true },
      { text: '工作', marked: false },
    ]);
  });

  it('splits at the marks and shows markup as text, never as HTML', () => {
    expect(excerptPieces('做好<mark>调解</mark>工作 &lt;b&gt;')).toEqual([
      { text: '做好', marked: false },
      { text: '调解', marked: true },
      { text: '工作 <b>', marked: false },
    ]);
  });
});
