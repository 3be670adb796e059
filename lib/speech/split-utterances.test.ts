import { describe, expect, it } from 'vitest';
import { loadReport } from '../content/load-report';
import { MAX_SPOKEN, splitUtterances } from './split-utterances';

const report = loadReport();
const paragraphs = report.sections.flatMap((s) => s.paragraphs);
const spoken = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').length;

describe('splitUtterances on the report’s real text', () => {
  it('loses nothing and reorders nothing: the pieces join back to every paragraph', () => {
    for (const paragraph of paragraphs) {
      const pieces = splitUtterances(paragraph.text);
      expect(pieces.map((p) => p.text).join(''), paragraph.id).toBe(paragraph.text);
      for (const piece of pieces) expect(paragraph.text.slice(piece.start, piece.end)).toBe(piece.text);
    }
  });

  it('keeps every utterance to about 30 spoken characters, including the 186-character sentence', () => {
    const sentences = paragraphs.flatMap((p) => p.text.split(/(?<=。)/));
    const longest = sentences.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThanOrEqual(180);
    const pieces = paragraphs.flatMap((p) => splitUtterances(p.text));
    const over = pieces.filter((p) => spoken(p.text) > MAX_SPOKEN + 4).map((p) => p.text);
    expect(over).toEqual([]);
    console.log(`utterances in the original: ${pieces.length}; longest ${Math.max(...pieces.map((p) => spoken(p.text)))} spoken characters`);
  });

  it('splits sentences at 。 and long ones at clause marks, full- or half-width', () => {
    const text = '2024年,5项重大行政决策事项全部按照法定程序办理制发实施。围绕高效落实“十项行动·津南行动”等区政府重大事项、重点工程、民生热点开展区政府重大合同协议合法性审查。';
    const pieces = splitUtterances(text);
    expect(pieces[0].text).toBe('2024年,5项重大行政决策事项全部按照法定程序办理制发实施。');
    expect(pieces.filter((p) => p.sentence === 1).length).toBeGreaterThan(1);
    expect(pieces.at(-1)!.text.endsWith('合法性审查。')).toBe(true);
  });

  it('keeps numbers, quotes and titles whole: 1646.22万元, 5·31, “1+1>2”, 28.05%', () => {
    const all = paragraphs.flatMap((p) => splitUtterances(p.text).map((u) => u.text));
    for (const token of ['1646.22万元', '5·31', '“1+1>2”', '28.05%', '《津南区人民政府2024年度重大行政决策事项目录》']) {
      expect(all.some((u) => u.includes(token)), token).toBe(true);
    }
  });

  it('breaks a long list of 《》 titles between titles, and 一是/二是 at their clauses', () => {
    const text = '编制并印发《政务公开政策汇编》《依申请公开答复文书模板》《信息发布审核表》《津南区政务服务事项清单》。';
    const pieces = splitUtterances(text, 20);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const piece of pieces) expect(piece.text.match(/《/g)?.length ?? 0).toBe(piece.text.match(/》/g)?.length ?? 0);
    const shortcomings = report.sections.find((s) => s.id === 'shortcomings')!.paragraphs[0].text;
    expect(splitUtterances(shortcomings).some((u) => u.text.startsWith('二是'))).toBe(true);
  });

  it('never cuts a number in two, even when it has to cut mid-clause', () => {
    const text = '一'.repeat(28) + '20555件';
    const pieces = splitUtterances(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.some((p) => p.text.includes('20555'))).toBe(true);
  });
});
