import { Document, Scalar, visit } from 'yaml';
import type { ImportedDocument, ImportedSection } from './types';

/** Every section in reading order: the introduction first. */
export const sectionsOf = (document: ImportedDocument): ImportedSection[] => [
  ...(document.introduction ? [document.introduction] : []),
  ...document.parts.flatMap((part) => part.sections),
];

/** The folder's YAML files by path: document.yaml and sections/<id>.yaml. */
export function renderDocument(document: ImportedDocument, comment: string): Map<string, string> {
  const { title, issuer, source, published, publishedTime, salutation, introduction, parts, attachments, closing } =
    document;
  const cover = {
    title,
    issuer,
    source,
    published,
    publishedTime,
    salutation,
    introduction: introduction?.id,
    parts: parts.map((part) => ({ id: part.id, heading: part.heading, sections: part.sections.map((s) => s.id) })),
    attachments: attachments.length ? attachments : undefined,
    closing,
  };
  return new Map([
    ['document.yaml', toYaml(cover, comment)],
    ...sectionsOf(document).map((section) => [`sections/${section.id}.yaml`, toYaml(section)] as [string, string]),
  ]);
}

/**
 * Long lines are never folded (a paragraph stays one line an editor can search for), and strings made only of
 * digits and date or time signs are quoted, so that "2025228", "2025-02-28" and "10:00" stay text in any YAML reader.
 */
export function toYaml(value: unknown, comment?: string): string {
  const document = new Document(value);
  if (comment) document.commentBefore = comment;
  visit(document, {
    Scalar(_, node: Scalar) {
      if (typeof node.value === 'string' && /^[\d\s:./-]+$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0 });
}
