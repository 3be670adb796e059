import type { EditorNote, ImportedDocument, ImportedParagraph, ImportedSection } from './types';

type Sections = { introduction?: ImportedSection; parts: { heading: string; sections: ImportedSection[] }[] };

/** The folder before a re-import, as an editor may have changed it (ids renamed, notes added). */
export type StoredDocument = Sections & { closingDate?: { text: string; notes?: EditorNote[] } };

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
 * so its URL and its summary stay, and when its text is unchanged it is kept exactly, paragraph ids and notes
 * included. In a changed section a note stays while its quote still occurs in the corresponding paragraph.
 */
export function merge(stored: StoredDocument, fresh: ImportedDocument): { document: ImportedDocument; changes: Changes } {
  const olds = locate(stored);
  const news = locate(fresh);
  const match = matchSections(olds, news);
  const changes: Changes = { unchanged: [], changed: [], added: [], removed: [], droppedNotes: [] };
  const taken = new Set(olds.flatMap(({ section }) => [section.id, ...section.paragraphs.map((p) => p.id)]));

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
    for (const p of old.paragraphs) {
      for (const note of p.notes ?? []) changes.droppedNotes.push({ paragraph: p.id, quote: note.quote });
    }
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
      part.sections.map((section, s) => ({ section, heading: section.heading ?? part.heading, position: `${p}.${s}` })),
    ),
  ];
}

/** New section → old section: first by heading, then by position among those left. */
function matchSections(olds: Located[], news: Located[]): Map<ImportedSection, ImportedSection> {
  const match = new Map<ImportedSection, ImportedSection>();
  const used = new Set<Located>();
  for (const by of ['heading', 'position'] as const) {
    for (const located of news) {
      const old = olds.find((o) => !used.has(o) && o[by] === located[by]);
      if (match.has(located.section) || !old) continue;
      match.set(located.section, old.section);
      used.add(old);
    }
  }
  return match;
}

const sameText = (a: ImportedSection, b: ImportedSection) =>
  a.heading === b.heading &&
  a.paragraphs.length === b.paragraphs.length &&
  a.paragraphs.every((p, i) => p.text === b.paragraphs[i].text);

/** A generated id an old section or paragraph already has would hand it that one's URL or summary. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 1; taken.has(candidate); n++) candidate = `${id}-new${n === 1 ? '' : n}`;
  taken.add(candidate);
  return candidate;
}

const renumber = (section: ImportedSection, id: string): ImportedSection => ({
  id,
  ...(section.heading && { heading: section.heading }),
  paragraphs: section.paragraphs.map((p, i) => ({ id: `${id}-${i + 1}`, text: p.text })),
});

/** Each old paragraph's counterpart is a new one with the same text, else the one at its position. */
function carryNotes(old: ImportedSection, section: ImportedSection, dropped: DroppedNote[]): ImportedSection {
  const paragraphs: ImportedParagraph[] = section.paragraphs.map((p) => ({ ...p }));
  const claimed = new Set<ImportedParagraph>();
  old.paragraphs.forEach((before, index) => {
    if (!before.notes?.length) return;
    const twin = paragraphs.find((p) => !claimed.has(p) && p.text === before.text) ?? paragraphs[index];
    if (twin) claimed.add(twin);
    for (const note of before.notes) {
      if (twin?.text.includes(note.quote)) (twin.notes ??= []).push(note);
      else dropped.push({ paragraph: before.id, quote: note.quote });
    }
  });
  return { ...section, paragraphs };
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
