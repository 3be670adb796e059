import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { documentTitle, findInfoTable, infoTableFacts, lineFacts, metaFacts } from './html-facts';

const documentOf = (head: string, body = '') => new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const tableOf = (rows: string[][]) => {
  const html = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return documentOf('', `<table>${html}</table>`).querySelector('table')!;
};
const TABLE = 'the 政府信息公开 table';

describe('metaFacts', () => {
  it('trims a meta’s content, and passes over an empty one for the next name', () => {
    const document = documentOf('<meta name="ArticleTitle" content="  关于发放高龄津贴的通知 "><meta name="PubDate" content=" "><meta name="firstpublishedtime" content="2025-09-12">');
    expect(metaFacts(document)).toEqual({
      title: { value: '关于发放高龄津贴的通知', from: '<meta name="ArticleTitle">' },
      published: { value: '2025-09-12', from: '<meta name="firstpublishedtime">' },
    });
  });
});

describe('infoTableFacts: the 政府信息公开 table’s labels and values', () => {
  it('reads a label spaced out to line up, without a colon, when it is a known one', () => {
    expect(infoTableFacts(tableOf([['索 引 号', '001/2025-1', '备注', '无']]))).toEqual({ 索引号: { value: '001/2025-1', from: TABLE } });
  });

  it('reads a label and its value in one cell, trimmed, only for a known label', () => {
    const table = tableOf([['文号： 某发〔2025〕1号', '成文日期：2025年1月2日', '联系电话：12345']]);
    expect(infoTableFacts(table)).toEqual({
      文号: { value: '某发〔2025〕1号', from: TABLE },
      成文日期: { value: '2025年1月2日', from: TABLE },
    });
  });

  it('keeps the first of a repeated label, and states nothing for a label with no cell after it', () => {
    const table = tableOf([['文号：', '某发〔2025〕1号'], ['文号：', '某发〔2025〕2号'], ['发布机构：']]);
    expect(infoTableFacts(table)).toEqual({ 文号: { value: '某发〔2025〕1号', from: TABLE } });
  });
});

describe('findInfoTable', () => {
  it('is a table with three of the 政府信息公开 labels, not any table of labelled cells', () => {
    const contacts = documentOf('', '<table><tr><td>联系人：</td><td>张三</td><td>电话：</td><td>12345</td><td>地址：</td><td>某路1号</td></tr></table>');
    expect(findInfoTable(contacts)).toBeUndefined();
    const info = documentOf('', '<table id="info"><tr><td>索引号：</td><td>001</td><td>文号：</td><td>某发1号</td><td>有效性：</td><td>有效</td></tr></table>');
    expect(findInfoTable(info)?.id).toBe('info');
  });
});

describe('lineFacts', () => {
  it('reads the site’s owner from the footer', () => {
    expect(lineFacts(['网站地图', '主办单位：某市人民政府办公室　承办单位：某市大数据中心'])).toEqual({
      site: { value: '某市人民政府办公室', from: 'the footer (主办单位)' },
    });
  });
});

describe('documentTitle: the <title> without the site’s name', () => {
  it('is its longest part, wherever it stands', () => {
    expect(documentTitle(documentOf('<title>  关于发放高龄津贴的通知_某市人民政府 </title>'))).toBe('关于发放高龄津贴的通知');
    expect(documentTitle(documentOf('<title>某市人民政府 | 关于发放2025年度高龄津贴的通知 | 通知公告</title>'))).toBe('关于发放2025年度高龄津贴的通知');
    expect(documentTitle(documentOf('<title>某市 - 民政局 - 关于发放2025年度高龄津贴的通知</title>'))).toBe('关于发放2025年度高龄津贴的通知');
  });

  it('is undefined where the page has no title', () => {
    expect(documentTitle(documentOf(''))).toBeUndefined();
  });
});
