import { describe, expect, it } from 'vitest';
import { merge, type StoredDocument } from './merge';
import type { ImportedDocument } from './types';

const note = (quote: string) => ({ quote, note: { zh: '原文如此。', en: 'As printed.' } });

// As an editor left it: sections renamed, notes added.
const stored: StoredDocument = {
  introduction: { id: 'intro', blocks: [{ kind: 'paragraph', id: 'intro-1', text: '为做好检查，通知如下：' }] },
  parts: [
    {
      heading: '一、检查内容',
      sections: [
        {
          id: 'equipment',
          heading: '（一）设备',
          blocks: [{ kind: 'paragraph', id: 'equipment-1', text: '检查拖拉机2024129台。', notes: [note('2024129台')] }],
        },
        {
          id: 'people',
          heading: '（二）人员',
          blocks: [
            { kind: 'paragraph', id: 'people-1', text: '一是培训；二是持证。', notes: [note('一是培训'), note('二是持证')] },
            { kind: 'paragraph', id: 'people-2', text: '三是考核。', notes: [note('考核')] },
          ],
        },
      ],
    },
    { heading: '二、工作要求', sections: [{ id: 'requirements', blocks: [{ kind: 'paragraph', id: 'requirements-1', text: '按时报送。' }] }] },
  ],
  closingDate: { text: '2025228', notes: [note('2025228')] },
};

// The same document imported afresh: （二） reworded, 二、 reworded under a renamed part, a new （三）.
const fresh: ImportedDocument = {
  title: ['某县人民政府关于开展检查的通知'],
  issuer: '某县人民政府',
  published: '2024-03-05',
  introduction: { id: 'introduction', blocks: [{ kind: 'paragraph', id: 'introduction-1', text: '为做好检查，通知如下：' }] },
  parts: [
    {
      id: 'part-1',
      heading: '一、检查内容',
      sections: [
        { id: '1-1', heading: '（一）设备', blocks: [{ kind: 'paragraph', id: '1-1-1', text: '检查拖拉机2024129台。' }] },
        { id: '1-2', heading: '（二）人员', blocks: [{ kind: 'paragraph', id: '1-2-1', text: '一是培训；二是考试。' }] },
        { id: '1-3', heading: '（三）场地', blocks: [{ kind: 'paragraph', id: '1-3-1', text: '检查机库。' }] },
      ],
    },
    { id: 'part-2', heading: '二、有关要求', sections: [{ id: '2', blocks: [{ kind: 'paragraph', id: '2-1', text: '按时报送材料。' }] }] },
  ],
  attachments: [],
  closing: { date: { text: '2025228' } },
};

// merge runs inside each test, not in the describe block, so that a mutant of merge.ts is active while it runs.
const mergeExample = () => {
  const { document, changes } = merge(stored, fresh);
  const [intro, equipment, people, site] = [document.introduction!, ...document.parts[0].sections];
  return { document, changes, intro, equipment, people, site };
};

describe('merge', () => {
  it('keeps an unchanged section exactly: its id, its paragraph ids and its notes', () => {
    const { changes, intro, equipment } = mergeExample();
    expect(intro).toEqual(stored.introduction);
    expect(equipment).toEqual({
      id: 'equipment',
      heading: '（一）设备',
      blocks: [{ kind: 'paragraph', id: 'equipment-1', text: '检查拖拉机2024129台。', notes: [note('2024129台')] }],
    });
    expect(changes.unchanged).toEqual(['intro', 'equipment']);
  });

  it('keeps a changed section’s id, takes its new text, and keeps the notes whose quote still occurs', () => {
    const { document, changes, people } = mergeExample();
    expect(people).toEqual({
      id: 'people',
      heading: '（二）人员',
      blocks: [{ kind: 'paragraph', id: 'people-1', text: '一是培训；二是考试。', notes: [note('一是培训')] }],
    });
    expect(document.parts[1].sections).toEqual([{ id: 'requirements', blocks: [{ kind: 'paragraph', id: 'requirements-1', text: '按时报送材料。' }] }]);
    expect(changes.changed).toEqual(['people', 'requirements']);
    expect(changes.droppedNotes).toEqual([
      { paragraph: 'people-1', quote: '二是持证' },
      { paragraph: 'people-2', quote: '考核' },
    ]);
  });

  it('gives a new section its own id, and keeps the closing date’s note', () => {
    const { document, changes, site } = mergeExample();
    expect(site.id).toBe('1-3');
    expect(changes.added).toEqual(['1-3']);
    expect(changes.removed).toEqual([]);
    expect(document.closing).toEqual({ date: { text: '2025228', notes: [note('2025228')] } });
  });

  it('lists an old section with no counterpart, and never reuses its id', () => {
    const generated: StoredDocument = {
      parts: [{ heading: '一、检查内容', sections: [{ ...stored.parts[0].sections[1], id: '1-1' }] }],
    };
    const inserted: ImportedDocument = {
      ...fresh,
      introduction: undefined,
      parts: [{ ...fresh.parts[0], sections: [fresh.parts[0].sections[0], { ...fresh.parts[0].sections[1], id: '1-2' }] }],
    };
    const { document, changes } = merge(generated, inserted);
    expect(document.parts[0].sections.map((s) => s.id)).toEqual(['1-1-new', '1-1']);
    expect(changes).toMatchObject({ added: ['1-1-new'], changed: ['1-1'], removed: [] });
    expect(merge(generated, { ...fresh, parts: [] }).changes).toMatchObject({
      removed: ['1-1'],
      droppedNotes: [
        { paragraph: 'people-1', quote: '一是培训' },
        { paragraph: 'people-1', quote: '二是持证' },
        { paragraph: 'people-2', quote: '考核' },
      ],
    });
  });
});

describe('merge, for a section holding a table', () => {
  const cell = (text: string, notes?: ReturnType<typeof note>[]) => ({ text, ...(notes && { notes }) });
  const table = (amount: string, notes?: ReturnType<typeof note>[]) => ({
    kind: 'table' as const,
    id: 'standards-2',
    table: { head: [[cell('年龄段'), cell('每月增加金额')]], rows: [[cell('60周岁至64周岁'), cell(amount, notes)]], rowHeaders: true },
  });
  const section = (paragraph: string, amount: string, notes?: ReturnType<typeof note>[]) => ({
    id: 'standards',
    heading: '一、调整标准',
    blocks: [{ kind: 'paragraph' as const, id: 'standards-1', text: paragraph }, table(amount, notes)],
  });
  const storedWith = (s: ReturnType<typeof section>): StoredDocument => ({ parts: [{ heading: '一、调整标准', sections: [s] }] });
  const freshWith = (s: ReturnType<typeof section>): ImportedDocument => ({ ...fresh, introduction: undefined, parts: [{ id: 'part-1', heading: '一、调整标准', sections: [{ ...s, id: '1' }] }] });

  it('keeps the notes of a table the new text holds unchanged, in a section whose paragraph changed', () => {
    const { document, changes } = merge(storedWith(section('标准如下：', '20元', [note('20元')])), freshWith(section('调整标准如下：', '20元')));
    expect(changes.changed).toEqual(['standards']);
    expect(document.parts[0].sections[0].blocks[1]).toEqual(table('20元', [note('20元')]));
    expect(changes.droppedNotes).toEqual([]);
  });

  it('drops, and lists, the notes of a table whose words changed', () => {
    const { document, changes } = merge(storedWith(section('标准如下：', '20元', [note('20元')])), freshWith(section('标准如下：', '25元')));
    expect(document.parts[0].sections[0].blocks[1]).toEqual(table('25元'));
    expect(changes.droppedNotes).toEqual([{ paragraph: 'standards-2 table', quote: '20元' }]);
  });
});
