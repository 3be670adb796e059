import { describe, expect, it } from 'vitest';
import { documentFileSchema, localizedTextSchema, sectionFileSchema, slug, tableSchema } from './schema';

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
});
