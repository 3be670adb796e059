import { describe, expect, it } from 'vitest';
import { readText } from './text';

describe('readText', () => {
  it('makes each non-empty line a paragraph numbered by its line, and names the encoding', () => {
    expect(readText(new TextEncoder().encode('某县通知\r\n\r\n\u3000\u3000一、总体要求\n坚持预防为主。\n'))).toEqual({
      format: 'UTF-8 text',
      unit: 'line',
      count: 4,
      blocks: [
        { kind: 'paragraph', text: '某县通知', at: { n: 1 } },
        { kind: 'paragraph', text: '一、总体要求', at: { n: 3 } },
        { kind: 'paragraph', text: '坚持预防为主。', at: { n: 4 } },
      ],
      facts: {},
      left: [],
      unsure: [],
    });
  });
});
