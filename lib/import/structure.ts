import { chromeReason } from './chrome';
import { DATE_LINE } from './dates';
import { readClosing } from './closing';
import { readFacts } from './facts';
import type { Draft, DraftPart, DraftSection, Finder } from './finders/draft';
import { findFlat } from './finders/flat';
import { findOutline } from './finders/outline';
import { findQuestions } from './finders/questions';
import { findRule } from './finders/rule';
import { findSubheads } from './finders/subheads';
import { readHeader } from './header';
import { ImportError } from './import-error';
import { gatherItems } from './items';
import { isOrganisation } from './shape';
import type { SourceBlock, SourceDocument } from './source';
import { toBlocks } from './to-blocks';
import type { Findings, ImportedDocument, ImportedPart, ImportedSection, Origins } from './types';

export type Analysis = {
  document: ImportedDocument;
  findings: Findings;
  origins: Origins;
  /** How the sections were found, for the report: 「一、 parts and （一） sections」, 「questions as headings (6)」. */
  foundBy: string;
};

// Tried in this order; the first that sees its shape in the text wins, and the flat one always does.
const FINDERS: Finder[] = [findRule, findOutline, findQuestions, findSubheads, findFlat];

// The kinds of 公文 and reports a title names last; a title ending otherwise may have lost a line.
const DOCUMENT_KINDS = [
  '通知', '通告', '公告', '报告', '意见', '决定', '办法', '方案', '规定', '规则', '细则', '批复', '函', '纪要', '规划', '计划',
  '要点', '总结', '通报', '条例', '决议', '公报', '指引', '指南', '清单', '答复', '请示', '命令', '议案', '章程', '讲话', '解读',
  '问答', '说明',
];
const DOCUMENT_KIND = new RegExp(`(?:${DOCUMENT_KINDS.join('|')})$`);

/**
 * A file's blocks → the document: cover facts, introduction, parts and sections with their ids, attachments,
 * closing and 版记. Structure is found, never demanded: whatever the text's shape, it imports, and what was
 * guessed is said (findings.unsure, and the origins marked as guesses).
 */
export function analyse(source: SourceDocument): Analysis {
  const findings: Findings = {
    chrome: source.left.map(({ text, at, why }) => ({ n: at.n, text, why })),
    metadata: [],
    unsure: source.unsure.map(({ text, at, why }) => ({ n: at.n, text, why })),
  };
  const { blocks } = source;
  if (!blocks.length) throw new ImportError('the file holds no text');
  const header = readHeader(blocks, source.facts.title, findings);
  const end = readClosing(blocks, header.bodyStart, findings);
  const body = blocks.slice(header.bodyStart, Math.max(header.bodyStart, end.bodyEnd)).filter((block) => {
    const why = block.kind === 'paragraph' ? chromeReason(block.text, false) : undefined;
    if (why) {
      findings.chrome.push({ n: block.at.n, text: (block as { text: string }).text, why });
      findings.unsure.push({ n: block.at.n, text: (block as { text: string }).text, why: 'left out as the site’s, inside the text' });
    }
    return !why;
  });
  // A file that is all title still has text to read: its title. One that is all chrome and metadata has none.
  if (!body.length) body.push(...blocks.filter((block) => header.title.some((line) => line.n === block.at.n)));
  if (!body.length) throw new ImportError('the file holds no text of a document: every line is the site’s menus and links, or facts about the page');
  const draft = propose(body, findings);

  const title = header.title.map((line) => line.text);
  if (!DOCUMENT_KIND.test(title.join('').replace(/\s/g, '')) && !header.titleOrigin.guessed) {
    findings.unsure.push({ ...header.title.at(-1)!, why: 'the title does not end with a kind of document (通知, 报告 …)' });
  }
  const { cover, origins } = readFacts({
    lines: { ...end.metadata, ...header.metadata },
    facts: source.facts,
    closing: end.closing,
    signed: draft.foundBy.includes('issued rule') ? signedAtEnd(draft.introduction) : undefined,
    title: title.join(''),
    documentNumber: header.documentNumber?.text,
  });
  const document: ImportedDocument = {
    title,
    ...cover,
    ...(header.salutation && { salutation: header.salutation }),
    ...(draft.introduction.length && { introduction: section('introduction', { blocks: draft.introduction }, findings) }),
    parts: draft.parts.map((part, index) => toPart(part, index, findings)),
    attachments: end.attachments,
    ...(end.closing && { closing: end.closing }),
    ...(end.imprint.length && { imprint: end.imprint }),
  };
  for (const list of Object.values(findings)) list.sort((a, b) => a.n - b.n);
  return { document, findings, origins: { title: header.titleOrigin, ...origins }, foundBy: draft.foundBy };
}

/** The first finder's proposal that fits; its remarks (a number out of order, say) are the only ones kept. */
function propose(body: SourceBlock[], findings: Findings): Draft {
  for (const finder of FINDERS) {
    const scratch: Findings = { chrome: [], metadata: [], unsure: [] };
    const draft = finder(body, scratch);
    if (!draft) continue;
    findings.unsure.push(...scratch.unsure);
    return withoutEmptySections(draft);
  }
  throw new Error('the flat finder always proposes');
}

/**
 * A heading with nothing under it is not one: its line goes to the start of the next section, as text (the last
 * one's to the end of the section before: headed sections come two or more to a part, 第…章 and 第…节 by the
 * finder's count, the others only with something under them).
 */
function withoutEmptySections(draft: Draft): Draft {
  for (const part of draft.parts) {
    part.sections = part.sections.flatMap((section, index, all) => {
      if (section.blocks.length) return [section];
      if (!section.heading) return [];
      const next = all[index + 1];
      if (next) next.blocks.unshift(section.heading);
      else all[index - 1].blocks.push(section.heading);
      return [];
    });
  }
  // A part left with no section keeps its heading's line in the text, at the end of what comes before it (the
  // last part kept: the one right before may be left with none too). Only a chapter read by its 节 can be left
  // so, and it has its heading: every other part keeps a section with text in it.
  const kept: DraftPart[] = [];
  for (const part of draft.parts) {
    if (part.sections.length) kept.push(part);
    else (kept.at(-1)?.sections.at(-1)!.blocks ?? draft.introduction).push(part.heading!);
  }
  draft.parts = kept;
  return draft;
}

/** A 通知's own signature before the 办法 it issues: the last date line of its text and the issuer above it. */
function signedAtEnd(blocks: SourceBlock[]): { issuer?: string; date?: string } | undefined {
  const at = blocks.findLastIndex((block) => block.kind === 'paragraph' && DATE_LINE.test(block.text));
  if (at === -1) return undefined;
  const above = blocks[at - 1];
  const issuer = above?.kind === 'paragraph' && isOrganisation(above.text) ? above.text : undefined;
  return { issuer, date: (blocks[at] as { text: string }).text };
}

/**
 * Ids: `<n>` for a part's only section, `<n>-<k>` for its k-th headed or named one, `<n>-0` for its text before the
 * first; blocks are `<section>-<k>`. The numbers follow the document's order, so they read as its outline.
 */
function toPart(part: Draft['parts'][number], index: number, findings: Findings): ImportedPart {
  const n = index + 1;
  const single = part.sections.length === 1 && !part.sections[0].heading;
  let k = 0;
  return {
    id: `part-${n}`,
    ...(part.heading && { heading: part.heading.text }),
    sections: part.sections.map((s) => section(single ? `${n}` : s.heading || s.title ? `${n}-${++k}` : `${n}-0`, s, findings)),
  };
}

function section(id: string, { heading, title, blocks }: DraftSection, findings: Findings): ImportedSection {
  return {
    id,
    ...(heading && { heading: heading.text }),
    ...(title && { title }),
    blocks: toBlocks(id, gatherItems(blocks), findings),
  };
}
