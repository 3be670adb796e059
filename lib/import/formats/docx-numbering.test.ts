import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { numberLabels } from './docx-numbering';
import { readStyles, wordParagraphs } from './docx-xml';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const { DOMParser } = new JSDOM('').window;
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

/** Each paragraph's label, or undefined where Word shows none. */
function labelsOf(numbering: string, body: string, styles?: string) {
  const document = parse(`<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`);
  const paragraphs = wordParagraphs(document);
  const found = numberLabels(
    paragraphs,
    parse(`<w:numbering ${NAMESPACES}>${numbering}</w:numbering>`),
    readStyles(styles === undefined ? undefined : parse(`<w:styles ${NAMESPACES}>${styles}</w:styles>`)),
  );
  return paragraphs.map((paragraph) => found.get(paragraph));
}
const textsOf = (numbering: string, body: string, styles?: string) => labelsOf(numbering, body, styles).map((label) => label?.text);

const level = (ilvl: number, format: string, text: string, start = 1, more = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${more}</w:lvl>`;
const definition = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const list = (numId: number, definitionId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${definitionId}"/>${overrides}</w:num>`;
const startOverride = (ilvl: number, start: number) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
const item = (numId: number, ilvl = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>`;
const plain = '<w:p><w:r><w:t>正文</w:t></w:r></w:p>';

describe('numberLabels: the numbers Word shows', () => {
  it('writes 「（%1）」 in Chinese counting', () => {
    const numbering = definition(1, level(0, 'chineseCounting', '（%1）')) + list(1, 1);
    expect(textsOf(numbering, item(1) + item(1) + plain + item(1))).toEqual(['（一）', '（二）', undefined, '（三）']);
  });

  it('starts at w:start: 「第%1条」 from 九 counts 第九条, 第十条, 第十一条', () => {
    const numbering = definition(1, level(0, 'chineseCountingThousand', '第%1条', 9)) + list(1, 1);
    expect(textsOf(numbering, item(1) + item(1) + item(1))).toEqual(['第九条', '第十条', '第十一条']);
  });

  it('restarts a level when a higher one advances, and shows higher levels in its text', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.'), level(1, 'decimal', '%1.%2'), level(2, 'lowerLetter', '%3)')) + list(1, 1);
    const body = item(1, 0) + item(1, 1) + item(1, 1) + item(1, 2) + item(1, 0) + item(1, 1) + item(1, 2);
    expect(textsOf(numbering, body)).toEqual(['1.', '1.1', '1.2', 'a)', '2.', '2.1', 'a)']);
  });

  it('does not restart a level whose w:lvlRestart is 0', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.'), level(1, 'decimal', '（%2）', 1, '<w:lvlRestart w:val="0"/>')) + list(1, 1);
    expect(textsOf(numbering, item(1, 0) + item(1, 1) + item(1, 0) + item(1, 1))).toEqual(['1.', '（1）', '2.', '（2）']);
  });

  it('continues the count across lists of one definition, and restarts a list that overrides the start', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.')) + list(1, 1) + list(2, 1, startOverride(0, 5)) + list(3, 1);
    const body = item(1) + item(1) + plain + item(2) + item(2) + item(3);
    expect(textsOf(numbering, body)).toEqual(['1.', '2.', undefined, '5.', '6.', '7.']);
  });

  it('restarts at 1 where each list of a definition overrides the start, as Word’s 「重新开始编号」 writes it', () => {
    const numbering = definition(1, level(0, 'chineseCounting', '（%1）')) + list(1, 1, startOverride(0, 1)) + list(2, 1, startOverride(0, 1));
    expect(textsOf(numbering, item(1) + item(1) + item(2))).toEqual(['（一）', '（二）', '（一）']);
  });

  it('writes every level in digits under w:isLgl', () => {
    const numbering = definition(1, level(0, 'chineseCounting', '第%1章'), level(1, 'decimal', '%1.%2', 1, '<w:isLgl/>')) + list(1, 1);
    expect(textsOf(numbering, item(1, 0) + item(1, 1))).toEqual(['第一章', '1.1']);
  });

  it('numbers paragraphs through their style: the style’s w:numPr, the level that names the style', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Part"><w:basedOn w:val="2"/></w:style>`;
    const numbering =
      definition(1, level(0, 'chineseCounting', '%1、', 1, '<w:pStyle w:val="2"/>'), level(1, 'chineseCounting', '（%2）', 1, '<w:pStyle w:val="Part"/>')) +
      list(1, 1);
    const styled = (style: string, numPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>标题</w:t></w:r></w:p>`;
    const body = styled('2') + styled('Part') + styled('2', '<w:numPr><w:numId w:val="0"/></w:numPr>') + styled('2');
    expect(textsOf(numbering, body, styles)).toEqual(['一、', '（一）', undefined, '二、']);
  });

  it('gives bullets as printed, and Word’s Symbol-font bullets as •', () => {
    const numbering =
      definition(1, level(0, 'bullet', '\uf0b7', 1, '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')) +
      definition(2, level(0, 'bullet', '●')) +
      definition(3, level(0, 'bullet', 'l', 1, '<w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr>')) +
      list(1, 1) + list(2, 2) + list(3, 3);
    expect(textsOf(numbering, item(1) + item(2) + item(3))).toEqual(['•', '●', '•']);
  });

  it('shows nothing for numFmt none, an empty level text, or a list that does not exist', () => {
    const numbering = definition(1, level(0, 'none', '')) + definition(2, level(0, 'decimal', '')) + list(1, 1) + list(2, 2);
    expect(textsOf(numbering, item(1) + item(2) + item(9))).toEqual([undefined, undefined, undefined]);
  });

  it('does not count a paragraph whose mark is deleted, nor the mc:Choice copy of a text box', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.')) + list(1, 1);
    const deleted = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr></w:p>';
    const textBox = (inside: string) =>
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${inside}</mc:Choice><mc:Fallback>${inside}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(textsOf(numbering, item(1) + deleted + textBox(`<w:txbxContent>${item(1)}</w:txbxContent>`) + item(1))).toEqual([
      '1.',
      undefined,
      undefined,
      '2.',
      '3.',
    ]);
  });

  it('says what stands between the label and the words, and whether the label is bold', () => {
    const numbering =
      definition(1, level(0, 'decimal', '%1.')) +
      definition(2, level(0, 'chineseCounting', '%1、', 1, '<w:rPr><w:b/></w:rPr>')) +
      definition(3, level(0, 'decimal', '%1', 1, '<w:suff w:val="nothing"/>')) +
      list(1, 1) + list(2, 2) + list(3, 3);
    expect(labelsOf(numbering, item(1) + item(2) + item(3))).toEqual([
      { text: '1.', separator: ' ', bold: false },
      { text: '一、', separator: '', bold: true },
      { text: '1', separator: '', bold: false },
    ]);
  });
});

describe('numberLabels: number formats', () => {
  it.each([
    ['decimalZero', 5, '05'],
    ['decimalFullWidth', 12, '１２'],
    ['decimalEnclosedCircleChinese', 7, '⑦'],
    ['decimalEnclosedCircle', 20, '⑳'],
    ['decimalEnclosedCircle', 21, '21'],
    ['decimalEnclosedParen', 3, '⑶'],
    ['upperLetter', 27, 'AA'],
    ['lowerLetter', 2, 'b'],
    ['upperRoman', 1994, 'MCMXCIV'],
    ['lowerRoman', 14, 'xiv'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 21, '二十一'],
    ['chineseCounting', 105, '一○五'],
    ['chineseCountingThousand', 101, '一百〇一'],
    ['chineseCountingThousand', 110, '一百一十'],
    ['chineseCountingThousand', 2024, '二千〇二十四'],
    ['chineseLegalSimplified', 10, '壹拾'],
    ['japaneseCounting', 111, '百十一'],
    ['ideographTraditional', 3, '丙'],
    ['ideographTraditional', 11, '11'],
    ['ideographZodiac', 12, '亥'],
    ['decimal', 0, '0'],
  ])('%s %i is %s', (format, start, expected) => {
    const numbering = definition(1, level(0, format, '%1', start)) + list(1, 1);
    expect(textsOf(numbering, item(1))).toEqual([expected]);
  });
});

describe('numberLabels: lists Word builds in less usual ways', () => {
  it('restarts a level per w:lvlRestart only after the level it names advances, not a level in between', () => {
    const numbering =
      definition(1, level(0, 'decimal', '%1.'), level(1, 'decimal', '%1.%2'), level(2, 'lowerLetter', '%3)', 1, '<w:lvlRestart w:val="1"/>')) +
      list(1, 1);
    const body = item(1, 0) + item(1, 1) + item(1, 2) + item(1, 1) + item(1, 2) + item(1, 0) + item(1, 1) + item(1, 2);
    expect(textsOf(numbering, body)).toEqual(['1.', '1.1', 'a)', '1.2', 'b)', '2.', '2.1', 'a)']);
  });

  it('shows a level its text names but the list does not define as that level’s start, 0', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.%2')) + list(1, 1);
    expect(textsOf(numbering, item(1) + item(1))).toEqual(['1.0', '2.0']);
  });

  it('counts a list through the numbering style its definition links to (w:numStyleLink)', () => {
    const styles = '<w:style w:type="numbering" w:styleId="Steps"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const numbering =
      definition(1, level(0, 'decimal', '%1.'), '<w:numStyleLink w:val="Steps"/>') +
      definition(2, level(0, 'chineseCounting', '（%1）'), '<w:styleLink w:val="Steps"/>') +
      list(1, 1) + list(2, 2);
    expect(textsOf(numbering, item(1) + item(2) + item(1), styles)).toEqual(['（一）', '（二）', '（三）']);
  });

  it('shows nothing for a list whose definition is missing, a level the definition lacks, or a level with no text', () => {
    const numbering =
      definition(1, level(0, 'decimal', '%1.')) +
      definition(2, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>') +
      definition(3, level(0, 'decimal', ' ')) +
      list(1, 1) + list(2, 2) + list(3, 3) + list(4, 9);
    expect(textsOf(numbering, item(4) + item(1, 3) + item(2) + item(3) + item(1))).toEqual([undefined, undefined, undefined, undefined, '1.']);
  });

  it('shows no number for numFmt none, whatever the level text and start', () => {
    const numbering = definition(1, level(0, 'none', '%1', 1)) + definition(2, level(0, 'none', '%1', 0)) + list(1, 1) + list(2, 2);
    expect(textsOf(numbering, item(1) + item(2))).toEqual([undefined, undefined]);
  });

  it('takes numId 0 as no numbering, even where the numbering part has a list 0', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.')) + list(0, 1) + list(1, 1);
    expect(textsOf(numbering, item(0) + item(1))).toEqual([undefined, '1.']);
  });

  it('overrides a level’s start, or the whole level, for the level the override names', () => {
    const override = '<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:lvlOverride>';
    const numbering =
      definition(1, level(0, 'decimal', '%1.'), level(1, 'decimal', '（%2）')) + list(1, 1, startOverride(1, 4)) + list(2, 1, override);
    expect(textsOf(numbering, item(1, 0) + item(1, 1) + item(2, 1) + item(2, 1))).toEqual(['1.', '（4）', 'C.', 'D.']);
  });

  it('makes a label bold where the paragraph mark is bold', () => {
    const numbering = definition(1, level(0, 'decimal', '%1.')) + list(1, 1);
    const bold = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>';
    expect(labelsOf(numbering, bold + item(1)).map((label) => label?.bold)).toEqual([true, false]);
  });

  it('gives no labels where the file has no numbering part', () => {
    const document = parse(`<w:document ${NAMESPACES}><w:body>${item(1)}</w:body></w:document>`);
    expect(numberLabels(wordParagraphs(document), undefined, readStyles(undefined)).size).toBe(0);
  });
});

describe('numberLabels: the edges of each format’s range', () => {
  it.each([
    ['upperRoman', 3999, 'MMMCMXCIX'],
    ['upperRoman', 4000, '4000'],
    ['lowerRoman', 4, 'iv'],
    ['chineseCounting', 99, '九十九'],
    ['chineseCounting', 100, '一○○'],
    ['chineseCountingThousand', 9999, '九千九百九十九'],
    ['chineseCountingThousand', 10000, '10000'],
    ['chineseCounting', 0, '0'],
    ['upperLetter', 0, '0'],
  ])('%s %i is %s', (format, start, expected) => {
    const numbering = definition(1, level(0, format, '%1', start)) + list(1, 1);
    expect(textsOf(numbering, item(1))).toEqual([expected]);
  });
});
