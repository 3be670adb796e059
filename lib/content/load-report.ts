import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import { blockTexts, cellId, itemId, rowId } from './blocks';
import { readYaml } from './read-yaml';
import { documentFileSchema, sectionFileSchema, type AnnotatedText, type Block, type DocumentFile, type SectionFile } from './schema';
import { layoutTable } from './table-layout';

export type PartRef = { id: string; heading?: string };

export type Section = {
  id: string;
  /** As printed, e.g. 「(三)全力打造一流营商环境」; absent where the part heading is the section's own. */
  heading?: string;
  /** A name for the contents where the document prints none (「第一条至第十条」); never read as the original. */
  title?: string;
  part?: PartRef;
  blocks: Block[];
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
    ...(referenced.length ? [] : ['lists no sections: name the introduction, or parts with their sections']),
    ...referenced
      .filter((id, index) => referenced.indexOf(id) !== index)
      .map((id) => `section "${id}" is listed more than once`),
    ...referenced
      .filter((id) => !byId.has(id))
      .map((id) => `section "${id}" is listed but ${SECTIONS_DIR}/${id}.yaml does not exist`),
    ...files
      .filter((file) => !referenced.includes(file.id))
      .map((file) => `${SECTIONS_DIR}/${file.id}.yaml is not listed in introduction or parts`),
    // The contents and the page need a name for every section; where the document prints none, an editor gives one.
    ...document.parts.flatMap((part, index) =>
      part.heading
        ? []
        : part.sections
            .filter((id) => byId.has(id) && !byId.get(id)!.heading && !byId.get(id)!.title)
            .map((id) => `parts.${index}: ${SECTIONS_DIR}/${id}.yaml needs a heading or a title, as its part has no heading`),
    ),
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
  if (!fs.existsSync(path.join(dir, SECTIONS_DIR))) return [];
  const names = fs
    .readdirSync(path.join(dir, SECTIONS_DIR))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  // Every id becomes an anchor on the whole-document page, so none may repeat anywhere in the document.
  const ids = new Map<string, string>();
  return names.map((name) => {
    const file = `${SECTIONS_DIR}/${name}`;
    const section = readYaml(dir, file, sectionFileSchema);
    const problems: string[] = [];
    if (`${section.id}.yaml` !== name) problems.push(`id "${section.id}" does not match the file name`);
    const claim = (id: string, where: string) => {
      const other = ids.get(id);
      if (other) problems.push(`${where}: "${id}" is also the id of ${other}`);
      else ids.set(id, `${file} ${where}`);
    };
    claim(section.id, 'id');
    section.blocks.forEach((block, index) => {
      const where = `blocks.${index}`;
      if (!block.id.startsWith(`${section.id}-`)) problems.push(`${where}.id: "${block.id}" must start with "${section.id}-"`);
      claim(block.id, `${where}.id`);
      for (const [id, part] of partIds(block)) claim(id, `${where} (${part})`);
      problems.push(...blockProblems(block).map((problem) => `${where}.${problem}`));
    });
    if (problems.length) throw new ContentError(path.join(dir, file), problems);
    return section;
  });
}

/** The ids a block's items, rows and cells take on the page. */
function partIds(block: Block): [string, string][] {
  if (block.kind === 'list') return block.list.items.map((_, i) => [itemId(block.id, i), `item ${i + 1}`]);
  if (block.kind !== 'table') return [];
  const layout = layoutTable(block.table);
  return layout.rows.flatMap((cells, r) => [
    [rowId(block.id, r), `row ${r + 1}`] as [string, string],
    ...cells.map((spot): [string, string] => [cellId(block.id, r, spot.column), `row ${r + 1}, column ${spot.column + 1}`]),
  ]);
}

/** What an editor can get wrong inside a block: a note or lead that is not in its text, a table that does not line up. */
function blockProblems(block: Block): string[] {
  const texts = (): [string, AnnotatedText & { lead?: string }][] => {
    if (block.kind === 'paragraph') return [['', block]];
    if (block.kind === 'list') return block.list.items.map((item, i) => [`list.items.${i}.`, item]);
    return (['head', 'rows'] as const).flatMap((group) =>
      block.table[group].flatMap((cells, r) => cells.map((cell, c): [string, AnnotatedText] => [`table.${group}.${r}.${c}.`, cell])),
    );
  };
  const problems = texts().flatMap(([where, annotated]) => [
    ...notesProblems(annotated).map((problem) => `${where}${problem}`),
    ...(annotated.lead && !annotated.text.startsWith(annotated.lead) ? [`${where}lead: "${annotated.lead}" is not how the text starts`] : []),
  ]);
  if (block.kind === 'table') problems.push(...layoutTable(block.table).problems.map((problem) => `table.${problem}`));
  if (!blockTexts(block).some((annotated) => annotated.text)) problems.push('holds no text');
  return problems;
}

const notesProblems = (annotated: AnnotatedText) =>
  (annotated.notes ?? []).filter((note) => !annotated.text.includes(note.quote)).map((note) => `notes: quote "${note.quote}" does not occur in the text`);

function checkNotes(dir: string, file: string, where: string, annotated: AnnotatedText) {
  const problems = notesProblems(annotated);
  if (problems.length) throw new ContentError(path.join(dir, file), problems.map((problem) => `${where}.${problem}`));
}
