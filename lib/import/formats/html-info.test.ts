import { describe, expect, it } from 'vitest';
import { readHtml } from './html';

// Where a page's facts come from: the 政府信息公开 table and the info bar, which may state the same kind of thing.
const page = (body: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
const TABLE = 'the 政府信息公开 table';
const ARTICLE = '<div class="content"><p>各区民政局：现就发放2025年度高龄津贴有关事项通知如下。</p></div>';

describe('readHtml: the 政府信息公开 table and the info bar', () => {
  it('dates the page by the info bar, never by a 发布日期 in the table above it, and keeps any label whose value has its own cell', () => {
    const table = `<table><tr><td>索引号：</td><td>001/2025-1</td><td>发布日期：</td><td>2025-09-10</td></tr>
      <tr><td>文号：</td><td>某民发〔2025〕18号</td><td>联系电话：</td><td>12345</td></tr></table>`;
    const read = readHtml(page(`${table}<div class="info">发布时间：2025-09-12</div>${ARTICLE}`));
    expect(read.facts).toEqual({
      索引号: { value: '001/2025-1', from: TABLE },
      发布日期: { value: '2025-09-10', from: TABLE },
      文号: { value: '某民发〔2025〕18号', from: TABLE },
      联系电话: { value: '12345', from: TABLE },
      published: { value: '2025-09-12', from: 'the info bar' },
    });
  });
});
