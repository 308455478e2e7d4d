/**
 * Helpers over table outputs (`display(df)`, `%sql`): typed sorting with nulls last, the
 * numbers charts plot, the text a grid cell shows, and the CSV a person downloads.
 */
import type { TableCellValue, TableOutput } from '../workers/protocol';

export type { TableCellValue, TableColumn, TableOutput } from '../workers/protocol';

const numericTypes = /^(tinyint|smallint|int|integer|bigint|long|float|double|decimal(\(\d+,\s*\d+\))?|byte|short)$/i;

export function isNumericType(type: string): boolean {
  return numericTypes.test(type.trim());
}

/** A number for charts and numeric sorting; null for nulls and text that is not a number. */
export function numericValue(v: TableCellValue): number | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export type SortDirection = 'ascending' | 'descending';

/** Nulls sort last in both directions, as in Databricks' result table. */
export function sortedRowIndexes(table: TableOutput, column: number, direction: SortDirection): number[] {
  const numeric = isNumericType(table.columns[column]?.type ?? '');
  const sign = direction === 'ascending' ? 1 : -1;
  const key = (v: TableCellValue) => (numeric ? numericValue(v) : v === null ? null : String(v));
  const order = table.rows.map((_, i) => i);
  return order.sort((a, b) => {
    const x = key(table.rows[a]![column] ?? null);
    const y = key(table.rows[b]![column] ?? null);
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return c === 0 ? a - b : c * sign;
  });
}

export function displayValue(v: TableCellValue): string {
  if (v === null) return 'null';
  return String(v);
}

function csvField(v: TableCellValue): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV of the rows the table holds, header first, CRLF line ends. */
export function tableToCsv(table: TableOutput, order?: readonly number[]): string {
  const lines = [table.columns.map((c) => csvField(c.name)).join(',')];
  for (const i of order ?? table.rows.map((_, j) => j)) lines.push(table.rows[i]!.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
