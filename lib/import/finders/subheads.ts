import type { SourceBlock, SourceParagraph } from '../source';
import { canHead, isParagraph, type Draft, type DraftSection, type Finder } from './draft';

/** The level a line is set as a sub-head at: its heading style (<h2>, Word's 标题 2), or 7 for a bold paragraph. */
const levelOf = (block: SourceBlock): number | undefined =>
  isParagraph(block) ? (block.heading && block.heading > 1 ? block.heading : block.bold ? 7 : undefined) : undefined;

/**
 * News-style 解读 and 指引 and Word files with heading styles: the sub-heads the file marks (heading styles, bold
 * lines), where at least two head something. Two levels make parts and their sections; a third stays text.
 */
export const findSubheads: Finder = (blocks) => {
  const heads = blocks.flatMap((block, index) => {
    const level = levelOf(block);
    return level && canHead(block, blocks[index + 1], (next) => levelOf(next) !== undefined && levelOf(next)! <= level) ? [{ index, level }] : [];
  });
  if (heads.length < 2) return undefined;
  const levels = [...new Set(heads.map((h) => h.level))].sort((a, b) => a - b);
  const [top, second] = levels;
  const draft: Draft = { introduction: [], parts: [], foundBy: `sub-heads the file marks (${heads.length})` };
  const sections = (): DraftSection[] => {
    if (!draft.parts.length) draft.parts.push({ sections: [] });
    return draft.parts.at(-1)!.sections;
  };
  blocks.forEach((block, index) => {
    const head = heads.find((h) => h.index === index);
    if (head?.level === top && second !== undefined) draft.parts.push({ heading: block as SourceParagraph, sections: [] });
    else if (head && (head.level === top || head.level === second)) sections().push({ heading: block as SourceParagraph, blocks: [] });
    else if (!draft.parts.length) draft.introduction.push(block);
    else (sections().at(-1) ?? pushed(sections(), { blocks: [] })).blocks.push(block);
  });
  return draft;
};

function pushed<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}
