import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionOf } from '@/lib/library';
import { loadDocument } from './load-document';
import type { ParagraphBlock } from './schema';
import { JINNAN_DIR, paragraphsOf } from './source-text';
import { markTerms } from './glossary-marks';
import { segmentByNotes } from './segments';
import { traditionalConverter } from './traditional';

const jinnan = loadDocument(JINNAN_DIR);
const { report } = jinnan;
const convert = traditionalConverter(JINNAN_DIR);
const traditional = editionOf(jinnan, 'zh-Hant');

describe('the 繁體 edition', () => {
  it('converts report sentences and keeps numbers, punctuation and 《》 in place', () => {
    const sentence = '严格落实《津南区行政机关负责人出庭应诉工作办法》,全年投资1646.22万元,达到“1+1>2”的效果。';
    const converted = convert(sentence);
    expect(converted).toBe('嚴格落實《津南區行政機關負責人出庭應訴工作辦法》,全年投資1646.22萬元,達到“1+1>2”的效果。');
  });

  it('applies the editors’ fixes before OpenCC', () => {
    expect(convert('健全人大代表建议和政协委员提案办复制度')).toBe('健全人大代表建議和政協委員提案辦覆制度');
  });

  it('keeps every text the same length, so notes and read-aloud positions hold', () => {
    report.sections.forEach((section, s) => {
      paragraphsOf(section).forEach((paragraph, p) => {
        const converted = paragraphsOf(traditional.report.sections[s])[p];
        expect(converted.text.length).toBe(paragraph.text.length);
        expect(converted.text).not.toBe(paragraph.text);
        for (const note of converted.notes ?? []) expect(converted.text).toContain(note.quote);
      });
    });
  });

  it('marks the same glossary terms in the same places as the original', () => {
    report.sections.forEach((section, s) => {
      const marked = (paragraphs: ParagraphBlock[], glossary: typeof traditional.glossary) => {
        const seen = new Set<string>();
        return paragraphs.flatMap((p) => markTerms(segmentByNotes(p), glossary, seen).map((m) => m.text.length));
      };
      expect(marked(paragraphsOf(traditional.report.sections[s]), traditional.glossary), section.id).toEqual(
        marked(paragraphsOf(section), jinnan.glossary),
      );
    });
  });

  it('stops the build on a text whose 繁體 would change length, naming the document’s traditional.yaml or the messages', () => {
    // 暅 (in 祖暅, a name) becomes 𣈶, one character that JavaScript counts as two: every offset after it would shift.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    expect(() => traditionalConverter(root)('祖暅原理')).toThrow(
      `Content error in ${path.relative(process.cwd(), path.join(root, 'traditional.yaml'))}:\n  - 「祖暅原理」 changes length in 繁體 (「祖𣈶原理」); add a fix for the phrase to traditional.yaml`,
    );
    expect(() => traditionalConverter()('祖暅原理')).toThrow(/^Content error in messages:\n/);
    fs.rmSync(root, { recursive: true });
  });

  it('quotes only the first 40 characters of a long text whose 繁體 would change length, and of its 繁體', () => {
    const tens = '一二三四五六七八九十';
    expect(() => traditionalConverter()(`祖暅原理${tens.repeat(4)}`)).toThrow(
      `「祖暅原理${tens.repeat(3)}一二三四五六」 changes length in 繁體 (「祖𣈶原理${tens.repeat(3)}一二三四五」)`,
    );
  });

  it('rejects a fix that changes the length, naming the file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(root, 'traditional.yaml'), '- simplified: 办复\n  traditional: 辦覆覆\n  why: test\n');
    expect(() => traditionalConverter(root)).toThrow(/traditional\.yaml[\s\S]*same number of characters/);
  });

  // Converted by hand from the published paragraphs (Taiwan standard characters), not by OpenCC.
  it.each([
    [
      'government-functions-2',
      '推進政務服務標準化建設。嚴格執行《天津市政務服務事項目錄》,編制完成《津南區政務服務事項清單(2024年版)》。強化證明事項清單管理,規範實施行政備案,編制完成《津南區證明事項清單》《津南區行政備案事項清單》,並在津南政務網公開,不斷推動“減證便民”工作落到實處。',
    ],
    [
      'plans-2025-1',
      '一是以示範引領帶動法治政府建設整體提升。深入學習貫徹習近平法治思想,推動黨政主要負責人切實履行推進法治建設第一責任人職責,緊緊抓住領導幹部這個“關鍵少數”,壓緊壓實責任,強化工作落實,補“短板”、掃“盲區”,進一步加強部門間的溝通交流、協作配合,嚴格落實法治建設“一規劃兩綱要”工作要求,形成法治政府建設合力,不斷提升政府依法行政水平。',
    ],
    [
      'plans-2025-2',
      '二是持續推進行政執法規範化建設。深入貫徹實施提升行政執法質量三年行動計劃,創新法治人才培養機制,加強行政執法人員、監督人員、法制審核人員專業法律知識培訓,切實提升行政執法隊伍綜合素質和依法行政能力,促進嚴格規範公正文明執法。持續加大執法監督力度,探索建立行政執法監督員制度,拓寬社會力量參與行政執法監督渠道,增強行政執法的透明度和公正性。建立行政執法監督企業聯繫點,搭建政企溝通平臺,規範涉企行政執法,全力打造執法監督新格局,推動行政執法監督工作效能整體提升。',
    ],
  ])('shows %s in 繁體 as written by hand', (id, expected) => {
    const paragraph = traditional.report.sections.flatMap((section) => paragraphsOf(section)).find((p) => p.id === id)!;
    expect(paragraph.text).toBe(expected);
  });
});

describe('a document’s own 繁體 fixes', () => {
  const fixes = (simplified: string, traditional: string) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(root, 'traditional.yaml'), `- simplified: ${simplified}\n  traditional: ${traditional}\n  why: test\n`);
    return () => traditionalConverter(root);
  };

  it('are phrases: a fix of one character, which would change it everywhere, is refused; a longer phrase is taken', () => {
    expect(fixes('复', '覆')).toThrow(/traditional\.yaml/);
    expect(fixes('办复制度', '辦覆制度')()('提案办复制度')).toBe('提案辦覆制度');
  });
});
