import path from 'node:path';

/** A mistake in a content file, named (document folder, file and field) so that an editor can find and fix it. */
export class ContentError extends Error {
  readonly file: string;

  constructor(
    file: string,
    readonly problems: string[],
  ) {
    const shown = path.isAbsolute(file) ? path.relative(process.cwd(), file) || file : file;
    super(`Content error in ${shown}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.file = shown;
    this.name = 'ContentError';
  }
}
