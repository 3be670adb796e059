import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { noticePage } from '@/e2e/fixtures/import/notice-page';
import { ImportError } from '../import-error';
import { readHtml } from './html';

// What readHtml makes of a whole page, each page read inside its test (html.test.ts reads the notice page once).
const page = (head: string, body: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
const textsOf = (blocks: ReturnType<typeof readHtml>['blocks']) => blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind));
const TEXT = '各区民政局：现就发放2025年度高龄津贴有关事项通知如下。';
const LONG = '为进一步做好城乡居民医疗保险参保缴费工作，方便群众办理，现将2026年度参保缴费有关事项公告如下，请各位参保人按时缴费，逾期不予补缴。';
const OUTSIDE = 'outside the article';

describe('readHtml: the notice page’s heading, facts and left-out table', () => {
  it('makes the page heading the first block and the title, and reads the date from the info bar, not the table', () => {
    const read = readHtml(noticePage());
    expect(read.blocks[0]).toEqual({ kind: 'paragraph', text: '关于发放2025年度高龄津贴的通知', heading: 1, at: { n: 5 } });
    expect(read.facts.title).toEqual({ value: '关于发放2025年度高龄津贴的通知', from: 'the page heading <div.title>' });
    expect(read.facts.published).toEqual({ value: '2025-09-12 09:30', from: 'the info bar' });
    expect(read.facts.site).toEqual({ value: '某市人民政府办公室', from: 'the footer (主办单位)' });
    expect(Object.keys(read.facts)).not.toContain('分类');
    expect(read.unsure).toEqual([]);
  });

  it('lists the 政府信息公开 table as one line of its non-empty cells', () => {
    expect(readHtml(noticePage()).left[3]).toEqual({
      text: '索 引 号： 113300000000000000/2025-00018 分　　类： 发布机构： 某市民政局 成文日期： 2025年9月10日 文　　号： 某民发〔2025〕18号 有 效 性： 有效',
      at: { n: 4 },
      why: 'the 政府信息公开 table, read as facts',
    });
  });
});

describe('readHtml: what it leaves out, and what it states', () => {
  it('lists a list and a table outside the article as lines: numbered items with their numbers, cells by spaces', () => {
    const body = `<ol><li>首页</li><li>政务公开</li></ol><ul><li>网站地图</li><li>联系我们</li></ul>
      <div class="content"><p>${TEXT}</p></div><table><tr><td>主办</td><td>某市</td></tr><tr><td></td><td>备案号</td></tr></table>`;
    expect(readHtml(page('', body)).left).toEqual([
      { text: '1. 首页 2. 政务公开', at: { n: 1 }, why: OUTSIDE },
      { text: '网站地图 联系我们', at: { n: 2 }, why: OUTSIDE },
      { text: '主办 某市 备案号', at: { n: 4 }, why: OUTSIDE },
    ]);
  });

  it('states no title where the page has none', () => {
    expect(readHtml(page('', `<div class="content"><p>${TEXT}</p></div>`)).facts).toStrictEqual({});
  });

  it('names a heading without a class by its tag', () => {
    const read = readHtml(page('<title>某市民政局</title>', `<h1>关于发放高龄津贴的通知</h1><div class="content"><p>${TEXT}</p></div>`));
    expect(read.facts.title).toEqual({ value: '关于发放高龄津贴的通知', from: 'the page heading <h1>' });
  });

  it('reads an article that a layout table holds: its container is marked, so the table is not data', () => {
    const body = `<table><tr><td><div class="content"><p>${TEXT}</p><p>特此通知。</p></div></td><td>热点新闻</td></tr></table>`;
    const read = readHtml(page('', body));
    expect(textsOf(read.blocks)).toEqual([TEXT, '特此通知。']);
    expect(read.left).toEqual([{ text: '热点新闻', at: { n: 3 }, why: OUTSIDE }]);
  });
});

describe('readHtml: the info bar', () => {
  it('takes a fact from the nearest line above the article before a footer that also states it', () => {
    const body = `<div id="zoom"><p>来源：某市老龄办</p><p>${TEXT}</p></div><div class="footer">转载 来源：某市政府网</div>`;
    expect(readHtml(page('', body)).facts.source).toEqual({ value: '某市老龄办', from: 'the info bar' });
  });

  it('looks for it only in the article’s first three lines', () => {
    const third = `<div id="zoom"><p>${TEXT}</p><p>一、补贴对象</p><p>来源：某市老龄办</p></div>`;
    expect(readHtml(page('', third)).facts.source).toEqual({ value: '某市老龄办', from: 'the info bar' });
    const fourth = `<div id="zoom"><p>${TEXT}</p><p>一、补贴对象</p><p>二、补贴标准</p><p>来源：某市老龄办</p></div>`;
    expect(readHtml(page('', fourth)).facts).toStrictEqual({});
  });
});

describe('readHtml: pages without a CMS container', () => {
  it('keeps what Readability joins to the article, and the heading inside it', () => {
    const sibling = `${LONG}。这是另一段较长的文字，没有链接。`;
    const body = `<div id="wrap"><div id="main"><div class="post"><h2>关于缴费的公告</h2>${`<p>${LONG}</p>`.repeat(4)}</div><p>${sibling}</p></div></div>`;
    const read = readHtml(page('<title>某县医保局</title><meta name="ArticleTitle" content="关于缴费的公告">', body));
    expect(textsOf(read.blocks)).toEqual(['关于缴费的公告', LONG, LONG, LONG, LONG, sibling]);
    // The h2 that states the title is the document's heading.
    expect(read.blocks[0]).toMatchObject({ heading: 1 });
    expect(read.left).toEqual([]);
  });

  it('keeps every line where nothing looks like an article, and says so', () => {
    expect(readHtml(page('', '只有一行字')).unsure).toEqual([
      { text: '只有一行字', at: { n: 1 }, why: 'no article found on the page: every line of it is kept' },
    ]);
  });

  it('has nothing to be unsure of where the article has no line', () => {
    const read = readHtml(page('', '<a href="/">首页</a>'));
    expect(read).toMatchObject({ blocks: [], left: [{ text: '首页', at: { n: 1 }, why: OUTSIDE }], unsure: [] });
  });
});

describe('readHtml: encodings', () => {
  const formatOf = (bytes: Uint8Array, charset?: string) => readHtml(bytes, { charset }).format;

  it('calls a declared gb18030 page GB18030, and a gbk one GBK', () => {
    const html = '<html><head><meta charset="gb18030"></head><body><p>某县民政局通知</p></body></html>';
    expect(formatOf(iconv.encode(html, 'gb18030'))).toBe('web page (GB18030)');
    expect(formatOf(iconv.encode(html.replace('gb18030', 'gbk'), 'gbk'))).toBe('web page (GBK)');
  });

  it('reads an ASCII page as the UTF-8 it declares', () => {
    expect(formatOf(Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Notice</p></body></html>'))).toBe('web page (UTF-8)');
  });

  it('reads a page in another encoding it declares, Big5', () => {
    const bytes = iconv.encode('<html><head><meta charset="big5"></head><body><p>某縣民政局通知</p></body></html>', 'big5');
    const read = readHtml(bytes);
    expect(read.format).toBe('web page (Big5)');
    expect(textsOf(read.blocks)).toEqual(['某縣民政局通知']);
  });

  it('reads a UTF-16 page by its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body><p>某县民政局通知</p></body></html>', 'utf16le')]);
    const read = readHtml(bytes);
    expect(read.format).toBe('web page (UTF-16LE)');
    expect(textsOf(read.blocks)).toEqual(['某县民政局通知']);
  });

  it('reads bytes that are neither UTF-8 nor GBK as UTF-8, a bad byte as a replacement character', () => {
    const read = readHtml(Buffer.concat([Buffer.from('<html><body><p>Notice'), Buffer.from([0xff]), Buffer.from('</p></body></html>')]));
    expect(read.format).toBe('web page (UTF-8)');
    expect(textsOf(read.blocks)).toEqual(['Notice\ufffd']);
  });

  it('refuses an empty file, and an encoding it cannot read, in one line', () => {
    expect(() => readHtml(new Uint8Array())).toThrow(new ImportError('the file is empty'));
    expect(() => readHtml(Buffer.from('<html><body><p>x</p></body></html>'), { charset: 'x-user-defined' })).toThrow(
      new ImportError('the page is in an encoding this importer cannot read (x-user-defined)'),
    );
  });
});
