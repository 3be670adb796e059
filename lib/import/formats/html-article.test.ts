import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticle, findTitleElement } from './html-article';

const documentOf = (body: string, head = '') => new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const TEXT = '各区民政局：现就发放2025年度高龄津贴有关事项通知如下。';
const idsOf = (elements: Element[]) => elements.map((element) => element.id);

describe('findArticle: which CMS container holds the article', () => {
  it('takes the container with most text, the first of two that hold as much', () => {
    const shorter = documentOf(`<div class="content" id="a"><p>短一些的正文，共有二十一个字符的一段话。</p></div><div id="zoom"><p>${TEXT}</p></div>`);
    expect(idsOf(findArticle(shorter).containers)).toEqual(['zoom']);
    const longer = documentOf(`<div id="zoom"><p>${TEXT}</p></div><div class="content" id="a"><p>短一些的正文，共有二十一个字符的一段话。</p></div>`);
    expect(idsOf(findArticle(longer).containers)).toEqual(['zoom']);
    const even = documentOf(`<div class="zw" id="first"><p>${TEXT}</p></div><div class="wzzw" id="second"><p>${TEXT}</p></div>`);
    expect(findArticle(even)).toMatchObject({ containers: [{ id: 'first' }], foundBy: 'content container' });
  });

  it('takes the inner of two nested containers only where the wrapper adds no text', () => {
    const same = documentOf(`<div class="content" id="outer"><div id="zoom"><p>${TEXT}</p></div></div>`);
    expect(idsOf(findArticle(same).containers)).toEqual(['zoom']);
    const more = documentOf(`<div class="content" id="outer"><div id="zoom"><p>${TEXT}</p></div><p>附件：发放名册</p></div>`);
    expect(idsOf(findArticle(more).containers)).toEqual(['outer']);
  });

  it('needs 20 characters of text in a container', () => {
    const twenty = documentOf('<div class="content" id="c"><p>一二三四五六七八九十一二三四五六七八九十</p></div>');
    expect(findArticle(twenty)).toMatchObject({ containers: [{ id: 'c' }], foundBy: 'content container' });
    const nineteen = documentOf('<div class="content" id="c"><p>一二三四五六七八九十一二三四五六七八九</p></div>');
    expect(findArticle(nineteen).foundBy).not.toBe('content container');
  });

  it('passes over a container that is mostly links, a list of other pages, but not one half links', () => {
    const links = Array.from({ length: 4 }, (_, i) => `<li><a href="/${i}.html">关于公布第${i + 1}批养老服务机构名单的公告</a></li>`).join('');
    const list = documentOf(`<div class="content" id="list"><ul>${links}</ul></div><div id="zoom"><p>${TEXT}</p></div>`);
    expect(idsOf(findArticle(list).containers)).toEqual(['zoom']);
    // 40 characters, 20 of them in a link: an article that links to its attachment.
    const half = documentOf(
      `<div class="content" id="half"><p>一二三四五六七八九十一二三四五六七八九十<a href="/f.pdf">甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸</a></p></div><div id="zoom"><p>一二三四五六七八九十一二三四五六七八九十一二三四五</p></div>`,
    );
    expect(idsOf(findArticle(half).containers)).toEqual(['half']);
  });
});

describe('findTitleElement: the article’s heading', () => {
  const titleOf = (body: string, titles: string[] = []) => {
    const document = documentOf(body);
    return findTitleElement(findArticle(document).containers, titles)?.id;
  };
  const article = `<div class="content"><p>${TEXT}</p></div>`;

  it('takes a heading up to three wrappers above the article, not four', () => {
    expect(titleOf(`<div><h1 id="t">关于发放高龄津贴的通知</h1><div><div>${article}</div></div></div>`)).toBe('t');
    expect(titleOf(`<div><h1 id="t">关于发放高龄津贴的通知</h1><div><div><div>${article}</div></div></div></div>`)).toBeUndefined();
  });

  it('counts those wrappers from the inner of two nested containers', () => {
    const nested = `<div class="content"><div id="zoom"><p>${TEXT}</p></div></div>`;
    expect(titleOf(`<div><h1 id="t">关于发放高龄津贴的通知</h1><div><div>${nested}</div></div></div>`)).toBeUndefined();
    expect(titleOf(`<div><h1 id="t">关于发放高龄津贴的通知</h1><div>${nested}</div></div>`)).toBe('t');
  });

  it('takes a heading of 4 to 200 characters', () => {
    expect(titleOf(`<h1 id="t">公告栏</h1>${article}`)).toBeUndefined();
    expect(titleOf(`<h1 id="t">通知公告</h1>${article}`)).toBe('t');
    expect(titleOf(`<h1 id="t">${'通'.repeat(200)}</h1>${article}`)).toBe('t');
    expect(titleOf(`<h1 id="t">${'通'.repeat(201)}</h1>${article}`)).toBeUndefined();
  });

  it('without a stated title, takes the nearest h1, h2 or article-title above, never a plain .title or one below', () => {
    expect(titleOf(`<h1 id="site">某市人民政府</h1><h2 id="t">关于发放高龄津贴的通知</h2>${article}`)).toBe('t');
    expect(titleOf(`<div class="title" id="t">关于发放高龄津贴的通知</div>${article}`)).toBeUndefined();
    expect(titleOf(`${article}<h2 id="below">相关文章推荐</h2>`)).toBeUndefined();
  });

  it('takes the heading whose words are the stated title, spaces aside, over a nearer one', () => {
    const body = `<div class="title" id="t">关于发放 高龄津贴的通知</div><h2 id="near">政策解读</h2>${article}`;
    expect(titleOf(body, ['关于发放高龄津贴的通知'])).toBe('t');
    expect(titleOf(body, ['关于开展敬老月活动的通知'])).toBe('near');
  });

  it('takes a heading inside the article only where it states the title', () => {
    const inside = `<div class="content"><h1 id="t">关于发放高龄津贴的通知</h1><p>${TEXT}</p></div>`;
    expect(titleOf(inside, ['关于发放高龄津贴的通知'])).toBe('t');
    expect(titleOf(inside, ['某市人民政府'])).toBeUndefined();
  });

  it('never takes an element that holds the article', () => {
    expect(titleOf(`<div id="title"><div class="content" id="c"><p>${TEXT}</p></div></div>`, [TEXT])).toBeUndefined();
  });
});
