/** One non-empty line of the source, trimmed, with its 1-based line number for the printed report. */
export type Line = { n: number; text: string };

/** An editor's note as stored (quote plus the note in zh and en); carried over on re-import, never written anew. */
export type EditorNote = { quote: string } & Record<string, unknown>;

export type ImportedParagraph = { id: string; text: string; notes?: EditorNote[] };

export type ImportedSection = { id: string; heading?: string; paragraphs: ImportedParagraph[] };

export type ImportedPart = { id: string; heading: string; sections: ImportedSection[] };

/** A document as the importer found it; written out as document.yaml plus one file per section. */
export type ImportedDocument = {
  title: string[];
  issuer: string;
  source?: string;
  published: string;
  publishedTime?: string;
  salutation?: string;
  introduction?: ImportedSection;
  parts: ImportedPart[];
  attachments: string[];
  closing?: { issuer?: string; date?: { text: string; notes?: EditorNote[] }; disclosure?: string };
};

/** Lines left out of the document, and the lines an editor should look at. */
export type Findings = {
  chrome: (Line & { why: string })[];
  metadata: Line[];
  unsure: (Line & { why: string })[];
};
