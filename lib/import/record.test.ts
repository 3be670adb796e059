import { describe, expect, it } from 'vitest';
import { recordYaml } from './record';
import type { ImportedBlock, ImportedDocument } from './types';

const block = (kind: 'paragraph' | 'list' | 'table', id: string) => ({ kind, id }) as unknown as ImportedBlock;

const document = {
  title: ['关于做好森林防火工作', '的通知'],
  issuer: '县防火办',
  published: '2024-03-01',
  introduction: { id: 'introduction', blocks: [block('paragraph', 'introduction-1'), block('table', 'introduction-2')] },
  parts: [
    { id: '1', sections: [{ id: '1', blocks: [block('list', '1-1'), block('list', '1-2'), block('table', '1-3')] }] },
    { id: '2', sections: [{ id: '2', blocks: [block('paragraph', '2-1')] }] },
  ],
  attachments: [],
} as unknown as ImportedDocument;

describe('recordYaml', () => {
  it('writes import.yaml: the date, the file, each fact found with where it was read and whether guessed, the structure and the lines to check', () => {
    const yaml = recordYaml({
      document,
      // A fact with an origin but no value (the 文号 here) is left out.
      origins: { title: { from: 'the first lines' }, documentNumber: { from: 'line 3' }, issuer: { from: 'the closing', guessed: true }, published: { from: 'line 40' } },
      findings: { chrome: [], metadata: [], unsure: [{ n: 7, text: '（此处缺字）', why: 'not a heading?' }, { n: 12, text: '附：', why: 'an attachment?' }] },
      foundBy: '一、 parts and （一） sections',
      file: 'fire.txt',
      format: 'GB18030 text',
      unit: 'line',
      when: new Date('2024-03-05T23:30:00Z'),
    });
    expect(yaml).toBe(
      [
        '# What `npm run import` found in fire.txt, and where. `npm run check-content` warns about each fact marked',
        '# guessed while document.yaml still has that value: correct it there, or delete its `guessed: true` here once checked.',
        '',
        'imported: "2024-03-05"',
        'file: fire.txt',
        'format: GB18030 text',
        'facts:',
        '  title:',
        '    value:',
        '      - 关于做好森林防火工作',
        '      - 的通知',
        '    from: the first lines',
        '  issuer:',
        '    value: 县防火办',
        '    from: the closing',
        '    guessed: true',
        '  published:',
        '    value: "2024-03-01"',
        '    from: line 40',
        'structure: 3 sections found by 一、 parts and （一） sections; 2 tables, 2 lists',
        'check:',
        '  - "line 7: 「（此处缺字）」 — not a heading?"',
        '  - "line 12: 「附：」 — an attachment?"',
        '',
      ].join('\n'),
    );
  });
});
