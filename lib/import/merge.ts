import type { Block } from '../content/schema';
import type { EditorNote, ImportedDocument, ImportedSection } from './types';

type Sections = { introduction?: ImportedSection; parts: { heading?: string; sections: ImportedSection[] }[] };

/** The folder before a re-import, as an editor may have changed it (ids renamed, notes added). */
export type StoredDocument = Sections & { closingDate?: { text: string; notes?: EditorNote[] } };

/** A note the new text can no longer hold; `paragraph` is the id of the block (or item, or cell) it was on. */
export type DroppedNote = { paragraph: string; quote: string };
export type Changes = {
  unchanged: string[];
  /** Sections whose text changed: kept under their old id, their summaries to be checked. */
  changed: string[];
  added: string[];
  /** Old sections with no counterpart in the new text. */
  removed: string[];
  droppedNotes: DroppedNote[];
};

/**
 * Re-import over an edited folder. New sections are matched to old ones by heading (a headless section by its
 * part's heading), then by position (the same part, the same place in it); a matched section keeps its old id,
 * so its URL and its summary stay, and when its text is unchanged it is kept exactly, block ids and notes
 * included. In a changed section a paragraph's note stays while its quote still occurs in the corresponding
 * paragraph, and a list or table the new text holds unchanged keeps its notes whole.
 */
export function merge(stored: StoredDocument, fresh: ImportedDocument): { document: ImportedDocument; changes: Changes } {
  const olds = locate(stored);
  const news = locate(fresh);
  const match = matchSections(olds, news);
  const changes: Changes = { unchanged: [], changed: [], added: [], removed: [], droppedNotes: [] };
  const taken = new Set(olds.flatMap(({ section }) => [section.id, ...section.blocks.map((b) => b.id)]));

  const merged = new Map<ImportedSection, ImportedSection>();
  for (const { section } of news) {
    const old = match.get(section);
    if (!old) {
      const id = freeId(section.id, taken);
      changes.added.push(id);
      merged.set(section, renumber(section, id));
    } else if (sameText(old, section)) {
      changes.unchanged.push(old.id);
      merged.set(section, old);
    } else {
      changes.changed.push(old.id);
      merged.set(section, carryNotes(old, renumber(section, old.id), changes.droppedNotes));
    }
  }
  const kept = new Set(match.values());
  for (const { section: old } of olds.filter(({ section }) => !kept.has(section))) {
    changes.removed.push(old.id);
    for (const block of old.blocks) changes.droppedNotes.push(...notesOf(block));
  }

  const replace = (section: ImportedSection) => merged.get(section)!;
  const date = closingDate(stored, fresh, changes.droppedNotes);
  const document: ImportedDocument = {
    ...fresh,
    ...(fresh.introduction && { introduction: replace(fresh.introduction) }),
    parts: fresh.parts.map((part) => ({ ...part, sections: part.sections.map(replace) })),
    ...(fresh.closing && { closing: { ...fresh.closing, ...(date && { date }) } }),
  };
  return { document, changes };
}

type Located = { section: ImportedSection; heading: string; position: string };

function locate({ introduction, parts }: Sections): Located[] {
  return [
    ...(introduction ? [{ section: introduction, heading: '', position: 'introduction' }] : []),
    ...parts.flatMap((part, p) =>
      part.sections.map((section, s) => ({ section, heading: section.heading ?? section.title ?? part.heading ?? '', position: `${p}.${s}` })),
    ),
  ];
}

/** New section → old section: first by heading, then by position among those left. */
function matchSections(olds: Located[], news: Located[]): Map<ImportedSection, ImportedSection> {
  const match = new Map<ImportedSection, ImportedSection>();
  const used = new Set<Located>();
  for (const by of ['heading', 'position'] as const) {
    for (const located of news) {
      const old = olds.find((o) => !used.has(o) && o[by] === located[by] && (by === 'position' || o.heading));
      if (match.has(located.section) || !old) continue;
      match.set(located.section, old.section);
      used.add(old);
    }
  }
  return match;
}

/** What a block says, whatever its id, notes and the order an editor wrote its keys in: the same words, the same text. */
function words(block: Block): string {
  return JSON.stringify(block, (key, value) => {
    if (key === 'id' || key === 'notes') return undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  });
}

const sameText = (a: ImportedSection, b: ImportedSection) =>
  a.heading === b.heading && a.blocks.length === b.blocks.length && a.blocks.every((block, i) => words(block) === words(b.blocks[i]));

/** A generated id an old section or block already has would hand it that one's URL or summary. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 1; taken.has(candidate); n++) candidate = `${id}-new${n === 1 ? '' : n}`;
  taken.add(candidate);
  return candidate;
}

const renumber = (section: ImportedSection, id: string): ImportedSection => ({
  id,
  ...(section.heading && { heading: section.heading }),
  ...(section.title && { title: section.title }),
  blocks: section.blocks.map((block, i) => ({ ...block, id: `${id}-${i + 1}` })),
});

/**
 * Each old paragraph's counterpart is a new one with the same text, else the one at its position unless that one is
 * another old paragraph's same-text twin; an old list or table's is a new one with the same words, which takes its
 * notes as they were.
 */
function carryNotes(old: ImportedSection, section: ImportedSection, dropped: DroppedNote[]): ImportedSection {
  const blocks: Block[] = section.blocks.map((block) => structuredClone(block));
  const claimed = new Set<Block>();
  // Paragraphs with the same text first, so that no paragraph's place takes another one's unchanged twin.
  const twins = new Map<Block, Block>();
  for (const before of old.blocks) {
    if (before.kind !== 'paragraph' || !before.notes?.length) continue;
    const twin = blocks.find((b) => !claimed.has(b) && b.kind === 'paragraph' && b.text === before.text);
    if (!twin) continue;
    claimed.add(twin);
    twins.set(before, twin);
  }
  old.blocks.forEach((before, index) => {
    const notes = notesOf(before);
    if (!notes.length) return;
    if (before.kind !== 'paragraph') {
      const twin = blocks.find((b) => !claimed.has(b) && words(b) === words(before));
      if (!twin) return dropped.push(...notes);
      claimed.add(twin);
      const { id } = twin;
      return void Object.assign(twin, structuredClone(before), { id });
    }
    const atPlace = blocks[index];
    const twin = twins.get(before) ?? (atPlace?.kind === 'paragraph' && !claimed.has(atPlace) ? atPlace : undefined);
    for (const note of before.notes ?? []) {
      if (twin?.kind === 'paragraph' && twin.text.includes(note.quote)) (twin.notes ??= []).push(note);
      else dropped.push({ paragraph: before.id, quote: note.quote });
    }
  });
  return { ...section, blocks };
}

/** Every editor's note a block carries, named by where it stands. */
function notesOf(block: Block): DroppedNote[] {
  const on = (id: string, notes: EditorNote[] = []) => notes.map((note) => ({ paragraph: id, quote: note.quote }));
  if (block.kind === 'paragraph') return on(block.id, block.notes);
  if (block.kind === 'list') return block.list.items.flatMap((item, i) => on(`${block.id} item ${i + 1}`, item.notes));
  return [...block.table.head, ...block.table.rows].flat().flatMap((cell) => on(`${block.id} table`, cell.notes));
}

function closingDate(stored: StoredDocument, fresh: ImportedDocument, dropped: DroppedNote[]) {
  const date = fresh.closing?.date;
  const notes = stored.closingDate?.notes ?? [];
  const kept = notes.filter((note) => date?.text.includes(note.quote));
  for (const note of notes.filter((n) => !kept.includes(n))) {
    dropped.push({ paragraph: 'closing.date', quote: note.quote });
  }
  return date && (kept.length ? { ...date, notes: kept } : date);
}
