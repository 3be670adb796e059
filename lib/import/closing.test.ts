import { describe, expect, it } from 'vitest';
import { readClosing } from './closing';
import type { SourceBlock, SourceTable } from './source';
import type { Findings } from './types';

type Item = string | Omit<SourceTable, 'at'>;

/** Lines (and tables) numbered from 1, as a file's blocks. */
const blocksOf = (items: Item[]): SourceBlock[] =>
  items.map((item, index) => (typeof item === 'string' ? { kind: 'paragraph', text: item, at: { n: index + 1 } } : { ...item, at: { n: index + 1 } }));

const read = (items: Item[], bodyStart = 0) => {
  const findings: Findings = { chrome: [], metadata: [], unsure: [] };
  return { ...readClosing(blocksOf(items), bodyStart, findings), findings };
};

const NONE: Findings = { chrome: [], metadata: [], unsure: [] };
const TEXT = '请各单位认真执行。';
const TABLE: Omit<SourceTable, 'at'> = { kind: 'table', head: [], rows: [[{ text: '水泵' }, { text: '12台' }]] };

describe('readClosing: after a closing date', () => {
  it('reads attachments after the date, the 版记, metadata and the site’s footer, and says what it left out', () => {
    expect(
      read([TEXT, '2024年3月5日', '附件：检查表', '抄送：县委办公室。', '（此件公开发布）', '发布日期：2024-03-06', '网站地图 | 联系我们', '智能客服']),
    ).toEqual({
      closing: { date: { text: '2024年3月5日' }, disclosure: '（此件公开发布）' },
      attachments: ['附件：检查表'],
      imprint: ['抄送：县委办公室。'],
      metadata: { 发布日期: '2024-03-06' },
      bodyEnd: 1,
      findings: {
        chrome: [
          { n: 7, text: '网站地图 | 联系我们', why: 'site footer' },
          { n: 8, text: '智能客服', why: 'after the closing' },
        ],
        metadata: [{ n: 6, text: '发布日期：2024-03-06' }],
        unsure: [{ n: 8, text: '智能客服', why: 'left out as the site’s: a line after the closing date' }],
      },
    });
  });

  it('takes a date after which only long chrome or metadata lines stand', () => {
    for (const after of ['版权所有：某县人民政府办公室　ICP备00000000号', '来源：某县人民政府办公室 发布时间：2025-02-28 10:00']) {
      expect(read([TEXT, '2025年2月28日', after])).toMatchObject({ closing: { date: { text: '2025年2月28日' } }, bodyEnd: 1 });
    }
  });

  it.each([
    ['a sentence', '第一条　为了加强防汛工作，制定本办法。'],
    ['a numbered line', '1.上午开幕式'],
    ['a table', TABLE],
  ])('leaves a date with %s after it in the text', (_, after) => {
    const closing = read(['某县人民政府', '2025年3月1日', after]);
    expect(closing.closing).toBeUndefined();
    expect(closing.bodyEnd).toBe(3);
  });

  it('never takes a date above the text, and takes one where the text starts', () => {
    expect(read(['（2025年2月28日）', '某县人民政府'], 1)).toMatchObject({ closing: { issuer: '某县人民政府' }, bodyEnd: 1 });
    expect(read(['2025年3月5日', '（此件公开发布）'])).toMatchObject({ closing: { date: { text: '2025年3月5日' }, disclosure: '（此件公开发布）' }, bodyEnd: 0 });
  });

  it('says when the closing date is not a whole date', () => {
    expect(read([TEXT, '某县人民政府', '2025228']).findings).toEqual({
      ...NONE,
      unsure: [{ n: 3, text: '2025228', why: 'the closing date is not a whole date' }],
    });
  });

  it('takes a first 版记 line after the date as the 版记, not as the disclosure', () => {
    expect(read([TEXT, '2025年3月5日', '抄送：县委办公室。'])).toMatchObject({ closing: { date: { text: '2025年3月5日' } }, imprint: ['抄送：县委办公室。'] });
    expect(read([TEXT, '2025年3月5日', '抄送：县委办公室。']).closing?.disclosure).toBeUndefined();
  });
});

describe('readClosing: the issuer above the date', () => {
  it('takes up to three issuers on lines of their own, joined', () => {
    expect(read(['某市民政局', '某市财政局', '某市人力资源和社会保障局', '某市卫生健康委员会', '2025年6月1日'])).toMatchObject({
      closing: { issuer: '某市财政局\u3000某市人力资源和社会保障局\u3000某市卫生健康委员会' },
      bodyEnd: 1,
    });
  });

  it('takes an issuer where the text starts, never above it', () => {
    expect(read(['某县人民政府', '2025年3月5日'])).toMatchObject({ closing: { issuer: '某县人民政府' }, bodyEnd: 0 });
    expect(read(['某县人民政府', '2025年3月5日'], 1)).toEqual({
      closing: { date: { text: '2025年3月5日' } },
      attachments: [],
      imprint: [],
      metadata: {},
      bodyEnd: 1,
      findings: NONE,
    });
  });

  it.each([TEXT, '县应急局 王明'])('takes no issuer from 「%s」', (line) => {
    expect(read([line, '2025年3月5日'])).toMatchObject({ closing: { date: { text: '2025年3月5日' } }, bodyEnd: 1 });
    expect(read([line, '2025年3月5日']).closing?.issuer).toBeUndefined();
  });
});

describe('readClosing: attachments above the issuer', () => {
  it('takes the 附件 lines between the text and the issuer, from where the text starts', () => {
    expect(read(['附件：检查表', '某县人民政府', '2025年3月5日'])).toMatchObject({ attachments: ['附件：检查表'], bodyEnd: 0 });
    expect(read(['附件：检查表', '某县人民政府', '2025年3月5日'], 1)).toMatchObject({ attachments: [], bodyEnd: 1 });
  });

  it('leaves a 附件 line with a sentence after it in the text', () => {
    expect(read(['附件：检查表', TEXT, '某县人民政府', '2025年3月5日'])).toMatchObject({ attachments: [], bodyEnd: 2 });
  });

  it('keeps the date out of the text when an attachment follows it', () => {
    expect(read([TEXT, '2025年3月5日', '附件：检查表'])).toMatchObject({ attachments: ['附件：检查表'], bodyEnd: 1 });
  });
});

describe('readClosing: without a closing date, backwards', () => {
  it('takes the issuer where the text starts', () => {
    expect(read(['某县人民政府'])).toMatchObject({ closing: { issuer: '某县人民政府' }, bodyEnd: 0 });
  });

  it('reads a 版记 under the text, and no closing', () => {
    const closing = read([TEXT, '抄送：县委办公室。']);
    expect(closing).toMatchObject({ imprint: ['抄送：县委办公室。'], bodyEnd: 1, findings: NONE });
    expect(closing.closing).toBeUndefined();
  });

  it('leaves out a short line at the end and the site’s footer, saying so', () => {
    const closing = read([TEXT, '智能客服', '网站地图 | 联系我们']);
    expect(closing).toEqual({
      attachments: [],
      imprint: [],
      metadata: {},
      bodyEnd: 1,
      findings: {
        ...NONE,
        chrome: [
          { n: 3, text: '网站地图 | 联系我们', why: 'site footer' },
          { n: 2, text: '智能客服', why: 'a short line at the end' },
        ],
        unsure: [{ n: 2, text: '智能客服', why: 'left out as the site’s: a short line after the text' }],
      },
    });
  });

  it('stops at the issuer and at the disclosure: a short line above them stays text', () => {
    expect(read([TEXT, '防汛工作', '某县人民政府'])).toMatchObject({ closing: { issuer: '某县人民政府' }, bodyEnd: 2, findings: NONE });
    expect(read([TEXT, '联系人：王明', '（此件公开发布）'])).toMatchObject({ closing: { disclosure: '（此件公开发布）' }, bodyEnd: 2, findings: NONE });
  });

  it('leaves out a line of 20 characters at the end, but not one of 21', () => {
    const twenty = `某县${'防'.repeat(18)}`;
    expect(twenty).toHaveLength(20);
    expect(read([TEXT, twenty])).toMatchObject({ bodyEnd: 1, findings: { unsure: [{ n: 2, text: twenty }] } });
    expect(read([TEXT, `${twenty}汛`])).toMatchObject({ bodyEnd: 2, findings: NONE });
  });
});
