import type { TableLayout } from './table-layout';

/**
 * How a table is read aloud: row by row, each value with its column's header, so a listener hears which amount
 * belongs to which age (「60周岁至64周岁，每月增加金额20元，调整后每月基础养老金230元」). A row header is said
 * alone, first. A cell spanning rows is said in every row it covers, as the eye reads it there. The words are the
 * published ones; only the joins are added: a header runs straight into a number (每月增加金额20元) and takes a
 * colon before words (办理地点：区政务服务中心), and the cells are joined by 「，」.
 */
export function rowSpeech(layout: TableLayout, row: number): string {
  const parts: string[] = [];
  const said = new Set<unknown>();
  for (let column = 0; column < layout.columns; column++) {
    const spot = layout.bodyCell(row, column);
    if (!spot || said.has(spot)) continue;
    said.add(spot);
    const value = spot.cell.text;
    if (!value) continue;
    parts.push(layout.rowHeaders && column === 0 ? value : withHeader(layout.columnHeader(column), value));
  }
  return parts.map(withoutClosingMark).join('，');
}

/** One cell, as 指读 reads it: the value with its column's header (a row's name after a colon: 「年龄段：60周岁…」). */
export function cellSpeech(layout: TableLayout, row: number, column: number): string {
  const value = layout.bodyCell(row, column)?.cell.text ?? '';
  const header = layout.columnHeader(column);
  const named = layout.rowHeaders && column === 0 && header ? `${header}：${value}` : withHeader(header, value);
  return value && withoutClosingMark(named);
}

const withHeader = (header: string, value: string) => (!header ? value : /^[\d０-９.+-]/.test(value) ? `${header}${value}` : `${header}：${value}`);

// A cell's own closing 「。」 or 「，」 would stand before the join's 「，」.
const withoutClosingMark = (text: string) => text.replace(/[，。；,.;：:]+$/u, '');
