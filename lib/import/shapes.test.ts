import { describe, expect, it } from 'vitest';
import {
  hanziNumeral,
  longText,
  noticeIssuingRule,
  noticeWithItems,
  questionsAndAnswers,
  ruleArticles,
  ruleWithChapters,
  stepGuide,
} from '../../e2e/fixtures/import/shapes';
import { readText } from './formats/text';
import type { SourceDocument } from './source';
import { analyse } from './structure';
import type { ImportedDocument, ImportedSection } from './types';

/**
 * The shapes public documents have (../shared/docs/document-shapes.md), each written here as an office would
 * publish it — never a real page copied in — and each compared with the structure an editor would write by hand.
 */
const read = (...lines: string[]) => analyse(readText(new TextEncoder().encode(lines.join('\n'))));

/** A section as an editor sees it: heading or name, and each block's words (a list's items with their numbers). */
const outline = (section: ImportedSection) => ({
  ...(section.heading && { heading: section.heading }),
  ...(section.title && { title: section.title }),
  blocks: section.blocks.map((block) =>
    block.kind === 'paragraph'
      ? block.text
      : block.kind === 'list'
        ? block.list.items.map((item) => `${item.marker ?? ''}${item.text}`)
        : { table: block.table },
  ),
});
const outlineOf = (document: ImportedDocument) => ({
  introduction: document.introduction && outline(document.introduction),
  parts: document.parts.map((part) => ({ ...(part.heading && { heading: part.heading }), sections: part.sections.map(outline) })),
});

/**
 * Every line of the body, somewhere in the document in order: nothing dropped, nothing moved. `metadata` names the
 * lines that are about the text (来源, 发布时间), which the cover shows instead.
 */
function everyLineKept(document: ImportedDocument, lines: string[], metadata: string[] = []) {
  const sections = [document.introduction, ...document.parts.flatMap((part) => [part.heading, ...part.sections])].filter(Boolean);
  const text = [
    ...document.title,
    document.documentNumber ?? '',
    document.salutation ?? '',
    ...sections.flatMap((s) =>
      typeof s === 'string'
        ? [s]
        : [s!.heading ?? '', ...outline(s!).blocks.flatMap((b) => (typeof b === 'string' ? [b] : Array.isArray(b) ? b : []))],
    ),
    ...document.attachments,
    document.closing?.issuer ?? '',
    document.closing?.date?.text ?? '',
    document.closing?.disclosure ?? '',
    ...(document.imprint ?? []),
  ].join('\n');
  let at = 0;
  for (const line of lines.filter((l) => !metadata.includes(l))) {
    const found = text.indexOf(line, at);
    expect(found, `「${line}」 is not in the document after what precedes it`).toBeGreaterThanOrEqual(0);
    at = found + line.length;
  }
}

describe('a 规章 with chapters (第…章) and articles (第…条)', () => {
  const lines = ruleWithChapters;
  const { document, foundBy } = read(...lines);

  it('takes the chapters as sections, keeps the 条 as paragraphs with their numbers bold, and the 项 as a list', () => {
    expect(foundBy).toBe('第…章 chapters (3)');
    expect(document.title).toEqual(['某市居家养老服务办法']);
    expect(outlineOf(document)).toEqual({
      introduction: { blocks: ['（2025年3月1日某市人民政府令第12号公布）'] },
      parts: [
        {
          sections: [
            {
              heading: '第一章　总则',
              blocks: ['第一条　为了规范居家养老服务，根据有关法律法规，结合本市实际，制定本办法。', '第二条　本办法适用于本市行政区域内的居家养老服务。'],
            },
            {
              heading: '第二章　服务内容',
              blocks: [
                '第三条　居家养老服务包括下列内容：',
                ['（一）助餐、助浴、助洁服务；', '（二）康复护理服务；', '（三）精神慰藉服务。'],
                '第四条　街道应当设立居家养老服务站。',
                '服务站的设置标准由市民政部门制定。',
              ],
            },
            { heading: '第三章　附则', blocks: ['第五条　本办法自2025年5月1日起施行，有效期5年。'] },
          ],
        },
      ],
    });
    const article = document.parts[0].sections[0].blocks[0];
    expect(article.kind === 'paragraph' && article.lead).toBe('第一条');
    everyLineKept(document, lines);
  });
});

describe('a 规章 with articles only, long enough to be cut', () => {
  const lines = ruleArticles;
  const { document, foundBy } = read(...lines);

  it('cuts the articles into sections of a few minutes, each named by the articles it holds', () => {
    expect(foundBy).toBe('第…条 articles (12), cut into sections by length');
    const sections = document.parts[0].sections;
    expect(sections.map((s) => s.title)).toEqual(['第一条至第六条', '第七条至第十二条']);
    expect(sections.map((s) => s.id)).toEqual(['1-1', '1-2']);
    expect(sections.flatMap((s) => s.blocks).length).toBe(12);
    everyLineKept(document, lines);
  });
});

describe('a 通知 that 印发 a 办法', () => {
  const lines = noticeIssuingRule;
  const { document, foundBy } = read(...lines);

  it('keeps the notice whole, signature where it is, and makes the 办法 a part under its own title', () => {
    expect(foundBy).toBe('第…章 chapters (2), under the issued rule’s own title');
    expect(document).toMatchObject({
      documentNumber: '某政办发〔2025〕7号',
      salutation: '各乡镇人民政府，县政府各部门：',
      issuer: '某县人民政府办公室',
      published: '2025-04-10',
    });
    expect(outlineOf(document)).toEqual({
      introduction: {
        blocks: ['《某县农村公益性岗位管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。', '某县人民政府办公室', '2025年4月10日', '（此件公开发布）'],
      },
      parts: [
        {
          heading: '某县农村公益性岗位管理办法',
          sections: [
            { heading: '第一章　总则', blocks: ['第一条　为规范农村公益性岗位管理，制定本办法。'] },
            { heading: '第二章　岗位管理', blocks: ['第二条　岗位人员由乡镇统一管理。', '第三条　本办法自印发之日起施行。'] },
          ],
        },
      ],
    });
    everyLineKept(document, lines);
  });
});

describe('a 问答 whose questions are the headings', () => {
  const lines = questionsAndAnswers;
  const { document, foundBy, origins } = read(...lines);

  it('takes each question as a section heading, with the answer under it, and the issuer from 来源 as a guess', () => {
    expect(foundBy).toBe('questions as headings (3)');
    expect(outlineOf(document)).toEqual({
      introduction: { blocks: ['近期，不少市民咨询城乡居民养老保险的问题，现解答如下。'] },
      parts: [
        {
          sections: [
            { heading: '1.哪些人可以参加城乡居民养老保险？', blocks: ['年满16周岁、不是在校学生、未参加职工养老保险的居民，可以参加。'] },
            { heading: '2.每年什么时候缴费？', blocks: ['每年1月1日至12月31日都可以缴费。', '建议尽早缴费。'] },
            { heading: '已经领取待遇的人还要缴费吗？', blocks: ['不需要。'] },
          ],
        },
      ],
    });
    expect(document.issuer).toBe('某市人力资源和社会保障局');
    expect(origins.issuer).toEqual({ from: 'the line 「来源：…」', guessed: true });
    everyLineKept(document, lines, ['来源：某市人力资源和社会保障局']);
  });
});

describe('a 通告 whose （一）（二） items are a list under a heading', () => {
  const lines = noticeWithItems;
  const { document } = read(...lines);

  it('makes the run-in items a list with their leads, not sections', () => {
    expect(outlineOf(document).parts[1]).toEqual({
      heading: '二、收费标准',
      sections: [{ blocks: [['（一）居民住宅。每平方米每月4.5元。', '（二）非居民用房。每平方米每月6元。']] }],
    });
    const list = document.parts[1].sections[0].blocks[0];
    expect(list.kind === 'list' && list.list.items.map((item) => item.lead)).toEqual(['居民住宅。', '非居民用房。']);
    expect(document.closing).toEqual({ issuer: '某区人民政府', date: { text: '2025年11月1日' } });
    everyLineKept(document, lines);
  });
});

describe('a step guide', () => {
  const lines = stepGuide;
  const { document, foundBy } = read(...lines);

  it('keeps the steps and the numbered points as lists in one section', () => {
    expect(foundBy).toBe('no headings: the text as one section');
    expect(outlineOf(document)).toEqual({
      parts: [
        {
          sections: [
            {
              title: '正文',
              blocks: [
                ['步骤1：打开“某市人社”小程序。', '步骤2：点击“资格认证”，按提示刷脸。', '步骤3：看到“认证成功”即可。'],
                '遇到问题怎么办？可以请家人帮忙，也可以到社区办理：',
                ['1.带上身份证；', '2.到社区服务中心窗口。'],
              ],
            },
          ],
        },
      ],
    });
    expect(document.published).toBe('2025-08-02');
    everyLineKept(document, lines, ['发布时间：2025-08-02 09:00']);
  });
});

describe('a long text with no headings at all', () => {
  const lines = longText;
  const { document, foundBy } = read(...lines);

  it('is one document cut between paragraphs into parts a listener can finish', () => {
    expect(foundBy).toBe('no headings: the text cut by length into 2 sections');
    expect(document.parts[0].sections.map((s) => [s.title, s.blocks.length])).toEqual([
      ['第1部分', 6],
      ['第2部分', 6],
    ]);
    everyLineKept(document, lines);
  });
});

describe('what a document states only in its metadata or its 版头', () => {
  it('the 文号 as the first line of the text, and the issuer from 发布机构 alone', () => {
    const { document, origins } = read(
      '关于做好2025年高温天气防护工作的通知',
      '某人社发〔2025〕21号',
      '发布机构：某市人力资源和社会保障局',
      '各用人单位：',
      '高温天气期间，各单位要合理安排工作时间。',
    );
    expect(document).toMatchObject({ documentNumber: '某人社发〔2025〕21号', issuer: '某市人力资源和社会保障局', salutation: '各用人单位：' });
    expect(origins.issuer).toEqual({ from: 'the line 「发布机构：…」' });
  });

  it('the issuer as the site’s owner, from the page, said to be a guess', () => {
    const source: SourceDocument = {
      format: 'web page (UTF-8)',
      unit: 'element',
      count: 2,
      blocks: [
        { kind: 'paragraph', text: '重阳节敬老活动安排', at: { n: 1 }, heading: 1 },
        { kind: 'paragraph', text: '各社区将于重阳节当天举办敬老活动。', at: { n: 2 } },
      ],
      facts: { site: { value: '某区人民政府', from: 'the footer’s 主办单位' } },
      left: [],
      unsure: [],
    };
    const { document, origins } = analyse(source);
    expect(document.issuer).toBe('某区人民政府');
    expect(origins.issuer).toEqual({ from: 'the footer’s 主办单位', guessed: true });
  });
});

describe('very long documents', () => {
  it('60 articles in chapters of ten', () => {
    const lines = ['某市物业管理条例'];
    for (let chapter = 1; chapter <= 6; chapter++) {
      lines.push(`第${hanziNumeral(chapter)}章　第${chapter}部分规定`);
      for (let n = (chapter - 1) * 10 + 1; n <= chapter * 10; n++) lines.push(`第${hanziNumeral(n)}条　物业服务企业应当按照合同约定提供服务。`);
    }
    const { document, foundBy } = read(...lines);
    expect(foundBy).toBe('第…章 chapters (6)');
    expect(document.parts[0].sections.map((s) => s.blocks.length)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(document.parts[0].sections.at(-1)!.blocks.at(-1)).toMatchObject({ text: '第六十条　物业服务企业应当按照合同约定提供服务。', lead: '第六十条' });
  });

  it('a table of 500 rows of standards, kept whole with its header', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [{ text: String(i + 1) }, { text: `项目${i + 1}` }, { text: `${(i + 1) * 10}元` }]);
    const source: SourceDocument = {
      format: 'web page (UTF-8)',
      unit: 'element',
      count: 2,
      blocks: [
        { kind: 'paragraph', text: '某市医疗服务项目价格标准', at: { n: 1 }, heading: 1 },
        { kind: 'table', head: [[{ text: '序号' }, { text: '项目名称' }, { text: '价格' }]], rows, at: { n: 2 } },
      ],
      facts: {},
      left: [],
      unsure: [],
    };
    const started = performance.now();
    const { document } = analyse(source);
    const table = document.parts[0].sections[0].blocks[0];
    expect(table.kind).toBe('table');
    expect(table.kind === 'table' && [table.table.head.length, table.table.rows.length, table.table.rows[499]]).toEqual([
      1,
      500,
      [{ text: '500' }, { text: '项目500' }, { text: '5000元' }],
    ]);
    console.log(`a 500-row table analysed in ${Math.round(performance.now() - started)} ms`);
  });
});
