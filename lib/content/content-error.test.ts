import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';

describe('ContentError, as `npm run check-content` prints it for an editor', () => {
  it('names the file from the project’s folder and lists each problem on its own line', () => {
    const error = new ContentError(path.join(process.cwd(), 'content/documents/notice/document.yaml'), ['title: must not be empty', 'parts.0.id: must be lowercase']);
    expect(error.file).toBe('content/documents/notice/document.yaml');
    expect(error.message).toBe('Content error in content/documents/notice/document.yaml:\n  - title: must not be empty\n  - parts.0.id: must be lowercase');
    // What an uncaught one prints first, before its message.
    expect(String(error)).toMatch(/^ContentError: Content error in /);
  });

  it('keeps a name that is not a path as it is', () => {
    expect(new ContentError('messages', ['x']).message).toBe('Content error in messages:\n  - x');
  });
});
