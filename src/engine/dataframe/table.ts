/** The table a notebook's `display(df)` renders: cells as show() prints them, untruncated. */
import type { Row } from '../expr';
import { simpleString } from '../types';
import type { StructType } from '../types';
import { prettyCell } from './show';

export interface DataFrameTable {
  readonly columns: { readonly name: string; readonly type: string }[];
  readonly rows: string[][];
  readonly totalRows: number;
  readonly truncated: boolean;
}

/** `rows` may hold one row more than `maxRows` (to tell whether there are more). */
export function resultTable(schema: StructType, rows: readonly Row[], maxRows: number, totalRows?: number): DataFrameTable {
  const shown = rows.slice(0, maxRows);
  return {
    columns: schema.fields.map((f) => ({ name: f.name, type: simpleString(f.type) })),
    rows: shown.map((r) => schema.fields.map((f, i) => prettyCell(r[i], f.type))),
    totalRows: totalRows ?? rows.length,
    truncated: rows.length > maxRows,
  };
}
