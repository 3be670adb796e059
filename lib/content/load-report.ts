import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import { readYaml } from './read-yaml';
import {
  documentFileSchema,
  sectionFileSchema,
  type AnnotatedText,
  type DocumentFile,
  type Paragraph,
  type SectionFile,
} from './schema';

export type PartRef = { id: string; heading: string };

export type Section = {
  id: string;
  /** As printed, e.g. 「(三)全力打造一流营商环境」; absent where the part heading is the section's own. */
  heading?: string;
  part?: PartRef;
  paragraphs: Paragraph[];
};

export type Part = PartRef & { sections: Section[] };

export type Report = Omit<DocumentFile, 'introduction' | 'parts'> & {
  /** The text before the first part, where the document has one. */
  introduction?: Section;
  parts: Part[];
  /** Every section in reading order: the introduction first. */
  sections: Section[];
};

const SECTIONS_DIR = 'sections';

/**
 * Reads and cross-checks one document's text (document.yaml and sections/); throws a ContentError naming the
 * file at the first mistake. `dir` is the document's folder, content/documents/<slug>.
 */
export function loadReport(dir: string): Report {
  const document = readYaml(dir, 'document.yaml', documentFileSchema);
  const files = readSectionFiles(dir);
  const byId = new Map(files.map((file) => [file.id, file]));
  const referenced = [...(document.introduction ? [document.introduction] : []), ...document.parts.flatMap((part) => part.sections)];

  const problems = [
    ...referenced
      .filter((id, index) => referenced.indexOf(id) !== index)
      .map((id) => `section "${id}" is listed more than once`),
    ...referenced
      .filter((id) => !byId.has(id))
      .map((id) => `section "${id}" is listed but ${SECTIONS_DIR}/${id}.yaml does not exist`),
    ...files
      .filter((file) => !referenced.includes(file.id))
      .map((file) => `${SECTIONS_DIR}/${file.id}.yaml is not listed in introduction or parts`),
  ];
  if (problems.length) throw new ContentError(path.join(dir, 'document.yaml'), problems);
  if (document.closing?.date) checkNotes(dir, 'document.yaml', 'closing.date', document.closing.date);

  const toSection = (id: string, part?: PartRef): Section => ({ ...byId.get(id)!, part });
  const introduction = document.introduction ? toSection(document.introduction) : undefined;
  const parts = document.parts.map((part) => {
    const ref = { id: part.id, heading: part.heading };
    return { ...ref, sections: part.sections.map((id) => toSection(id, ref)) };
  });
  return {
    ...document,
    introduction,
    parts,
    sections: [...(introduction ? [introduction] : []), ...parts.flatMap((part) => part.sections)],
  };
}

function readSectionFiles(dir: string): SectionFile[] {
  const names = fs
    .readdirSync(path.join(dir, SECTIONS_DIR))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const paragraphIds = new Set<string>();
  return names.map((name) => {
    const file = `${SECTIONS_DIR}/${name}`;
    const section = readYaml(dir, file, sectionFileSchema);
    const problems: string[] = [];
    if (`${section.id}.yaml` !== name) problems.push(`id "${section.id}" does not match the file name`);
    section.paragraphs.forEach((paragraph, index) => {
      if (!paragraph.id.startsWith(`${section.id}-`)) {
        problems.push(`paragraphs.${index}.id: "${paragraph.id}" must start with "${section.id}-"`);
      }
      if (paragraphIds.has(paragraph.id)) problems.push(`paragraphs.${index}.id: "${paragraph.id}" is used twice`);
      paragraphIds.add(paragraph.id);
      checkNotes(dir, file, `paragraphs.${index}`, paragraph);
    });
    if (problems.length) throw new ContentError(path.join(dir, file), problems);
    return section;
  });
}

function checkNotes(dir: string, file: string, where: string, annotated: AnnotatedText) {
  const missing = (annotated.notes ?? []).filter((note) => !annotated.text.includes(note.quote));
  if (missing.length) {
    throw new ContentError(
      path.join(dir, file),
      missing.map((note) => `${where}.notes: quote "${note.quote}" does not occur in the text`),
    );
  }
}
