import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { blockSchema, documentFileSchema, localizedTextSchema, sectionFileSchema, slug, summaryFileSchema, tableSchema } from './schema';

// What the content schema lets through decides what a reader is shown; each case is written as an editor might.
describe('the content schema', () => {
  it('takes as an id only lowercase letters and digits joined by hyphens, the whole of it', () => {
    expect(slug.safeParse('fire-notice-2').success).toBe(true);
    for (const id of ['fire notice', 'fire-Notice', 'fire-notice-', '消防通知']) expect(slug.safeParse(id).success, id).toBe(false);
  });

  it('refuses a text of spaces, which would show as an empty line', () => {
    expect(localizedTextSchema.safeParse({ zh: '   ', en: 'Notice' }).success).toBe(false);
  });

  it('trims the spaces around a cell, written as text or as an object', () => {
    expect(tableSchema.parse({ rows: [[' 20元 ', { text: ' 25元 ' }]] }).rows).toEqual([[{ text: '20元' }, { text: '25元' }]]);
  });

  it('takes a publication time as HH:MM only', () => {
    const document = (publishedTime: string) => documentFileSchema.safeParse({ title: ['通知'], publishedTime }).success;
    expect(document('09:30')).toBe(true);
    expect(document('109:30')).toBe(false);
    expect(document('09:305')).toBe(false);
  });

  it('reads an older section file’s `paragraphs` as blocks, but refuses a file with both', () => {
    const paragraphs = [{ id: 'standards-1', text: '调整标准如下。' }];
    expect(sectionFileSchema.parse({ id: 'standards', paragraphs }).blocks).toEqual([{ kind: 'paragraph', ...paragraphs[0] }]);
    const both = { id: 'standards', blocks: [{ id: 'standards-2', text: '另一段。' }], paragraphs };
    expect(sectionFileSchema.safeParse(both).success).toBe(false);
  });

  it('takes a document of an introduction alone, with no parts', () => {
    expect(documentFileSchema.parse({ title: ['通知'], introduction: 'notice' }).parts).toEqual([]);
  });

  it('takes a 关键数字 card’s value as the number alone, as printed, never with words or a unit around it', () => {
    const card = (value: string) => {
      const plain = { headline: '标题。', points: ['一。', '二。', '三。'], numbers: [{ value, unit: '元', meaning: '每月加的钱' }] };
      return summaryFileSchema.safeParse({ section: 'standards', zh: plain, en: { ...plain, numbers: [] } }).success;
    };
    expect(['686', '28.05%', '20'].map(card)).toEqual([true, true, true]);
    expect(['约686', '686元', '20-25'].map(card)).toEqual([false, false, false]);
  });

  it('refuses, as a mistake and not a crash, a block or a section file that is not a mapping', () => {
    for (const block of ['一段文字', ['一段', '文字'], null]) {
      expect(blockSchema.safeParse(block).success, JSON.stringify(block)).toBe(false);
    }
    for (const file of [null, '一段文字', ['一段文字']]) {
      expect(sectionFileSchema.safeParse(file).success, JSON.stringify(file)).toBe(false);
    }
  });

  // An editor sees these words after the file and the field (lib/content/read-yaml.ts): each is written out by hand.
  const plain = { headline: '标题。', points: ['一。', '二。', '三。'], numbers: [] };
  const summary = (zh: object) => ({ section: 'standards', zh: { ...plain, ...zh }, en: plain });
  const keyNumber = { value: '686', unit: '元', meaning: '每月加的钱' };
  it.each([
    ['an id with a capital', slug, 'Fire-notice', 'must be lowercase letters and digits joined by hyphens'],
    ['a text of spaces', localizedTextSchema, { zh: ' ', en: 'Notice' }, 'must not be empty'],
    ['a span of one', blockSchema, { id: 't-1', table: { rows: [[{ text: '20元', colspan: 1 }]] } }, 'must be 2 or more (leave it out for one)'],
    ['a row without cells', tableSchema, { rows: [[]] }, 'a row needs at least one cell'],
    ['a table without rows', tableSchema, { rows: [] }, 'a table needs at least one row'],
    ['a section without blocks', sectionFileSchema, { id: 'standards', blocks: [] }, 'a section needs at least one block'],
    ['a time with seconds', documentFileSchema, { title: ['通知'], publishedTime: '09:30:00' }, 'must be a time written HH:MM'],
    ['a key number with words', summaryFileSchema, summary({ numbers: [{ ...keyNumber, value: '约686' }] }), 'must be a number as printed, e.g. "686" or "28.05%"'],
    ['two points', summaryFileSchema, summary({ points: ['一。', '二。'] }), 'needs 3 to 6 points'],
    ['seven points', summaryFileSchema, summary({ points: ['一。', '二。', '三。', '四。', '五。', '六。', '七。'] }), 'needs 3 to 6 points'],
    ['four key numbers', summaryFileSchema, summary({ numbers: [keyNumber, keyNumber, keyNumber, keyNumber] }), 'at most 3 key numbers'],
  ])('tells an editor what is wrong with %s', (_, schema: z.ZodType, value, message) => {
    expect(schema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
