/**
 * `spark.read.schema(...).csv/json/text(...)` read by the executors: the same splits as the
 * inferred-schema sources (`dataframe/text-scan.ts`), each task parsing its split's lines
 * against the user schema with the streaming file sources' reader (`streaming/formats.ts`,
 * which is why this lives above the streaming layer); a CSV header is dropped only by the
 * split that starts at 0.
 */
import { registerFunctionCompiler } from '../../../rdd';
import { taskVfs } from '../../../io';
import type { Vfs } from '../../../io';
import { batchesFromRows } from '../../../columnar';
import type { ColumnBatch } from '../../../columnar';
import type { StructField } from '../../../types';
import type { FileScan } from '../../../sql/logical';
import { csvSplittable, partitionCounter, splitBytes, textFileScan } from '../../../dataframe/text-scan';
import { prunableScan } from '../../../dataframe/file-scan';
import { csvPruned } from '../../../dataframe/csv';
import type { InputFile, TextSplit } from '../../../dataframe/text-scan';
import type { FileScanSettings } from '../../../dataframe/file-scan';
import { readWithSchema } from '../../../streaming/formats';
import type { ReadOptions } from '../../../streaming/formats';

export const SCHEMA_SCAN_LANG = 'file-scan-schema';

interface SchemaScanSource {
  readonly format: string;
  readonly fields: readonly StructField[];
  readonly options: ReadOptions;
}

/** Whether the format's records end at their line (so files can be cut into byte ranges). */
function splittable(format: string, o: ReadOptions): boolean {
  if (format === 'csv') return o.csv ? csvSplittable(o.csv) : true;
  if (format === 'json') return o.json?.multiLine !== true && !o.lineSep;
  return format === 'text' && !o.wholetext && !o.lineSep;
}

function readSplit(source: SchemaScanSource, split: TextSplit): ColumnBatch[] {
  const vfs = taskVfs();
  if (!vfs) throw new Error('this executor has no file system to read the scan from');
  const text = new TextDecoder('utf-8').decode(splitBytes(vfs, split));
  const o = source.options;
  // Only the split at a file's start holds its header.
  const first = split.start === 0;
  const options: ReadOptions = { ...o, header: o.header === true && first, ...(o.csv ? { csv: { ...o.csv, header: o.csv.header && first } } : {}) };
  return batchesFromRows(source.fields.map((f) => f.type), readWithSchema(source.format, text, source.fields, options));
}

/** The executors' scan of files read against a user schema, and Spark's partition count for them. */
export function schemaFileScan(vfs: Vfs, files: readonly InputFile[], format: string, fields: readonly StructField[], options: ReadOptions, settings: () => FileScanSettings): { files: FileScan; partitions: () => number } {
  const cut = splittable(format, options);
  const source: SchemaScanSource = { format, fields, options };
  const scan = textFileScan(SCHEMA_SCAN_LANG, source, vfs, files, cut, settings);
  // CSV: the tasks read the columns a query reads (Spark's column pruning, `dataframe/csv.ts` csvRows).
  const csv = format === 'csv' ? options.csv : undefined;
  const read = csv ? prunableScan(scan, fields.length, (columns) => JSON.stringify({ ...source, options: { ...options, csv: csvPruned(csv, fields, columns) ?? csv } })) : scan;
  return { files: read, partitions: partitionCounter(files, cut, settings) };
}

registerFunctionCompiler(SCHEMA_SCAN_LANG, (json) => {
  const source = JSON.parse(json) as SchemaScanSource;
  return ((split: TextSplit) => readSplit(source, split)) as (...args: unknown[]) => unknown;
});
