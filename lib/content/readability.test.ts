import { describe, expect, it } from 'vitest';
import { averageSentenceLength, chineseSentences, hanziCount } from './readability';

// The figure check-content prints beside each document: hanzi per sentence of its plain summaries (the aim is ≤ 20).
describe('averageSentenceLength', () => {
  it('counts the hanzi of each sentence, a last one without its full stop included, and not sentences without hanzi', () => {
    // 6 hanzi, then 4 (numbers and letters not counted), then 2 with no full stop; 「OK!」 holds no hanzi.
    expect(averageSentenceLength(['养老金提高了。每月多20元！ OK! 请看'])).toBe(4);
  });

  it('takes the sentences of every text together', () => {
    expect(averageSentenceLength(['一二三。', '一二三四五？'])).toBe(4);
  });
});

describe('chineseSentences and hanziCount', () => {
  it('gives each sentence without the spaces and line breaks between them', () => {
    expect(chineseSentences('养老金提高了。 每月多20元！\n请看')).toEqual(['养老金提高了。', '每月多20元！', '请看']);
  });

  it('counts no hanzi in a text without any', () => {
    expect(hanziCount('OK! 20')).toBe(0);
    expect(hanziCount('每月20元')).toBe(3);
  });
});
