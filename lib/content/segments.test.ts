import { describe, expect, it } from 'vitest';
import { segmentByNotes } from './segments';

const note = (quote: string) => ({ quote, note: { zh: '原文如此。', en: 'As printed.' } });

describe('segmentByNotes', () => {
  it('returns the text whole when there are no notes', () => {
    expect(segmentByNotes({ text: '全文。' })).toEqual([{ text: '全文。' }]);
  });

  it('returns a text whole when it has no notes, even one that holds the word “undefined”', () => {
    expect(segmentByNotes({ text: 'The field is undefined here.' })).toEqual([{ text: 'The field is undefined here.' }]);
  });

  it('isolates each noted quote in order and loses no character', () => {
    const text = '推出津南区56“高效办成一件事”事项,全区20“跨省通办”窗口。';
    const notes = [note('全区20“跨省通办”窗口'), note('推出津南区56“高效办成一件事”事项')];
    const segments = segmentByNotes({ text, notes });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.note).map((s) => s.text)).toEqual([notes[1].quote, notes[0].quote]);
  });

  it('handles a quote that is the whole text', () => {
    expect(segmentByNotes({ text: '2025228', notes: [note('2025228')] })).toEqual([
      { text: '2025228', note: note('2025228') },
    ]);
  });

  it('shows each character once where two notes’ quotes overlap: the earlier note keeps the shared words', () => {
    const first = note('2024129日');
    const second = note('129日前');
    expect(segmentByNotes({ text: '于2024129日前完成。', notes: [second, first] })).toEqual([
      { text: '于' },
      { text: '2024129日', note: first },
      { text: '前完成。' },
    ]);
  });
});
