/**
 * A table output as static, escaped HTML: the text/html of an .ipynb export (as pandas
 * gives Jupyter a `dataframe` table) and the table of an HTML export.
 */
import type { TableOutput } from '../../workers/protocol';
import { displayValue, isNumericType } from '../table-output';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line per row, so an .ipynb diff stays readable. */
export function tableHtml(table: TableOutput): string {
  const numeric = table.columns.map((c) => isNumericType(c.type));
  const align = (i: number) => (numeric[i] ? ' style="text-align: right;"' : '');
  const head = table.columns.map((c, i) => `<th${align(i)} title="${escapeHtml(c.type)}">${escapeHtml(c.name)}</th>`).join('');
  const body = table.rows.map((r) => `<tr>${r.map((v, i) => `<td${align(i)}>${escapeHtml(displayValue(v))}</td>`).join('')}</tr>`);
  return [
    '<table class="dataframe">',
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
    `<p>${tableSummary(table)}</p>`,
  ].join('\n');
}

/** "3 rows", or how much of a truncated result is shown. */
export function tableSummary(table: TableOutput): string {
  const n = (k: number) => k.toLocaleString('en-US');
  const rows = (k: number) => `${n(k)} ${k === 1 ? 'row' : 'rows'}`;
  return table.truncated ? `Showing the first ${rows(table.rows.length)} of ${n(table.totalRows)} (truncated).` : rows(table.totalRows);
}
