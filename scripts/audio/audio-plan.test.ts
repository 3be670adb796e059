import { describe, expect, it } from 'vitest';
import { loadGlossary } from '@/lib/content/load-glossary';
import { loadReport } from '@/lib/content/load-report';
import { loadSummaries } from '@/lib/content/load-summaries';
import { spokenTexts } from '@/lib/read-aloud/spoken-texts';
import { splitUtterances } from '@/lib/speech/split-utterances';
import { planAudio } from './audio-plan';

const report = loadReport();
const summaries = loadSummaries(report);
const plan = planAudio(spokenTexts(report, summaries, loadGlossary(report)), 'test-provider');
const byText = new Map(plan.map((p) => [p.text, p]));

describe('the audio plan', () => {
  it('has a file for every utterance of every section, as the hook splits it, in both views', () => {
    for (const section of report.sections) {
      const summary = summaries.get(section.id)!.zh;
      const texts = [
        ...section.paragraphs.map((p) => p.text),
        summary.headline,
        ...summary.points,
        ...summary.numbers.map((n) => `${n.value}${n.unit}${n.meaning}`),
      ];
      for (const u of texts.flatMap((t) => splitUtterances(t))) expect(byText.has(u.text), `${section.id}: ${u.text}`).toBe(true);
    }
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
});
