/** A reason to stop an import, said in one line; nothing has been written when it is thrown. */
export class ImportError extends Error {
  override name = 'ImportError';
}
