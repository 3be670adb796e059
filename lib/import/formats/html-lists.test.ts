import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listItems } from './html-lists';

const itemsOf = (html: string) => listItems(new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!);
const markersOf = (html: string) => itemsOf(html).map(({ marker }) => marker);

describe('listItems: the items a reader sees', () => {
  it('leaves out hidden items, which take no number, and empty ones, which do', () => {
    expect(itemsOf('<ol><li>甲</li><li></li><li style="display: none">隐藏</li><li>乙</li></ol>')).toStrictEqual([
      { text: '甲', marker: '1.' },
      { text: '乙', marker: '3.' },
    ]);
  });

  it('reads a list standing directly in a list as nested items, and text outside an <li> without a number', () => {
    expect(itemsOf('<ol><li>甲</li><ol type="a"><li>子项</li></ol><div>说明</div><li>乙</li></ol>')).toStrictEqual([
      { text: '甲', marker: '1.' },
      { text: '子项', marker: 'a.' },
      { text: '说明' },
      { text: '乙', marker: '2.' },
    ]);
  });

  it('gives an item bold throughout no lead', () => {
    expect(itemsOf('<ul><li><b>全部加粗</b></li></ul>')).toStrictEqual([{ text: '全部加粗' }]);
  });
});

describe('listItems: numbers as the browser draws them', () => {
  const three = '<li>一</li><li>二</li><li>三</li>';

  it('letters past z go on aa, and below 1 fall back to decimal', () => {
    expect(markersOf(`<ol type="a" start="25">${three}</ol>`)).toEqual(['y.', 'z.', 'aa.']);
    expect(markersOf(`<ol type="a" start="51">${three}</ol>`)).toEqual(['ay.', 'az.', 'ba.']);
    expect(markersOf(`<ol type="A" start="0">${three}</ol>`)).toEqual(['0.', 'A.', 'B.']);
  });

  it('lower-case roman numerals for type="i"', () => {
    expect(markersOf(`<ol type="i">${three}</ol>`)).toEqual(['i.', 'ii.', 'iii.']);
  });

  it('takes the type from the list-style shorthand, where none also hides the numbers', () => {
    expect(markersOf(`<ol style="list-style: inside upper-roman">${three}</ol>`)).toEqual(['I.', 'II.', 'III.']);
    expect(markersOf(`<ol style="list-style: outside none">${three}</ol>`)).toEqual([undefined, undefined, undefined]);
    expect(markersOf(`<ol style="list-style-type: lower-alpha" type="I">${three}</ol>`)).toEqual(['a.', 'b.', 'c.']);
  });

  it('counts a reversed list down from the number of its items, not of its other children', () => {
    expect(markersOf('<ol reversed><li>一</li><li>二</li><div>说明</div></ol>')).toEqual(['2.', '1.', undefined]);
  });
});
