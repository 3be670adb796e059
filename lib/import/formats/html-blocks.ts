import type { SourceBlock, TextHints } from '../source';
import { listItems } from './html-lists';
import { alignOf, BLOCK, boldOf, HEADING, isElement, isShown, leadOf, LIST, textOf, type Align } from './html-markup';
import { isLayoutTable, readTable } from './html-tables';
import { collapseText, type MarkedChar } from './html-text';

/** A block and the element it was read from, so that a front end can tell where in its file the block stood. */
export type SourcedBlock = { block: SourceBlock; source: Element };

type Context = { source: Element; bold: boolean; align?: Align; heading?: number };
// A block before it is numbered; distributes over the kinds so that each keeps its own fields.
type Unplaced<Block = SourceBlock> = Block extends SourceBlock ? Omit<Block, 'at'> : never;

/** The blocks of a DOM subtree in document order; `at.n` counts them from 1. */
export function htmlToBlocks(root: Element): SourceBlock[] {
  return sourcedBlocks(root).map(({ block }) => block);
}

/**
 * The blocks with the element each was read from: the paragraph, heading, list or table, or for words that stand
 * directly in a container (and for each line a <br> ends), that container.
 */
export function sourcedBlocks(root: Element): SourcedBlock[] {
  const found: SourcedBlock[] = [];
  let run: MarkedChar[] = [];
  let runContext: Context | undefined;

  const add = (block: Unplaced, source: Element) => found.push({ block: { ...block, at: { n: found.length + 1 } }, source });

  const flush = () => {
    const context = runContext;
    const chars = collapseText(run);
    run = [];
    runContext = undefined;
    if (context && chars.length > 0) add({ kind: 'paragraph', text: textOf(chars), ...hints(chars, context) }, context.source);
  };

  const flow = (element: Element, context: Context) => {
    for (const node of element.childNodes) {
      if (node.nodeType === node.TEXT_NODE) {
        runContext ??= context;
        for (const char of node.nodeValue ?? '') run.push({ char, bold: context.bold });
        continue;
      }
      if (!isElement(node) || !isShown(node)) continue;
      const tag = node.localName;
      const heading = HEADING.exec(tag);
      if (tag === 'br') flush();
      else if (LIST.has(tag)) {
        flush();
        const items = listItems(node);
        if (items.length > 0) add({ kind: 'list', ordered: tag === 'ol', items }, node);
      } else if (tag === 'table' && !isLayoutTable(node as HTMLTableElement)) {
        flush();
        const table = readTable(node as HTMLTableElement);
        if (table) add(table, node);
      } else if (heading || BLOCK.has(tag) || tag === 'table') {
        flush();
        flow(node, {
          source: node,
          bold: boldOf(node, context.bold),
          align: alignOf(node) ?? context.align,
          heading: heading ? Number(heading[1]) : context.heading,
        });
        flush();
      } else flow(node, { ...context, bold: boldOf(node, context.bold) });
    }
  };

  flow(root, { source: root, bold: boldOf(root, false), align: alignOf(root) });
  flush();
  return found;
}

function hints(chars: MarkedChar[], context: Context): TextHints {
  const found: TextHints = {};
  if (context.heading) found.heading = context.heading;
  if (chars.every(({ char, bold }) => bold || char.trim() === '')) found.bold = true;
  else {
    const lead = leadOf(chars);
    if (lead) found.lead = lead;
  }
  if (context.align === 'center' || context.align === 'right') found.align = context.align;
  return found;
}
