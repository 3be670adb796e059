import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, halfWidthMarks, restoreHalfWidth } from './chinese-punctuation';
import { loadReport } from './load-report';
import { JINNAN_DIR, paragraphsOf, readSourceBody } from './source-text';

describe('fullWidthPunctuation, on passages of the report as published', () => {
  it.each([
    // , between hanzi, after a closing quote, after 》 and after a percentage
    ['2024年,津南区委、区政府坚持', '2024年，津南区委、区政府坚持'],
    ['做实做强“四区”,精心建设“四谷”', '做实做强“四区”，精心建设“四谷”'],
    ['联合抽查事项清单(2024年版)》,积极开展', '联合抽查事项清单（2024年版）》，积极开展'],
    ['综合调解率达到100%,针对', '综合调解率达到100%，针对'],
    // ; between a percentage and a quote
    ['办理率达到99.15%;“网上办”事项', '办理率达到99.15%；“网上办”事项'],
    // : ending the introduction
    ['现将有关情况报告如下:', '现将有关情况报告如下：'],
    // ( ) around Chinese numerals, years and single hanzi
    ['(十一)坚持党对法治政府建设的领导', '（十一）坚持党对法治政府建设的领导'],
    ['应急处置装备1507台(套),为各街镇', '应急处置装备1507台（套），为各街镇'],
    ['律师定期到村(居)“坐诊”', '律师定期到村（居）“坐诊”'],
    ['行政执法行为规范(试行)》,进一步', '行政执法行为规范（试行）》，进一步'],
    ['(建议此件主动公开)', '（建议此件主动公开）'],
    // ? and ! do not occur in the report, but a document may have them
    ['这是为什么?因为', '这是为什么？因为'],
    ['好!', '好！'],
    // A pair holding no Chinese goes full-width when Chinese stands just before it, or just after it
    ['第(1) 项', '第（1） 项'],
    [' (1)项', ' （1）项'],
    // A bracket left alone follows its neighbours: 一)加强 (the opening one lost), 备注(见附件 (the closing one)
    ['一)加强领导', '一）加强领导'],
    ['1)加强领导', '1）加强领导'],
    ['备注(见附件', '备注（见附件'],
    // One Chinese neighbour is enough for a bracket left alone, on either side
    ['情形一) 依法办理', '情形一） 依法办理'],
    ['备注(see', '备注（see'],
    ['see (附件', 'see （附件'],
  ])('%s → %s', (published, shown) => {
    expect(fullWidthPunctuation(published)).toBe(shown);
  });

  it.each([
    ['1,000'],
    ['10:00'],
    ['2025-02-28 10:00'],
    ['综合调解率28.05%'],
    ['开展5·31世界无烟日宣传'],
    ['实现“1+1>2”的效果'],
    ['按照1+10+N的原则'],
    ['see the APP (version 2), then: done; ok?'],
    // Chinese elsewhere in the text does not make a pair of digits between spaces Chinese
    ['人数 (60) 名'],
    ['a) b'],
    ['a (b'],
    // A closing bracket left alone looks only at its neighbours, not at Chinese further back
    ['条件 a) 与 b)'],
  ])('leaves %s alone', (text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('lists the marks it changes by index, in order, a pair’s opening one included', () => {
    expect(halfWidthMarks('(十一)坚持,落实')).toEqual([0, 3, 6]);
    expect(halfWidthMarks('一)加强')).toEqual([1]);
    expect(halfWidthMarks('1,000')).toEqual([]);
  });
});

describe('on the whole report', () => {
  const report = loadReport(JINNAN_DIR);
  const texts = [
    ...report.title,
    ...report.parts.map((part) => part.heading!),
    ...report.sections.flatMap((section) => [section.heading ?? '', ...paragraphsOf(section).map((p) => p.text)]),
    report.closing!.date!.text,
    report.closing!.disclosure!,
  ];
  // Written independently of the function: any of the marks with a hanzi on either side.
  const halfWidthBesideHanzi = /\p{Script=Han}[,;:?!()]|[,;:?!()]\p{Script=Han}/u;

  it('shows no half-width mark beside a hanzi, and keeps every length', () => {
    const published = texts.filter((text) => halfWidthBesideHanzi.test(text));
    expect(published.length).toBeGreaterThan(30);
    for (const text of texts) {
      const shown = fullWidthPunctuation(text);
      expect(shown, text).not.toMatch(halfWidthBesideHanzi);
      expect(shown).toHaveLength(text.length);
    }
  });

  it('changes at least as many marks as stand beside a hanzi in the published page', () => {
    const besideHanzi = readSourceBody()
      .slice(2)
      .join('\n')
      .match(/(?<=\p{Script=Han})[,;:()]|[,;:()](?=\p{Script=Han})/gu)!.length;
    const changed = texts.reduce((sum, text) => sum + halfWidthMarks(text).length, 0);
    expect(besideHanzi).toBeGreaterThan(200);
    expect(changed).toBeGreaterThanOrEqual(besideHanzi);
  });

  it('gives back the published text from what is shown and the marks', () => {
    for (const text of texts) expect(restoreHalfWidth(fullWidthPunctuation(text), halfWidthMarks(text))).toBe(text);
  });
});
