import { afterEach, describe, expect, it } from 'vitest';
import { documents, editionOf } from '@/lib/library';
import { spokenTexts } from '@/lib/read-aloud/spoken-texts';
import { punctuationSentences } from './punctuation-sentences';
import { splitUtterances } from './split-utterances';

// The reference is Node's own Intl.Segmenter (ICU), which every current browser and the audio build use.
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const byIcu = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));

const texts = documents().flatMap((document) => [...spokenTexts(editionOf(document, 'zh-CN')), ...spokenTexts(editionOf(document, 'zh-Hant'))]);

describe('punctuationSentences, for browsers without Intl.Segmenter', () => {
  it('finds the sentences Intl.Segmenter finds in every text the reader speaks', () => {
    expect(texts.length).toBeGreaterThan(300);
    const differ = texts.filter((text) => JSON.stringify(punctuationSentences(text)) !== JSON.stringify(byIcu(text)));
    expect(differ).toEqual([]);
  });

  it('agrees with Intl.Segmenter on the marks the documents mix in', () => {
    const cases = [
      '他说：“好。”然后走了。',
      '真的吗？！是的……我们走吧。',
      '增长28.05%。共计1,000元.其余另计。',
      '1.携带身份证。2.填写申请表。',
      'See U.S.A. today. It is fine. and more. Done!',
      '第一行\n第二行\r\n第三行。  下一句（附件）。',
      '（一）加强领导。【重点】落实。《条例》已施行。',
      '问：怎么办？答：找律师。',
      '句子。 ',
      '',
      '。',
      // Line breaks: a blank line, a lone CR, a text ending in one, and one after a full stop and its closing quote.
      '第一段\n\n第二段',
      '第一行\r第二行',
      '最后一行\n',
      '第一句。\n第二句。',
      '他说：“好。”\r\n然后走了。',
      '第一句。\n\n第二句。',
      '第一句。\r第二句。',
      // «.» before a capital: after a digit or at the start it ends a sentence, after a letter it does not.
      '共2.B类。',
      'see abc.Def ok',
      '.NET平台。',
      // «.» then a space: a lower-case word after a number goes on; a number alone at the end does not.
      'see No. 2nd item. Done.',
      'Item No. 1',
    ];
    expect(cases).toHaveLength(23);
    for (const text of cases) expect(punctuationSentences(text), text).toEqual(byIcu(text));
  });
});

describe('splitUtterances without Intl.Segmenter', () => {
  const segmenterClass = Intl.Segmenter;
  afterEach(() => {
    (Intl as { Segmenter?: unknown }).Segmenter = segmenterClass;
  });

  it('says the same utterances, so every offline recording is still found', () => {
    const expected = texts.map((text) => splitUtterances(text));
    (Intl as { Segmenter?: unknown }).Segmenter = undefined;
    const without = texts.map((text) => splitUtterances(text));
    expect(without).toEqual(expected);
  });
});
