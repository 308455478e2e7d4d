/**
 * The text formats' writers (`df.write.csv / json / text`, the streaming file sink), laid out
 * as Spark 3.5 writes them:
 * - CSV (univocity's writer with Spark's write defaults): sep `,`, quote `"`, escape `\`; a
 *   value is quoted when it holds the separator, the quote, a line break, or is empty
 *   (emptyValue `""`), and leading/trailing white space is trimmed (ignoreLeading/Trailing-
 *   WhiteSpace default to true for writing); null is nullValue (empty); arrays, maps and
 *   structs are refused as Spark's CSV source refuses them.
 * - JSON lines: one object per row through the generator to_json uses (expr/json: Jackson's
 *   layout, ignoreNullFields, pretty).
 * - text: one string column, a line per row (a null row is an empty line).
 * Dates use dateFormat (`yyyy-MM-dd`), timestamps timestampFormat
 * (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) in the session time zone.
 */
import { AnalysisException } from '../sql/errors';
import { SparkException } from '../errors';
import { csvCellWriter } from '../expr/functions/csv-write';
import { jsonGenerator, jsonWriteOptions } from '../expr/json';
import { sqlName } from '../types';
import type { DataType, StructField } from '../types';
import { outputCodec } from './compressed-files';
import type { OutputCodec } from './compressed-files';

export { DEFAULT_TIMESTAMP_WRITE_FORMAT, formatTimestampPattern } from '../expr/json';

export type WriteOptions = Readonly<Record<string, string>>;
type Rows = readonly (readonly unknown[])[];

/** An option by case-insensitive name, as Spark's CaseInsensitiveMap reads it. */
export function writeOption(o: WriteOptions, key: string): string | undefined {
  const k = Object.keys(o).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : o[k];
}

const flag = (o: WriteOptions, key: string, dflt: boolean): boolean => {
  const v = writeOption(o, key);
  return v === undefined ? dflt : v.toLowerCase() === 'true';
};

/** JSON lines, one object per row. */
export function encodeJsonLines(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  const sep = writeOption(o, 'lineSep') ?? '\n';
  const write = jsonGenerator({ kind: 'struct', fields: [...fields] } as DataType, jsonWriteOptions((k) => writeOption(o, k)));
  return rows.map((r) => write(r) + sep).join('');
}

function checkCsvTypes(fields: readonly StructField[]): void {
  for (const f of fields) {
    const k = f.type.kind;
    if (k === 'array' || k === 'map' || k === 'struct' || k === 'interval' || k === 'null') {
      throw new AnalysisException(`[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The CSV datasource doesn't support the column \`${f.name}\` of the type "${sqlName(f.type)}".`, 'UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE');
    }
  }
}

/** CSV text (header line first when asked). */
export function encodeCsv(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  checkCsvTypes(fields);
  const { sep, cell } = csvCellWriter((k) => writeOption(o, k));
  const lineSep = writeOption(o, 'lineSep') ?? '\n';
  const lines: string[] = [];
  if (flag(o, 'header', false)) lines.push(fields.map((f) => cell(f.name, { kind: 'string' } as DataType)).join(sep) + lineSep);
  for (const r of rows) lines.push(fields.map((f, i) => cell(r[i], f.type)).join(sep) + lineSep);
  return lines.join('');
}

/** Plain text: the single string column, a line per row. */
export function encodeText(fields: readonly StructField[], rows: Rows, o: WriteOptions = {}): string {
  if (fields.length !== 1) {
    throw new AnalysisException(`Text data source supports only a single column, and you have ${fields.length} columns.`);
  }
  if (fields[0]!.type.kind !== 'string') {
    throw new AnalysisException(`[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the column \`${fields[0]!.name}\` of the type "${sqlName(fields[0]!.type)}".`, 'UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE');
  }
  const sep = writeOption(o, 'lineSep') ?? '\n';
  return rows.map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0])) + sep).join('');
}

export interface TextFormat {
  /** Part-file extension as Spark names it. */
  readonly extension: string;
  encode(fields: readonly StructField[], rows: Rows, o: WriteOptions): string;
}

export const TEXT_FORMATS: Readonly<Record<string, TextFormat>> = {
  csv: { extension: '.csv', encode: encodeCsv },
  json: { extension: '.json', encode: encodeJsonLines },
  text: { extension: '.txt', encode: encodeText },
};

/** The codec of the `compression` (or `codec`) option; Flint writes none, gzip and deflate. */
export function textCompression(o: WriteOptions): OutputCodec {
  const c = (writeOption(o, 'compression') ?? writeOption(o, 'codec'))?.toLowerCase() ?? 'none';
  const codec = outputCodec(c);
  if (codec) return codec;
  if (['bzip2', 'lz4', 'snappy'].includes(c)) {
    throw new SparkException(`Flint writes text files uncompressed, gzip or deflate; the '${c}' codec is not available.`);
  }
  throw new SparkException(`Codec [${c}] is not available. Known codecs are bzip2, deflate, uncompressed, lz4, gzip, snappy, none.`);
}
