import { describe, expect, it } from 'vitest';
import { withMarkupSentOnce } from './markup-once';

// A prerendered page as Next writes it: the HTML, then the payload in push scripts, escaped as Next escapes them.
const push = (value: unknown[]) =>
  `<script>self.__next_f.push(${JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')})</script>`;
const page = (...parts: string[]) =>
  `<!DOCTYPE html><html><head><script>(function(){document.documentElement.dataset.mode="large"})()</script></head>` +
  `<body><section data-static-markup=""><p>原文</p></section>` +
  `${push([0])}${parts.map((part) => push([1, part])).join('<div hidden=""></div>')}</body></html>`;
const parts = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => JSON.parse(m[1]) as unknown[]).filter((v) => v[0] === 1).map((v) => v[1]);

describe('withMarkupSentOnce', () => {
  it('empties the inner HTML of a static markup element and keeps every other prop', () => {
    const html = page('0:["$","section",null,{"id":"a","title":"<b>","data-static-markup":"","dangerouslySetInnerHTML":{"__html":"<p>原文</p>"}}]\n');
    const out = withMarkupSentOnce(html);
    expect(parts(out)).toEqual(['0:["$","section",null,{"id":"a","title":"<b>","data-static-markup":"","dangerouslySetInnerHTML":{"__html":""}}]\n']);
    // Written as Next writes it: nothing in the script can close it.
    expect(out).not.toContain('<b>');
    expect(out).toContain('\\u003cb\\u003e');
    // The HTML, where the reader's text is, is as it was.
    expect(out).toContain('<section data-static-markup=""><p>原文</p></section>');
  });

  it('drops the long string that held the markup, counting its length in UTF-8 bytes', () => {
    // <p> 3 + 法 3 + 治 3 + 🙂 4 + </p> 4 = 17 bytes = 0x11, though only 12 UTF-16 units.
    // Rows of other kinds around it end at a newline, as React reads them: 6 is one with a tag and no data.
    const html = page('3:T11,<p>法治🙂</p>4:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"$3"}}]\n5:"$Sreact.suspense"\n6:X\n7:I["abc",[],"Player"]\n');
    expect(parts(withMarkupSentOnce(html))).toEqual(['4:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":""}}]\n5:"$Sreact.suspense"\n6:X\n7:I["abc",[],"Player"]\n']);
  });

  it('keeps a long string that something else still points at', () => {
    const html = page('3:T3,abc4:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"$3"}}]\n5:["$","p",null,{"children":"$3"}]\n');
    expect(parts(withMarkupSentOnce(html))).toEqual(['3:T3,abc4:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":""}}]\n5:["$","p",null,{"children":"$3"}]\n']);
  });

  it('follows rows cut across push scripts, and puts each in the script it starts in', () => {
    const html = page('0:["$","div",null,{"data-sta', 'tic-markup":"","dangerouslySetInnerHTML":{"__html":"x"}}]\n1:T2,', 'ab2:"$Sreact.suspense"\n');
    expect(parts(withMarkupSentOnce(html))).toEqual([
      '0:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":""}}]\n',
      '1:T2,ab',
      '2:"$Sreact.suspense"\n',
    ]);
  });

  it('leaves inner HTML that is not static markup, such as the preferences script', () => {
    // One row can hold both: a row is a whole subtree, such as the layout's <head> and <body>.
    const script = '["$","script",null,{"dangerouslySetInnerHTML":{"__html":"(function(){})()"}}]';
    const html = page(`0:[${script},["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"<p>原文</p>"}}]]\n`);
    expect(parts(withMarkupSentOnce(html))).toEqual([`0:[${script},["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":""}}]]\n`]);
  });

  it('leaves a page that 连读 leaves by client-side navigation: going back renders its first payload again', () => {
    const html = page(
      '0:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"<p>原文</p>"}}]\n1:["$","$L2",null,{"scope":"section","nextHref":"/zh-CN/doc/section/b"}]\n',
    );
    expect(withMarkupSentOnce(html)).toBe(html);
  });

  // The layout's stylesheets, as `experimental.inlineCss` writes them: in the head, and in the payload once more.
  const styled = (...parts: string[]) => page(...parts).replace('</head>', '<style data-precedence="next" data-href="/a.css /b.css">p{color:red}</style></head>');

  it('empties the payload copy of a style that the head already has, on a page that 连读 leaves too', () => {
    const markup = '7:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"<p>原文</p>"}}]\n';
    const html = styled(
      '3:Tc,p{color:red}4:["$","style","0",{"precedence":"next","href":"/a.css","children":"$3"}]\n5:["$","style","1",{"precedence":"next","href":"/b.css","children":"b{x:y}"}]\n',
      '6:["$","$L2",null,{"scope":"section","nextHref":"/zh-CN/doc/section/b"}]\n' + markup,
    );
    expect(parts(withMarkupSentOnce(html))).toEqual([
      '4:["$","style","0",{"precedence":"next","href":"/a.css","children":""}]\n5:["$","style","1",{"precedence":"next","href":"/b.css","children":""}]\n',
      // Its static markup stays: going back renders it again.
      '6:["$","$L2",null,{"scope":"section","nextHref":"/zh-CN/doc/section/b"}]\n' + markup,
    ]);
    // The head, which the reader's browser paints with, is as it was.
    expect(withMarkupSentOnce(html)).toContain('<style data-precedence="next" data-href="/a.css /b.css">p{color:red}</style>');
  });

  it('keeps the copy of a style the head does not have, and of a style that is not a hoisted stylesheet', () => {
    // One row, as a layout's <head> and <body> are: React adopts only a <style> with both precedence and href.
    const other = '["$","style","0",{"precedence":"next","href":"/c.css","children":"c{x:y}"}]';
    const local = '["$","style",null,{"children":"p{color:red}"}]';
    const unhoisted = '["$","style",null,{"href":"/a.css","children":"a{x:y}"}]';
    const row = `0:[${other},${local},${unhoisted}]\n`;
    expect(parts(withMarkupSentOnce(styled(row)))).toEqual([row]);
  });

  it('refuses a payload it cannot follow, so that no page is half rewritten', () => {
    const marked = '0:["$","div",null,{"data-static-markup":"","dangerouslySetInnerHTML":{"__html":"$1"}}]\n';
    expect(() => withMarkupSentOnce(page(`${marked}1:T20,short`))).toThrow('cut short');
    expect(() => withMarkupSentOnce(page(`${marked}1:"unended`))).toThrow('does not end');
    expect(() => withMarkupSentOnce(page(`${marked}1:A10,0123456789abcdef`))).toThrow('kind this does not read');
    expect(() => withMarkupSentOnce(page(`${marked}zz`))).toThrow('does not start with an id');
    expect(() => withMarkupSentOnce(`${page(marked)}${push([3, 'AAEC'])}`)).toThrow('of kind 3');
  });

  it('leaves a page with no payload or no static markup as it is', () => {
    const bare = '<!DOCTYPE html><html><body><p>原文</p></body></html>';
    expect(withMarkupSentOnce(bare)).toBe(bare);
    const plain = page('0:["$","p",null,{"children":"原文"}]\n');
    expect(withMarkupSentOnce(plain)).toBe(plain);
  });
});
