import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStored } from './stored';

const folder = (cover: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stored-'));
  fs.writeFileSync(path.join(dir, 'document.yaml'), cover);
  return dir;
};

describe('readStored', () => {
  it('stops on a document.yaml that is not YAML, naming the file and the first line of the parser’s complaint', () => {
    const dir = folder('parts: [\n  - a\n');
    expect(() => readStored(dir)).toThrow(
      expect.objectContaining({
        name: 'ImportError',
        message: `cannot read the existing ${dir}/document.yaml: Block collections are not allowed within flow collections at line 2, column 3:`,
      }),
    );
  });

  it('stops on a document.yaml of the wrong shape, naming the file and the field', () => {
    const dir = folder('parts:\n  - sections: 3\n');
    expect(() => readStored(dir)).toThrow(
      expect.objectContaining({
        name: 'ImportError',
        message: `cannot read the existing ${dir}/document.yaml: parts.0.sections: Invalid input: expected array, received number`,
      }),
    );
  });
});
