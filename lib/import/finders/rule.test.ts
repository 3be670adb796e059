import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceParagraph } from '../source';
import type { Findings } from '../types';
import { findRule } from './rule';

let n = 0;
const p = (text: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n } });
const noted = (): Findings => ({ chrome: [], metadata: [], unsure: [] });
const find = (...blocks: SourceBlock[]) => findRule(blocks, noted());

// 规章, 条例, 办法: chapters and articles a reader can jump between, and long runs of articles cut to listen to.
describe('findRule', () => {
  it('makes each chapter a section, the text before the first the introduction', () => {
    const intro = p('为了规范居家养老服务，制定本办法。');
    const one = p('第一章　总则');
    const a1 = p('第一条　本办法适用于本市。');
    const a2 = p('第二条　市民政局负责实施。');
    const two = p('第二章　附则');
    const a3 = p('第三条　本办法自发布之日起施行。');
    expect(find(intro, one, a1, a2, two, a3)).toEqual({
      introduction: [intro],
      parts: [{ sections: [{ heading: one, blocks: [a1, a2] }, { heading: two, blocks: [a3] }] }],
      foundBy: '第…章 chapters (2)',
    });
  });

  it('makes chapters with two 第…节 or more parts read 节 by 节, a chapter without one part of one section', () => {
    const one = p('第一章　总则');
    const a1 = p('第一条　本办法适用于本市。');
    const two = p('第二章　服务内容');
    const lead = p('服务内容包括以下两类。');
    const s1 = p('第一节　生活照料');
    const a2 = p('第二条　提供助餐服务。');
    const s2 = p('第二节　医疗护理');
    const a3 = p('第三条　提供上门护理。');
    const three = p('第三章　附则');
    const s3 = p('第一节　施行日期');
    const a4 = p('第四条　本办法自发布之日起施行。');
    expect(find(one, a1, two, lead, s1, a2, s2, a3, three, s3, a4)).toEqual({
      introduction: [],
      parts: [
        { heading: one, sections: [{ blocks: [a1] }] },
        { heading: two, sections: [{ blocks: [lead] }, { heading: s1, blocks: [a2] }, { heading: s2, blocks: [a3] }] },
        { heading: three, sections: [{ blocks: [s3, a4] }] },
      ],
      foundBy: '第…章 chapters (3) and their 第…节',
    });
    // A chapter opening at once with its 第一节 has no section before it.
    const draft = find(one, a1, two, s1, a2, s2, a3);
    expect(draft?.parts[1]).toEqual({ heading: two, sections: [{ heading: s1, blocks: [a2] }, { heading: s2, blocks: [a3] }] });
  });

  it('reads the chapters after a 目录 that lists them, leaving the 目录 in the introduction', () => {
    const contents = [p('目　录'), p('第一章　总则'), p('第二章　附则')];
    const one = p('第一章　总则');
    const a1 = p('第一条　本办法适用于本市。');
    const two = p('第二章　附则');
    const a2 = p('第二条　本办法自发布之日起施行。');
    expect(find(...contents, one, a1, two, a2)).toEqual({
      introduction: contents,
      parts: [{ sections: [{ heading: one, blocks: [a1] }, { heading: two, blocks: [a2] }] }],
      foundBy: '第…章 chapters (2)',
    });
  });

  it('cuts articles without chapters into sections named by the articles they hold', () => {
    const intro = p('各街道：');
    const articles = ['一', '二', '三'].map((number) => p(`第${number}条　${'款'.repeat(100)}。`));
    expect(find(intro, ...articles)).toEqual({
      introduction: [intro],
      parts: [{ sections: [{ title: '第一条至第三条', blocks: articles }] }],
      foundBy: '第…条 articles (3), cut into sections by length',
    });
  });

  it('names a section of one article by that article alone', () => {
    const [a1, a2, a3] = ['一', '二', '三'].map((number) => p(`第${number}条　${'款'.repeat(1600)}。`));
    const sections = find(a1, a2, a3)?.parts[0].sections;
    expect(sections?.map((s) => s.title)).toEqual(['第一条', '第二条', '第三条']);
    expect(sections?.map((s) => s.blocks)).toEqual([[a1], [a2], [a3]]);
  });

  it('keeps a 通知 that issues a 办法 as the introduction, and the 办法 a part under its own title', () => {
    const notice = [p('各街道：'), p('现将《居家养老服务管理办法》印发给你们，请认真贯彻执行。'), p('2025年3月1日')];
    const title = p('居家养老服务管理办法');
    const passed = p('（2025年2月20日区政府常务会议通过）');
    const one = p('第一章　总则');
    const a1 = p('第一条　本办法适用于本区。');
    const two = p('第二章　附则');
    const a2 = p('第二条　本办法自发布之日起施行。');
    expect(find(...notice, title, passed, one, a1, two, a2)).toEqual({
      introduction: notice,
      parts: [{ heading: title, sections: [{ blocks: [passed] }, { heading: one, blocks: [a1] }, { heading: two, blocks: [a2] }] }],
      foundBy: '第…章 chapters (2), under the issued rule’s own title',
    });
  });

  it('cuts an issued rule’s articles by length under its title, with no section before them when nothing stands between', () => {
    const notice = p('现将《办法》印发给你们，请认真贯彻执行。');
    const title = p('农村公益性岗位管理办法');
    const articles = ['一', '二', '三'].map((number) => p(`第${number}条　${'款'.repeat(50)}。`));
    expect(find(notice, title, ...articles)).toEqual({
      introduction: [notice],
      parts: [{ heading: title, sections: [{ title: '第一条至第三条', blocks: articles }] }],
      foundBy: '第…条 articles (3), cut into sections by length, under the issued rule’s own title',
    });
  });

  it('takes as the rule’s title only a short line naming a kind of rule, not a sentence, a numbered line or the first line', () => {
    const chapters = () => [p('第一章　总则'), p('第一条　本办法适用于本区。'), p('第二章　附则'), p('第二条　本办法自发布之日起施行。')];
    const titleOf = (...above: SourceBlock[]) => find(...above, ...chapters())?.parts[0].heading?.text;
    expect(titleOf(p('通知正文。'), p('居家养老服务实施方案'))).toBe('居家养老服务实施方案');
    const sixty = `${'居家养老'.repeat(13)}居家服务管理办法`;
    expect(sixty).toHaveLength(60);
    expect(titleOf(p('通知正文。'), p(sixty))).toBe(sixty);
    // 61 characters; a sentence; a title that is the file's first line (the document's own title, not an issued one).
    expect(titleOf(p('通知正文。'), p(`居${sixty}`))).toBeUndefined();
    expect(titleOf(p('通知正文。'), p('关于居家养老，服务管理办法'))).toBeUndefined();
    expect(titleOf(p('通知正文。'), p('请遵照执行本办法'), p('（一）说明'))).toBeUndefined();
    expect(titleOf(p('居家养老服务管理办法'))).toBeUndefined();
    // A list, or a line numbered in another family, between the title and the chapters ends the search.
    expect(titleOf(p('居家养老服务管理办法'), p('一、说明'))).toBeUndefined();
    expect(titleOf(p('通知正文。'), p('居家养老服务管理办法'), { kind: 'list', ordered: false, items: [{ text: '说明' }], at: { n: 0 } })).toBeUndefined();
    // A 目录's chapter lines between are passed over.
    expect(titleOf(p('通知正文。'), p('居家养老服务管理办法'), p('第一章　总则'), p('第二章　附则'))).toBe('居家养老服务管理办法');
  });

  it('looks for the rule’s title at most 30 lines above the first chapter', () => {
    const chapters = [p('第一章　总则'), p('第一条　本办法适用于本区。'), p('第二章　附则'), p('第二条　本办法自发布之日起施行。')];
    const between = (count: number) => Array.from({ length: count }, () => p('（起草说明）'));
    expect(find(p('通知正文。'), p('居家养老服务管理办法'), ...between(29), ...chapters)?.parts[0].heading?.text).toBe('居家养老服务管理办法');
    expect(find(p('通知正文。'), p('居家养老服务管理办法'), ...between(30), ...chapters)?.parts[0].heading).toBeUndefined();
  });

  it('proposes nothing with fewer than two chapters and three articles', () => {
    expect(find(p('第一章　总则'), p('第一条　本办法适用于本区。'), p('第二条　本办法自发布之日起施行。'))).toBeUndefined();
    expect(find(p('第一条　本办法适用于本区。'), p('第二条　本办法自发布之日起施行。'))).toBeUndefined();
    expect(find(p('正文。'))).toBeUndefined();
  });
});
