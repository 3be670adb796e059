import { describe, expect, it } from 'vitest';
import { toPinyin, toTraditional } from './convert';

const sentences = [
  '全年行政执法监督平台归集行政执法案件20555件,其中行政检查19367条,行政处罚案件信息动态公示率100%。',
  '全年投资1646.22万元,购置装备1507台(套)。',
  '严格落实《津南区行政机关负责人出庭应诉工作办法》,达到服务企业“1+1>2”的效果。',
  '将法治思维和法治方式贯穿5·31处置和双桥河镇小营盘村剩余户还迁整改工作全过程。',
];

describe('繁體 conversion of the report', () => {
  it('converts characters and keeps numbers, punctuation and 《》 exactly', async () => {
    for (const sentence of sentences) {
      const converted = await toTraditional(sentence);
      expect(converted.length).toBe(sentence.length);
      for (let i = 0; i < sentence.length; i++) {
        if (!/\p{Script=Han}/u.test(sentence[i])) expect(converted[i]).toBe(sentence[i]);
      }
    }
    expect(await toTraditional('行政执法监督')).toBe('行政執法監督');
    expect(await toTraditional('津南区')).toBe('津南區');
  });
});

describe('拼音 for the report', () => {
  it('gives every hanzi its pinyin with tone marks and passes everything else through', async () => {
    const pieces = await toPinyin(sentences[2]);
    expect(pieces.map((p) => p.text).join('')).toBe(sentences[2]);
    expect(pieces.find((p) => p.text === '津')?.pinyin).toBe('jīn');
    expect(pieces.filter((p) => /[《》“”,>+0-9]/.test(p.text)).every((p) => p.pinyin === undefined)).toBe(true);
    const numbers = await toPinyin('公示率100%');
    expect(numbers.map((p) => p.text).join('')).toBe('公示率100%');
  });
});
