import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { child, children, isOn, readStyles, value, wordParagraphs } from './docx-xml';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:other"';
const { DOMParser } = new JSDOM('').window;
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
/** The first w:p of a body. */
const paragraphOf = (body: string) => wordParagraphs(parse(`<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`))[0];
const stylesOf = (styles: string) => readStyles(parse(`<w:styles ${NAMESPACES}>${styles}</w:styles>`));
/** The w:jc values along a paragraph's style chain, nearest first, with the style each comes from. */
const chainOf = (styles: string, paragraph: string) =>
  stylesOf(styles).chain(paragraphOf(paragraph)).map(({ properties, styleId }) => [styleId, value(properties, 'jc')]);
const style = (id: string, more: string, attributes = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"${attributes}>${more}</w:style>`;
const centred = '<w:pPr><w:jc w:val="center"/></w:pPr>';

describe('child, children and value', () => {
  it('find only WordprocessingML elements of that name', () => {
    const properties = paragraphOf('<w:p><w:pPr><x:jc w:val="left"/><x:ind/><w:jc w:val="right"/><w:ind/><w:ind/></w:pPr></w:p>').firstElementChild!;
    expect(value(properties, 'jc')).toBe('right');
    expect(child(properties, 'ind')?.namespaceURI).toBe('http://schemas.openxmlformats.org/wordprocessingml/2006/main');
    expect(children(properties, 'ind')).toHaveLength(2);
    expect(children(undefined, 'ind')).toEqual([]);
  });
});

describe('isOn', () => {
  it('reads a toggle as on when present, off when absent or its value says off', () => {
    const toggles = paragraphOf(
      '<w:p><w:pPr><w:rPr><w:b/><w:b w:val="1"/><w:b w:val="true"/><w:b w:val="0"/><w:b w:val="false"/><w:b w:val="off"/></w:rPr></w:pPr></w:p>',
    ).getElementsByTagName('w:b');
    expect(toggles).toHaveLength(6);
    expect([...toggles].map(isOn)).toEqual([true, true, true, false, false, false]);
    expect(isOn(undefined)).toBe(false);
  });
});

describe('wordParagraphs', () => {
  it('leaves out the paragraphs of an mc:Choice, keeping its mc:Fallback’s and those of an element only named Choice', () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const document = parse(
      `<w:document ${NAMESPACES}><w:body><w:p><w:r><mc:AlternateContent><mc:Choice>${box('选择')}</mc:Choice>` +
        `<mc:Fallback>${box('备用')}</mc:Fallback></mc:AlternateContent></w:r></w:p><x:Choice>${box('其他')}</x:Choice></w:body></w:document>`,
    );
    expect(wordParagraphs(document).map((paragraph) => paragraph.textContent)).toEqual(['选择备用', '备用', '其他']);
  });
});

describe('readStyles', () => {
  it('chains a paragraph’s own properties, its style’s and the styles that one is based on, stopping at a loop', () => {
    const styles = style('A', `<w:basedOn w:val="B"/>${centred}`) + style('B', '<w:basedOn w:val="C"/>') + style('C', '<w:basedOn w:val="A"/><w:pPr><w:jc w:val="right"/></w:pPr>');
    expect(chainOf(styles, '<w:p><w:pPr><w:pStyle w:val="A"/><w:jc w:val="left"/></w:pPr></w:p>')).toEqual([
      [undefined, 'left'],
      ['A', 'center'],
      ['C', 'right'],
    ]);
  });

  it('gives a paragraph without properties or style no chain', () => {
    expect(chainOf(style('A', centred), '<w:p/>')).toEqual([]);
  });

  it('applies the default paragraph style (w:default 1, true or on) to a paragraph that names none', () => {
    const defaults = (setting: string, type = 'paragraph') =>
      `<w:style w:type="${type}" w:styleId="Normal" w:default="${setting}">${centred}</w:style>`;
    for (const setting of ['1', 'true', 'on']) expect(chainOf(defaults(setting), '<w:p/>')).toEqual([['Normal', 'center']]);
    expect(chainOf(defaults('0'), '<w:p/>')).toEqual([]);
    expect(chainOf(defaults('1', 'character'), '<w:p/>')).toEqual([]);
    expect(chainOf('<w:style w:type="paragraph" w:styleId="Normal">' + centred + '</w:style>', '<w:p/>')).toEqual([]);
  });

  it('gives the list a numbering style stands for', () => {
    const styles = stylesOf('<w:style w:type="numbering" w:styleId="Steps"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>');
    expect([styles.numberingStyle('Steps'), styles.numberingStyle('Other')]).toEqual(['7', undefined]);
  });

  it('reads a file with no styles part as no styles', () => {
    expect(readStyles(undefined).chain(paragraphOf('<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr></w:p>'))).toHaveLength(1);
  });
});
