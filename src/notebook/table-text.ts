/**
 * A table output as plain text, laid out as Spark's `show(truncate=False)`: what the CLI
 * prints for `display(df)` and `%sql`, and the text/plain of an .ipynb export. The engine
 * has the same layout for `show()` (session/show-table.ts); the main thread may not import
 * engine code, so src/cli/print-output.test.ts checks that the two agree.
 */
import type { TableCellValue, TableOutput } from '../workers/protocol';

/** SQL NULL as Spark prints it at the top level of a row. */
const NULL_TEXT = 'NULL';

function cellText(v: TableCellValue): string {
  return v === null ? NULL_TEXT : String(v);
}

/** No trailing newline: a result is one block of text. */
export function tableText(table: TableOutput): string {
  const header = table.columns.map((c) => c.name);
  const body = table.rows.map((r) => r.map(cellText));
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((r) => (r[i] ?? '').length)));
  const sep = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`;
  const line = (cells: readonly string[]) => `|${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join('|')}|`;
  const lines = [sep, line(header), sep, ...body.map(line), sep];
  const shown = table.rows.length;
  if (table.totalRows > shown) lines.push(`only showing top ${shown} ${shown === 1 ? 'row' : 'rows'}`);
  return lines.join('\n');
}
