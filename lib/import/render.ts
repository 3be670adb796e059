import { Document, isDocument, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { ImportedDocument, ImportedSection } from './types';

/** Every section in reading order: the introduction first. */
export const sectionsOf = (document: ImportedDocument): ImportedSection[] => [
  ...(document.introduction ? [document.introduction] : []),
  ...document.parts.flatMap((part) => part.sections),
];

/** The folder's YAML files by path: document.yaml and sections/<id>.yaml. */
export function renderDocument(document: ImportedDocument, comment: string): Map<string, string> {
  const { title, documentNumber, issuer, source, published, publishedTime, salutation, introduction, parts, attachments, closing, imprint } =
    document;
  const cover = {
    title,
    documentNumber,
    issuer,
    source,
    published,
    publishedTime,
    salutation,
    introduction: introduction?.id,
    parts: parts.map((part) => ({ id: part.id, heading: part.heading, sections: part.sections.map((s) => s.id) })),
    attachments: attachments.length ? attachments : undefined,
    closing,
    imprint,
  };
  return new Map([
    ['document.yaml', toYaml(cover, comment)],
    ...sectionsOf(document).map((section) => [`sections/${section.id}.yaml`, sectionYaml(section)] as [string, string]),
  ]);
}

/**
 * A section as an editor reads it: a block's kind follows from its key (text, list, table), so it is not written;
 * a plain cell is its text, and each table row one line (`- [60周岁至64周岁, 20元, 230元]`).
 */
function sectionYaml({ id, heading, title, blocks }: ImportedSection): string {
  const stored = blocks.map(({ kind, ...block }) => {
    if (kind !== 'table') return block;
    const { table } = block as Extract<ImportedSection['blocks'][number], { kind: 'table' }>;
    const row = (cells: typeof table.rows[number]) => cells.map((cell) => (Object.keys(cell).length === 1 ? cell.text : cell));
    return { ...block, table: { ...table, head: table.head.length ? table.head.map(row) : undefined, rows: table.rows.map(row) } };
  });
  const document = new Document({ id, heading, title, blocks: stored });
  // Rows of plain cells on one line each, as a table is read.
  stored.forEach((block, index) => {
    for (const group of ['head', 'rows']) {
      const rows = document.getIn(['blocks', index, 'table', group], true);
      if (!isSeq(rows)) continue;
      for (const row of rows.items) if (isSeq(row) && row.items.every(isScalar)) row.flow = true;
    }
  });
  return toYaml(document);
}

/**
 * Long lines are never folded (a paragraph stays one line an editor can search for), and strings made only of
 * digits and date or time signs are quoted, so that "2025228", "2025-02-28" and "10:00" stay text in any YAML reader.
 */
export function toYaml(value: unknown, comment?: string): string {
  const document = isDocument(value) ? value : new Document(value);
  if (comment) document.commentBefore = comment;
  visit(document, {
    Scalar(_, node: Scalar) {
      if (typeof node.value === 'string' && /^[\d\s:./-]+$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
