import { markerOf, type MarkerFamily } from '../markers';
import { isSentence } from '../shape';
import type { SourceBlock, SourceParagraph } from '../source';
import { cutEvenly, isParagraph, lengthOf, type DraftPart, type DraftSection, type Finder } from './draft';
import { sequence } from './outline';

// About eight minutes of listening at 3.3 hanzi a second: where a run of articles is cut into sections.
const ARTICLES_PER_SECTION_CHARS = 1600;
const RULE_KINDS = /(?:办法|条例|规定|细则|规则|章程|制度|规范|准则|守则|标准|实施方案|方案|决定|指引|指南)$/;

/**
 * 规章, 条例, 办法 (《立法法》's 章 → 节 → 条): chapters as sections (with their 节, as sections of a chapter part);
 * without chapters, the articles, cut into sections of a few minutes' listening named by their range
 * (「第一条至第八条」). A 通知 that 印发 a 办法 keeps its own text as the introduction, and the 办法 becomes a part
 * under its own title. A 目录 listing the chapters before them stays text. At least two chapters or three
 * articles are needed.
 */
export const findRule: Finder = (blocks, findings) => {
  const chapters = lastRun(blocks, 'chapter', findings);
  const articles = sequence(blocks, 'article', findings, []).map((a) => a.index);
  const byChapter = chapters.length >= 2;
  const start = byChapter ? chapters[0] : articles.length >= 3 ? articles[0] : -1;
  if (start === -1) return undefined;
  const titleAt = ruleTitle(blocks, start);
  const before = blocks.slice(0, titleAt ?? start);
  const lead = blocks.slice(titleAt === undefined ? start : titleAt + 1, start);
  const body = blocks.slice(start);
  const foundBy = byChapter ? `第…章 chapters (${chapters.length})` : `第…条 articles (${articles.length}), cut into sections by length`;
  if (titleAt !== undefined) {
    // A 通知 that 印发 a 办法: the notice is the introduction, the 办法 a part under its own title.
    const sections = byChapter ? chapterSections(body, chapters.map((i) => i - start)) : articleSections(body, articles.map((i) => i - start));
    return {
      introduction: before,
      parts: [{ heading: blocks[titleAt] as SourceParagraph, sections: [...(lead.length ? [{ blocks: lead }] : []), ...sections] }],
      foundBy: `${foundBy}, under the issued rule’s own title`,
    };
  }
  const introduction = [...before, ...lead];
  if (!byChapter) return { introduction, parts: [{ sections: articleSections(body, articles.map((i) => i - start)) }], foundBy };
  const parts = chapterParts(body, chapters.map((i) => i - start), findings);
  return { introduction, parts, foundBy: parts.some((part) => part.heading) ? `${foundBy} and their 第…节` : foundBy };
};

/** The chapters numbered from 第一章 on; where 第一章 comes twice, the first run was the rule's 目录. */
function lastRun(blocks: SourceBlock[], family: MarkerFamily, findings: Parameters<Finder>[1]): number[] {
  const firsts = blocks.flatMap((block, index) => (isParagraph(block) && markerOf(block.text)?.family === family && markerOf(block.text)!.number === 1 ? [index] : []));
  if (!firsts.length) return [];
  const from = firsts.at(-1)!;
  return sequence(blocks.slice(from), family, findings, []).map((numbered) => numbered.index + from);
}

/** The issued rule's own title just above its first chapter or article (a 目录 or a 「（…通过）」 line between). */
function ruleTitle(blocks: SourceBlock[], start: number): number | undefined {
  for (let index = start - 1; index >= Math.max(0, start - 30); index--) {
    const block = blocks[index];
    if (!isParagraph(block)) return undefined;
    const marker = markerOf(block.text);
    if (marker && marker.family !== 'chapter') return undefined;
    if (!marker && RULE_KINDS.test(block.text) && !isSentence(block.text) && block.text.length <= 60) return index > 0 ? index : undefined;
  }
  return undefined;
}

/** Each chapter one section, its heading the chapter's line. */
function chapterSections(blocks: SourceBlock[], starts: number[]): DraftSection[] {
  return starts.map((start, i) => ({ heading: blocks[start] as SourceParagraph, blocks: blocks.slice(start + 1, starts[i + 1] ?? blocks.length) }));
}

/** Chapters with 第…节 are parts read 节 by 节; where none has two, the chapters are sections of one unheaded part. */
function chapterParts(blocks: SourceBlock[], starts: number[], findings: Parameters<Finder>[1]): DraftPart[] {
  const chapters = chapterSections(blocks, starts);
  const split = chapters.map((chapter) => ({ chapter, subchapters: sequence(chapter.blocks, 'subchapter', findings, []).map((s) => s.index) }));
  if (!split.some(({ subchapters }) => subchapters.length >= 2)) return [{ sections: chapters }];
  return split.map(({ chapter, subchapters }) => {
    if (subchapters.length < 2) return { heading: chapter.heading, sections: [{ blocks: chapter.blocks }] };
    const sections: DraftSection[] = subchapters.map((at, i) => ({
      heading: chapter.blocks[at] as SourceParagraph,
      blocks: chapter.blocks.slice(at + 1, subchapters[i + 1] ?? chapter.blocks.length),
    }));
    const opening = chapter.blocks.slice(0, subchapters[0]);
    return { heading: chapter.heading, sections: opening.length ? [{ blocks: opening }, ...sections] : sections };
  });
}

/** Articles in runs of a few minutes' listening, each section named by the articles it holds. */
function articleSections(blocks: SourceBlock[], starts: number[]): DraftSection[] {
  const articles = starts.map((start, i) => blocks.slice(start, starts[i + 1] ?? blocks.length));
  return cutEvenly(articles, lengthOf, ARTICLES_PER_SECTION_CHARS).map((run) => {
    const [first, last] = [run[0], run.at(-1)!].map((article) => markerOf((article[0] as SourceParagraph).text)!.text);
    return { title: first === last ? first : `${first}至${last}`, blocks: run.flat() };
  });
}
