/** What a cell run produces, close to nbformat's output types. Crosses to the UI as data. */
import type { ErrorData } from '../errors';

export type CellOutput =
  | { readonly kind: 'stream'; readonly name: 'stdout' | 'stderr'; readonly text: string }
  | { readonly kind: 'result'; readonly text: string }
  | { readonly kind: 'error'; readonly error: ErrorData }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'notice'; readonly text: string }
  | TableOutput;

/**
 * A cell of a table output. The driver sends each value as the text Spark prints for it
 * (so `1.0` stays `1.0` and a bigint past 2^53 stays exact) and SQL NULL as null; the
 * column type says which columns are numeric. Numbers and booleans are allowed too.
 */
export type TableCellValue = string | number | boolean | null;

export interface TableColumn {
  readonly name: string;
  /** Spark's simpleString of the type: `bigint`, `double`, `string`, `decimal(10,2)`, `array<int>`, ... */
  readonly type: string;
}

/** `display(df)` and `%sql` results: typed columns, the first rows, and the result's real size. */
export interface TableOutput {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** Row-major; each row has one value per column. */
  readonly rows: readonly (readonly TableCellValue[])[];
  /** Rows in the whole result; more than rows.length when truncated. */
  readonly totalRows: number;
  /** Only the first rows were sent (see the session's display limit). */
  readonly truncated: boolean;
  /**
   * display(streamingDF): the table of a running streaming query. Each micro-batch sends the
   * table again with the same `queryId`; the notebook replaces the previous one.
   */
  readonly live?: LiveQueryInfo;
}

/** A streaming query behind a live table: its state and recent micro-batches. */
export interface LiveQueryInfo {
  readonly queryId: string;
  readonly name: string;
  readonly active: boolean;
  readonly batchId: number;
  readonly progress: readonly { readonly batchId: number; readonly inputRowsPerSecond: number; readonly processedRowsPerSecond: number; readonly durationMs: number; readonly numInputRows: number }[];
}

export type CellLanguage = 'python' | 'sql' | 'ts' | 'fs';

export interface CellRequest {
  readonly cellId: string;
  readonly language: CellLanguage;
  /** The code without the magic line. */
  readonly code: string;
  /** Shown in tracebacks, e.g. `<cell 3>` or a file name. */
  readonly filename: string;
  /** Lines removed above `code` (the magic line), so reported line numbers match the editor. */
  readonly lineOffset: number;
  /** A program run as a script (`flint run prog.py`) does not display its last expression. */
  readonly script?: boolean;
  /**
   * Python namespace to run in; each name is a separate set of globals (the notebook's is
   * the default). The doctest runner gives every docstring its own, as doctest does.
   */
  readonly namespace?: string;
  /** Python's interactive ('single') mode, as doctest runs examples: nested expression statements show their values. */
  readonly interactive?: boolean;
}

export interface CellRunResult {
  readonly status: 'ok' | 'error';
  readonly executionCount: number;
  readonly durationMs: number;
}
