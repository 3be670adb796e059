import type { SourceParagraph } from '../source';
import { isParagraph, type Draft, type Finder } from './draft';

const QUESTION_MAX = 80;
// 「问：…」, 「Q：…」, or a short line asking a question (numbered or not: 「3.退休后还能参保吗？」).
const QUESTION = /^(?:问\s*[：:]|Q\s*[：:])|[？?]$/;

const isQuestion = (block: Parameters<Finder>[0][number]): block is SourceParagraph =>
  isParagraph(block) && block.text.length <= QUESTION_MAX && QUESTION.test(block.text) && !/[。；;]/.test(block.text.replace(/[？?]$/, ''));

/**
 * 问答, 政策解读, 「热点13问」: the questions are the headings, each answered by what follows it. Two questions in a
 * row are not a Q&A (a list of questions asked in the text is); at least two answered questions are needed.
 */
export const findQuestions: Finder = (blocks) => {
  const heads = blocks.flatMap((block, index) => (isQuestion(block) && blocks[index + 1] && !isQuestion(blocks[index + 1]) ? [index] : []));
  if (heads.length < 2) return undefined;
  const draft: Draft = { introduction: blocks.slice(0, heads[0]), parts: [{ sections: [] }], foundBy: `questions as headings (${heads.length})` };
  heads.forEach((at, i) => {
    draft.parts[0].sections.push({ heading: blocks[at] as SourceParagraph, blocks: blocks.slice(at + 1, heads[i + 1] ?? blocks.length) });
  });
  return draft;
};
