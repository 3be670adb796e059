import { describe, expect, it } from 'vitest';
import { reportInTraditional } from './in-traditional';
import type { Report, Section } from './load-report';
import { traditionalConverter } from './traditional';

// The 繁體 forms are written by hand, not taken from OpenCC.
describe('reportInTraditional', () => {
  const introduction: Section = {
    id: 'intro',
    blocks: [
      {
        kind: 'paragraph',
        id: 'intro-1',
        text: '这项补贴按年龄发放。',
        lead: '这项补贴',
        notes: [{ quote: '按年龄', note: { zh: '这是编辑的说明。', en: 'An editor’s note.' } }],
      },
    ],
  };
  const report: Report = {
    title: ['关于发放高龄补贴的通知'],
    introduction,
    parts: [],
    sections: [introduction],
    closing: { date: { text: '2025年9月10日', notes: [{ quote: '9月10日', note: { zh: '发文日期', en: 'The date it was issued' } }] } },
  };
  const traditional = reportInTraditional(report, traditionalConverter());

  it('keeps a lead to the start of its converted text, and an editor’s note on its words, converted', () => {
    expect(traditional.sections[0].blocks[0]).toEqual({
      kind: 'paragraph',
      id: 'intro-1',
      text: '這項補貼按年齡發放。',
      lead: '這項補貼',
      notes: [{ quote: '按年齡', note: { zh: '這是編輯的說明。', en: 'An editor’s note.' } }],
    });
  });

  it('converts the notes on the closing date, and keeps the introduction the first section', () => {
    expect(traditional.closing?.date?.notes?.[0].note.zh).toBe('發文日期');
    expect(traditional.introduction).toBe(traditional.sections[0]);
  });
});
