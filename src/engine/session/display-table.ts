/**
 * The table outputs of `display(...)` and `%sql`: the first rows of a result with typed
 * columns and the result's real size, as Databricks' result grid receives them.
 */
import type { Row } from '../expr';
import type { DataType, StructType } from '../types';
import { simpleString } from '../types';
import type { SqlResult, SqlSession } from '../catalog';
import { call, getattr, tuple, typeOf } from '../values/py';
import type { PyType } from '../values/py';
import { loadModule } from '../dsl/pyspark/source-module';
import type { TableCellValue, TableOutput } from './outputs';

/** Rows sent to the notebook, as Databricks' display shows by default (the rest is counted). */
export const DISPLAY_ROWS = 1000;

type CellText = (value: unknown, type: DataType) => string;

/** `rows` may hold more than `limit` rows; only the first `limit` are sent. */
export function tableOutput(schema: StructType, rows: readonly Row[], text: CellText, limit: number, totalRows = rows.length): TableOutput {
  const fields = schema.fields;
  const cell = (v: unknown, t: DataType): TableCellValue => (v === null || v === undefined ? null : text(v, t));
  return {
    kind: 'table',
    columns: fields.map((f) => ({ name: f.name, type: simpleString(f.type) })),
    rows: rows.slice(0, limit).map((r) => fields.map((f, i) => cell(r[i], f.type))),
    totalRows,
    truncated: totalRows > Math.min(limit, rows.length),
  };
}

/** A %sql result: all its rows are already on the driver. */
export function sqlResultTable(result: SqlResult, text: CellText, limit = DISPLAY_ROWS): TableOutput {
  return tableOutput(result.schema, result.rows, text, limit);
}

/** A Python DataFrame's first rows; counts the whole result only when there are more. */
export function dataFrameTableOutput(df: unknown, text: CellText, limit = DISPLAY_ROWS): TableOutput {
  const sql = getattr(df, '_sql') as string;
  const session = getattr(getattr(df, 'sparkSession'), '_jsession') as SqlSession;
  const first = session.sql(`SELECT * FROM (${sql}) AS __t LIMIT ${limit + 1}`);
  const total = first.rows.length > limit ? Number(session.sql(`SELECT count(1) FROM (${sql}) AS __t`).rows[0]![0] as bigint) : first.rows.length;
  return tableOutput(first.schema, first.rows, text, limit, total);
}

const FILE_INFO_DDL = 'path string, name string, size bigint, modificationTime bigint';

/**
 * What Databricks turns into a DataFrame before displaying it: a list of `Row`s, or the
 * `FileInfo` list `dbutils.fs.ls` returns (shown as path, name, size, modificationTime).
 * Returns null for anything else, which display shows as its repr.
 */
export function displayableAsDataFrame(value: unknown, spark: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rowType = loadModule('pyspark.sql.types').$d.get('Row') as PyType;
  const createDataFrame = getattr(spark, 'createDataFrame');
  if (value.every((v) => typeOf(v).isSubtype(rowType))) return call(createDataFrame, [value]);
  if (value.every(isFileInfo)) {
    const rows = value.map((f) => tuple(['path', 'name', 'size', 'modificationTime'].map((a) => getattr(f, a))));
    return call(createDataFrame, [rows, FILE_INFO_DDL]);
  }
  return null;
}

/** dbutils' own FileInfo class (a user's class of that name lives in another module). */
function isFileInfo(v: unknown): boolean {
  const t = typeOf(v);
  return t.name === 'FileInfo' && getattr(t, '__module__') === 'dbutils';
}
