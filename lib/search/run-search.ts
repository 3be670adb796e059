import type { RecordKind, SearchRecord } from './records';

/** One passage found, ready to show: where it is (in the reader's language and mode) and its marked excerpt. */
export type Found = {
  place: string;
  url: string;
  title: string;
  document: string;
  kind: RecordKind;
  /** The passage's own language: an English interface shows the report's Chinese (WCAG 3.1.2). */
  lang: 'zh-CN' | 'zh-Hant' | 'en';
  /** The excerpt as Pagefind marks it: <mark> around the words that matched. */
  excerpt: string;
  content: string;
  halfwidth: string;
};

type PagefindResult = { id: string; data: () => Promise<{ url: string; excerpt: string; content: string; meta: SearchRecord['meta'] }> };
export type Pagefind = { search: (query: string) => Promise<{ results: PagefindResult[] }> };

const KIND_ORDER: Record<RecordKind, number> = { summary: 0, original: 1, glossary: 2 };
/** Passages loaded per search: each costs a fragment download, and a reader reads the first few. */
const MAX_RESULTS = 20;

type Loaded = { id: string; data: Awaited<ReturnType<PagefindResult['data']>> };

/** Every search's results, in the searches' order, each passage once, with its data (one fragment download each). */
async function collect(pagefind: Pagefind, searches: string[], skip: Set<string>): Promise<Loaded[]> {
  const answers = await Promise.all(searches.map((query) => pagefind.search(query)));
  const unique = answers.flatMap((answer) => answer.results).filter((result) => !skip.has(result.id) && !!skip.add(result.id));
  return Promise.all(unique.slice(0, MAX_RESULTS).map(async (result) => ({ id: result.id, data: await result.data() })));
}

/**
 * Runs every search a query stands for (expandQuery) and merges them: one hit per place (a passage found in 简体 and
 * 繁體 is one), shown in the reader's language and mode. The glossary takes part: where the words match a term's plain
 * explanation (找律师 → 公共法律服务), the passages with that term are found too. Passages come first, grouped by
 * section, the plain summary before the original; the explanations themselves last.
 */
export async function runSearch(pagefind: Pagefind, searches: string[], localePrefix: string): Promise<Found[]> {
  const seen = new Set<string>();
  const direct = await collect(pagefind, searches, seen);
  const terms = [...new Set(direct.filter(({ data }) => data.meta.kind === 'glossary').map(({ data }) => data.meta.title))];
  const viaTerms = terms.length ? await collect(pagefind, terms, seen) : [];
  const isGlossary = ({ data }: Loaded) => data.meta.kind === 'glossary';
  const ordered = [...direct.filter((r) => !isGlossary(r)), ...viaTerms.filter((r) => !isGlossary(r)), ...direct.filter(isGlossary)];
  const found: Found[] = [];
  const places = new Set<string>();
  for (const { data } of ordered) {
    if (found.length >= MAX_RESULTS) break;
    const { place, kind } = data.meta;
    const english = data.url.startsWith('/en/');
    // The English interface shows English summaries; the Chinese ones show theirs, in either script.
    if (kind !== 'original' && english !== (localePrefix === '/en')) continue;
    if (places.has(place)) continue;
    places.add(place);
    found.push({
      place,
      url: data.url.replace(/^\/(zh-CN|zh-Hant|en)/, localePrefix),
      title: data.meta.title,
      document: data.meta.document,
      kind,
      lang: english ? 'en' : data.url.startsWith('/zh-Hant/') ? 'zh-Hant' : 'zh-CN',
      excerpt: data.excerpt,
      content: data.content,
      halfwidth: data.meta.halfwidth,
    });
  }
  // Sections with the most passages found first (the section a question is about says it most), ties in the order
  // found; the glossary's entries, found last, stay last. Within a section, summary before original.
  const sectionOf = (item: Found) => (item.kind === 'glossary' ? '' : item.place.split('#')[0]);
  const counts = new Map<string, number>();
  found.forEach((item) => counts.set(sectionOf(item), (counts.get(sectionOf(item)) ?? 0) + 1));
  const firstSeen = new Map<string, number>();
  found.forEach((item, index) => firstSeen.has(sectionOf(item)) || firstSeen.set(sectionOf(item), index));
  const rank = (item: Found) => (item.kind === 'glossary' ? [1, 0, 0] : [0, -counts.get(sectionOf(item))!, firstSeen.get(sectionOf(item))!]);
  return found
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [ra, rb] = [rank(a.item), rank(b.item)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.index - b.index;
    })
    .map(({ item }) => item);
}

/** An excerpt's text split at Pagefind's <mark>s, so it is shown as text, never as HTML. */
export function excerptPieces(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (html: string) =>
    html.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" })[name]!);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((piece) => (piece.startsWith('<mark>') ? { text: decode(piece.slice(6, -7)), marked: true } : { text: decode(piece.replace(/<[^>]*>/g, '')), marked: false }));
}
