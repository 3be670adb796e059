import { describe, expect, it } from 'vitest';
import { DATE_LINE, findDate, hanziNumber } from './dates';

describe('findDate', () => {
  it.each([
    ['2025-02-28 10:00', { iso: '2025-02-28', time: '10:00' }],
    ['2024年3月5日', { iso: '2024-03-05', time: undefined }],
    ['2024/3/5 9:07:33', { iso: '2024-03-05', time: '09:07' }],
    ['二〇二五年十二月一日', { iso: '2025-12-01', time: undefined }],
    ['二○二四年二月二十九日', { iso: '2024-02-29', time: undefined }],
    ['2025-02-28 23:59', { iso: '2025-02-28', time: '23:59' }],
    ['2025-02-28 24:30', { iso: '2025-02-28', time: undefined }],
  ])('reads 「%s」', (text, expected) => {
    expect(findDate(text)).toEqual(expected);
  });

  it.each(['2025228', '2025年2月30日', '2025年13月1日', '2025年2月'])('finds no whole date in 「%s」', (text) => {
    expect(findDate(text).iso).toBeUndefined();
  });
});

describe('DATE_LINE', () => {
  it.each(['2025年2月28日', '（2025年2月28日）', '二〇二五年十二月一日', '2025-02-28', '2025228'])('takes 「%s」', (line) => {
    expect(DATE_LINE.test(line)).toBe(true);
  });

  it.each(['2025年2月28日召开会议。', '12345', '1.2025年工作安排'])('leaves 「%s」', (line) => {
    expect(DATE_LINE.test(line)).toBe(false);
  });
});

describe('hanziNumber', () => {
  it.each([['一', 1], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['三十一', 31], ['四十二', 42], ['一百', 100], ['一百零五', 105], ['一百二十', 120]] as const)('%s = %i', (text, n) => {
    expect(hanziNumber(text)).toBe(n);
  });
});
