import { describe, expect, it } from 'vitest';
import { loadReport } from '../content/load-report';
import { JINNAN_DIR, paragraphsOf } from '../content/source-text';
import { MAX_SPOKEN, splitUtterances } from './split-utterances';

const report = loadReport(JINNAN_DIR);
const paragraphs = report.sections.flatMap((s) => paragraphsOf(s));
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
    const shortcomings = paragraphsOf(report.sections.find((s) => s.id === 'shortcomings')!)[0].text;
    expect(splitUtterances(shortcomings).some((u) => u.text.startsWith('二是'))).toBe(true);
  });

  it('cuts a clause with no marks to break at after exactly 30 spoken characters, marks not counted', () => {
    const text = `${'一'.repeat(10)}——${'二'.repeat(25)}。`;
    expect(splitUtterances(text).map((u) => u.text)).toEqual([`${'一'.repeat(10)}——${'二'.repeat(20)}`, `${'二'.repeat(5)}。`]);
  });

  it('leaves a sentence of exactly 30 spoken characters whole, commas and all', () => {
    const text = `${'一'.repeat(15)}，${'二'.repeat(15)}。`;
    expect(splitUtterances(text).map((u) => u.text)).toEqual([text]);
  });

  it('never cuts a number in two, even when it has to cut mid-clause', () => {
    const text = '一'.repeat(28) + '20555件';
    const pieces = splitUtterances(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.some((p) => p.text.includes('20555'))).toBe(true);
  });

  // Written out by hand from the published paragraphs: sentences at 。, long ones at their commas, neighbouring
  // clauses joined while they stay within 30 spoken characters.
  it.each([
    [
      'government-functions-2',
      [
        '推进政务服务标准化建设。',
        '严格执行《天津市政务服务事项目录》,',
        '编制完成《津南区政务服务事项清单(2024年版)》。',
        '强化证明事项清单管理,规范实施行政备案,',
        '编制完成《津南区证明事项清单》《津南区行政备案事项清单》,',
        '并在津南政务网公开,不断推动“减证便民”工作落到实处。',
      ],
    ],
    [
      'plans-2025-1',
      [
        '一是以示范引领带动法治政府建设整体提升。',
        '深入学习贯彻习近平法治思想,',
        '推动党政主要负责人切实履行推进法治建设第一责任人职责,',
        '紧紧抓住领导干部这个“关键少数”,压紧压实责任,强化工作落实,',
        '补“短板”、扫“盲区”,进一步加强部门间的沟通交流、协作配合,',
        '严格落实法治建设“一规划两纲要”工作要求,形成法治政府建设合力,',
        '不断提升政府依法行政水平。',
      ],
    ],
    [
      'plans-2025-2',
      [
        '二是持续推进行政执法规范化建设。',
        '深入贯彻实施提升行政执法质量三年行动计划,创新法治人才培养机制,',
        '加强行政执法人员、监督人员、法制审核人员专业法律知识培训,',
        '切实提升行政执法队伍综合素质和依法行政能力,',
        '促进严格规范公正文明执法。',
        '持续加大执法监督力度,探索建立行政执法监督员制度,',
        '拓宽社会力量参与行政执法监督渠道,增强行政执法的透明度和公正性。',
        '建立行政执法监督企业联系点,搭建政企沟通平台,规范涉企行政执法,',
        '全力打造执法监督新格局,推动行政执法监督工作效能整体提升。',
      ],
    ],
  ])('splits %s as a listener would hear it', (id, expected) => {
    const paragraph = paragraphs.find((p) => p.id === id)!;
    expect(splitUtterances(paragraph.text).map((u) => u.text)).toEqual(expected);
  });
});

describe('splitUtterances on a numbered item', () => {
  it('keeps the number with the sentence it numbers, instead of saying 「1.」 alone', () => {
    expect(splitUtterances('1.携带身份证和社会保障卡到社区服务站申请。').map((u) => u.text)).toEqual(['1.携带身份证和社会保障卡到社区服务站申请。']);
    expect(splitUtterances('2.严格野外用火审批。确需用火的，须经乡镇审批。').map((u) => u.text)).toEqual(['2.严格野外用火审批。', '确需用火的，须经乡镇审批。']);
    expect(splitUtterances('12.严格野外用火审批。').map((u) => u.text)).toEqual(['12.严格野外用火审批。']);
  });

  it('keeps a sentence that only ends in a number and a full stop apart from the next', () => {
    expect(splitUtterances('详见附件1.请按时办理。').map((u) => u.text)).toEqual(['详见附件1.', '请按时办理。']);
  });

  it('gives marks standing alone to the piece before, or after, so nothing is lost and offsets stay right', () => {
    // A sentence with nothing to say (the segmenter's 「\n」 of a blank line) joins the sentence before it.
    expect(splitUtterances('好。\n\n再见。')).toEqual([
      { text: '好。\n\n', start: 0, end: 4, sentence: 0 },
      { text: '再见。', start: 4, end: 7, sentence: 1 },
    ]);
    // Cut after a number run past the limit, the 「。」 left alone joins the piece before it.
    const withNumber = `${'一'.repeat(29)}12%。`;
    expect(splitUtterances(withNumber)).toEqual([{ text: withNumber, start: 0, end: 33, sentence: 0 }]);
    // A mark opening a long sentence goes with the words after it.
    expect(splitUtterances(`，${'二'.repeat(31)}。`)).toEqual([
      { text: `，${'二'.repeat(30)}`, start: 0, end: 31, sentence: 0 },
      { text: '二。', start: 31, end: 33, sentence: 0 },
    ]);
  });

  it('never hands an engine a piece with nothing to say', () => {
    expect(splitUtterances('，')).toEqual([]);
    const pieces = splitUtterances(`${'一'.repeat(30)}，`);
    expect(pieces.map((u) => u.text)).toEqual([`${'一'.repeat(30)}，`]);
  });
});
