import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStored } from './stored';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stored-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const folder = (cover: string) => {
  const dir = fs.mkdtempSync(path.join(root, 'folder-'));
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

describe('readStored, a folder as written', () => {
  it('reads the introduction, the parts with their headings and sections, and the closing date', () => {
    const dir = folder('introduction: introduction\nparts:\n  - heading: 一、总体要求\n    sections: ["1"]\n  - sections: ["2"]\nclosing:\n  date:\n    text: 2024年3月1日\n');
    fs.mkdirSync(path.join(dir, 'sections'));
    for (const id of ['introduction', '1', '2']) fs.writeFileSync(path.join(dir, 'sections', `${id}.yaml`), `id: "${id}"\nblocks:\n  - id: ${id}-1\n    text: 第${id}段。\n`);
    const block = (id: string) => ({ kind: 'paragraph', id: `${id}-1`, text: `第${id}段。` });
    expect(readStored(dir)).toEqual({
      introduction: { id: 'introduction', blocks: [block('introduction')] },
      parts: [
        { heading: '一、总体要求', sections: [{ id: '1', blocks: [block('1')] }] },
        { heading: undefined, sections: [{ id: '2', blocks: [block('2')] }] },
      ],
      closingDate: { text: '2024年3月1日' },
    });
  });

  it('reads a cover with no introduction and no closing', () => {
    expect(readStored(folder('parts: []\n'))).toEqual({ parts: [], closingDate: undefined });
  });
});
