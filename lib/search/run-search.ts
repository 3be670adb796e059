import type { RecordKind, SearchRecord } from './records';

/** One passage found, ready to show: where it is (in the reader's language and mode) and its marked excerpt. */
export type Found = {
  place: string;
  url: string;
  title: string;
  document: string;
  kind: RecordKind;
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

/**
 * Runs every search a query stands for (expandQuery) and merges them: the typed words' hits first, one hit per
 * place (a passage found in 简体 and 繁體 is one), shown in the reader's language and mode, and within a section the
 * plain summary before the original.
 */
export async function runSearch(pagefind: Pagefind, searches: string[], localePrefix: string): Promise<Found[]> {
  const answers = await Promise.all(searches.map((query) => pagefind.search(query)));
  const seen = new Set<string>();
  const ordered = answers.flatMap((answer) => answer.results).filter((result) => !seen.has(result.id) && !!seen.add(result.id));
  const found: Found[] = [];
  const places = new Set<string>();
  for (const result of ordered) {
    if (found.length >= MAX_RESULTS) break;
    const data = await result.data();
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
      excerpt: data.excerpt,
      content: data.content,
      halfwidth: data.meta.halfwidth,
    });
  }
  // Sections in the order their first passage was found; within a section, summary, original, glossary.
  const sectionOf = (item: Found) => item.place.split('#')[0];
  const sectionRank = new Map<string, number>();
  found.forEach((item) => sectionRank.has(sectionOf(item)) || sectionRank.set(sectionOf(item), sectionRank.size));
  return found
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        sectionRank.get(sectionOf(a.item))! - sectionRank.get(sectionOf(b.item))! ||
        KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
        a.index - b.index,
    )
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
