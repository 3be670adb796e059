import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLibrary } from './check-library';

// What `npm run check-content` tells an editor of each document folder before it is published.

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const summary = (section: string, review = '') =>
  `section: ${section}\n${review}zh:\n  headline: 养老金提高了。\n  points: [每月多20元。, 六十岁起。, 一月起发。]\n  numbers: []\nen:\n  headline: It went up.\n  points: [20 yuan more., From 60., From January.]\n  numbers: []\n`;

/** A library under a new root: each document's files by path. */
function library(documents: Record<string, Record<string, string>>) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-library-'));
  for (const [slug, files] of Object.entries(documents)) {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, 'documents', slug, file)), { recursive: true });
      fs.writeFileSync(path.join(root, 'documents', slug, file), text);
    }
  }
  return root;
}

const PENSION = {
  'document.yaml':
    'title: [关于提高, 基础养老金的通知]\nissuer: 某县人力资源和社会保障局\npublished: "2025-09-01"\nparts:\n  - id: part-1\n    heading: 一、调整标准\n    sections: [standards, how]\n',
  'sections/standards.yaml': 'id: standards\nheading: （一）标准\nblocks:\n  - id: standards-1\n    text: 60周岁以上每月增加20元。\n',
  'sections/how.yaml': 'id: how\nheading: （二）办理\nblocks:\n  - id: how-1\n    text: 带上身份证到社区窗口办理。\n',
  'summaries/standards.yaml': summary('standards'),
  'summaries/how.yaml': summary('how', 'review: 原文改了，待核对。\n'),
  'glossary.yaml': '- { term: 身份证, zh: 证明身份的证件。, en: The identity card. }\n',
};

describe('checkLibrary', () => {
  it('gives the figures an editor reads for a document that is right', () => {
    const dir = path.join(library({ pension: PENSION }), 'documents/pension');
    expect(checkLibrary([root])).toEqual([
      {
        dir,
        title: '关于提高基础养老金的通知',
        sections: 2,
        summarised: 1,
        flagged: [['how', '原文改了，待核对。']],
        // 养老金提高了 (6), 每月多元 (4), 六十岁起 (4), 一月起发 (4): 18 hanzi in 4 sentences.
        averageSentenceLength: 4.5,
        glossaryTerms: 1,
        errors: [],
        warnings: [],
      },
    ]);
  });

  it('checks the documents of every root, and passes over a root without documents and a file among the folders', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'check-library-'));
    try {
      library({ pension: PENSION });
      fs.writeFileSync(path.join(root, 'documents/README.md'), '每个文件夹是一份文件。');
      expect(checkLibrary([empty, root]).map((check) => path.basename(check.dir))).toEqual(['pension']);
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });

  it('gives a content mistake as the one error, with no warnings', () => {
    library({ pension: { ...PENSION, 'summaries/standards.yaml': summary('standards').replace('每月多20元', '每月多30元') } });
    const [check] = checkLibrary([root]);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]).toMatch(/^Content error in .*summaries\/standards\.yaml:\n {2}- number not in the section's original text — zh: 30 in 「每月多30元。」$/);
    expect(check.warnings).toEqual([]);
    expect(check.title).toBeUndefined();
  });

  it('says of a folder it cannot read which document it is and why, in one line', () => {
    library({ pension: { 'document.yaml': PENSION['document.yaml'], sections: '不是文件夹' } });
    const dir = path.join(root, 'documents/pension');
    const [check] = checkLibrary([root]);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]).toMatch(/^Content error in (.*): it could not be read \(ENOTDIR: not a directory, scandir '(.*)'\)$/);
    expect(check.errors[0].startsWith(`Content error in ${path.relative(process.cwd(), dir)}: `)).toBe(true);
    expect(check.warnings).toEqual([]);
  });
});
