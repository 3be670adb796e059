/**
 * The label:value lines of a government page (「来源:津南区人民政府办公室 发布时间:2025-02-28 10:00」,
 * 「发布日期：2024年3月5日」, 「索引号：…」): information about the text, not text.
 */
const LABELS = [
  '标题', '名称', '分类', '信息分类', '公文种类', '所属机构', '信息来源', '来源', '发布机构', '发文机关', '发布单位', '发文单位', '发布日期', '发布时间', '成文日期', '发文日期',
  '印发日期', '公开日期', '生效日期', '实施日期', '废止日期', '失效日期', '更新时间', '索引号', '主题分类', '体裁分类',
  '组配分类', '服务对象', '主题词', '发文字号', '文号', '有效性', '时效', '公开方式', '公开范围', '签发人', '作者',
  '责任编辑', '编辑', '审核', '浏览次数', '阅读次数', '访问次数', '点击数', '点击量',
];
// Longest first, so 发文字号 is not read as 文号.
const LABEL = new RegExp(`(${[...LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[：:]`, 'g');

/** 某政发〔2024〕5号: the document number printed under a title. Never a labelled line (「发文字号：…」): its label is not part of the number. */
export const DOCUMENT_NUMBER = /^[^\s：:]{1,12}[〔［[（(]\d{4}[〕］\]）)]\s*\d+\s*号$/;

export type Metadata = Partial<Record<string, string>>;

/** The fields of a metadata line, or undefined when the line is text. */
export function readMetadata(line: string): Metadata | undefined {
  if (DOCUMENT_NUMBER.test(line)) return { 发文字号: line };
  const stripped = line.replace(/^[【[]/, '');
  const matches = [...stripped.matchAll(LABEL)];
  if (matches[0]?.index !== 0) return undefined;
  return Object.fromEntries(
    matches.map((match, i) => [
      match[1],
      stripped.slice(match.index + match[0].length, matches[i + 1]?.index).replace(/[】\]]\s*$/, '').trim(),
    ]),
  );
}
