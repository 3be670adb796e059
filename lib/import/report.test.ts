import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from './import-file';
import { formatReport } from './report';
import type { ImportedBlock, ImportedSection } from './types';

const paragraph = (id: string): ImportedBlock => ({ kind: 'paragraph', id, text: '正文。' }) as ImportedBlock;
const list = (id: string): ImportedBlock => ({ kind: 'list', id, list: { ordered: true, items: [{ text: '一项' }] } }) as ImportedBlock;
const table = (id: string): ImportedBlock => ({ kind: 'table', id, table: { rows: [] } }) as unknown as ImportedBlock;
const section = (id: string, blocks: ImportedBlock[], more: Partial<ImportedSection> = {}): ImportedSection => ({ id, blocks, ...more });

// Everything found: two parts, a guessed date, a closing, findings and a re-import.
const full = {
  file: 'e2e/fixtures/import/fire.txt',
  format: 'GB18030 text',
  unit: 'line',
  count: 42,
  foundBy: '一、 parts and （一） sections',
  document: {
    title: ['关于做好森林防火工作', '的通知'],
    documentNumber: '晋防办〔2024〕3号',
    issuer: '县防火办',
    source: '县政府网',
    published: '2024-03-01',
    publishedTime: '09:30',
    salutation: '各乡镇：',
    introduction: section('introduction', [paragraph('introduction-1'), paragraph('introduction-2')]),
    parts: [
      {
        id: '1',
        heading: '一、总体要求',
        sections: [
          section('1', [paragraph('1-1'), list('1-2'), table('1-3')], { heading: '（一）目标' }),
          section('fire-sources', [list('fs-1'), list('fs-2')], { title: '火源管理' }),
        ],
      },
      { id: '2', sections: [section('2', [table('2-1'), table('2-2')])] },
    ],
    attachments: ['附件1：名单', '附件2：表格'],
    closing: { issuer: '县防火办', date: { text: '2024年3月1日' }, disclosure: '（此件公开发布）', remarks: ['联系人：张三', '电话：1234'] },
    imprint: ['抄送：县委办', '印发：2024年3月1日'],
  },
  origins: {
    title: { from: 'the first lines' },
    documentNumber: { from: 'line 3' },
    issuer: { from: 'the closing', guessed: true },
    source: { from: 'the page header' },
    published: { from: 'the closing date', guessed: true },
  },
  findings: {
    chrome: [{ n: 1, text: '首页 > 通知', why: 'breadcrumb' }],
    metadata: [
      { n: 2, text: '发布时间：2024-03-01' },
      { n: 12345, text: '来源：县政府网' },
    ],
    unsure: [{ n: 7, text: '（此处缺字）', why: 'not a heading?' }],
  },
  written: {
    dir: path.join(process.cwd(), 'content/documents/fire'),
    document: undefined,
    changes: { unchanged: ['introduction', '1'], changed: ['2'], added: ['fire-sources'], removed: ['3', '4'], droppedNotes: [{ paragraph: '2-1', quote: '瞒报' }] },
    flaggedSummaries: ['summaries/2.yaml'],
    unusedTerms: ['瞒报', '漏報'],
  },
} as unknown as ImportResult;

// Nothing found: one untitled part of one empty section, no cover facts, no findings, a first import.
const bare = {
  file: '/elsewhere/bare.txt',
  format: 'UTF-8 text',
  unit: 'line',
  count: 1,
  foundBy: 'no headings (flat)',
  document: { title: ['无题'], parts: [{ id: 'text', sections: [section('text', [paragraph('text-1')])] }], attachments: [] },
  origins: {},
  findings: { chrome: [], metadata: [], unsure: [] },
  written: { dir: '/elsewhere/documents/bare', document: undefined, flaggedSummaries: [], unusedTerms: [] },
} as unknown as ImportResult;

describe('formatReport', () => {
  it('prints every fact with where it was read, the parts and sections with their contents, the findings and the re-import', () => {
    expect(formatReport(full).split('\n')).toEqual([
      'Imported e2e/fixtures/import/fire.txt (GB18030 text, 42 lines) into content/documents/fire/',
      '  title:         「关于做好森林防火工作」 + 「的通知」   (from the first lines)',
      '  文号:          晋防办〔2024〕3号   (from line 3)',
      '  issuer:        县防火办   (from the closing: a guess, please check)',
      '  source:        县政府网   (from the page header)',
      '  published:     2024-03-01 09:30   (from the closing date: a guess, please check)',
      '  salutation:    各乡镇：',
      '  structure:     4 sections found by 一、 parts and （一） sections; 3 tables, 3 lists',
      '  introduction:  2 paragraphs',
      '  parts:         2',
      '    一、总体要求',
      '      （一）目标   [1] 1 paragraph, 1 list, 1 table',
      '      「火源管理」 (a name for the contents)   [fire-sources] 2 lists',
      '    (no heading)',
      '      (no heading)   [2] 2 tables',
      '  attachments:   附件1：名单 | 附件2：表格',
      '  closing:       「县防火办」 「2024年3月1日」 「（此件公开发布）」 「联系人：张三」 「电话：1234」',
      '  版记:          抄送：县委办 | 印发：2024年3月1日',
      "Left out as the site's chrome (1):",
      '  line 1    首页 > 通知   ← breadcrumb',
      'Metadata lines (not text) (2):',
      '  line 2    发布时间：2024-03-01',
      '  line 12345 来源：县政府网',
      'Please check (1):',
      '  line 7    （此处缺字）   ← not a heading?',
      'Re-import:',
      '  unchanged (kept as they were): introduction, 1',
      '  changed (text replaced, summary flagged): 2',
      '  new: fire-sources',
      '  no longer in the text: 3, 4',
      '  summaries flagged for review: summaries/2.yaml',
      '  notes dropped (quote no longer in the text): 2-1 「瞒报」',
      '  glossary terms and 繁體 fixes no longer in the text (kept): 瞒报, 漏報',
      'This report is kept beside the document as import.yaml; npm run check-content warns while a guessed field is as guessed.',
    ]);
  });

  it('says what is missing and what to add, shows a folder outside the project in full, and has no re-import part on a first import', () => {
    expect(formatReport(bare).split('\n')).toEqual([
      'Imported /elsewhere/bare.txt (UTF-8 text, 1 line) into /elsewhere/documents/bare/',
      '  title:         「无题」',
      '  文号:          —',
      '  issuer:        — (none found: add one to document.yaml)',
      '  source:        —',
      '  published:     — (no date found: add one to document.yaml)',
      '  salutation:    —',
      '  structure:     1 section found by no headings (flat); 0 tables, 0 lists',
      '  introduction:  —',
      '  parts:         1',
      '    (no heading)',
      '      (no heading)   [text] 1 paragraph',
      '  attachments:   —',
      '  closing:       —',
      '  版记:          —',
      "Left out as the site's chrome: none",
      'Metadata lines (not text): none',
      'Please check: none',
      'This report is kept beside the document as import.yaml; npm run check-content warns while a guessed field is as guessed.',
    ]);
  });

  it('prints a date without a time, one table and one list, a closing with only some of its lines, and an empty re-import', () => {
    const result = {
      ...bare,
      file: path.join(process.cwd(), 'e2e/fixtures/import/one.txt'),
      document: {
        ...bare.document,
        published: '2024-03-01',
        parts: [{ id: 'text', sections: [section('text', [list('text-1'), table('text-2')])] }],
        closing: { date: { text: '2024年3月1日' } },
      },
      written: { ...bare.written, changes: { unchanged: [], changed: [], added: [], removed: [], droppedNotes: [] } },
    } as unknown as ImportResult;
    const report = formatReport(result).split('\n');
    expect(report[0]).toBe('Imported e2e/fixtures/import/one.txt (UTF-8 text, 1 line) into /elsewhere/documents/bare/');
    expect(report[5]).toBe('  published:     2024-03-01');
    expect(report[7]).toBe('  structure:     1 section found by no headings (flat); 1 table, 1 list');
    expect(report[11]).toBe('      (no heading)   [text] 1 list, 1 table');
    expect(report[13]).toBe('  closing:       「2024年3月1日」');
    expect(report.slice(18, 26)).toEqual([
      'Re-import:',
      '  unchanged (kept as they were): —',
      '  changed (text replaced, summary flagged): —',
      '  new: —',
      '  no longer in the text: —',
      '  summaries flagged for review: —',
      '  notes dropped (quote no longer in the text): —',
      '  glossary terms and 繁體 fixes no longer in the text (kept): —',
    ]);
  });

  it('prints a closing with no date', () => {
    const result = { ...bare, document: { ...bare.document, closing: { issuer: '县防火办', remarks: ['联系人：张三'] } } } as unknown as ImportResult;
    expect(formatReport(result).split('\n')[13]).toBe('  closing:       「县防火办」 「联系人：张三」');
  });
});
