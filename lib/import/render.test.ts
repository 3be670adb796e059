import { describe, expect, it } from 'vitest';
import { renderDocument, toYaml } from './render';
import type { ImportedDocument } from './types';

const long = 'The notice applies to every township and every department of the county government from 1 March 2025 onwards.';
const document: ImportedDocument = {
  title: ['关于做好2025年', '防火工作的通知'],
  documentNumber: '某政〔2025〕3号',
  published: '2025-02-28',
  publishedTime: '10:00',
  introduction: { id: 'introduction', blocks: [{ kind: 'paragraph', id: 'introduction-1', text: long }] },
  parts: [
    {
      id: '1',
      heading: '一、总体要求',
      sections: [
        {
          id: '1',
          heading: '一、总体要求',
          blocks: [
            { kind: 'list', id: '1-1', list: { ordered: true, items: [{ marker: '1.', text: '早' }] } },
            {
              kind: 'table',
              id: '1-2',
              table: {
                caption: '标准',
                head: [[{ text: '年龄段' }, { text: '金额', colspan: 2 }]],
                rows: [
                  [{ text: '60周岁至64周岁' }, { text: '20' }, { text: '230元' }],
                  [{ text: '65周岁', rowspan: 2 }, { text: '2025228' }, { text: '' }],
                ],
                rowHeaders: true,
              },
            },
            { kind: 'table', id: '1-3', table: { head: [[{ text: '名称' }]], rows: [[{ text: '甲' }]] } },
            { kind: 'table', id: '1-4', table: { head: [], rows: [[{ text: '乙' }]] } },
          ],
        },
      ],
    },
  ],
  attachments: [],
  closing: { date: { text: '2025年2月28日' } },
};

describe('renderDocument', () => {
  // Rendered inside each test, where Stryker sees which mutants a test reaches.
  const render = () => renderDocument(document, ' Imported.\n Text as published.');

  it('writes document.yaml with the comment on top, the sections by id, no empty attachments', () => {
    const files = render();
    expect([...files.keys()]).toEqual(['document.yaml', 'sections/introduction.yaml', 'sections/1.yaml']);
    expect(files.get('document.yaml')).toBe(
      [
        '# Imported.',
        '# Text as published.',
        '',
        'title:',
        '  - 关于做好2025年',
        '  - 防火工作的通知',
        'documentNumber: 某政〔2025〕3号',
        'published: "2025-02-28"',
        'publishedTime: "10:00"',
        'introduction: introduction',
        'parts:',
        '  - id: "1"',
        '    heading: 一、总体要求',
        '    sections:',
        '      - "1"',
        'closing:',
        '  date:',
        '    text: 2025年2月28日',
        '',
      ].join('\n'),
    );
  });

  it('lists the attachments when there are some, and writes no comment when given none', () => {
    const cover = renderDocument({ ...document, introduction: undefined, attachments: ['附件1'] }, '').get('document.yaml');
    expect(cover).toMatch(/^title:\n/);
    expect(cover).toContain('\nattachments:\n  - 附件1\nclosing:\n');
    expect(cover).not.toContain('introduction');
  });

  it('keeps a long paragraph on one line', () => {
    const files = render();
    expect(files.get('sections/introduction.yaml')).toBe(`id: introduction\nblocks:\n  - id: introduction-1\n    text: ${long}\n`);
  });

  it('writes no kind, a plain cell as its text, a row of plain cells on one line, other rows as lists', () => {
    const files = render();
    expect(files.get('sections/1.yaml')).toBe(
      [
        'id: "1"',
        'heading: 一、总体要求',
        'blocks:',
        '  - id: "1-1"',
        '    list:',
        '      ordered: true',
        '      items:',
        '        - marker: "1."',
        '          text: 早',
        '  - id: "1-2"',
        '    table:',
        '      caption: 标准',
        '      head:',
        '        - - 年龄段',
        '          - text: 金额',
        '            colspan: 2',
        '      rows:',
        '        - [60周岁至64周岁, "20", 230元]',
        '        - - text: 65周岁',
        '            rowspan: 2',
        '          - "2025228"',
        '          - ""',
        '      rowHeaders: true',
        '  - id: "1-3"',
        '    table:',
        '      head:',
        '        - [名称]',
        '      rows:',
        '        - [甲]',
        '  - id: "1-4"',
        '    table:',
        '      rows:',
        '        - [乙]',
        '',
      ].join('\n'),
    );
  });
});

describe('toYaml', () => {
  it('quotes strings made only of digits, spaces and date or time signs, and no others', () => {
    expect(toYaml(['12 3', '2025-02-28', '1.5/2', '10:00', ' ', 'x 1', 'ab', 'a1', '1a', 'ab:12', 3])).toBe(
      ['- "12 3"', '- "2025-02-28"', '- "1.5/2"', '- "10:00"', '- " "', '- x 1', '- ab', '- a1', '- 1a', '- ab:12', '- 3', ''].join('\n'),
    );
  });
});
