import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks';
import { alignOf, boldOf, inlineStyle, isShown, leadOf, markedChars, readableText } from './html-markup';

const elementOf = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;
const blocksOf = (html: string) => htmlToBlocks(new JSDOM(`<body>${html}</body>`).window.document.body);

describe('inlineStyle: a style attribute as CSS reads it', () => {
  it('reads each declaration, names and values trimmed and in lower case, without !important', () => {
    const style = inlineStyle(elementOf('<p style="COLOR: Red; font-weight: bold!important;; display : none ! important; bogus">x</p>'));
    expect([...style]).toEqual([
      ['color', 'red'],
      ['font-weight', 'bold'],
      ['display', 'none'],
    ]);
  });

  it('hides an element whose display is none after another declaration', () => {
    expect(isShown(elementOf('<p style="color: red; display: none">x</p>'))).toBe(false);
    expect(isShown(elementOf('<p style="color: red; display: block">x</p>'))).toBe(true);
  });
});

describe('boldOf and alignOf', () => {
  it('takes bold, bolder and 700 or more for bold, and a lighter weight undoes an outer bold', () => {
    const bold = (style: string, inherited = false) => boldOf(elementOf(`<span style="font-weight: ${style}">x</span>`), inherited);
    expect([bold('bold'), bold('bolder'), bold('700'), bold('900')]).toEqual([true, true, true, true]);
    expect([bold('normal', true), bold('400', true), bold('lighter', true)]).toEqual([false, false, false]);
  });

  it('reads every spelling of an alignment, and <center>', () => {
    const align = (value: string) => alignOf(elementOf(`<p style="text-align: ${value}">x</p>`));
    expect(['center', '-webkit-center', 'right', 'end', 'left', 'start', 'justify', 'inherit'].map(align)).toEqual([
      'center', 'center', 'right', 'right', 'left', 'left', 'left', undefined,
    ]);
    expect(alignOf(elementOf('<center>x</center>'))).toBe('center');
    expect(alignOf(elementOf('<div>x</div>'))).toBeUndefined();
  });
});

describe('readableText: an element’s words on one line', () => {
  it('leaves out comments, hidden elements and code', () => {
    expect(readableText(elementOf('<div>某市<!-- 编辑注释 -->民政局<span hidden>隐藏</span><script>var a = 1;</script></div>'))).toBe('某市民政局');
  });

  it('keeps line breaks, paragraphs and lists apart by a space, and inline elements joined', () => {
    expect(readableText(elementOf('<div>第一行<br>第二行<p>第三行</p><ul><li>甲</li></ul>某<span>市</span><b>局</b></div>'))).toBe('第一行 第二行 第三行 甲 某市局');
  });
});

describe('leadOf: the bold run that opens a line', () => {
  const leadIn = (html: string) => leadOf(markedChars(elementOf(html)));

  it('runs across a space in normal weight between bold words, and ends without a trailing space', () => {
    expect(leadIn('<p><b>一、</b> <b>工作要求。 </b>各区要做好政策宣传。</p>')).toBe('一、 工作要求。');
  });

  it('is none where the line opens in normal weight or is bold throughout', () => {
    expect(leadIn('<p>各区要<b>做好</b>政策宣传。</p>')).toBeUndefined();
    expect(leadIn('<p><b>一、工作要求</b></p>')).toBeUndefined();
  });
});

describe('htmlToBlocks: the hints a paragraph carries, and no others', () => {
  it('a paragraph bold throughout, a space in normal weight between its bold words, is bold with no lead', () => {
    expect(blocksOf('<p><b>一、</b> <b>补贴对象</b></p>')).toStrictEqual([{ kind: 'paragraph', text: '一、 补贴对象', bold: true, at: { n: 1 } }]);
  });

  it('a plain paragraph has no heading, lead, bold or alignment', () => {
    expect(blocksOf('<p>各区要做好政策宣传。</p>')).toStrictEqual([{ kind: 'paragraph', text: '各区要做好政策宣传。', at: { n: 1 } }]);
  });

  it('a centred layout table centres the paragraphs in its cells', () => {
    expect(blocksOf('<table role="presentation" align="center"><tr><td>居中的落款</td></tr></table>')).toStrictEqual([
      { kind: 'paragraph', text: '居中的落款', align: 'center', at: { n: 1 } },
    ]);
  });

  it('the root’s own alignment applies to the words that stand in it', () => {
    const root = elementOf('<div align="right">某市民政局</div>');
    expect(htmlToBlocks(root)).toStrictEqual([{ kind: 'paragraph', text: '某市民政局', align: 'right', at: { n: 1 } }]);
  });

  it('a list whose items are all empty is no block', () => {
    expect(blocksOf('<ul><li> </li><li hidden>隐藏</li></ul><p>正文</p>')).toStrictEqual([{ kind: 'paragraph', text: '正文', at: { n: 1 } }]);
  });
});
