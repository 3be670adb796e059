import type { Fact } from '../source';
import { readableText } from './html-markup';

export type Facts = Record<string, Fact>;

// The <meta> tags government CMSs write for the national site census (政府网站信息内容规范), by fact.
const METAS: [fact: string, names: string[]][] = [
  ['title', ['ArticleTitle']],
  ['site', ['SiteName']],
  ['published', ['PubDate', 'firstpublishedtime']],
  ['source', ['ContentSource']],
];

export function metaFacts(document: Document): Facts {
  const facts: Facts = {};
  const metas = [...document.querySelectorAll('meta[name][content]')];
  for (const [fact, names] of METAS) {
    for (const name of names) {
      const meta = metas.find((element) => element.getAttribute('name')?.toLowerCase() === name.toLowerCase());
      const value = meta?.getAttribute('content')?.trim();
      if (value) {
        facts[fact] = { value, from: `<meta name="${name}">` };
        break;
      }
    }
  }
  return facts;
}

// Labels of the 政府信息公开 table; three of them make a table the metadata table rather than the document's own.
const INFO_LABELS = new Set([
  '索引号', '分类', '主题分类', '体裁分类', '组配分类', '服务对象', '发布机构', '发文机关', '发文单位', '公开方式', '成文日期',
  '发文日期', '发布日期', '公开日期', '生效日期', '废止日期', '文号', '发文字号', '主题词', '关键词', '有效性', '时效',
  '名称', '标题', '信息名称', '内容概述',
]);
const LEAST_INFO_LABELS = 3;
const LABEL_NAME = /^\p{Script=Han}{2,8}$/u;
const COLON = /[:：]/;
const INFO_TABLE_FROM = 'the 政府信息公开 table';

/** The 政府信息公开 metadata table (索引号, 发布机构, 成文日期, 文号 …), wherever on the page it stands. */
export function findInfoTable(document: Document): HTMLTableElement | undefined {
  return [...document.querySelectorAll('table')].find((table) => {
    const labels = Object.keys(infoTableFacts(table));
    return labels.filter((label) => INFO_LABELS.has(label)).length >= LEAST_INFO_LABELS;
  });
}

/**
 * Each label cell (「发布机构：」, or 「索 引 号」 spaced out to line up) with the cell after it; a label whose value
 * cell is empty states nothing. A cell can also hold both, 「文号：某民发〔2025〕18号」.
 */
export function infoTableFacts(table: HTMLTableElement): Facts {
  const facts: Facts = {};
  const state = (label: string, value: string) => {
    if (value && !facts[label]) facts[label] = { value, from: INFO_TABLE_FROM };
  };
  for (const row of table.rows) {
    const texts = [...row.cells].map((cell) => readableText(cell));
    texts.forEach((text, i) => {
      const colon = text.search(COLON);
      const label = (colon < 0 ? text : text.slice(0, colon)).replace(/\s/g, '');
      const value = colon < 0 ? '' : text.slice(colon + 1).trim();
      // Without a colon, only a known label is one: the cell after a label is its value, whatever it says.
      if (!LABEL_NAME.test(label) || (colon < 0 && !INFO_LABELS.has(label))) return;
      if (!value) state(label, texts[i + 1] ?? '');
      else if (INFO_LABELS.has(label)) state(label, value);
    });
  }
  return facts;
}

// Each label opens the line or follows a gap, so that 「会议时间：」 or 「资金来源：」 in a sentence is not taken for it.
const PUBLISHED =
  /(?:^|\s)(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/;
const SOURCE = /(?:^|\s)(?:信息)?来源\s*[:：]\s*([^\s|｜]+)/;
const SITE_OWNER = /主办(?:单位)?\s*[:：]\s*([^\s|｜,，]+)/;

/** What the info bar (发布时间, 来源) and the footer (主办单位) say, from the page's lines around the article. */
export function lineFacts(lines: string[]): Facts {
  const facts: Facts = {};
  const find = (fact: string, pattern: RegExp, from: string) => {
    for (const line of lines) {
      const value = pattern.exec(line)?.[1];
      if (value) {
        facts[fact] = { value: value.trim(), from };
        return;
      }
    }
  };
  find('published', PUBLISHED, 'the info bar');
  find('source', SOURCE, 'the info bar');
  find('site', SITE_OWNER, 'the footer (主办单位)');
  return facts;
}

const TITLE_SEPARATOR = /\s*(?:_|\||｜|\s[-–—]\s|——)\s*/;

/** The page's <title> without the site's name: its longest part, as in 「关于…的通知_某市人民政府」. */
export function documentTitle(document: Document): string | undefined {
  const parts = document.title.trim().split(TITLE_SEPARATOR).filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0];
}
