import { describe, expect, it } from 'vitest';
import { toLines } from './lines';
import { analyse } from './structure';

const read = (...lines: string[]) => analyse(toLines(lines.join('\n')));
const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

const BODY = ['一、总体要求', '坚持预防为主。', '二、工作要求', '及时报告火情。'];

describe('analyse: the cover', () => {
  it('cuts the page’s one-line title off the document’s own split title, and reads labelled metadata', () => {
    const { document, findings, origins } = read(
      '某县人民政府关于印发某县防汛预案的通知',
      '某县人民政府关于印发',
      '某县防汛预案的通知',
      '发布机构：某县应急管理局  发布日期：2024年3月5日  索引号：000000-2024-00012',
      '某政发〔2024〕5号',
      '各乡镇人民政府：',
      ...BODY,
    );
    expect(document).toMatchObject({
      title: ['某县人民政府关于印发', '某县防汛预案的通知'],
      issuer: '某县应急管理局',
      published: '2024-03-05',
      salutation: '各乡镇人民政府：',
    });
    expect(document.source).toBeUndefined();
    expect(origins).toEqual({ issuer: '发布机构', published: '发布日期' });
    expect(texts(findings.chrome)).toEqual(['某县人民政府关于印发某县防汛预案的通知']);
    expect(texts(findings.metadata)).toEqual([
      '发布机构：某县应急管理局  发布日期：2024年3月5日  索引号：000000-2024-00012',
      '某政发〔2024〕5号',
    ]);
  });

  it('takes the issuer from the title before 关于, and the date from a whole closing date', () => {
    const { document, origins } = read('某县农业农村局关于开展检查的通知', ...BODY, '2025年12月1日');
    expect(document).toMatchObject({ issuer: '某县农业农村局', published: '2025-12-01', closing: { date: { text: '2025年12月1日' } } });
    expect(origins).toEqual({ issuer: 'the title, before 关于', published: 'the closing date' });
  });

  it('leaves out a banner above the title, and says so', () => {
    const { document, findings } = read('欢迎访问某县政府网站！', '某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY);
    expect(document.title).toEqual(['某县人民政府关于开展检查的通知']);
    expect(texts(findings.unsure)).toEqual(['欢迎访问某县政府网站！']);
  });
});

describe('analyse: parts and sections', () => {
  it('groups sections under parts, keeps items and 一是… as paragraphs, and numbers the ids', () => {
    const { document } = read(
      '某县人民政府关于开展检查的通知',
      '发布日期：2024-03-05',
      '为做好检查工作，通知如下：',
      '一、检查内容',
      '本次检查分两项。',
      '（一）设备',
      '1.拖拉机。',
      '(1)联合收割机。',
      '（二）人员',
      '一是培训；二是持证。',
      '二、工作要求',
      '1、按时报送。',
    );
    expect(document.introduction).toEqual({ id: 'introduction', paragraphs: [{ id: 'introduction-1', text: '为做好检查工作，通知如下：' }] });
    expect(document.parts).toEqual([
      {
        id: 'part-1',
        heading: '一、检查内容',
        sections: [
          { id: '1-0', paragraphs: [{ id: '1-0-1', text: '本次检查分两项。' }] },
          {
            id: '1-1',
            heading: '（一）设备',
            paragraphs: [
              { id: '1-1-1', text: '1.拖拉机。' },
              { id: '1-1-2', text: '(1)联合收割机。' },
            ],
          },
          { id: '1-2', heading: '（二）人员', paragraphs: [{ id: '1-2-1', text: '一是培训；二是持证。' }] },
        ],
      },
      { id: 'part-2', heading: '二、工作要求', sections: [{ id: '2', paragraphs: [{ id: '2-1', text: '1、按时报送。' }] }] },
    ]);
  });

  it('splits a heading from the text run on after it, without changing a character', () => {
    const { document, findings } = read(
      '某县人民政府关于开展检查的通知',
      '发布日期：2024-03-05',
      '一、加强领导。各乡镇要成立专班。',
      '（一）明确责任。主要负责同志亲自抓。',
    );
    expect(document.parts[0]).toMatchObject({
      heading: '一、加强领导。',
      sections: [
        { paragraphs: [{ text: '各乡镇要成立专班。' }] },
        { heading: '（一）明确责任。', paragraphs: [{ text: '主要负责同志亲自抓。' }] },
      ],
    });
    expect(findings.unsure.map((line) => line.n)).toEqual([3, 4]);
  });

  it('keeps a heading that is one whole sentence as its number and its text', () => {
    const { document } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY, '三、本通知自印发之日起施行。');
    expect(document.parts[2]).toEqual({
      id: 'part-3',
      heading: '三、',
      sections: [{ id: '3', paragraphs: [{ id: '3-1', text: '本通知自印发之日起施行。' }] }],
    });
  });

  it('keeps a heading out of order as a paragraph, and lists it', () => {
    const { document, findings } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', '一、总体要求', '三、坚持预防为主。', '（二）加强巡查。');
    expect(document.parts).toHaveLength(1);
    expect(texts(document.parts[0].sections[0].paragraphs)).toEqual(['三、坚持预防为主。', '（二）加强巡查。']);
    expect(findings.unsure.map((line) => line.why)).toEqual([
      'numbered like a heading, but out of order: kept as a paragraph',
      'numbered like a heading, but out of order: kept as a paragraph',
    ]);
  });
});

describe('analyse: the closing', () => {
  it('reads issuer, date, disclosure and attachments, and leaves out what follows', () => {
    const { document, findings } = read(
      '某县人民政府关于开展检查的通知',
      ...BODY,
      '附件：1.检查表',
      '2.人员名单',
      '某县人民政府',
      '2024年3月5日',
      '（此件公开发布）',
      '我要纠错',
      '智能客服',
    );
    expect(document.attachments).toEqual(['附件：1.检查表', '2.人员名单']);
    expect(document.closing).toEqual({ issuer: '某县人民政府', date: { text: '2024年3月5日' }, disclosure: '（此件公开发布）' });
    expect(texts(document.parts[1].sections[0].paragraphs)).toEqual(['及时报告火情。']);
    expect(texts(findings.chrome)).toEqual(['我要纠错', '智能客服']);
    expect(texts(findings.unsure)).toEqual(['智能客服']);
  });

  it('keeps a sentence that starts with 附件 as text', () => {
    const { document } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY, '附件1所列单位要按时报送。');
    expect(document.attachments).toEqual([]);
    expect(texts(document.parts[1].sections[0].paragraphs)).toEqual(['及时报告火情。', '附件1所列单位要按时报送。']);
  });

  it('reads an undated closing backwards, up to the last sentence', () => {
    const { document, findings } = read(
      '某县人民政府关于开展检查的通知',
      '发布日期：2024-03-05',
      ...BODY,
      '特此通知',
      '某县人民政府',
      '（此件公开发布）',
      '网站地图 | 联系我们',
    );
    expect(document.closing).toEqual({ issuer: '某县人民政府', disclosure: '（此件公开发布）' });
    expect(texts(document.parts[1].sections[0].paragraphs)).toEqual(['及时报告火情。', '特此通知']);
    expect(texts(findings.chrome)).toEqual(['网站地图 | 联系我们']);
  });
});

describe('analyse: what it cannot read', () => {
  it('stops when there are no parts', () => {
    expect(() => read('某县人民政府关于开展检查的通知', '今天天气很好。', '我们去公园散步。')).toThrow(
      'no recognisable structure: no part headings (一、 二、 …) found',
    );
  });

  it('stops when there is no title', () => {
    expect(() => read('为做好检查工作，通知如下：', ...BODY)).toThrow('no title found before the text');
  });

  it('stops when no issuer can be found', () => {
    expect(() => read('防汛工作要点', '发布日期：2024-03-05', ...BODY)).toThrow(/^no issuer found/);
  });

  it('stops when no publication date can be found', () => {
    expect(() => read('某县人民政府关于开展检查的通知', ...BODY, '2025228')).toThrow(/^no publication date found/);
  });
});
