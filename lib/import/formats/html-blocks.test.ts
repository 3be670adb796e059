import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks';

const blocksOf = (html: string) => htmlToBlocks(new JSDOM(`<body>${html}</body>`).window.document.body);
const textsOf = (html: string) => blocksOf(html).map((block) => (block.kind === 'paragraph' ? block.text : block.kind));

describe('htmlToBlocks: white space as a browser shows it', () => {
  it('collapses runs of spaces, tabs and line breaks to one space and trims the ends', () => {
    expect(textsOf('<p>  Article \t 12\n\n  applies  </p>')).toEqual(['Article 12 applies']);
  });

  it('collapses &nbsp; spacers with the spaces around them', () => {
    expect(textsOf('<p>工作，&nbsp;&nbsp; 根据</p>')).toEqual(['工作， 根据']);
  });

  it('removes a source line break between two Chinese characters', () => {
    expect(textsOf('<p>年满80周岁的老年\n      人。</p>')).toEqual(['年满80周岁的老年人。']);
  });

  it('keeps a line break between a Chinese character and a digit or a Latin letter as a space', () => {
    expect(textsOf('<p>第\n3条 ABC\nDEF</p>')).toEqual(['第 3条 ABC DEF']);
  });

  it('keeps a space the editor typed between Chinese characters', () => {
    expect(textsOf('<p>某市 民政局</p>')).toEqual(['某市 民政局']);
  });

  it('keeps an &nbsp; next to a line break between Chinese characters as a space', () => {
    expect(textsOf('<p>某市&nbsp;\n民政局</p>')).toEqual(['某市 民政局']);
  });

  it('trims full-width indentation but keeps a full-width space inside the line', () => {
    expect(textsOf('<p>\u3000\u3000发布时间：2025-09-12\u3000来源：某局\u3000</p>')).toEqual(['发布时间：2025-09-12\u3000来源：某局']);
  });

  it('joins spans without adding space', () => {
    expect(textsOf('<p><span>为进一步</span><span>做好</span><a href="#">工作</a></p>')).toEqual(['为进一步做好工作']);
  });
});

describe('htmlToBlocks: what is never text', () => {
  it('leaves out code, form controls, embedded documents and hidden elements', () => {
    const html = `<p>正文<script>var a = '脚本';</script><style>p { color: red } /* 样式 */</style></p>
      <noscript>请启用脚本</noscript><template><p>模板</p></template><svg><text>图形</text></svg>
      <iframe>框架</iframe><object>对象</object><button>按钮</button><select><option>选项</option></select>
      <input value="输入"><p hidden>隐藏</p><p style="display: none">不显示</p><div style="DISPLAY:NONE"><p>也不显示</p></div>`;
    expect(textsOf(html)).toEqual(['正文']);
  });

  it('shows a body hidden by visibility until a script runs', () => {
    const { document } = new JSDOM('<body style="visibility:hidden"><p>正文</p></body>').window;
    expect(htmlToBlocks(document.body)).toEqual([{ kind: 'paragraph', text: '正文', at: { n: 1 } }]);
  });

  it('drops blocks that hold only white space', () => {
    expect(textsOf('<p>&nbsp;</p><p>\u3000\u3000</p><div> <span> </span> </div><p>正文</p>')).toEqual(['正文']);
  });
});

describe('htmlToBlocks: blocks', () => {
  it('splits a paragraph at each <br>, keeping its alignment on every line', () => {
    expect(blocksOf('<p align="center">第一行<br>第二行<br/><br/>第三行</p>')).toEqual([
      { kind: 'paragraph', text: '第一行', align: 'center', at: { n: 1 } },
      { kind: 'paragraph', text: '第二行', align: 'center', at: { n: 2 } },
      { kind: 'paragraph', text: '第三行', align: 'center', at: { n: 3 } },
    ]);
  });

  it('reads text standing directly in a container around its paragraphs, in order', () => {
    expect(textsOf('<div>开头<p>中间</p>结尾<section>节</section></div>')).toEqual(['开头', '中间', '结尾', '节']);
  });

  it('marks headings with their level, and reads a figcaption as a paragraph', () => {
    expect(blocksOf('<h1>标题</h1><h3>小标题</h3><figure><img src="x.png" alt="图"><figcaption>图1 示意图</figcaption></figure>')).toEqual([
      { kind: 'paragraph', text: '标题', heading: 1, at: { n: 1 } },
      { kind: 'paragraph', text: '小标题', heading: 3, at: { n: 2 } },
      { kind: 'paragraph', text: '图1 示意图', at: { n: 3 } },
    ]);
  });

  it('marks a paragraph bold when all its words are bold, by tag or by inline weight', () => {
    expect(blocksOf('<p><strong>一、补贴对象</strong></p><p> <b>二、</b><b>标准</b> </p><p style="font-weight:700">三、程序</p><p><span style="font-weight: bold">四、要求</span></p>')).toEqual([
      { kind: 'paragraph', text: '一、补贴对象', bold: true, at: { n: 1 } },
      { kind: 'paragraph', text: '二、标准', bold: true, at: { n: 2 } },
      { kind: 'paragraph', text: '三、程序', bold: true, at: { n: 3 } },
      { kind: 'paragraph', text: '四、要求', bold: true, at: { n: 4 } },
    ]);
  });

  it('does not take a normal weight set inside <b> (as pasted from an online editor), or a 600 weight, for bold', () => {
    expect(blocksOf('<p><b style="font-weight:normal">正文</b></p><p style="font-weight:600">半粗</p>')).toEqual([
      { kind: 'paragraph', text: '正文', at: { n: 1 } },
      { kind: 'paragraph', text: '半粗', at: { n: 2 } },
    ]);
  });

  it('gives a bold opening run as the lead, exactly as it stands in the text', () => {
    expect(blocksOf('<p>\u3000\u3000<strong>（一）免交租金。</strong>经认定的困难老人免交租金。</p>')).toEqual([
      { kind: 'paragraph', text: '（一）免交租金。经认定的困难老人免交租金。', lead: '（一）免交租金。', at: { n: 1 } },
    ]);
  });

  it('gives no lead when bold words stand inside the sentence', () => {
    expect(blocksOf('<p>请于<strong>10日前</strong>报送。</p>')).toEqual([{ kind: 'paragraph', text: '请于10日前报送。', at: { n: 1 } }]);
  });

  it('takes alignment from align= and inline text-align, inherited from containers and undone by left', () => {
    expect(blocksOf('<p style="text-align:right">某市民政局</p><div align="center"><p>甲</p><p style="text-align: left">乙</p></div><center>丙</center>')).toEqual([
      { kind: 'paragraph', text: '某市民政局', align: 'right', at: { n: 1 } },
      { kind: 'paragraph', text: '甲', align: 'center', at: { n: 2 } },
      { kind: 'paragraph', text: '乙', at: { n: 3 } },
      { kind: 'paragraph', text: '丙', align: 'center', at: { n: 4 } },
    ]);
  });
});

describe('htmlToBlocks: lists', () => {
  it('reads a <ul> as an unordered list without markers', () => {
    expect(blocksOf('<ul><li>热线12333</li><li> 社区服务站 </li></ul>')).toEqual([
      { kind: 'list', ordered: false, items: [{ text: '热线12333' }, { text: '社区服务站' }], at: { n: 1 } },
    ]);
  });

  it('numbers an <ol> as the browser does: start, type, value', () => {
    expect(blocksOf('<ol start="3" type="a"><li>甲</li><li value="10">乙</li><li>丙</li></ol><ol type="I"><li>子</li><li>丑</li></ol>')).toEqual([
      { kind: 'list', ordered: true, items: [{ marker: 'c.', text: '甲' }, { marker: 'j.', text: '乙' }, { marker: 'k.', text: '丙' }], at: { n: 1 } },
      { kind: 'list', ordered: true, items: [{ marker: 'I.', text: '子' }, { marker: 'II.', text: '丑' }], at: { n: 2 } },
    ]);
  });

  it('counts a reversed list down from its length, and shows no numbers where list-style is none', () => {
    expect(blocksOf('<ol reversed><li>甲</li><li>乙</li></ol><ol style="list-style: none"><li>1、甲</li></ol>')).toEqual([
      { kind: 'list', ordered: true, items: [{ marker: '2.', text: '甲' }, { marker: '1.', text: '乙' }], at: { n: 1 } },
      { kind: 'list', ordered: true, items: [{ text: '1、甲' }], at: { n: 2 } },
    ]);
  });

  it('flattens a nested list into the list, after its parent item, each with its own numbers', () => {
    expect(blocksOf('<ol><li>申请<ol type="a"><li>填表</li><li>签字</li></ol></li><li>审核<ul><li>街道</li></ul></li></ol>')).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          { marker: '1.', text: '申请' },
          { marker: 'a.', text: '填表' },
          { marker: 'b.', text: '签字' },
          { marker: '2.', text: '审核' },
          { text: '街道' },
        ],
        at: { n: 1 },
      },
    ]);
  });

  it('joins the paragraphs and lines of one item with a space, takes its bold lead, and honours data-marker', () => {
    expect(blocksOf('<ol><li data-marker="（一）"><p><b>免交租金。</b>经认定的</p><p>困难老人</p></li><li>第一行<br>第二行</li></ol>')).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          { marker: '（一）', text: '免交租金。经认定的 困难老人', lead: '免交租金。' },
          { marker: '2.', text: '第一行 第二行' },
        ],
        at: { n: 1 },
      },
    ]);
  });
});

describe('htmlToBlocks: tables', () => {
  it('keeps the caption, <thead> rows as head, and merged cells', () => {
    const html = `<table><caption>补贴标准</caption><thead><tr><td>年龄</td><td>标准</td></tr></thead>
      <tbody><tr><td>80周岁</td><td rowspan="2">100元</td></tr><tr><td>90周岁</td></tr><tr><td colspan="2">说明</td></tr></tbody></table>`;
    expect(blocksOf(html)).toEqual([
      {
        kind: 'table',
        caption: '补贴标准',
        head: [[{ text: '年龄' }, { text: '标准' }]],
        rows: [
          [{ text: '80周岁' }, { text: '100元', rowspan: 2 }],
          [{ text: '90周岁' }],
          [{ text: '说明', colspan: 2 }],
        ],
        at: { n: 1 },
      },
    ]);
  });

  it('takes leading rows of <th> as head but a <td> first row as a body row; a th row further down stays in the body', () => {
    const html = `<table><tr><th>项目</th><th>金额</th></tr><tr><td>甲</td><td>1元</td></tr><tr><th colspan="2">小计</th></tr></table>
      <table><tr><td>项目</td><td>金额</td></tr><tr><td>乙</td><td>2元</td></tr></table>`;
    expect(blocksOf(html)).toEqual([
      {
        kind: 'table',
        head: [[{ text: '项目' }, { text: '金额' }]],
        rows: [[{ text: '甲' }, { text: '1元' }], [{ text: '小计', colspan: 2 }]],
        at: { n: 1 },
      },
      { kind: 'table', head: [], rows: [[{ text: '项目' }, { text: '金额' }], [{ text: '乙' }, { text: '2元' }]], at: { n: 2 } },
    ]);
  });

  it('keeps a nested table’s text as its cell’s text, lines and paragraphs apart by a space', () => {
    const html = '<table><tr><td>材料</td><td><p>身份证</p><p>户口簿<br>复印件</p><table><tr><td>原件</td><td>1份</td></tr></table></td></tr></table>';
    expect(blocksOf(html)).toEqual([
      { kind: 'table', head: [], rows: [[{ text: '材料' }, { text: '身份证 户口簿 复印件 原件 1份' }]], at: { n: 1 } },
    ]);
  });

  it('reads a layout table (one column, or holding headings) as the paragraphs in its cells', () => {
    const html = '<table><tr><td><p>甲</p></td></tr><tr><td>乙</td></tr></table><table><tr><td>导航</td><td><h1>标题</h1><p>正文</p></td></tr></table>';
    expect(blocksOf(html)).toEqual([
      { kind: 'paragraph', text: '甲', at: { n: 1 } },
      { kind: 'paragraph', text: '乙', at: { n: 2 } },
      { kind: 'paragraph', text: '导航', at: { n: 3 } },
      { kind: 'paragraph', text: '标题', heading: 1, at: { n: 4 } },
      { kind: 'paragraph', text: '正文', at: { n: 5 } },
    ]);
  });

  it('drops empty rows and empty tables', () => {
    expect(blocksOf('<table><tr><td>甲</td><td>1</td></tr><tr><td>&nbsp;</td><td></td></tr></table><table><tr><td> </td><td></td></tr></table>')).toEqual([
      { kind: 'table', head: [], rows: [[{ text: '甲' }, { text: '1' }]], at: { n: 1 } },
    ]);
  });
});
