import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks';
import { isLayoutTable, readTable } from './html-tables';

const tableOf = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.querySelector('table')!;

describe('readTable: the cells a reader sees', () => {
  it('leaves out hidden rows and hidden cells', () => {
    const table = tableOf('<table><tr><td>项目</td><td hidden>备注</td><td>金额</td></tr><tr style="display:none"><td>作废</td><td>0元</td></tr><tr><td>补贴</td><td>100元</td></tr></table>');
    expect(readTable(table)).toStrictEqual({
      kind: 'table',
      head: [],
      rows: [
        [{ text: '项目' }, { text: '金额' }],
        [{ text: '补贴' }, { text: '100元' }],
      ],
    });
  });

  it('keeps a row with one empty cell', () => {
    expect(readTable(tableOf('<table><tr><td>合计</td><td></td></tr><tr><td>补贴</td><td>100元</td></tr></table>'))?.rows).toEqual([
      [{ text: '合计' }, { text: '' }],
      [{ text: '补贴' }, { text: '100元' }],
    ]);
  });

  it('takes a first row as head only where every cell in it is a <th>', () => {
    expect(readTable(tableOf('<table><tr><th>项目</th><td>金额</td></tr><tr><th>合计</th><td>100元</td></tr></table>'))).toMatchObject({
      head: [],
      rows: [
        [{ text: '项目' }, { text: '金额' }],
        [{ text: '合计' }, { text: '100元' }],
      ],
    });
  });

  it('keeps a table that has only its head', () => {
    expect(readTable(tableOf('<table><thead><tr><th>项目</th><th>金额</th></tr></thead></table>'))).toStrictEqual({
      kind: 'table',
      head: [[{ text: '项目' }, { text: '金额' }]],
      rows: [],
    });
  });
});

describe('isLayoutTable', () => {
  const grid = '<tr><td>项目</td><td>金额</td></tr><tr><td>补贴</td><td>100元</td></tr>';

  it('is a table marked presentation or none, and not a grid of data', () => {
    expect(isLayoutTable(tableOf(`<table role="presentation">${grid}</table>`))).toBe(true);
    expect(isLayoutTable(tableOf(`<table role="none">${grid}</table>`))).toBe(true);
    expect(isLayoutTable(tableOf(`<table role="grid">${grid}</table>`))).toBe(false);
  });

  it('is read as the paragraphs in its cells', () => {
    const { body } = new JSDOM(`<body><table role="none">${grid}</table></body>`).window.document;
    expect(htmlToBlocks(body).map((block) => block.kind === 'paragraph' && block.text)).toEqual(['项目', '金额', '补贴', '100元']);
  });
});
