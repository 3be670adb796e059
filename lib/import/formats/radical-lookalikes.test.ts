import { describe, expect, it } from 'vitest';
import { withHanziForRadicals } from './radical-lookalikes';

describe('withHanziForRadicals', () => {
  it('reads the radicals Chromium prints for hanzi as the hanzi, from both radical blocks', () => {
    // 居⺠ (U+2EA0), 增⻓ (U+2ED3), ⻔诊 (U+2ED4), 详⻅ (U+2EC5), 努⼒ (U+2F12): seen in Chromium's PDFs of our pages.
    expect(withHanziForRadicals('居\u2ea0增\u2ed3\u2ed4诊详\u2ec5努\u2f12')).toBe('居民增长门诊详见努力');
  });

  it('leaves full-width punctuation and every other character alone', () => {
    expect(withHanziForRadicals('（一）２０元，ＡＢ。')).toBe('（一）２０元，ＡＢ。');
  });
});
