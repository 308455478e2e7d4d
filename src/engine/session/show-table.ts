/**
 * Spark's `Dataset.showString` layout: `+---+` borders, cells cut to 20 characters with
 * `...` and right-aligned when truncating, a `only showing top N rows` footer. With
 * truncate = 0 it is the text the CLI has always printed for display(df), %sql and %fs ls;
 * those are table outputs now, printed by src/notebook/table-text.ts, which
 * src/cli/table-text.test.ts checks against this function.
 */
export function showTable(columns: readonly string[], rows: readonly (readonly string[])[], options: { truncate?: number; totalRows?: number } = {}): string {
  const truncate = options.truncate ?? 20;
  const cut = (s: string) => (truncate > 0 && s.length > truncate ? (truncate < 4 ? s.slice(0, truncate) : `${s.slice(0, truncate - 3)}...`) : s);
  const header = columns.map(cut);
  const body = rows.map((r) => r.map(cut));
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((r) => r[i]!.length)));
  const pad = (s: string, w: number) => (truncate > 0 ? s.padStart(w) : s.padEnd(w));
  const sep = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`;
  const line = (cells: readonly string[]) => `|${cells.map((c, i) => pad(c, widths[i]!)).join('|')}|`;
  const lines = [sep, line(header), sep, ...body.map(line), sep];
  const total = options.totalRows ?? rows.length;
  if (total > rows.length) lines.push(`only showing top ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`);
  return `${lines.join('\n')}\n`;
}
