/**
 * Checks saved cell outputs. Each format version accepts the output kinds that existed when
 * it was current: a v2 file claiming a `table` output is refused, not quietly accepted.
 * If the CellOutput union changes incompatibly, the next format version must migrate old
 * outputs rather than loosen these checks.
 */
import type { CellOutput, TableCellValue, TableOutput } from '../../../workers/protocol';
import type { ErrorData } from '../../../engine/errors';
import { arrayAt, boolAt, intAt, invalid, objectAt, stringAt } from '../validate';

const WHAT = 'Flint notebook';

/** Outputs as format versions 1 and 2 saved them (frozen). */
export type OutputV1 = Exclude<CellOutput, TableOutput>;

/** Versions 1 and 2: streams, results, errors, HTML and notices. */
export function readOutputsV1(v: unknown, path: string): OutputV1[] {
  return arrayAt(v, WHAT, path).map((o, i) => readOutput(o, `${path}[${i}]`, false) as OutputV1);
}

/** Version 3 added table outputs (`display(df)`, `%sql`). */
export function readOutputsV3(v: unknown, path: string): CellOutput[] {
  return arrayAt(v, WHAT, path).map((o, i) => readOutput(o, `${path}[${i}]`, true));
}

const KINDS_V1 = 'one of "stream", "result", "error", "html", "notice"';

function readOutput(v: unknown, path: string, tables: boolean): CellOutput {
  const o = objectAt(v, WHAT, path);
  const kind = o['kind'];
  switch (kind) {
    case 'stream': {
      const name = o['name'];
      if (name !== 'stdout' && name !== 'stderr') throw invalid(WHAT, `${path}.name`, '"stdout" or "stderr"', name);
      return { kind, name, text: stringAt(o['text'], WHAT, `${path}.text`) };
    }
    case 'result':
    case 'notice':
      return { kind, text: stringAt(o['text'], WHAT, `${path}.text`) };
    case 'html':
      return { kind, html: stringAt(o['html'], WHAT, `${path}.html`) };
    case 'error':
      return { kind, error: readErrorData(o['error'], `${path}.error`) };
    case 'table':
      if (tables) return readTableOutput(o, path);
      throw invalid(WHAT, `${path}.kind`, `${KINDS_V1} (table outputs need format version 3)`, kind);
    default:
      throw invalid(WHAT, `${path}.kind`, tables ? `${KINDS_V1}, "table"` : KINDS_V1, kind);
  }
}

/** A table's fields (its `kind` is not checked: .ipynb keeps it under a MIME type). */
export function readTableOutput(o: Readonly<Record<string, unknown>>, path: string, what = WHAT): TableOutput {
  const columns = arrayAt(o['columns'], what, `${path}.columns`).map((c, i) => {
    const col = objectAt(c, what, `${path}.columns[${i}]`);
    return { name: stringAt(col['name'], what, `${path}.columns[${i}].name`), type: stringAt(col['type'], what, `${path}.columns[${i}].type`) };
  });
  const rows = arrayAt(o['rows'], what, `${path}.rows`).map((r, i) => {
    const row = arrayAt(r, what, `${path}.rows[${i}]`);
    if (row.length !== columns.length) throw invalid(what, `${path}.rows[${i}]`, `a list of ${columns.length} values, one per column`, `${row.length} values`);
    return row.map((v, j) => tableValue(v, what, `${path}.rows[${i}][${j}]`));
  });
  const totalRows = intAt(o['totalRows'], what, `${path}.totalRows`);
  if (totalRows < rows.length) throw invalid(what, `${path}.totalRows`, `at least the ${rows.length} rows saved`, totalRows);
  return { kind: 'table', columns, rows, totalRows, truncated: boolAt(o['truncated'], what, `${path}.truncated`) };
}

function tableValue(v: unknown, what: string, path: string): TableCellValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return v;
  throw invalid(what, path, 'a string, number, true/false or null', v);
}

function readErrorData(v: unknown, path: string): ErrorData {
  const e = objectAt(v, WHAT, path);
  const traceback = arrayAt(e['traceback'], WHAT, `${path}.traceback`).map((l, i) => stringAt(l, WHAT, `${path}.traceback[${i}]`));
  const base = { ename: stringAt(e['ename'], WHAT, `${path}.ename`), evalue: stringAt(e['evalue'], WHAT, `${path}.evalue`), traceback };
  const errorClass = e['errorClass'];
  return errorClass === undefined ? base : { ...base, errorClass: stringAt(errorClass, WHAT, `${path}.errorClass`) };
}

export function readExecutionCount(v: unknown, path: string): number | null {
  return v === undefined || v === null ? null : intAt(v, WHAT, path);
}
