import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionFor, report } from '@/lib/report';
import { markTerms } from './glossary-marks';
import { segmentByNotes } from './segments';
import { traditionalConverter } from './traditional';

const convert = traditionalConverter();
const traditional = editionFor('zh-Hant');

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
      section.paragraphs.forEach((paragraph, p) => {
        const converted = traditional.report.sections[s].paragraphs[p];
        expect(converted.text.length).toBe(paragraph.text.length);
        expect(converted.text).not.toBe(paragraph.text);
        for (const note of converted.notes ?? []) expect(converted.text).toContain(note.quote);
      });
    });
  });

  it('marks the same glossary terms in the same places as the original', () => {
    report.sections.forEach((section, s) => {
      const marked = (paragraphs: typeof section.paragraphs, glossary: typeof traditional.glossary) => {
        const seen = new Set<string>();
        return paragraphs.flatMap((p) => markTerms(segmentByNotes(p), glossary, seen).map((m) => m.text.length));
      };
      expect(marked(traditional.report.sections[s].paragraphs, traditional.glossary), section.id).toEqual(
        marked(section.paragraphs, editionFor('zh-CN').glossary),
      );
    });
  });

  it('rejects a fix that changes the length, naming the file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(root, 'traditional.yaml'), '- simplified: 办复\n  traditional: 辦覆覆\n  why: test\n');
    expect(() => traditionalConverter(root)).toThrow(/traditional\.yaml[\s\S]*same number of characters/);
  });
});
