import { describe, expect, it } from 'vitest';
import { loadDocument } from '../content/load-document';
import { editionOf } from '../library';
import { spokenTexts } from '../read-aloud/spoken-texts';
import { JINNAN_DIR } from '../content/source-text';
import { cardinal, normalizeForSpeech } from './normalize-for-speech';

describe('cardinal', () => {
  it.each([
    [0, '零'], [2, '二'], [10, '十'], [12, '十二'], [67, '六十七'], [100, '一百'], [110, '一百一十'],
    [216, '二百一十六'], [1005, '一千零五'], [1036, '一千零三十六'], [2013, '两千零一十三'], [3050, '三千零五十'],
    [4300, '四千三百'], [10000, '一万'], [20537, '两万零五百三十七'], [20555, '两万零五百五十五'],
    [31137, '三万一千一百三十七'], [14653, '一万四千六百五十三'], [100000, '十万'],
    // A 十 after 万 keeps its 一; a gap before the thousands is 零 only when there are no thousands.
    [10012, '一万零一十二'], [11000, '一万一千'], [10999, '一万零九百九十九'],
    // From 一亿 on, digit by digit.
    [100000000, '一零零零零零零零零'], [123456789, '一二三四五六七八九'],
  ])('%i → %s', (n, words) => expect(cardinal(n)).toBe(words));
});

describe('normalizeForSpeech: every number form in the report', () => {
  it.each([
    ['归集行政执法案件20555件', '归集行政执法案件两万零五百五十五件'],
    ['2024年,津南区委', '二〇二四年,津南区委'],
    ['2023年度法治政府建设', '二〇二三年度法治政府建设'],
    ['(2024年版)', '(二〇二四年版)'],
    ['综合调解率28.05%', '综合调解率百分之二十八点零五'],
    ['公示率100%', '公示率百分之一百'],
    ['全年投资1646.22万元', '全年投资一千六百四十六点二二万元'],
    ['涉及金额5736.85万元', '涉及金额五千七百三十六点八五万元'],
    ['5·31处置', '五三一处置'],
    // Every digit on both sides of the dot, however many there are.
    ['110·119宣传日', '一一零一一九宣传日'],
    ['“1+1>2”的效果', '“一加一大于二”的效果'],
    ['按照1+10+N”的原则', '按照一加十加N”的原则'],
    ['讲授法治课2次', '讲授法治课两次'],
    ['制发行政复议意见书3份,建议书1份', '制发行政复议意见书三份,建议书一份'],
    ['第70次常务会议', '第七十次常务会议'],
    ['成立75周年', '成立七十五周年'],
    ['2024129日', '二〇二四一二九日'],
    ['2025228', '二〇二五二二八'],
    ['4300余家', '四千三百余家'],
    ['比例为0.125', '比例为零点一二五'],
    // A 2 with no measure word after it is 二, at the end of the text too.
    ['详见附件2', '详见附件二'],
    ['第2期', '第两期'],
  ])('%s → %s', (text, spoken) => expect(normalizeForSpeech(text)).toBe(spoken));

  it('leaves no digit in anything the reader can read aloud', () => {
    const texts = spokenTexts(editionOf(loadDocument(JINNAN_DIR), 'zh-CN'));
    expect(texts.length).toBeGreaterThan(100);
    const left = texts.map(normalizeForSpeech).filter((t) => /\d/.test(t));
    expect(left).toEqual([]);
  });
});
