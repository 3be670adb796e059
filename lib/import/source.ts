/**
 * What every front end (text, Word, web page, PDF) makes of its file: the same blocks, in source order, each with
 * where it came from. Structure is found afterwards, on these blocks (lib/import/structure.ts), so a table or a
 * list is never reduced to lines before anyone has looked at it.
 */

/** Where a block stands in its file, for the import report: its line, Word paragraph or element number, and page. */
export type Origin = { n: number; page?: number };

/** What a front end can tell about how a paragraph was set, beyond its words. */
export type TextHints = {
  /** 1–6 where the file marks it as a heading (<h2>, Word's 标题 2 / Heading 2). */
  heading?: number;
  /** The whole paragraph is bold: in news-style pages and Word files, a sub-head. */
  bold?: boolean;
  /** A bold run opening the paragraph (「（一）免交租金。」经认定的……): the exact leading characters of `text`. */
  lead?: string;
  align?: 'center' | 'right';
};

export type SourceParagraph = { kind: 'paragraph'; text: string; at: Origin } & TextHints;

export type SourceListItem = {
  /** The number or bullet as printed (「1.」, 「（一）」, 「•」); absent where none is shown. */
  marker?: string;
  /** The item's own words, without its marker. */
  text: string;
  lead?: string;
};

export type SourceList = { kind: 'list'; ordered: boolean; items: SourceListItem[]; at: Origin };

export type SourceCell = { text: string; colspan?: number; rowspan?: number };

export type SourceTable = {
  kind: 'table';
  caption?: string;
  /** Header rows (<thead>, Word's repeated header rows, <th> rows); may be empty. */
  head: SourceCell[][];
  rows: SourceCell[][];
  at: Origin;
};

export type SourceBlock = SourceParagraph | SourceList | SourceTable;

/** A fact the file states about itself outside its text (a <meta>, the info table, PDF properties), and where. */
export type Fact = { value: string; from: string };

/** A file read by its front end: its blocks, its own facts, and what an editor should look at. */
export type SourceDocument = {
  /** How the file was read, for the report: 「UTF-8 text」, 「Word .docx」, 「web page (GBK)」, 「PDF, 3 pages」. */
  format: string;
  /** What `Origin.n` counts. */
  unit: 'line' | 'paragraph' | 'element' | 'PDF line';
  /** How many of them the file has, for the report's first line. */
  count: number;
  blocks: SourceBlock[];
  /**
   * Label → value pairs the page states about the document (发布机构, 成文日期, 文号, 来源, 索引号 …, and
   * `title` from an ArticleTitle meta or the page's heading, `site` for the site's owner), each with where it was read.
   */
  facts: Record<string, Fact>;
  /** Lines the front end left out (running heads, page numbers, navigation): shown in the report, never text. */
  left: { text: string; at: Origin; why: string }[];
  /** What the front end was unsure of (a table it could not rebuild, say), with where. */
  unsure: { text: string; at: Origin; why: string }[];
};
