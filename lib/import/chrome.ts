import { markerOf } from './markers';
import { isSentence } from './shape';

/**
 * Which lines are the website around the text rather than the text: a list of the usual words plus rules,
 * because every site words its chrome a little differently. `edge` lines (before the title, after the
 * closing) may be judged boldly; inside the text only a line made of nothing but chrome words is chrome,
 * so that 「关闭违规企业12家」 stays text.
 */
const WORDS = [
  '适老版', '关爱版', '无障碍', '长者模式', '老年模式', '读屏', '简体', '繁體', '繁体', 'English', '打印本页', '打印',
  '关闭窗口', '关闭本页', '关闭', '分享到', '分享', '扫一扫在手机打开当前页', '扫一扫', '在手机打开当前页', '返回顶部',
  '回到顶部', '返回首页', '浏览次数', '阅读次数', '访问量', '点击数', '加入收藏', '收藏', '设为首页', '上一篇', '下一篇',
  '相关链接', '相关文件', '相关阅读', '相关文章', '相关新闻', '新媒体矩阵', '政务邮箱', '帮办平台', '智能问答', '我要纠错', '纠错', '高级搜索',
  '搜索', '登录', '注册', '微信', '微博', '头条', '抖音',
];
const WORD = new RegExp(WORDS.join('|'));
const EVERY_WORD = new RegExp(WORD.source, 'g');
// 「您当前的位置：首页 > 政务公开 > 通知公告」, 「当前位置：」, 「首页 > 政务公开」: where the page sits on its site.
const BREADCRUMB = /^(?:您?当前的?位置|您的位置|您?现在的位置|所在位置|网站首页|首页)\s*[>＞»›:：]/;
const NEIGHBOURS = /^(?:上一篇|下一篇|上一条|下一条|相关链接|相关文件|相关阅读|相关文章|相关新闻|相关稿件)\s*(?:[：:]|$)/;
const FONT_SIZE = /字[体号]\s*[：:]?\s*[【[(（]?\s*大\s*[】\])）]?\s*[【[(（]?\s*中/;
const FOOTER = /版权所有|Copyright|©|ICP[备证]|公网安备|网站标识码|主办单位|承办单位|技术支持|网站地图|联系我们|网站声明|隐私声明/i;
// What is left of a line of chrome words once the words are taken out: separators, brackets, counts.
const LEFTOVER = /^[\s|｜丨/·•【】[\]()（）<>《》:：\d]*$/;
const LINK_ROW_SEPARATOR = /[\s|｜丨·•]+/;
const LINK_WORD_MAX = 6;

export function chromeReason(text: string, edge: boolean): string | undefined {
  if (BREADCRUMB.test(text)) return 'breadcrumb';
  if (FONT_SIZE.test(text)) return 'font-size switch';
  if (NEIGHBOURS.test(text)) return 'links to other pages';
  if (WORD.test(text) && LEFTOVER.test(text.replace(EVERY_WORD, ''))) return 'site links';
  // A numbered heading (「第一章　总则」) is two short words side by side too, but never a row of links.
  if (!edge || markerOf(text)) return undefined;
  if (FOOTER.test(text)) return 'site footer';
  return isLinkRow(text) ? 'a row of links' : undefined;
}

/**
 * 「首页 政务公开 新闻中心」, 「网站地图 | 联系我们」: short words side by side, as link bars are saved. Single
 * characters spaced out are one word set wide, as 公文 set their titles (「通　知」, 「政 府 工 作 报 告」).
 */
function isLinkRow(text: string): boolean {
  const words = text.split(LINK_ROW_SEPARATOR).filter(Boolean);
  return words.length > 1 && words.every((word) => word.length <= LINK_WORD_MAX && !isSentence(word)) && words.some((word) => word.length > 1);
}
