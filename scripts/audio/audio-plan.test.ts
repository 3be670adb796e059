import { describe, expect, it } from 'vitest';
import { spokenTexts } from '@/lib/read-aloud/spoken-texts';
import { loadDocument } from '@/lib/content/load-document';
import { JINNAN_DIR, paragraphsOf } from '@/lib/content/source-text';
import { editionOf } from '@/lib/library';
import { splitUtterances } from '@/lib/speech/split-utterances';
import { planAudio, traditionalAliases } from './audio-plan';

const jinnan = loadDocument(JINNAN_DIR);
const { report } = jinnan;
const summaries = jinnan.summaries.shown;
const original = spokenTexts(editionOf(jinnan, 'zh-CN'));
const plan = planAudio(original, 'test-provider');
const byText = new Map(plan.map((p) => [p.text, p]));

describe('the audio plan', () => {
  it('has a file for every utterance of every section, as the hook splits it, in both views', () => {
    for (const section of report.sections) {
      const summary = summaries.get(section.id)!.zh;
      const texts = [
        ...paragraphsOf(section).map((p) => p.text),
        summary.headline,
        ...summary.points,
        ...summary.numbers.map((n) => `${n.value}${n.unit}${n.meaning}`),
      ];
      for (const u of texts.flatMap((t) => splitUtterances(t))) expect(byText.has(u.text), `${section.id}: ${u.text}`).toBe(true);
    }
  });

  it('has a file for every other thing the reader can say: headings, the closing lines, glossary explanations', () => {
    const texts = [
      ...report.parts.map((part) => part.heading!),
      ...report.sections.flatMap((section) => (section.heading ? [section.heading] : [])),
      report.closing!.date!.text,
      report.closing!.disclosure!,
      ...jinnan.glossary.map((entry) => entry.zh),
    ];
    expect(texts.length).toBeGreaterThan(40);
    for (const u of texts.flatMap((t) => splitUtterances(t))) expect(byText.has(u.text), u.text).toBe(true);
  });

  it('maps every file back to one utterance, and each name to one file', () => {
    expect(new Set(plan.map((p) => p.file)).size).toBe(plan.length);
    expect(new Set(plan.map((p) => p.text)).size).toBe(plan.length);
    for (const p of plan) expect(p.file).toMatch(/^[0-9a-f]{20}\.mp3$/);
  });

  it('names files by what is said and how: a changed utterance or voice gets a new file', () => {
    const [a] = planAudio(['全区共办理20537件。'], 'v1');
    const [same] = planAudio(['全区共办理20537件。'], 'v1');
    const [changed] = planAudio(['全区共办理20538件。'], 'v1');
    const [otherVoice] = planAudio(['全区共办理20537件。'], 'v2');
    expect(same.file).toBe(a.file);
    expect(changed.file).not.toBe(a.file);
    expect(otherVoice.file).not.toBe(a.file);
    expect(a.spoken).toBe('全区共办理两万零五百三十七件。');
  });

  it('plays each 繁體 utterance from the file of the original utterance at the same place', () => {
    const traditional = editionOf(jinnan, 'zh-Hant');
    const aliases = traditionalAliases(original, spokenTexts(traditional));
    const paragraph = paragraphsOf(traditional.report.sections.find((s) => s.id === 'business-environment')!)[0].text;
    const [first] = splitUtterances(paragraph);
    expect(first.text).toMatch(/企業服務/);
    expect(byText.has(aliases.get(first.text)!)).toBe(true);
    for (const [, text] of aliases) expect(byText.has(text), text).toBe(true);
    expect(() => traditionalAliases(['全区共办理20537件。'], ['全區共辦理20537件。多'])).toThrow(/splits into different utterances/);
  });
});
