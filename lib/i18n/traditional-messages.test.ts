import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '@/lib/content/traditional';
import { messagesInTraditional } from './traditional-messages';

const convert = traditionalConverter();

describe('messagesInTraditional', () => {
  it('converts the text of a precompiled message and keeps its argument parts as they are', () => {
    // The shape next-intl's precompile gives 「第{n}节，共{total}节」 and a formatted date.
    const compiled = { Report: { sectionPosition: ['第', ['n'], '节，共', ['total'], '节'], published: ['发布日期：', ['date', 5, 'long']] } };
    expect(messagesInTraditional(compiled, convert)).toEqual({
      Report: { sectionPosition: ['第', ['n'], '節，共', ['total'], '節'], published: [convert('发布日期：'), ['date', 5, 'long']] },
    });
  });

  it('leaves the 简体 switch in 简体, so a reader of 繁體 can find the way back', () => {
    const messages = { Site: { scriptSwitchToSimplified: '简体', name: '长者阅读' } };
    expect(messagesInTraditional(messages, convert)).toEqual({ Site: { scriptSwitchToSimplified: '简体', name: '長者閱讀' } });
  });
});
