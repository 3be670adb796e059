import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLibrary } from './check-library';

// What `npm run check-content` says of a document folder an editor (or a bad download) broke: one mistake, naming
// the document's folder, the file and the field, in plain lines; never a stack trace, a hang or all the memory.

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const DOCUMENT = 'title: [关于提高基础养老金的政策解读]\nparts:\n  - id: part-1\n    heading: 一、调整标准\n    sections: [standards]\n';
const SECTION = 'id: standards\nblocks:\n  - id: standards-1\n    text: 按年龄段分档提高。\n';

/** A library of one document, `notice`, from its files; returns what the check says of it. */
function check(files: Record<string, string | Buffer>) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
  const dir = path.join(root, 'documents/notice');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const checks = checkLibrary([root]);
  expect(checks).toHaveLength(1);
  const [{ errors }] = checks;
  expect(errors).toHaveLength(1);
  // Plain lines for an editor: no stack frames, and short.
  expect(errors[0]).not.toMatch(/^\s+at /m);
  expect(errors[0].length).toBeLessThan(600);
  return errors[0];
}

describe('content files that could crash the tools are named mistakes', () => {
  it('the control document is fine', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
    fs.mkdirSync(path.join(root, 'documents/notice/sections'), { recursive: true });
    fs.writeFileSync(path.join(root, 'documents/notice/document.yaml'), DOCUMENT);
    fs.writeFileSync(path.join(root, 'documents/notice/sections/standards.yaml'), SECTION);
    expect(checkLibrary([root]).map((c) => c.errors)).toEqual([[]]);
  });

  it('a YAML alias bomb (a billion laughs), refused before it expands', () => {
    const levels = ['a: &a [笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const error = check({ 'document.yaml': `${DOCUMENT}${levels.join('\n')}\n`, 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml/);
    expect(error).toMatch(/alias/i);
  });

  it('a huge file, refused by its size before it is parsed', () => {
    const huge = `${SECTION}  - id: standards-2\n    text: ${'很长的段落'.repeat(800_000)}\n`;
    const error = check({ 'document.yaml': DOCUMENT, 'sections/standards.yaml': huge });
    expect(error).toMatch(/notice\/sections\/standards\.yaml/);
    expect(error).toMatch(/the file is 11 MB, more than the 5 MB a content file may be/);
  });

  it('a field of the wrong type', () => {
    const error = check({ 'document.yaml': DOCUMENT.replace('heading: 一、调整标准', 'heading: [1, 2]'), 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml/);
    expect(error).toMatch(/parts\.0\.heading/);
  });

  it('a section that is not a mapping at all', () => {
    const error = check({ 'document.yaml': DOCUMENT, 'sections/standards.yaml': '- 只是\n- 一个列表\n' });
    expect(error).toMatch(/notice\/sections\/standards\.yaml/);
  });

  it('two blocks with one id', () => {
    const error = check({ 'document.yaml': DOCUMENT, 'sections/standards.yaml': `${SECTION}  - id: standards-1\n    text: 又一段。\n` });
    expect(error).toMatch(/notice\/sections\/standards\.yaml/);
    expect(error).toMatch(/standards-1/);
  });

  it('a section file with no document.yaml', () => {
    const error = check({ 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml/);
    expect(error).toMatch(/missing/);
  });

  it('a document naming a section file that is not there', () => {
    const error = check({ 'document.yaml': DOCUMENT.replace('[standards]', '[standards, eligibility]') });
    expect(error).toMatch(/notice\/document\.yaml/);
    expect(error).toMatch(/section "eligibility" is listed but sections\/eligibility\.yaml does not exist/);
  });

  it('a folder where a file should be', () => {
    const error = check({ 'document.yaml/README': '', 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml:\n {2}- a folder stands where this file should be$/);
  });

  it('a document that is a list, not a mapping, named as the file’s top level', () => {
    const error = check({ 'document.yaml': '- 关于提高基础养老金的政策解读\n', 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml:\n {2}- \(top level\): /);
  });

  it('bytes that are not text', () => {
    const error = check({ 'document.yaml': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'sections/standards.yaml': SECTION });
    expect(error).toMatch(/notice\/document\.yaml/);
  });
});
