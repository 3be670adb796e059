import { describe, expect, it } from 'vitest';
import { markTerms } from './glossary-marks';

const entry = (term: string) => ({ term, zh: `${term}的解释`, en: `about ${term}` });
const glossary = [entry('行政执法'), entry('行政执法监督'), entry('述法')];

describe('markTerms', () => {
  it('marks the first occurrence only, preferring the longer term, and loses no text', () => {
    const seen = new Set<string>();
    const text = '推进行政执法监督平台,规范行政执法,落实述法制度,再次述法。';
    const marked = markTerms([{ text }], glossary, seen);
    expect(marked.map((s) => s.text).join('')).toBe(text);
    expect(marked.filter((s) => s.term).map((s) => s.text)).toEqual(['行政执法监督', '行政执法', '述法']);
  });

  it('does not mark a term again in a later paragraph of the same section', () => {
    const seen = new Set<string>(['述法']);
    expect(markTerms([{ text: '述法制度' }], glossary, seen)).toEqual([{ text: '述法制度' }]);
  });

  it('leaves editor-noted text alone', () => {
    const note = { quote: '述法', note: { zh: '注', en: 'note' } };
    expect(markTerms([{ text: '述法', note }], glossary, new Set())).toEqual([{ text: '述法', note }]);
  });
});

describe('markTerms, which term wins', () => {
  const supervision = entry('行政执法监督');
  const enforcement = entry('行政执法');
  const report = entry('述法');

  it('prefers the longer of two terms starting together whatever the glossary’s order, at the start and at the end of the text', () => {
    expect(markTerms([{ text: '行政执法监督和行政执法' }], [supervision, enforcement], new Set())).toEqual([
      { text: '行政执法监督', term: supervision },
      { text: '和' },
      { text: '行政执法', term: enforcement },
    ]);
  });

  it('marks the earliest term first, not a longer one further on, whatever the glossary’s order', () => {
    const expected = [{ text: '述法', term: report }, { text: '和' }, { text: '行政执法监督', term: supervision }];
    expect(markTerms([{ text: '述法和行政执法监督' }], [report, supervision], new Set())).toEqual(expected);
    expect(markTerms([{ text: '述法和行政执法监督' }], [supervision, report], new Set())).toEqual(expected);
  });
});
