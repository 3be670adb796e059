import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { noticePage } from '@/e2e/fixtures/import/notice-page';
import { ImportError } from '../import-error';
import { readHtml } from './html';

const page = (head: string, body: string) => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('readHtml: a TRS page saved in GBK', () => {
  const bytes = noticePage();
  const read = readHtml(bytes);

  it('is GBK, not UTF-8, so that decoding it means something', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(read.format).toBe('web page (GBK)');
  });

  it('gives the title and then every block of the TRS_Editor body, in order, numbered among the page’s blocks', () => {
    expect(read.blocks).toEqual([
      { kind: 'paragraph', text: '关于发放2025年度高龄津贴的通知', heading: 1, at: { n: 5 } },
      { kind: 'paragraph', text: '各区民政局，各有关单位：', at: { n: 7 } },
      {
        kind: 'paragraph',
        text: '为进一步做好高龄老年人关爱工作， 根据《某市老年人优待办法》，现就发放2025年度高龄津贴有关事项通知如下：',
        at: { n: 8 },
      },
      { kind: 'paragraph', text: '一、补贴对象', bold: true, at: { n: 9 } },
      { kind: 'paragraph', text: '具有本市户籍、年满80周岁的老年人。', at: { n: 10 } },
      { kind: 'paragraph', text: '已领取经济困难老年人补贴的，可同时领取高龄津贴。', at: { n: 11 } },
      { kind: 'paragraph', text: '二、补贴标准', bold: true, at: { n: 12 } },
      {
        kind: 'table',
        head: [],
        rows: [
          [{ text: '年龄段' }, { text: '每月标准' }, { text: '发放方式' }],
          [{ text: '80周岁至89周岁' }, { text: '100元' }, { text: '按月发放至本人社会保障卡', rowspan: 2 }],
          [{ text: '90周岁至99周岁' }, { text: '200元' }],
          [{ text: '100周岁及以上' }, { text: '500元' }, { text: '按月发放，另发一次性慰问金' }],
        ],
        at: { n: 13 },
      },
      { kind: 'paragraph', text: '三、办理程序', bold: true, at: { n: 14 } },
      { kind: 'paragraph', text: '（一）本人或家属持户口簿、身份证向户籍所在地社区提出申请。', at: { n: 15 } },
      { kind: 'paragraph', text: '（二）街道（镇）审核后，于每月10日前报区民政局审批。', at: { n: 16 } },
      {
        kind: 'paragraph',
        text: '四、工作要求。各区要做好政策宣传，确保符合条件的老年人应发尽发。',
        lead: '四、工作要求。',
        at: { n: 17 },
      },
      { kind: 'paragraph', text: '某市民政局', align: 'right', at: { n: 18 } },
      { kind: 'paragraph', text: '2025年9月12日', align: 'right', at: { n: 19 } },
    ]);
    expect(read).toMatchObject({ unit: 'element', count: 25, unsure: [] });
  });

  it('reads the facts from the page heading, the info bar, the footer and the 政府信息公开 table', () => {
    const table = 'the 政府信息公开 table';
    expect(read.facts).toEqual({
      title: { value: '关于发放2025年度高龄津贴的通知', from: 'the page heading <div.title>' },
      published: { value: '2025-09-12 09:30', from: 'the info bar' },
      source: { value: '某市民政局', from: 'the info bar' },
      site: { value: '某市人民政府办公室', from: 'the footer (主办单位)' },
      索引号: { value: '113300000000000000/2025-00018', from: table },
      发布机构: { value: '某市民政局', from: table },
      成文日期: { value: '2025年9月10日', from: table },
      文号: { value: '某民发〔2025〕18号', from: table },
      有效性: { value: '有效', from: table },
    });
  });

  it('lists the page around the article as left out, the info table among it', () => {
    const outside = 'outside the article';
    expect(read.left).toEqual([
      { text: '某市人民政府', at: { n: 1 }, why: outside },
      { text: '首页 政务公开 政务服务 互动交流', at: { n: 2 }, why: outside },
      { text: '您当前的位置：首页 > 政务公开 > 通知公告', at: { n: 3 }, why: outside },
      {
        text: '索 引 号： 113300000000000000/2025-00018 分　　类： 发布机构： 某市民政局 成文日期： 2025年9月10日 文　　号： 某民发〔2025〕18号 有 效 性： 有效',
        at: { n: 4 },
        why: 'the 政府信息公开 table, read as facts',
      },
      { text: '发布时间：2025-09-12 09:30　来源：某市民政局　浏览次数：1234　字号：[大 中 小]　打印　关闭', at: { n: 6 }, why: outside },
      { text: '上一篇：关于公布2025年第二批养老服务机构名单的公告', at: { n: 20 }, why: outside },
      { text: '下一篇：关于开展敬老月活动的通知', at: { n: 21 }, why: outside },
      { text: '相关链接', at: { n: 22 }, why: outside },
      { text: '某市人民政府 某市民政局', at: { n: 23 }, why: outside },
      { text: '主办单位：某市人民政府办公室　承办单位：某市大数据发展中心', at: { n: 24 }, why: outside },
      { text: '网站标识码：0000000000　某ICP备00000000号　某公网安备00000000000000号', at: { n: 25 }, why: outside },
    ]);
  });

  it('never takes the text of a script or a style', () => {
    const everything = JSON.stringify(read);
    for (const code of ['脚本里的标题', '导航样式', '显示页面的脚本', '编辑器自带的样式', '访问统计', 'visibility', 'line-height']) {
      expect(everything).not.toContain(code);
    }
  });
});

describe('readHtml never runs a page’s code', () => {
  it('a script that would write a paragraph, an event handler and a style that would hide one change nothing', () => {
    const body = `<article><h1>关于做好冬季供暖的通知</h1><p>各乡镇：现通知如下。</p>
      <script>document.querySelector('article').insertAdjacentHTML('beforeend', '<p>脚本写入的段落</p>')</script>
      <img src="x" onerror="document.body.insertAdjacentHTML('beforeend', '<p>事件写入的段落</p>')">
      <style>p.hidden { display: none }</style><p class="hidden">请于11月15日前完成检修。</p></article>`;
    const read = readHtml(page('<meta charset="utf-8">', body));
    const everything = JSON.stringify(read);
    expect(everything).not.toContain('写入的段落');
    expect(everything).not.toContain('display');
    // A stylesheet is not applied either: the hidden paragraph is text as published.
    expect(read.blocks.map((block) => block.kind === 'paragraph' && block.text)).toContain('请于11月15日前完成检修。');
  });
});

describe('readHtml: facts and encodings', () => {
  it('prefers the census metas for title, site, date and source', () => {
    const head = `<meta charset="utf-8"><title>通知 - 某县政府网</title><meta name="ArticleTitle" content="关于做好冬季供暖的通知">
      <meta name="SiteName" content="某县人民政府"><meta name="PubDate" content="2025-11-01 08:00"><meta name="ContentSource" content="某县住建局">`;
    const body = '<div class="info">发布时间：2025-10-31　来源：某县政府办</div><div class="article-content"><p>各乡镇：为做好今冬供暖工作，现通知如下。</p></div>';
    expect(readHtml(page(head, body))).toMatchObject({
      format: 'web page (UTF-8)',
      blocks: [{ kind: 'paragraph', text: '各乡镇：为做好今冬供暖工作，现通知如下。', at: { n: 2 } }],
      facts: {
        title: { value: '关于做好冬季供暖的通知', from: '<meta name="ArticleTitle">' },
        site: { value: '某县人民政府', from: '<meta name="SiteName">' },
        published: { value: '2025-11-01 08:00', from: '<meta name="PubDate">' },
        source: { value: '某县住建局', from: '<meta name="ContentSource">' },
      },
    });
  });

  it('falls back to the <title> without the site name, and keeps an info bar that stands inside the container', () => {
    const head = '<title>关于开展敬老月活动的通知_某市人民政府</title>';
    const body = `<div id="zoom"><p>发布时间：2025-10-01　来源：某市老龄办</p><p>各区：现就开展敬老月活动通知如下。</p>
      <p>上一篇：关于公布名单的公告</p></div>`;
    const read = readHtml(page(head, body));
    expect(read.blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '发布时间：2025-10-01\u3000来源：某市老龄办',
      '各区：现就开展敬老月活动通知如下。',
      '上一篇：关于公布名单的公告',
    ]);
    expect(read.facts).toEqual({
      title: { value: '关于开展敬老月活动的通知', from: '<title>' },
      published: { value: '2025-10-01', from: 'the info bar' },
      source: { value: '某市老龄办', from: 'the info bar' },
    });
  });

  it('keeps the 政府信息公开 table out of the blocks even inside the content container', () => {
    const table = '<table><tr><td>索引号：</td><td>001/2025-1</td></tr><tr><td>发布机构：</td><td>某局</td><td>文号：</td><td>某发〔2025〕1号</td></tr></table>';
    const read = readHtml(page('<title>通知</title>', `<div class="pages_content">${table}<p>各单位：现将有关事项通知如下。</p></div>`));
    expect(read.blocks).toEqual([{ kind: 'paragraph', text: '各单位：现将有关事项通知如下。', at: { n: 2 } }]);
    expect(read.facts.文号).toEqual({ value: '某发〔2025〕1号', from: 'the 政府信息公开 table' });
  });

  it('takes the HTTP header’s charset over the page’s meta', () => {
    const bytes = iconv.encode('<html><head><meta charset="utf-8"></head><body><div class="content"><p>某县民政局关于发放高龄津贴的通知正文。</p></div></body></html>', 'gbk');
    expect(readHtml(bytes, { charset: 'gb2312' })).toMatchObject({
      format: 'web page (GBK)',
      blocks: [{ text: '某县民政局关于发放高龄津贴的通知正文。' }],
    });
  });

  it('reads undeclared bytes that are not UTF-8 as GBK', () => {
    const bytes = iconv.encode('<html><body><div class="content"><p>某县民政局关于发放高龄津贴的通知正文。</p></div></body></html>', 'gbk');
    expect(readHtml(bytes)).toMatchObject({ format: 'web page (GBK)', blocks: [{ text: '某县民政局关于发放高龄津贴的通知正文。' }] });
  });
});

describe('readHtml: a page without a CMS container', () => {
  it('lets Readability find the article, keeps everything inside the elements it chose, and says so', () => {
    const paragraphs = [
      '为进一步做好城乡居民医疗保险参保缴费工作，方便群众办理，现将2026年度参保缴费有关事项公告如下。',
      '城乡居民医疗保险个人缴费标准为每人每年380元，缴费期为2025年9月1日至12月31日。',
      '参保人可通过社会保障卡、手机银行或到社区服务站现场缴费，特困人员等由财政全额资助。',
    ];
    const body = `<div id="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gk/">公开</a></div>
      <div id="main"><div class="post"><h1>关于2026年度城乡居民医保缴费的公告</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}
      <div class="share">分享到：微信</div></div></div><div id="copyright">版权所有：某县医疗保障局</div>`;
    const read = readHtml(page('<title>关于2026年度城乡居民医保缴费的公告 - 某县医保局</title>', body));
    expect(read.blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '关于2026年度城乡居民医保缴费的公告',
      ...paragraphs,
      '分享到：微信',
    ]);
    expect(read.left.map(({ text }) => text)).toEqual(['首页 | 新闻 | 公开', '版权所有：某县医疗保障局']);
    expect(read.unsure).toEqual([
      {
        text: '关于2026年度城乡居民医保缴费的公告',
        at: { n: 2 },
        why: 'the page has no known content container; Readability chose the article: check where it starts and ends',
      },
    ]);
  });
});

describe('readHtml refuses what is not a web page, in one line', () => {
  const refusal = (bytes: Uint8Array) => {
    try {
      readHtml(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).not.toContain('\n');
      return (error as Error).message;
    }
    throw new Error('the bytes were read as a web page');
  };

  it('PNG bytes saved as .html', () => {
    expect(refusal(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('the file is not a web page: it is a PNG image');
  });

  it('a PDF', () => {
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('the file is not a web page: it is a PDF document');
  });

  it('binary data', () => {
    expect(refusal(Buffer.from('3a00f1b2009c4e00d7ff1200a5', 'hex'))).toBe('the file is not a web page: it holds binary data (NUL bytes)');
  });

  it('plain text', () => {
    expect(refusal(Buffer.from('关于发放高龄津贴的通知\n各区民政局：……'))).toBe('the file is not a web page');
  });

  it('a page with no text, filled in by its scripts', () => {
    expect(refusal(page('<script src="app.js"></script>', '<div id="app"></div>'))).toBe(
      'the web page has no text (a page its scripts fill in?)',
    );
  });
});
