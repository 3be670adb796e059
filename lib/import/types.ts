import type { Block } from '../content/schema';

/** One line of a source's text with its number (line, Word paragraph, element or PDF line), for the printed report. */
export type Line = { n: number; text: string };

/** An editor's note as stored (quote plus the note in zh and en); carried over on re-import, never written anew. */
export type EditorNote = { quote: string } & Record<string, unknown>;

/** A block as the content files hold it (lib/content/schema.ts), with its `kind`, which the YAML never spells out. */
export type ImportedBlock = Block;

export type ImportedSection = { id: string; heading?: string; title?: string; blocks: ImportedBlock[] };

export type ImportedPart = { id: string; heading?: string; sections: ImportedSection[] };

/** A document as the importer found it; written out as document.yaml plus one file per section. */
export type ImportedDocument = {
  title: string[];
  documentNumber?: string;
  issuer?: string;
  source?: string;
  published?: string;
  publishedTime?: string;
  salutation?: string;
  introduction?: ImportedSection;
  parts: ImportedPart[];
  attachments: string[];
  closing?: { issuer?: string; date?: { text: string; notes?: EditorNote[] }; disclosure?: string; remarks?: string[] };
  imprint?: string[];
};

/** Lines left out of the document, and the lines an editor should look at. */
export type Findings = {
  chrome: (Line & { why: string })[];
  metadata: Line[];
  unsure: (Line & { why: string })[];
};

/** Where a cover fact was read, and whether it is a guess an editor must confirm. */
export type Provenance = { from: string; guessed?: boolean };

/** Where each fact came from, for the report and for check-content's warnings. */
export type Origins = Partial<Record<'title' | 'documentNumber' | 'issuer' | 'published' | 'source', Provenance>>;
