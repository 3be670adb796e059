import { describe, expect, it } from 'vitest';
import { chromeReason } from './chrome';

describe('chromeReason', () => {
  it.each([
    ['首页 > 政务公开 > 政策文件', 'breadcrumb'],
    ['当前位置：首页＞信息公开', 'breadcrumb'],
    ['【字体：大 中 小】', 'font-size switch'],
    ['字号：[大] [中] [小] 打印', 'font-size switch'],
    ['适老版 关爱版', 'site links'],
    ['【打印】【关闭】', 'site links'],
    ['分享到:', 'site links'],
    ['扫一扫在手机打开当前页', 'site links'],
    ['浏览次数：1024', 'site links'],
    ['返回顶部', 'site links'],
    ['上一篇：关于做好春耕工作的通知', 'links to other pages'],
    ['您当前的位置：首页 > 政务公开 > 通知公告', 'breadcrumb'],
    ['您现在的位置：首页>政务公开', 'breadcrumb'],
    ['相关文章', 'links to other pages'],
  ])('finds 「%s」 anywhere (%s)', (line, why) => {
    expect(chromeReason(line, false)).toBe(why);
    expect(chromeReason(line, true)).toBe(why);
  });

  it.each([
    ['版权所有：某县人民政府办公室　　ICP备00000000号', 'site footer'],
    ['网站地图 | 联系我们 | 无障碍', 'site footer'],
    ['主办单位：某县人民政府办公室，技术支持：某网络公司', 'site footer'],
    ['首页 政务公开 新闻中心 互动交流', 'a row of links'],
    ['分享到：微信 微博 QQ空间', 'a row of links'],
    // Single characters among words are links too (「简」「繁」), not a title set wide.
    ['简 | 繁 | 无障碍 | 适老版', 'a row of links'],
  ])('finds 「%s」 before the title or after the closing (%s)', (line, why) => {
    expect(chromeReason(line, true)).toBe(why);
    expect(chromeReason(line, false)).toBeUndefined();
  });

  it.each([
    '关闭违规企业12家，整改隐患36处。',
    '津南区人民政府关于 2024年法治政府建设情况报告',
    '各乡镇人民政府，县政府各部门：',
    '2025228',
    '(建议此件主动公开)',
    '津南区人民政府',
    // One word after a bullet is a link or a short heading, not a row of links.
    '• 县长信箱',
    // A short word beside a long title: a heading, not links.
    '通知 某县人民政府关于开展检查的通知',
    // A title set wide, a character at a time.
    '通　知',
    '政 府 工 作 报 告',
  ])('leaves 「%s」 as text', (line) => {
    expect(chromeReason(line, true)).toBeUndefined();
  });
});
