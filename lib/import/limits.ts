// How much the importer reads. A public document is a few MB at most; a file far larger is a mistake, or worse,
// and is not read at all.
const DEFAULT_MAX_MB = 50;
// Word's XML packs about ten to one; a document's text parts decompressing to more than four times the file limit
// is a zip bomb, not a document.
const UNZIPPED_PER_FILE_LIMIT = 4;

/** The largest file the importer reads, in bytes: IMPORT_MAX_MB (in megabytes) or 50 MB. */
export function maxBytes(): number {
  const mb = Number(process.env.IMPORT_MAX_MB ?? DEFAULT_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024;
}

/** The most a .docx's XML parts may decompress to, all together, in bytes. */
export const maxUnzippedBytes = () => maxBytes() * UNZIPPED_PER_FILE_LIMIT;

export const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toPrecision(2))} MB`;
