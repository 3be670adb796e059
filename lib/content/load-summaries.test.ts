import { describe, expect, it } from 'vitest';
import { loadGlossary } from './load-glossary';
import { loadReport } from './load-report';
import { loadSummaries, unfaithfulNumbers } from './load-summaries';
import { numbersIn } from './numbers';
import { averageSentenceLength } from './readability';
import { JINNAN_DIR, paragraphsOf } from './source-text';

const report = loadReport(JINNAN_DIR);
const summaries = loadSummaries(report, JINNAN_DIR).shown;
const glossary = loadGlossary(report, JINNAN_DIR);

describe('plain-language summaries', () => {
  it('exist for every section, in both languages, with 3–6 points', () => {
    expect([...summaries.keys()].sort()).toEqual(report.sections.map((s) => s.id).sort());
    for (const summary of summaries.values()) {
      for (const lang of ['zh', 'en'] as const) {
        expect(summary[lang].points.length, `${summary.section} ${lang}`).toBeGreaterThanOrEqual(3);
        expect(summary[lang].points.length, `${summary.section} ${lang}`).toBeLessThanOrEqual(6);
      }
      // The English card for a number is the same number as the Chinese one, in the same place.
      expect(summary.en.numbers.map((n) => n.value), summary.section).toEqual(summary.zh.numbers.map((n) => n.value));
    }
  });

  it('use no number that is not in the section’s original text', () => {
    for (const section of report.sections) {
      expect(unfaithfulNumbers(summaries.get(section.id)!, section), section.id).toEqual([]);
    }
  });

  it('would catch an invented number', () => {
    const section = report.sections.find((s) => s.id === 'business-environment')!;
    const summary = structuredClone(summaries.get(section.id)!);
    summary.en.points[0] = 'About 700 problems were solved.';
    expect(unfaithfulNumbers(summary, section)).toEqual(['en: 700 in 「About 700 problems were solved.」']);
  });

  it('state no value from a garbled passage', () => {
    for (const section of report.sections) {
      const garbled = paragraphsOf(section).flatMap((p) => (p.notes ?? []).flatMap((n) => numbersIn(n.quote)));
      const clean = paragraphsOf(section).flatMap((p) =>
        numbersIn((p.notes ?? []).reduce((text, n) => text.replaceAll(n.quote, ' '), p.text)),
      );
      const guessed = garbled.filter((n) => !clean.includes(n));
      const summary = summaries.get(section.id)!;
      const written = (['zh', 'en'] as const).flatMap((lang) =>
        [summary[lang].headline, ...summary[lang].points, ...summary[lang].numbers.map((n) => n.meaning)].flatMap(numbersIn),
      );
      expect(written.filter((n) => guessed.includes(n)), section.id).toEqual([]);
    }
  });

  it('keep sentences short: the average is printed against the original’s', () => {
    const plain = averageSentenceLength([...summaries.values()].flatMap((s) => [s.zh.headline, ...s.zh.points]));
    const original = averageSentenceLength(report.sections.flatMap((s) => paragraphsOf(s).map((p) => p.text)));
    console.log(`average sentence length: summaries ${plain.toFixed(1)} hanzi, original ${original.toFixed(1)} hanzi`);
    expect(plain).toBeLessThanOrEqual(20);
    expect(plain).toBeLessThan(original / 2);
  });
});

describe('glossary', () => {
  it('explains at least 25 terms, including the ones readers ask about', () => {
    const terms = glossary.map((g) => g.term);
    expect(terms.length).toBeGreaterThanOrEqual(25);
    for (const term of ['枫桥经验', '双随机、一公开', '证照分离', '跨省通办', '告知承诺制', '行政复议', '行政应诉',
      '行政规范性文件', '重大行政决策', '营商环境', '述法', '法治体检', '高效办成一件事', '权责清单', '信用修复']) {
      expect(terms).toContain(term);
    }
  });

  it('has only terms that occur in the report, with short explanations', () => {
    const text = report.sections.flatMap((s) => paragraphsOf(s).map((p) => p.text)).join('');
    for (const entry of glossary) {
      expect(text, entry.term).toContain(entry.term);
      expect(entry.zh.length, entry.term).toBeLessThanOrEqual(80);
    }
  });
});
