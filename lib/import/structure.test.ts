import { describe, expect, it } from 'vitest';
import { readText } from './formats/text';
import { analyse } from './structure';
import type { SourceBlock } from './source';
import type { ImportedSection } from './types';

const read = (...lines: string[]) => analyse(readText(new TextEncoder().encode(lines.join('\n'))));
const texts = (lines: { text: string }[]) => lines.map((line) => line.text);
const shown = (section: ImportedSection) => section.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind));

const BODY = ['一、总体要求', '坚持预防为主。', '二、工作要求', '及时报告火情。'];

describe('analyse: the cover', () => {
  it('cuts the page’s one-line title off the document’s own split title, and reads labelled metadata and the 文号', () => {
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
      documentNumber: '某政发〔2024〕5号',
      issuer: '某县应急管理局',
      published: '2024-03-05',
      salutation: '各乡镇人民政府：',
    });
    expect(document.source).toBeUndefined();
    expect(origins).toEqual({
      title: { from: 'the title-like lines above the text' },
      documentNumber: { from: 'the 文号 line above the text' },
      issuer: { from: 'the line 「发布机构：…」' },
      published: { from: 'the line 「发布日期：…」' },
    });
    expect(texts(findings.chrome)).toEqual(['某县人民政府关于印发某县防汛预案的通知']);
    expect(texts(findings.metadata)).toEqual(['发布机构：某县应急管理局  发布日期：2024年3月5日  索引号：000000-2024-00012']);
  });

  it('takes the issuer from the title before 关于, and the date from a whole closing date', () => {
    const { document, origins } = read('某县农业农村局关于开展检查的通知', ...BODY, '2025年12月1日');
    expect(document).toMatchObject({ issuer: '某县农业农村局', published: '2025-12-01', closing: { date: { text: '2025年12月1日' } } });
    expect(origins).toMatchObject({ issuer: { from: 'the title, before 关于' }, published: { from: 'the closing date' } });
  });

  it('leaves out a banner above the title, and says so', () => {
    const { document, findings } = read('欢迎访问某县政府网站！', '某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY);
    expect(document.title).toEqual(['某县人民政府关于开展检查的通知']);
    expect(texts(findings.unsure)).toEqual(['欢迎访问某县政府网站！']);
  });

  it('imports what names no issuer and no date, saying so, and guesses a title that looks like none', () => {
    const { document, origins } = read('好消息！我县启动秋季义诊', '今年秋季，县医院将走进各乡镇。', '义诊免费。');
    expect(document.title).toEqual(['好消息！我县启动秋季义诊']);
    expect(origins.title).toEqual({ from: 'the first line', guessed: true });
    expect(document.issuer).toBeUndefined();
    expect(document.published).toBeUndefined();
    expect(document.parts).toEqual([
      {
        id: 'part-1',
        sections: [
          {
            id: '1',
            title: '正文',
            blocks: [
              { kind: 'paragraph', id: '1-1', text: '今年秋季，县医院将走进各乡镇。' },
              { kind: 'paragraph', id: '1-2', text: '义诊免费。' },
            ],
          },
        ],
      },
    ]);
  });
  it('leaves the info bar under a headline guessed as the title out of the text, and reads it for the cover', () => {
    const { document, findings } = read('好消息！我县启动秋季义诊', '来源：某县融媒体中心 发布时间：2025-09-01 10:30', '今年秋季，县医院将走进各乡镇。', '义诊免费。');
    expect(document).toMatchObject({ title: ['好消息！我县启动秋季义诊'], source: '某县融媒体中心', published: '2025-09-01', publishedTime: '10:30' });
    expect(document.parts.flatMap((part) => part.sections.map(shown))).toEqual([['今年秋季，县医院将走进各乡镇。', '义诊免费。']]);
    expect(texts(findings.metadata)).toEqual(['来源：某县融媒体中心 发布时间：2025-09-01 10:30']);
  });
  it('reads the issuer and date from a 政府信息公开 table whose cells hold a label and its value each', () => {
    const blocks: SourceBlock[] = [
      { kind: 'table', head: [], rows: [[{ text: '索引号：000000-2024-00012' }, { text: '发布机构：某县应急管理局' }], [{ text: '发布日期：2024-03-05' }, { text: '有效性：有效' }]], at: { n: 1 } },
      { kind: 'paragraph', text: '某县人民政府关于开展检查的通知', at: { n: 2 } },
      ...BODY.map((text, index): SourceBlock => ({ kind: 'paragraph', text, at: { n: index + 3 } })),
    ];
    const { document, origins } = analyse({ format: 'web page', unit: 'element', count: 6, blocks, facts: {}, left: [], unsure: [] });
    expect(document).toMatchObject({ issuer: '某县应急管理局', published: '2024-03-05' });
    expect(origins).toMatchObject({ issuer: { from: 'the line 「发布机构：…」' }, published: { from: 'the line 「发布日期：…」' } });
  });

  it('gives a text that opens with a table no title rather than an empty one, and keeps the table as text', () => {
    const blocks: SourceBlock[] = [
      { kind: 'table', head: [[{ text: '项目' }, { text: '数量' }]], rows: [[{ text: '水泵' }, { text: '12台' }]], at: { n: 1 } },
      { kind: 'paragraph', text: '以上物资已于九月底前到位。', at: { n: 2 } },
      { kind: 'paragraph', text: '请各单位妥善保管。', at: { n: 3 } },
    ];
    const { document, origins } = analyse({ format: 'web page', unit: 'element', count: 3, blocks, facts: {}, left: [], unsure: [] });
    expect(document.title).toEqual(['（无标题）']);
    expect(origins.title).toEqual({ from: 'nowhere: the text opens with a table or a list', guessed: true });
    expect(document.parts.flatMap((part) => part.sections.map(shown))).toEqual([['table', '以上物资已于九月底前到位。', '请各单位妥善保管。']]);
  });

  it('takes a title set wide, a character at a time, as the title, not as a row of the site’s links', () => {
    const notice = read('公　告', '为做好汛期安全工作，现将有关事项公告如下。', '汛期内禁止在河道游泳、垂钓。', '特此公告。', '某县水务局', '2025年6月1日');
    expect(notice.document.title).toEqual(['公　告']);
    expect(notice.origins.title).toEqual({ from: 'the title-like lines above the text' });
    expect(notice.findings).toEqual({ chrome: [], metadata: [], unsure: [] });
    expect(notice.document.parts.flatMap((part) => part.sections.map(shown))).toEqual([
      ['为做好汛期安全工作，现将有关事项公告如下。', '汛期内禁止在河道游泳、垂钓。', '特此公告。'],
    ]);
    const report = read('政 府 工 作 报 告', '各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议。', '过去一年，全区经济稳中有进。');
    expect(report.document).toMatchObject({ title: ['政 府 工 作 报 告'], salutation: '各位代表：' });
    expect(report.findings).toEqual({ chrome: [], metadata: [], unsure: [] });
  });
});

describe('analyse: parts and sections', () => {
  it('groups sections under parts, makes numbered items lists and keeps 一是… as paragraphs, and numbers the ids', () => {
    const { document } = read(
      '某县人民政府关于开展检查的通知',
      '发布日期：2024-03-05',
      '为做好检查工作，通知如下：',
      '一、检查内容',
      '本次检查分两项。',
      '（一）设备',
      '1.拖拉机。',
      '2.联合收割机。',
      '（二）人员',
      '一是培训；二是持证。',
      '二、工作要求',
      '1、按时报送。',
    );
    expect(document.introduction).toEqual({ id: 'introduction', blocks: [{ kind: 'paragraph', id: 'introduction-1', text: '为做好检查工作，通知如下：' }] });
    expect(document.parts).toEqual([
      {
        id: 'part-1',
        heading: '一、检查内容',
        sections: [
          { id: '1-0', blocks: [{ kind: 'paragraph', id: '1-0-1', text: '本次检查分两项。' }] },
          {
            id: '1-1',
            heading: '（一）设备',
            blocks: [
              {
                kind: 'list',
                id: '1-1-1',
                list: { ordered: true, items: [{ marker: '1.', text: '拖拉机。' }, { marker: '2.', text: '联合收割机。' }] },
              },
            ],
          },
          { id: '1-2', heading: '（二）人员', blocks: [{ kind: 'paragraph', id: '1-2-1', text: '一是培训；二是持证。' }] },
        ],
      },
      { id: 'part-2', heading: '二、工作要求', sections: [{ id: '2', blocks: [{ kind: 'paragraph', id: '2-1', text: '1、按时报送。' }] }] },
    ]);
  });

  it('keeps a run-in lead with its paragraph, never a heading with one sentence under it', () => {
    const { document } = read(
      '某县人民政府关于减免租金的通知',
      '发布日期：2024-03-05',
      '一、减免范围',
      '（一）免交租金。经认定的小微企业免交三个月租金。',
      '（二）减半收取。其他承租户减半收取三个月租金。',
      '二、办理程序',
      '承租户向所在街道提出申请。',
    );
    expect(document.parts[0]).toEqual({
      id: 'part-1',
      heading: '一、减免范围',
      sections: [
        {
          id: '1',
          blocks: [
            {
              kind: 'list',
              id: '1-1',
              list: {
                ordered: true,
                items: [
                  { marker: '（一）', text: '免交租金。经认定的小微企业免交三个月租金。', lead: '免交租金。' },
                  { marker: '（二）', text: '减半收取。其他承租户减半收取三个月租金。', lead: '减半收取。' },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  it('keeps 「四、本通知自印发之日起施行。」, a sentence numbered like a part, as the text of the part before', () => {
    const { document } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY, '三、本通知自印发之日起施行。');
    expect(document.parts).toHaveLength(2);
    expect(shown(document.parts[1].sections[0])).toEqual(['及时报告火情。', '三、本通知自印发之日起施行。']);
  });

  it('keeps a heading out of order as text, and lists it', () => {
    const { document, findings } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY, '四、加强巡查', '林区全天巡查。');
    expect(document.parts.map((part) => part.heading)).toEqual(['一、总体要求', '二、工作要求']);
    expect(shown(document.parts[1].sections[0])).toEqual(['及时报告火情。', '四、加强巡查', '林区全天巡查。']);
    expect(findings.unsure.map((line) => [line.text, line.why])).toEqual([['四、加强巡查', 'numbered like a heading, but out of order: kept as text']]);
  });
});

describe('analyse: the closing', () => {
  it('reads attachments, issuer, date, disclosure, 附注 and 版记, and leaves out what follows', () => {
    const { document, findings } = read(
      '某县人民政府关于开展检查的通知',
      ...BODY,
      '附件：1.检查表',
      '2.人员名单',
      '某县人民政府',
      '2024年3月5日',
      '（此件公开发布）',
      '（联系人：王明，联系电话：12345678）',
      '抄送：县委办公室，县人大常委会办公室。',
      '某县人民政府办公室　2024年3月5日印发',
      '我要纠错',
      '智能客服',
    );
    expect(document.attachments).toEqual(['附件：1.检查表', '2.人员名单']);
    expect(document.closing).toEqual({
      issuer: '某县人民政府',
      date: { text: '2024年3月5日' },
      disclosure: '（此件公开发布）',
      remarks: ['（联系人：王明，联系电话：12345678）'],
    });
    expect(document.imprint).toEqual(['抄送：县委办公室，县人大常委会办公室。', '某县人民政府办公室　2024年3月5日印发']);
    expect(shown(document.parts[1].sections[0])).toEqual(['及时报告火情。']);
    expect(texts(findings.chrome)).toEqual(['我要纠错', '智能客服']);
    expect(texts(findings.unsure)).toEqual(['智能客服']);
  });

  it('reads several issuers side by side', () => {
    const { document } = read('关于提高城乡低保标准的通知', ...BODY, '某市民政局　某市财政局', '2025年6月1日');
    expect(document.closing?.issuer).toBe('某市民政局　某市财政局');
    expect(document.issuer).toBe('某市民政局　某市财政局');
  });

  it('keeps a sentence that starts with 附件 as text', () => {
    const { document } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', ...BODY, '附件1所列单位要按时报送。');
    expect(document.attachments).toEqual([]);
    expect(shown(document.parts[1].sections[0])).toEqual(['及时报告火情。', '附件1所列单位要按时报送。']);
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
    expect(shown(document.parts[1].sections[0])).toEqual(['及时报告火情。', '特此通知']);
    expect(texts(findings.chrome)).toEqual(['网站地图 | 联系我们']);
  });
});

describe('analyse: what an editor is told', () => {
  const source = readText(new TextEncoder().encode(['某县人民政府关于开展检查的通知', '一、总体要求', '坚持预防为主。'].join('\n')));

  it('lists the lines the front end left out and was unsure of, by line number', () => {
    const { findings } = analyse({
      ...source,
      left: [
        { text: '首页', at: { n: 9 }, why: 'menu' },
        { text: '登录', at: { n: 0 }, why: 'menu' },
      ],
      unsure: [{ text: '表格', at: { n: 7 }, why: 'a table it could not rebuild' }],
    });
    expect(findings).toEqual({
      chrome: [
        { n: 0, text: '登录', why: 'menu' },
        { n: 9, text: '首页', why: 'menu' },
      ],
      metadata: [],
      unsure: [{ n: 7, text: '表格', why: 'a table it could not rebuild' }],
    });
  });

  it('refuses a file with no blocks', () => {
    expect(() => analyse({ ...source, blocks: [] })).toThrow(/^the file holds no text$/);
  });

  it('leaves a site link inside the text out, and says so', () => {
    const { document, findings } = read('某县人民政府关于开展检查的通知', '发布日期：2024-03-05', '一、总体要求', '坚持预防为主。', '打印本页', '二、工作要求', '及时报告火情。');
    expect(shown(document.parts[0].sections[0])).toEqual(['坚持预防为主。']);
    expect(findings.chrome).toEqual([{ n: 5, text: '打印本页', why: 'site links' }]);
    expect(findings.unsure).toEqual([{ n: 5, text: '打印本页', why: 'left out as the site’s, inside the text' }]);
  });

  it('keeps a sentence inside the text that names a site footer’s words (主办单位)', () => {
    const { document, findings } = read('某县文化馆关于举办书画展的通知', '发布日期：2024-03-05', '一、展览安排', '本次展览主办单位为县文化馆。', '二、参观要求', '文明参观。');
    expect(shown(document.parts[0].sections[0])).toEqual(['本次展览主办单位为县文化馆。']);
    expect(findings.chrome).toEqual([]);
  });

  it('gives a file that is only its title that title as its text', () => {
    const { document, findings } = read('某县人民政府关于开展检查的通知');
    expect(document).toEqual({
      title: ['某县人民政府关于开展检查的通知'],
      issuer: '某县人民政府',
      parts: [{ id: 'part-1', sections: [{ id: '1', title: '正文', blocks: [{ kind: 'paragraph', id: '1-1', text: '某县人民政府关于开展检查的通知' }] }] }],
      attachments: [],
    });
    expect(findings).toEqual({ chrome: [], metadata: [], unsure: [] });
  });

  it('gives a file that is only a title on two lines both lines as its text, not half the title', () => {
    const { document } = read('某县人民政府关于印发', '某县防汛预案的通知');
    expect(document.title).toEqual(['某县人民政府关于印发', '某县防汛预案的通知']);
    expect(document.parts.flatMap((part) => part.sections.map(shown))).toEqual([['某县人民政府关于印发', '某县防汛预案的通知']]);
  });

  it('reads the issuer from a title whose first line is the issuer alone', () => {
    const { document, origins } = read('某县人民政府', '关于开展检查的通知', ...BODY);
    expect(document.title).toEqual(['某县人民政府', '关于开展检查的通知']);
    expect(document.issuer).toBe('某县人民政府');
    expect(origins.issuer).toEqual({ from: 'the title, before 关于' });
  });

  it('takes no issuer or date from a signature inside the introduction of a notice that issues no rule', () => {
    const { document, origins } = read('某县人民政府关于转发防火通知的通知', '现将县应急管理局通知转发给你们：', '某县应急管理局', '2024年3月5日', ...BODY);
    expect(document.issuer).toBe('某县人民政府');
    expect(document.published).toBeUndefined();
    expect(origins.issuer).toEqual({ from: 'the title, before 关于' });
  });

  it('flags a title found above the text that does not end with a kind of document', () => {
    const { findings } = read('某县人民政府关于开展检查的安排', '发布日期：2024-03-05', ...BODY);
    expect(findings.unsure).toEqual([{ n: 1, text: '某县人民政府关于开展检查的安排', why: 'the title does not end with a kind of document (通知, 报告 …)' }]);
  });

  it('keeps the line of a part with nothing under it as text: in the introduction, or at the end of the part before', () => {
    const { document } = read(
      '某县人民政府关于开展检查的通知',
      '发布日期：2024-03-05',
      '为做好工作，通知如下。',
      '一、总体要求',
      '二、工作要求',
      '及时报告火情。',
      '三、其他要求',
      '四、附则',
      '本通知自印发之日起施行。',
    );
    expect(shown(document.introduction!)).toEqual(['为做好工作，通知如下。', '一、总体要求']);
    expect(document.parts.map((part) => part.heading)).toEqual(['二、工作要求', '四、附则']);
    expect(shown(document.parts[0].sections[0])).toEqual(['及时报告火情。', '三、其他要求']);
  });

  it('keeps the line of a chapter with nothing under it as text: at the start of the next chapter, or the end of the last', () => {
    const { document } = read(
      '某县农村公益性岗位管理办法',
      '第一章　总则',
      '第一条　为规范管理，制定本办法。',
      '第二章　岗位管理',
      '第三章　附则',
      '第二条　本办法自印发之日起施行。',
      '第四章　其他',
    );
    expect(document.parts).toHaveLength(1);
    expect(document.parts[0].sections.map((section) => [section.id, section.heading, shown(section)])).toEqual([
      ['1-1', '第一章　总则', ['第一条　为规范管理，制定本办法。']],
      ['1-2', '第三章　附则', ['第二章　岗位管理', '第二条　本办法自印发之日起施行。', '第四章　其他']],
    ]);
  });

  it('keeps the line of a chapter read by its 节 with nothing under it as text: in the introduction, or at the end of the chapter before', () => {
    const { document, foundBy } = read(
      '某县农村公益性岗位管理办法',
      '第一章　总则',
      '第二章　岗位管理',
      '第一节　岗位设置',
      '第一条　岗位由乡镇人民政府设置。',
      '第二节　人员管理',
      '第二条　上岗人员由村民委员会推荐。',
      '第三节　补贴发放',
      '第三条　补贴按月发放。',
      '第三章　附则',
    );
    expect(foundBy).toBe('第…章 chapters (3) and their 第…节');
    expect(shown(document.introduction!)).toEqual(['第一章　总则']);
    expect(document.parts.map((part) => [part.id, part.heading])).toEqual([['part-1', '第二章　岗位管理']]);
    expect(document.parts[0].sections.map((section) => [section.id, section.heading, shown(section)])).toEqual([
      ['1-1', '第一节　岗位设置', ['第一条　岗位由乡镇人民政府设置。']],
      ['1-2', '第二节　人员管理', ['第二条　上岗人员由村民委员会推荐。']],
      ['1-3', '第三节　补贴发放', ['第三条　补贴按月发放。', '第三章　附则']],
    ]);
  });

  it('keeps the lines of two chapters in a row with nothing under them at the end of the chapter before, in order', () => {
    const { document } = read(
      '某县农村公益性岗位管理办法',
      '第一章　总则',
      '第一条　为规范管理，制定本办法。',
      '第二章　岗位管理',
      '第一节　岗位设置',
      '第二条　岗位由乡镇人民政府设置。',
      '第二节　人员管理',
      '第三条　上岗人员由村民委员会推荐。',
      '第三章　法律责任',
      '第四章　附则',
    );
    expect(document.introduction).toBeUndefined();
    expect(document.parts.map((part) => part.heading)).toEqual(['第一章　总则', '第二章　岗位管理']);
    expect(document.parts[1].sections.map((section) => [section.heading, shown(section)])).toEqual([
      ['第一节　岗位设置', ['第二条　岗位由乡镇人民政府设置。']],
      ['第二节　人员管理', ['第三条　上岗人员由村民委员会推荐。', '第三章　法律责任', '第四章　附则']],
    ]);
  });
});
