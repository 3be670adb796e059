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

describe('merge, matching sections and carrying notes', () => {
  type Paragraph = { kind: 'paragraph'; id: string; text: string; notes?: ReturnType<typeof note>[] };
  const p = (id: string, text: string, ...quotes: string[]): Paragraph => ({ kind: 'paragraph', id, text, ...(quotes.length && { notes: quotes.map(note) }) });
  const doc = (parts: ImportedDocument['parts'], more: Partial<ImportedDocument> = {}): ImportedDocument => ({ title: ['某县人民政府关于开展检查的通知'], parts, attachments: [], ...more });
  const idsOf = (document: ImportedDocument) => document.parts.flatMap((part) => part.sections.map((s) => s.id));

  it('matches a section left over by heading to the old one at the same place, not to any old one left', () => {
    const old: StoredDocument = {
      parts: [{ heading: '一、要求', sections: [{ id: 'a', heading: '（一）甲', blocks: [p('a-1', '甲。')] }, { id: 'b', heading: '（二）乙', blocks: [p('b-1', '乙。')] }] }],
    };
    const { document, changes } = merge(
      old,
      doc([{ id: 'part-1', heading: '一、要求', sections: [{ id: '1-1', heading: '（一）丙', blocks: [p('1-1-1', '丙。')] }, { id: '1-2', heading: '（一）甲', blocks: [p('1-2-1', '甲。')] }] }]),
    );
    expect(idsOf(document)).toEqual(['1-1', 'a']);
    expect(changes).toEqual({ unchanged: ['a'], changed: [], added: ['1-1'], removed: ['b'], droppedNotes: [] });
  });

  it('matches headless sections by place, never to each other by their empty heading', () => {
    const old: StoredDocument = { parts: [{ sections: [{ id: 'a', blocks: [p('a-1', '甲。', '甲')] }] }] };
    const { document, changes } = merge(
      old,
      doc([{ id: 'part-1', sections: [{ id: '1', heading: '（一）乙', blocks: [p('1-1', '乙。')] }, { id: '2', blocks: [p('2-1', '甲。')] }] }]),
    );
    expect(idsOf(document)).toEqual(['a', '2']);
    expect(changes).toEqual({ unchanged: [], changed: ['a'], added: ['2'], removed: [], droppedNotes: [{ paragraph: 'a-1', quote: '甲' }] });
  });

  it('matches an old introduction to the new one, and keeps it when its text is the same', () => {
    const intro = { id: 'intro', blocks: [p('intro-1', '为做好检查，通知如下：', '检查')] };
    const { document, changes } = merge({ introduction: intro, parts: [] }, doc([], { introduction: { id: 'introduction', blocks: [p('introduction-1', '为做好检查，通知如下：')] } }));
    expect(document.introduction).toEqual(intro);
    expect(changes).toEqual({ unchanged: ['intro'], changed: [], added: [], removed: [], droppedNotes: [] });
  });

  it('sees a section as unchanged whatever order an editor wrote a block’s keys in', () => {
    const block = { text: '按时报送。', notes: [note('报送')], id: 'requirements-1', kind: 'paragraph' as const };
    const old: StoredDocument = { parts: [{ heading: '二、工作要求', sections: [{ id: 'requirements', blocks: [block] }] }] };
    const { changes } = merge(old, doc([{ id: 'part-2', heading: '二、工作要求', sections: [{ id: '2', blocks: [p('2-1', '按时报送。')] }] }]));
    expect(changes.unchanged).toEqual(['requirements']);
  });

  it('sees a section as changed when only its heading changed, or when a block was added at its end', () => {
    const old: StoredDocument = { parts: [{ sections: [{ id: 'a', heading: '（一）甲', blocks: [p('a-1', '甲。')] }] }] };
    const renamed = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '（一）甲乙', blocks: [p('1-1', '甲。')] }] }]));
    expect(renamed.changes).toMatchObject({ unchanged: [], changed: ['a'] });
    expect(renamed.document.parts[0].sections[0]).toStrictEqual({ id: 'a', heading: '（一）甲乙', blocks: [{ kind: 'paragraph', id: 'a-1', text: '甲。' }] });
    const longer = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '（一）甲', blocks: [p('1-1', '甲。'), p('1-2', '乙。')] }] }]));
    expect(longer.changes).toMatchObject({ unchanged: [], changed: ['a'] });
    const shorter = merge(
      { parts: [{ sections: [{ id: 'a', heading: '（一）甲', blocks: [p('a-1', '甲。'), p('a-2', '乙。')] }] }] },
      doc([{ id: 'part-1', sections: [{ id: '1', heading: '（一）甲', blocks: [p('1-1', '甲。')] }] }]),
    );
    expect(shorter.changes).toMatchObject({ unchanged: [], changed: ['a'] });
  });

  it('gives a new section an id no old section or block has, counting up past taken ones', () => {
    const old: StoredDocument = {
      parts: [{ heading: '一、要求', sections: [{ id: '1', heading: '（一）甲', blocks: [p('1-new', '甲。')] }] }],
    };
    const { document, changes } = merge(
      old,
      doc([
        {
          id: 'part-1',
          heading: '一、要求',
          sections: [
            { id: '1', heading: '（一）甲', blocks: [p('1-1', '甲。')] },
            { id: '1', title: '乙', blocks: [p('1-1', '乙。')] },
            { id: '1-1', heading: '（三）丙', blocks: [p('1-1-1', '丙。')] },
          ],
        },
      ]),
    );
    expect(idsOf(document)).toEqual(['1', '1-new2', '1-1']);
    expect(changes.added).toEqual(['1-new2', '1-1']);
    expect(document.parts[0].sections[1]).toStrictEqual({ id: '1-new2', title: '乙', blocks: [{ kind: 'paragraph', id: '1-new2-1', text: '乙。' }] });
    expect(document.parts[0].sections[2]).toStrictEqual({ id: '1-1', heading: '（三）丙', blocks: [{ kind: 'paragraph', id: '1-1-1', text: '丙。' }] });
  });

  it('does not hand a new section the id of an old block', () => {
    const old: StoredDocument = { parts: [{ heading: '一、要求', sections: [{ id: 'a', heading: '（一）甲', blocks: [p('x', '甲。')] }] }] };
    const { document } = merge(old, doc([{ id: 'part-1', heading: '一、要求', sections: [{ id: 'a', heading: '（一）甲', blocks: [p('a-1', '甲。')] }, { id: 'x', heading: '（二）乙', blocks: [p('x-1', '乙。')] }] }]));
    expect(idsOf(document)).toEqual(['a', 'x-new']);
  });

  it('carries a note to the paragraph that moved, and gives a moved table its new id with its notes', () => {
    const table = (id: string, notes?: ReturnType<typeof note>[]) => ({
      kind: 'table' as const,
      id,
      table: { head: [[{ text: '项目' }]], rows: [[{ text: '20元', ...(notes && { notes }) }]] },
    });
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、标准', blocks: [p('s-1', '标准如下：', '标准'), table('s-2', [note('20元')])] }] }] };
    const { document, changes } = merge(
      old,
      doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、标准', blocks: [p('1-1', '新增一段。'), p('1-2', '标准如下：'), table('1-3')] }] }]),
    );
    expect(document.parts[0].sections[0].blocks).toEqual([p('s-1', '新增一段。'), p('s-2', '标准如下：', '标准'), table('s-3', [note('20元')])]);
    expect(changes.droppedNotes).toEqual([]);
  });

  it('gives each of two old paragraphs with the same text its own counterpart', () => {
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、标准', blocks: [p('s-1', '甲。', '甲'), p('s-2', '甲。', '甲')] }] }] };
    const { document, changes } = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、标准', blocks: [p('1-1', '甲。'), p('1-2', '甲乙。'), p('1-3', '丙。')] }] }]));
    expect(document.parts[0].sections[0].blocks).toEqual([p('s-1', '甲。', '甲'), p('s-2', '甲乙。', '甲'), p('s-3', '丙。')]);
    expect(changes.droppedNotes).toEqual([]);
  });

  it('lets an old paragraph without notes claim no paragraph a later one with the same text needs', () => {
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、标准', blocks: [p('s-1', '甲。'), p('s-2', '甲。', '甲')] }] }] };
    const { document } = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、标准', blocks: [p('1-1', '甲。'), p('1-2', '乙。')] }] }]));
    expect(document.parts[0].sections[0].blocks).toEqual([p('s-1', '甲。', '甲'), p('s-2', '乙。')]);
  });

  it('does not take a table at a paragraph’s place as its counterpart, so the table keeps its own notes', () => {
    const list = (id: string, notes?: ReturnType<typeof note>[]) => ({
      kind: 'list' as const,
      id,
      list: { ordered: true, items: [{ marker: '1.', text: '按时报送。', ...(notes && { notes }) }] },
    });
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、要求', blocks: [p('s-1', '甲乙。', '甲'), list('s-2', [note('报送')])] }] }] };
    const { document, changes } = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、要求', blocks: [list('1-1'), p('1-2', '丙。')] }] }]));
    expect(document.parts[0].sections[0].blocks).toEqual([list('s-1', [note('报送')]), p('s-2', '丙。')]);
    expect(changes.droppedNotes).toEqual([{ paragraph: 's-1', quote: '甲' }]);
  });

  it('gives a list’s notes to the new list with its words even when an old list without notes has the same words', () => {
    const list = (id: string, notes?: ReturnType<typeof note>[]) => ({
      kind: 'list' as const,
      id,
      list: { ordered: false, items: [{ text: '按时报送。', ...(notes && { notes }) }] },
    });
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、要求', blocks: [list('s-1'), list('s-2', [note('报送')])] }] }] };
    const { document, changes } = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、要求', blocks: [list('1-1')] }] }]));
    expect(document.parts[0].sections[0].blocks).toEqual([list('s-1', [note('报送')])]);
    expect(changes).toMatchObject({ changed: ['s'], droppedNotes: [] });
  });

  it('lists the notes of a removed list by item, and of a list whose words changed', () => {
    const list = (id: string, second: string, notes?: ReturnType<typeof note>[]) => ({
      kind: 'list' as const,
      id,
      list: { ordered: true, items: [{ text: '报送。' }, { text: second, ...(notes && { notes }) }] },
    });
    const old: StoredDocument = { parts: [{ sections: [{ id: 's', heading: '一、要求', blocks: [list('s-1', '核查。', [note('核查')])] }] }] };
    expect(merge(old, doc([])).changes.droppedNotes).toEqual([{ paragraph: 's-1 item 2', quote: '核查' }]);
    const { document, changes } = merge(old, doc([{ id: 'part-1', sections: [{ id: '1', heading: '一、要求', blocks: [list('1-1', '复核。')] }] }]));
    expect(document.parts[0].sections[0].blocks).toEqual([list('s-1', '复核。')]);
    expect(changes.droppedNotes).toEqual([{ paragraph: 's-1 item 2', quote: '核查' }]);
  });

  it('drops the closing date’s note when the new date no longer holds its quote, and adds no date or closing of its own', () => {
    const old: StoredDocument = { parts: [], closingDate: { text: '2025年2月28日', notes: [note('2月28日'), note('2025年')] } };
    const dated = merge(old, doc([], { closing: { issuer: '某县人民政府', date: { text: '2025年3月1日' } } }));
    expect(dated.document.closing).toStrictEqual({ issuer: '某县人民政府', date: { text: '2025年3月1日', notes: [note('2025年')] } });
    expect(dated.changes.droppedNotes).toEqual([{ paragraph: 'closing.date', quote: '2月28日' }]);
    const undated = merge(old, doc([], { closing: { issuer: '某县人民政府' } }));
    expect(undated.document.closing).toStrictEqual({ issuer: '某县人民政府' });
    expect(undated.changes.droppedNotes).toEqual([
      { paragraph: 'closing.date', quote: '2月28日' },
      { paragraph: 'closing.date', quote: '2025年' },
    ]);
    const none = merge(old, doc([]));
    expect(none.document).toStrictEqual(doc([]));
    expect(merge({ parts: [] }, doc([], { closing: { date: { text: '2025年3月1日' } } })).document.closing).toStrictEqual({ date: { text: '2025年3月1日' } });
  });
});

describe('merge, when a paragraph before an unchanged one was taken out', () => {
  it('keeps the note of the unchanged paragraph, which now stands where the one taken out stood', () => {
    const para = (id: string, text: string, quote?: string) => ({ kind: 'paragraph' as const, id, text, ...(quote && { notes: [note(quote)] }) });
    const old: StoredDocument = {
      parts: [{ sections: [{ id: 's', heading: '一、要求', blocks: [para('s-1', '各单位要在3月底前完成自查。', '3月底'), para('s-2', '检查拖拉机2024129台。', '2024129台'), para('s-3', '按时报送。')] }] }],
    };
    const { document, changes } = merge(old, {
      title: ['某县人民政府关于开展检查的通知'],
      attachments: [],
      parts: [{ id: 'part-1', sections: [{ id: '1', heading: '一、要求', blocks: [para('1-1', '检查拖拉机2024129台。'), para('1-2', '按时报送。')] }] }],
    });
    expect(document.parts[0].sections[0].blocks).toEqual([para('s-1', '检查拖拉机2024129台。', '2024129台'), para('s-2', '按时报送。')]);
    expect(changes.droppedNotes).toEqual([{ paragraph: 's-1', quote: '3月底' }]);
  });

  it('drops the note of the paragraph taken out even where its quote occurs in the unchanged one now at its place', () => {
    const para = (id: string, text: string, quote?: string) => ({ kind: 'paragraph' as const, id, text, ...(quote && { notes: [note(quote)] }) });
    const old: StoredDocument = {
      parts: [{ sections: [{ id: 's', heading: '一、要求', blocks: [para('s-1', '各单位要检查拖拉机。', '拖拉机'), para('s-2', '检查拖拉机2024129台。', '2024129台')] }] }],
    };
    const { document, changes } = merge(old, {
      title: ['某县人民政府关于开展检查的通知'],
      attachments: [],
      parts: [{ id: 'part-1', sections: [{ id: '1', heading: '一、要求', blocks: [para('1-1', '检查拖拉机2024129台。')] }] }],
    });
    expect(document.parts[0].sections[0].blocks).toEqual([para('s-1', '检查拖拉机2024129台。', '2024129台')]);
    expect(changes.droppedNotes).toEqual([{ paragraph: 's-1', quote: '拖拉机' }]);
  });
});
