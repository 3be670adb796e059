import { describe, expect, it } from 'vitest';
import { readHeader } from './header';
import type { SourceBlock, SourceList, SourceTable } from './source';
import type { Findings } from './types';

type Item = string | Omit<SourceTable, 'at'> | Omit<SourceList, 'at'>;

/** Lines (and tables or lists) numbered from 1, as a file's blocks. */
const blocksOf = (items: Item[]): SourceBlock[] =>
  items.map((item, index) => (typeof item === 'string' ? { kind: 'paragraph', text: item, at: { n: index + 1 } } : { ...item, at: { n: index + 1 } }));

const read = (items: Item[], pageTitle?: { value: string; from: string }) => {
  const findings: Findings = { chrome: [], metadata: [], unsure: [] };
  const header = readHeader(blocksOf(items), pageTitle, findings);
  return { ...header, findings };
};

const table = (...rows: string[][]): Omit<SourceTable, 'at'> => ({ kind: 'table', head: [], rows: rows.map((row) => row.map((text) => ({ text }))) });
const NONE: Findings = { chrome: [], metadata: [], unsure: [] };
const BY_LINES = { from: 'the title-like lines above the text' };

describe('readHeader: the title the page names', () => {
  it('takes it where the text prints it, split over lines and spaced otherwise, after the site’s links', () => {
    const header = read(
      ['首页 政务公开 通知公告', '某县人民政府关于印发', '某县防汛预案的通知', '某政发〔2024〕5号', '各乡镇人民政府：', '一、总体要求', '坚持预防为主。'],
      { value: '某县人民政府关于印发 某县防汛预案的通知', from: '<h1>' },
    );
    expect(header).toEqual({
      title: [
        { n: 2, text: '某县人民政府关于印发' },
        { n: 3, text: '某县防汛预案的通知' },
      ],
      titleOrigin: { from: '<h1>' },
      documentNumber: { n: 4, text: '某政发〔2024〕5号' },
      salutation: '各乡镇人民政府：',
      metadata: {},
      bodyStart: 5,
      findings: { ...NONE, chrome: [{ n: 1, text: '首页 政务公开 通知公告', why: 'a row of links' }] },
    });
  });

  it('takes a headline that is a sentence as the title, and the text after it', () => {
    const header = read(['好消息！我县启动秋季义诊', '今年秋季，县医院将走进各乡镇。', '义诊免费。'], { value: '好消息！我县启动秋季义诊', from: '<h1>' });
    expect(header).toMatchObject({ title: [{ n: 1, text: '好消息！我县启动秋季义诊' }], titleOrigin: { from: '<h1>' }, bodyStart: 1, findings: NONE });
    expect(header.salutation).toBeUndefined();
  });

  it('takes it as the page says it where the text does not print it above the text', () => {
    expect(read(['今年秋季，县医院将走进各乡镇。', '义诊免费。'], { value: '我县启动秋季义诊', from: '<title>' })).toMatchObject({
      title: [{ n: 0, text: '我县启动秋季义诊' }],
      titleOrigin: { from: '<title>' },
      bodyStart: 0,
    });
    // Printed only after the text has started, it is not taken from there.
    expect(read(['一、总体要求', '某县人民政府关于开展检查的通知', '坚持预防为主。'], { value: '某县人民政府关于开展检查的通知', from: '<h1>' })).toMatchObject({
      title: [{ n: 0, text: '某县人民政府关于开展检查的通知' }],
      bodyStart: 0,
    });
  });

  it('keeps a first line that looks like a row of links in the title, when with the next it is the title the page names', () => {
    // The issuer's name set as two words above the rest of the title: alone it looks like a banner of links, but
    // the page's own <title> is the two lines joined, so a reader is shown the whole title, issuer first.
    const header = read(
      ['天津市津南区 人民政府', '关于2024年法治政府建设情况的报告', '2024年，区政府坚持依法行政，现将有关情况报告如下。', '一、主要举措', '健全依法决策机制。'],
      { value: '天津市津南区人民政府关于2024年法治政府建设情况的报告', from: '<title>' },
    );
    expect(header).toEqual({
      title: [
        { n: 1, text: '天津市津南区 人民政府' },
        { n: 2, text: '关于2024年法治政府建设情况的报告' },
      ],
      titleOrigin: { from: '<title>' },
      documentNumber: undefined,
      salutation: undefined,
      metadata: {},
      bodyStart: 2,
      findings: NONE,
    });
  });
});

describe('readHeader: the title-like lines above the text', () => {
  it('takes at most four lines, the line above them left out as the site’s', () => {
    const header = read(['某县', '人民政府', '关于印发', '防汛预案', '的通知', '一、总体要求', '坚持预防为主。'], { value: '某县人民政府关于印发防汛预案的通知', from: '<h1>' });
    expect(header).toMatchObject({
      title: [
        { n: 2, text: '人民政府' },
        { n: 3, text: '关于印发' },
        { n: 4, text: '防汛预案' },
        { n: 5, text: '的通知' },
      ],
      titleOrigin: BY_LINES,
      bodyStart: 5,
      findings: {
        ...NONE,
        chrome: [{ n: 1, text: '某县', why: 'a line above the title' }],
        unsure: [{ n: 1, text: '某县', why: 'left out as the site’s: a line above the title' }],
      },
    });
  });

  it('keeps the 发文机关标志 as metadata and cuts the page’s one-line title off the split title under it', () => {
    const header = read(['某县人民政府文件', '某县人民政府关于印发某县防汛预案的通知', '某县人民政府关于印发', '某县防汛预案的通知', '各乡镇人民政府：', '一、总体要求', '坚持预防为主。']);
    expect(header).toEqual({
      title: [
        { n: 3, text: '某县人民政府关于印发' },
        { n: 4, text: '某县防汛预案的通知' },
      ],
      titleOrigin: BY_LINES,
      documentNumber: undefined,
      salutation: '各乡镇人民政府：',
      metadata: {},
      bodyStart: 5,
      findings: {
        ...NONE,
        chrome: [{ n: 2, text: '某县人民政府关于印发某县防汛预案的通知', why: 'the page’s title, repeated' }],
        metadata: [{ n: 1, text: '某县人民政府文件' }],
      },
    });
  });

  it('takes a title with a colon or ending in （试行）, and a line in brackets under it as the text’s start', () => {
    expect(read(['某县2024年法治政府建设', '情况报告：坚持依法行政', '一、总体要求', '坚持预防为主。'])).toMatchObject({
      title: [
        { n: 1, text: '某县2024年法治政府建设' },
        { n: 2, text: '情况报告：坚持依法行政' },
      ],
      bodyStart: 2,
    });
    expect(read(['某县城市管理办法（试行）', '（2025年3月1日县政府令第12号公布）', '第一章　总则', '第一条　为了加强城市管理，制定本办法。'])).toMatchObject({
      title: [{ n: 1, text: '某县城市管理办法（试行）' }],
      titleOrigin: BY_LINES,
      bodyStart: 1,
    });
    const remark = read(['某县人民政府关于开展检查的通知', '（联系人：张三　电话12345678）', '一、总体要求', '坚持预防为主。']);
    expect(remark).toMatchObject({ title: [{ n: 1, text: '某县人民政府关于开展检查的通知' }], bodyStart: 1 });
    expect(remark.salutation).toBeUndefined();
  });

  it('takes a title that opens with words in brackets', () => {
    expect(read(['（受权发布）某县人民代表大会常务委员会公告', '一、总体要求', '坚持预防为主。'])).toMatchObject({
      title: [{ n: 1, text: '（受权发布）某县人民代表大会常务委员会公告' }],
      titleOrigin: BY_LINES,
      bodyStart: 1,
    });
  });

  it('takes a line of 60 characters as a title line, and one of 61 as text', () => {
    const sixty = `某县人民政府关于印发${'农'.repeat(47)}的通知`;
    expect(sixty).toHaveLength(60);
    expect(read([sixty, '一、总体要求', '坚持预防为主。'])).toMatchObject({ title: [{ n: 1, text: sixty }], titleOrigin: BY_LINES, bodyStart: 1 });
    const sixtyOne = `${sixty}书`;
    expect(sixtyOne).toHaveLength(61);
    expect(read([sixtyOne, '一、总体要求', '坚持预防为主。'])).toMatchObject({
      title: [{ n: 1, text: sixtyOne }],
      titleOrigin: { from: 'the first line', guessed: true },
      bodyStart: 1,
    });
  });

  it('takes a file that is all title as its title, with no text after it', () => {
    expect(read(['某县人民政府关于开展检查的通知'])).toMatchObject({ title: [{ n: 1, text: '某县人民政府关于开展检查的通知' }], titleOrigin: BY_LINES, bodyStart: 1 });
  });
});

describe('readHeader: where the text starts', () => {
  it('at one sentence alone under the title', () => {
    expect(read(['某县人民政府关于开展检查的通知', '请各单位认真执行。'])).toMatchObject({ title: [{ n: 1 }], bodyStart: 1, findings: NONE });
  });

  it('at a list right under the title', () => {
    expect(
      read(['某县人民政府关于开展检查的通知', { kind: 'list', ordered: false, items: [{ text: '坚持预防为主' }, { text: '及时报告火情' }] }, '请各单位认真执行。']),
    ).toMatchObject({ title: [{ n: 1 }], bodyStart: 1, findings: NONE });
  });

  it('at a numbered heading, whatever short line follows it', () => {
    expect(read(['某县人民政府关于开展检查的通知', '一、检查内容', '防汛物资储备情况', '二、工作要求', '及时报告火情。'])).toMatchObject({
      title: [{ n: 1, text: '某县人民政府关于开展检查的通知' }],
      bodyStart: 1,
      findings: NONE,
    });
  });

  it.each(['【打印】【关闭】', '发布日期：2024-03-05', '某政发〔2024〕5号'])('at the first sentence, 「%s」 between it and the next', (between) => {
    expect(read(['某县人民政府关于开展检查的通知', '为做好防汛工作，现将有关事项通知如下。', between, '请各单位认真执行。'])).toMatchObject({
      title: [{ n: 1, text: '某县人民政府关于开展检查的通知' }],
      bodyStart: 1,
      findings: NONE,
    });
  });

  it('after a salutation of up to 50 characters; a longer line ending in a colon is text', () => {
    const fifty = `各乡镇人民政府、县政府各部门、${'县直各单位、'.repeat(5)}驻县单位：`;
    expect(fifty).toHaveLength(50);
    expect(read(['某县人民政府关于开展检查的通知', fifty, '一、总体要求', '坚持预防为主。'])).toMatchObject({ salutation: fifty, bodyStart: 2 });
    const fiftyOne = `各${fifty}`;
    const long = read(['某县人民政府关于开展检查的通知', fiftyOne, '一、总体要求', '坚持预防为主。']);
    expect(long).toMatchObject({ title: [{ n: 1 }], bodyStart: 1 });
    expect(long.salutation).toBeUndefined();
  });

  it('at the first line, guessed as the title, with the 文号 under it kept for the cover', () => {
    expect(read(['好消息！我县启动秋季义诊', '某政发〔2024〕5号', '今年秋季，县医院将走进各乡镇。', '义诊免费。'])).toMatchObject({
      title: [{ n: 1, text: '好消息！我县启动秋季义诊' }],
      titleOrigin: { from: 'the first line', guessed: true },
      documentNumber: { n: 2, text: '某政发〔2024〕5号' },
      bodyStart: 2,
    });
  });

  it('after the 文号, metadata and site lines under a headline taken as the title', () => {
    expect(read(['好消息！我县启动秋季义诊', '某政发〔2024〕5号', '来源：某县融媒体中心', '【打印】【关闭】', '今年秋季，县医院将走进各乡镇。', '义诊免费。'])).toEqual({
      title: [{ n: 1, text: '好消息！我县启动秋季义诊' }],
      titleOrigin: { from: 'the first line', guessed: true },
      documentNumber: { n: 2, text: '某政发〔2024〕5号' },
      salutation: undefined,
      metadata: { 来源: '某县融媒体中心' },
      bodyStart: 4,
      findings: { ...NONE, chrome: [{ n: 4, text: '【打印】【关闭】', why: 'site links' }], metadata: [{ n: 3, text: '来源：某县融媒体中心' }] },
    });
    expect(read(['好消息！我县启动秋季义诊', '发布时间：2025-09-01', '今年秋季，县医院将走进各乡镇。'], { value: '好消息！我县启动秋季义诊', from: '<h1>' })).toMatchObject({
      titleOrigin: { from: '<h1>' },
      metadata: { 发布时间: '2025-09-01' },
      bodyStart: 2,
    });
  });

  it('after the first line that is neither metadata nor chrome, guessed as the title', () => {
    expect(read(['发布日期：2024-03-05', '好消息！我县启动秋季义诊', '今年秋季，县医院将走进各乡镇。', '义诊免费。'])).toMatchObject({
      title: [{ n: 2, text: '好消息！我县启动秋季义诊' }],
      titleOrigin: { from: 'the first line', guessed: true },
      metadata: { 发布日期: '2024-03-05' },
      bodyStart: 2,
    });
  });

  it('at a table that opens the text, which is no title', () => {
    expect(read([table(['项目', '数量'], ['水泵', '12台']), '以上物资已于九月底前到位。', '请各单位妥善保管。'])).toMatchObject({
      title: [{ n: 0, text: '（无标题）' }],
      titleOrigin: { from: 'nowhere: the text opens with a table or a list', guessed: true },
      bodyStart: 0,
      findings: NONE,
    });
  });

  it('nowhere in a file of metadata and chrome, which has no title', () => {
    expect(read(['发布日期：2024-03-05', '首页 政务公开 通知公告'])).toEqual({
      title: [{ n: 0, text: '（无标题）' }],
      titleOrigin: { from: 'nowhere: the file has no line to take', guessed: true },
      documentNumber: undefined,
      salutation: undefined,
      metadata: { 发布日期: '2024-03-05' },
      bodyStart: 2,
      findings: { ...NONE, chrome: [{ n: 2, text: '首页 政务公开 通知公告', why: 'a row of links' }], metadata: [{ n: 1, text: '发布日期：2024-03-05' }] },
    });
  });
});

describe('readHeader: metadata above the text', () => {
  it('reads the 文号, a second 文号 and a date alone under the title as metadata', () => {
    const header = read(['某县人民政府关于开展检查的通知', '某政发〔2024〕5号', '某政办〔2024〕12号', '（2025年2月28日）', '一、总体要求', '坚持预防为主。']);
    expect(header.documentNumber).toEqual({ n: 2, text: '某政发〔2024〕5号' });
    expect(header.metadata).toStrictEqual({ 发文字号: '某政办〔2024〕12号', 成文日期: '（2025年2月28日）' });
    expect(header.findings).toEqual({
      ...NONE,
      metadata: [
        { n: 3, text: '某政办〔2024〕12号' },
        { n: 4, text: '（2025年2月28日）' },
      ],
    });
    expect(header.bodyStart).toBe(4);
  });

  it('reads a table of labels and values above the title, each label’s value, an empty one kept empty', () => {
    const header = read(
      [
        table(['发布机构：', ' 某县应急管理局 ', '发布日期：', '2024-03-05'], ['索引号', '000000-2024-00012', '文号', '']),
        '某县人民政府关于开展检查的通知',
        '一、总体要求',
        { kind: 'list', ordered: true, items: [{ marker: '1.', text: '坚持预防为主。' }] },
      ],
      { value: '某县人民政府关于开展检查的通知', from: '<h1>' },
    );
    expect(header.metadata).toStrictEqual({ 发布机构: '某县应急管理局', 发布日期: '2024-03-05', 索引号: '000000-2024-00012', 文号: '' });
    expect(header.findings).toEqual({ ...NONE, metadata: [{ n: 1, text: '发布机构： 某县应急管理局 发布日期： 2024-03-05 索引号 000000-2024-00012 文号' }] });
    expect(header).toMatchObject({ title: [{ n: 2, text: '某县人民政府关于开展检查的通知' }], titleOrigin: { from: '<h1>' }, bodyStart: 2 });
  });

  it('reads a table whose cells hold a label and its value each', () => {
    const header = read([
      table(['索引号：000000-2024-00012', '发布机构：某县应急管理局'], ['发布日期：2024-03-05', '有效性：有效']),
      '某县人民政府关于开展检查的通知',
      '一、总体要求',
      '坚持预防为主。',
    ]);
    expect(header.metadata).toStrictEqual({ 索引号: '000000-2024-00012', 发布机构: '某县应急管理局', 发布日期: '2024-03-05', 有效性: '有效' });
    expect(header).toMatchObject({ title: [{ n: 2 }], bodyStart: 2 });
  });

  it('reads a table of two labels and their values as metadata, a 文号 only under its label', () => {
    const header = read([table(['发布机构', '某县应急管理局'], ['文号', '某政发〔2024〕5号']), '某县人民政府关于开展检查的通知', '一、总体要求', '坚持预防为主。']);
    expect(header.metadata).toStrictEqual({ 发布机构: '某县应急管理局', 文号: '某政发〔2024〕5号' });
    expect(header).toMatchObject({ title: [{ n: 2 }], bodyStart: 2 });
  });

  it('reads a table as metadata when three cells in ten are labels, a label at its end without a value', () => {
    const header = read([
      table(['主题', '防汛', '体裁', '通知'], ['发布机构', '某县应急管理局', '发布日期', '2024-03-05'], ['', '备注', '有效性']),
      '某县人民政府关于开展检查的通知',
      '一、总体要求',
      '坚持预防为主。',
    ]);
    expect(header.metadata).toStrictEqual({ 发布机构: '某县应急管理局', 发布日期: '2024-03-05' });
    expect(header.findings.metadata).toEqual([{ n: 1, text: '主题 防汛 体裁 通知 发布机构 某县应急管理局 发布日期 2024-03-05 备注 有效性' }]);
    expect(header.bodyStart).toBe(2);
  });

  it.each([
    ['two labels in nine cells', table(['发布日期', '来源', '数量'], ['2024-03-05', '某县', '12'], ['2024-03-06', '某镇', '8'])],
    ['one label and its value', table(['来源', '某县融媒体中心'])],
  ])('reads a table with %s as text', (_, data) => {
    const header = read(['某县人民政府关于开展检查的通知', data, '一、总体要求', '坚持预防为主。']);
    expect(header).toMatchObject({ title: [{ n: 1 }], metadata: {}, bodyStart: 1, findings: NONE });
  });
});
