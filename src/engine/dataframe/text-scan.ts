/**
 * CSV, JSON and text sources read by the executors (Spark's FileScanRDD over text files):
 * the driver lists the files and settles the schema (inference reads the data there, as
 * Spark's inference job does); the scan's partitions are plain split records each task reads
 * through its own VFS (`io/task-vfs.ts`) with the format's reader registered here.
 *
 * Splits are Spark's: files cut at maxSplitBytes (PartitionedFileUtil.splitFiles; empty files
 * give none), whole files when they cannot be split (multiLine, wholetext, a custom lineSep, a
 * charset other than UTF-8, a compressed name), Spark's FilePartition count of contiguous runs
 * of them in listing order (see `file-scan.ts`). A split owns the lines starting in
 * (start, end] (from 0 for a file's first split), as Hadoop's LineRecordReader reads them: it
 * skips its first partial line unless it starts at 0 and reads past its end to finish its last
 * line, so the splits of a file hold each line once and the rows are the driver's, in order.
 * A CSV header is dropped only by the split starting at 0.
 */
import { taskVfs } from '../io';
import type { Vfs } from '../io';
import { registerFunctionCompiler } from '../rdd';
import type { FileScan } from '../sql/logical';
import { field } from '../types';
import type { DataType, StructField } from '../types';
import { batchesFromRows } from '../columnar';
import type { ColumnBatch } from '../columnar';
import { corruptIndex, csvPruned, fastCsvOptions, isUtf8, parseMode, readCsvWithFields } from './csv';
import type { CsvOptions } from './csv';
import { inferCsvFields, readCsvBatches, readCsvBatchesAs } from './csv-batches';
import { mergeTypes } from './csv-infer';
import { readJsonTexts, readJsonWithFields } from './json';
import type { JsonReadOptions } from './json';
import { contiguousRuns, prunableScan, scanPartitions } from './file-scan';
import { listFiles } from './parquet-files';
import { decodeInput, inputCodec } from './compressed-files';
import type { FileScanSettings } from './file-scan';

export const CSV_SCAN_LANG = 'file-scan-csv';
export const JSON_SCAN_LANG = 'file-scan-json';
export const TEXT_SCAN_LANG = 'file-scan-text';

/** A listed input file. */
export interface InputFile {
  readonly path: string;
  readonly size: number;
}

/** One split as it travels: a byte range of a file, or the whole file (`whole`: not splittable). */
export interface TextSplit {
  readonly path: string;
  readonly size: number;
  readonly start: number;
  readonly length: number;
  readonly whole: boolean;
}

/** What a text source gives the session: its schema, the driver's rows (lazy; given the columns a query reads, a source may read only those), Spark's partition count, the executors' scan. */
export interface TextSource {
  readonly fields: StructField[];
  readonly batches: (needed?: ReadonlySet<number>) => ColumnBatch[];
  readonly partitions: () => number;
  readonly files: FileScan;
}

/** The data files under `paths` (files, directories, globs); a missing path is Spark's `[PATH_NOT_FOUND]` AnalysisException. */
export function listInputFiles(vfs: Vfs, paths: readonly string[]): InputFile[] {
  return listFiles(vfs, paths).map((f) => ({ path: f.path, size: f.size }));
}

/** A file's content, decompressed when its suffix names one of Hadoop's codecs. */
function readInput(vfs: Vfs, path: string): Uint8Array {
  return decodeInput(path, vfs.readFile(path));
}

/** Spark's FilePartition.maxSplitBytes over the listed files. */
function maxSplit(files: readonly InputFile[], s: FileScanSettings): number {
  const total = files.reduce((n, f) => n + f.size + s.openCostInBytes, 0);
  return Math.min(s.maxPartitionBytes, Math.max(s.openCostInBytes, total / Math.max(1, s.parallelism)));
}

/** The files' splits in listing order (splittable files cut at maxSplitBytes; empty files give none). */
export function textSplits(files: readonly InputFile[], s: FileScanSettings, splittable: boolean): TextSplit[] {
  const max = maxSplit(files, s);
  const out: TextSplit[] = [];
  for (const f of files) {
    const whole = !splittable || inputCodec(f.path) !== null;
    if (whole) {
      if (f.size > 0) out.push({ path: f.path, size: f.size, start: 0, length: f.size, whole: true });
      continue;
    }
    for (let off = 0; off < f.size; off += max) out.push({ path: f.path, size: f.size, start: off, length: Math.min(max, f.size - off), whole: false });
  }
  return out;
}

/**
 * How many partitions Spark's FilePartition.getFilePartitions packs the splits into: largest
 * first, a partition closed when the next split would overflow maxSplitBytes, each split also
 * costing openCostInBytes.
 */
export function packedPartitionCount(splits: readonly TextSplit[], files: readonly InputFile[], s: FileScanSettings): number {
  const max = maxSplit(files, s);
  const sizes = splits.map((x) => x.length).sort((a, b) => b - a);
  let count = 0;
  let current = 0;
  for (const size of sizes) {
    if (count === 0 || (current > 0 && current + size > max)) {
      count++;
      current = 0;
    }
    current += size + s.openCostInBytes;
  }
  return count;
}

/** The index just after the first line terminator (\n, \r\n or \r) at or after `from`, or -1 when `buf` holds none (or a final \r whose next byte is unknown). */
function afterTerminator(buf: Uint8Array, from: number, atEof: boolean): number {
  for (let i = from; i < buf.length; i++) {
    const c = buf[i]!;
    if (c === 10) return i + 1;
    if (c === 13) {
      if (i + 1 < buf.length) return buf[i + 1] === 10 ? i + 2 : i + 1;
      return atEof ? i + 1 : -1;
    }
  }
  return -1;
}

/** The bytes of the lines a split owns (LineRecordReader's rule), read through `vfs`. */
export function splitBytes(vfs: Vfs, split: TextSplit): Uint8Array {
  if (split.whole || (split.start === 0 && split.length >= split.size)) return readInput(vfs, split.path);
  const end = split.start + split.length;
  for (let extra = 64 * 1024; ; extra *= 4) {
    const limit = Math.min(split.size, end + extra);
    const buf = vfs.readRange(split.path, split.start, limit - split.start);
    const atEof = split.start + buf.length >= split.size;
    let a = 0;
    if (split.start !== 0) {
      a = afterTerminator(buf, 0, atEof);
      if (a < 0) {
        if (atEof) return new Uint8Array(0);
        continue;
      }
    }
    const rel = end - split.start;
    // The first line owned starts after the end: this split owns none.
    if (a > rel) return new Uint8Array(0);
    let b = rel >= buf.length ? buf.length : afterTerminator(buf, rel, atEof);
    if (b < 0) {
      if (!atEof) continue;
      b = buf.length;
    }
    return buf.subarray(a, b);
  }
}

const sameTypes = (a: readonly DataType[], b: readonly DataType[]) => a.length === b.length && a.every((t, i) => JSON.stringify(t) === JSON.stringify(b[i]));

function executorVfs(): Vfs {
  const vfs = taskVfs();
  if (!vfs) throw new Error('this executor has no file system to read the scan from');
  return vfs;
}

/**
 * A file scan over `splits` (computed when first asked, again when the settings change); null
 * partitions when the executors cannot open the files (in-memory mounts, generated files) or
 * the tasks read another VFS than the one the files were listed on.
 */
export function textFileScan(reader: string, source: unknown, vfs: Vfs, files: readonly InputFile[], splittable: boolean, settings: () => FileScanSettings): FileScan {
  return {
    reader,
    source: JSON.stringify(source),
    partitions: scanPartitions(vfs, files.map((f) => f.path), settings, (s) => {
      const splits = textSplits(files, s, splittable);
      return contiguousRuns(splits, (x) => x.length, Math.max(1, packedPartitionCount(splits, files, s)));
    }),
  };
}

export function partitionCounter(files: readonly InputFile[], splittable: boolean, settings: () => FileScanSettings): () => number {
  return () => {
    const s = settings();
    return Math.max(1, packedPartitionCount(textSplits(files, s, splittable), files, s));
  };
}

// ---------------------------------------------------------------------------------------
// CSV

interface CsvScanSource {
  readonly fields: StructField[];
  readonly options: CsvOptions;
  /** The schema was given (a split checks the header against it with enforceSchema=false). */
  readonly user: boolean;
}

/** Whether the lines of a CSV file can be cut into byte ranges (records end at their line, UTF-8 bytes, line breaks as Hadoop's). */
export function csvSplittable(o: CsvOptions): boolean {
  return o.multiLine !== true && isUtf8(o.encoding) && o.lineSep === undefined;
}

/**
 * One input's rows as batches in `fields`: the byte reader when its inference lands on the
 * same columns and types (PERMISSIVE, default options), else the general reader against the
 * fields (UnivocityParser and FailureSafeParser over the data set's schema).
 */
function csvBatches(input: Uint8Array, fields: readonly StructField[], o: CsvOptions, header: boolean, path?: string): ColumnBatch[] {
  const types = fields.map((f) => f.type);
  const opts: CsvOptions = { ...o, header };
  // The byte reader whenever it reads the rows as the general reader would (see readCsvBatchesAs).
  const fast = readCsvBatchesAs(input, fields, opts);
  if (fast) return fast;
  return batchesFromRows(types, readCsvWithFields(input, fields, opts, path));
}

function readCsvSplit(source: CsvScanSource, split: TextSplit): ColumnBatch[] {
  const vfs = executorVfs();
  const header = source.options.header && split.start === 0;
  const bytes = splitBytes(vfs, split);
  return csvBatches(bytes, source.fields, source.options, header, source.user ? vfs.qualify(split.path) : undefined);
}

/** The first bytes of a file holding its first non-blank line (the whole file for multiLine or other charsets). */
function headBytes(vfs: Vfs, f: InputFile, o: CsvOptions): Uint8Array {
  if (!csvSplittable(o) || f.size <= 1024 * 1024 || inputCodec(f.path) !== null) return readInput(vfs, f.path);
  const buf = vfs.readRange(f.path, 0, 64 * 1024);
  let cut = buf.length;
  while (cut > 0 && buf[cut - 1] !== 10 && buf[cut - 1] !== 13) cut--;
  return cut > 0 ? buf.subarray(0, cut) : readInput(vfs, f.path);
}

/**
 * A CSV data set (`spark.read.csv`, SQL's csv sources): without a user schema the columns come
 * from the first file's first record (its header, or `_c0`...) and, with inferSchema, the types
 * from every file merged as CSVInferSchema does (the driver reads all the data, as Spark's
 * inference job does, and keeps it for queries it runs itself); the executors read the splits.
 */
export function csvTextSource(vfs: Vfs, files: readonly InputFile[], o: CsvOptions, settings: () => FileScanSettings, user?: readonly StructField[]): TextSource {
  let fields: StructField[];
  let batches: ColumnBatch[] | null = null;
  if (user) fields = [...user];
  else if (o.inferSchema && !fastCsvOptions(o)) {
    // Inference alone (CSVInferSchema fails on no record, whatever the mode); the rows are
    // parsed when a query first needs them, so FAILFAST raises at that action, as in Spark.
    const inferred = files.map((f) => inferCsvFields(readInput(vfs, f.path), o));
    const first = inferred.length > 0 ? inferred[0]! : [];
    fields = first.map((f, c) => ({ ...f, type: inferred.reduce((t, r) => (r[c] ? mergeTypes(t, r[c]!.type) : t), f.type) }));
  } else if (o.inferSchema) {
    // The whole data set: the first file's columns, every file's types merged; files whose
    // types differ from the merged ones are read again against them.
    const reads = files.map((f) => readCsvBatches(readInput(vfs, f.path), o));
    const first = reads.length > 0 ? reads[0]!.fields : [];
    const merged = first.map((f, c) => reads.reduce((t, r) => (r.fields[c] ? mergeTypes(t, r.fields[c]!.type) : t), f.type));
    fields = first.map((f, c) => ({ ...f, type: merged[c]! }));
    const out: ColumnBatch[] = [];
    reads.forEach((r, i) => {
      if (sameTypes(r.fields.map((f) => f.type), merged)) out.push(...r.batches);
      else out.push(...batchesFromRows(merged, readCsvWithFields(readInput(vfs, files[i]!.path), fields, o)));
    });
    batches = out;
  } else {
    // The columns from the first file's first record; every column a string.
    fields = files.length > 0 ? inferCsvFields(headBytes(vfs, files[0]!, o), { ...o, inferSchema: false }) : [];
    fields = fields.map((f) => field(f.name, { kind: 'string' }, true));
  }
  const source: CsvScanSource = { fields, options: o, user: user !== undefined };
  const splittable = csvSplittable(o);
  const read = (opts: CsvOptions) => files.flatMap((f) => csvBatches(readInput(vfs, f.path), fields, opts, o.header, user ? vfs.qualify(f.path) : undefined));
  // Column pruning changes rows only where malformed records are dropped, fail or fill the
  // corrupt-record column; elsewhere the driver keeps one read of every column.
  const prunedRows = parseMode(o.mode) !== 'PERMISSIVE' || corruptIndex(fields, o) >= 0;
  const pruned = new Map<string, ColumnBatch[]>();
  return {
    fields,
    batches: (needed) => {
      const po = needed && prunedRows ? csvPruned(o, fields, [...needed]) : null;
      if (!po) return (batches ??= read(o));
      const key = po.columns!.join(',');
      let got = pruned.get(key);
      if (!got) pruned.set(key, (got = read(po)));
      return got;
    },
    partitions: partitionCounter(files, splittable, settings),
    // The executors read the columns a query reads (Spark's CSV column pruning, `csvRows`).
    files: prunableScan(textFileScan(CSV_SCAN_LANG, source, vfs, files, splittable, settings), fields.length, (columns) => JSON.stringify({ ...source, options: csvPruned(o, fields, columns) ?? o })),
  };
}

// ---------------------------------------------------------------------------------------
// JSON

interface JsonScanSource {
  readonly fields: StructField[];
  readonly options: JsonReadOptions;
}

function readJsonSplit(source: JsonScanSource, split: TextSplit): ColumnBatch[] {
  const text = new TextDecoder('utf-8').decode(splitBytes(executorVfs(), split));
  return batchesFromRows(source.fields.map((f) => f.type), readJsonWithFields([text], source.fields, source.options));
}

/**
 * A JSON data set (`spark.read.json`): the schema inferred over every record by the driver
 * (JsonInferSchema, which reads all the data; the rows are kept for queries the driver runs);
 * the executors read JSON Lines files split at lines, multiLine files whole.
 */
export function jsonTextSource(vfs: Vfs, files: readonly InputFile[], o: JsonReadOptions, settings: () => FileScanSettings): TextSource {
  const got = readJsonTexts(files.map((f) => new TextDecoder().decode(readInput(vfs, f.path))), o);
  const batches = batchesFromRows(got.fields.map((f) => f.type), got.rows);
  const splittable = o.multiLine !== true && !o.lineSep;
  const source: JsonScanSource = { fields: got.fields, options: o };
  return {
    fields: got.fields,
    batches: () => batches,
    partitions: partitionCounter(files, splittable, settings),
    files: textFileScan(JSON_SCAN_LANG, source, vfs, files, splittable, settings),
  };
}

// ---------------------------------------------------------------------------------------
// Text

export interface TextReadOptions {
  /** A row per file holding its whole text. */
  readonly wholetext?: boolean;
  /** A line separator other than \n, \r\n and \r. */
  readonly lineSep?: string;
}

const TEXT_FIELDS: StructField[] = [field('value', { kind: 'string' }, true)];

/** The lines of UTF-8 bytes (terminators \n, \r\n, \r, or lineSep, dropped; no row after a final terminator). */
function textLines(bytes: Uint8Array, o: TextReadOptions): string[] {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (o.wholetext) return [text];
  if (o.lineSep) {
    const parts = text.split(o.lineSep);
    if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  const out: string[] = [];
  let p = 0;
  const n = text.length;
  while (p < n) {
    let q = p;
    while (q < n) {
      const c = text.charCodeAt(q);
      if (c === 10 || c === 13) break;
      q++;
    }
    out.push(text.slice(p, q));
    if (q < n && text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10) q++;
    p = q + 1;
  }
  return out;
}

function textBatches(bytes: Uint8Array, o: TextReadOptions): ColumnBatch[] {
  return batchesFromRows([{ kind: 'string' }], textLines(bytes, o).map((l) => [l]));
}

interface TextScanSource {
  readonly options: TextReadOptions;
}

/** A text data set (`spark.read.text`): one `value` string column, a row per line (per file with wholetext). */
export function textTextSource(vfs: Vfs, files: readonly InputFile[], o: TextReadOptions, settings: () => FileScanSettings): TextSource {
  let batches: ColumnBatch[] | null = null;
  const splittable = !o.wholetext && !o.lineSep;
  const source: TextScanSource = { options: o };
  return {
    fields: TEXT_FIELDS.map((f) => ({ ...f })),
    batches: () => (batches ??= files.flatMap((f) => textBatches(readInput(vfs, f.path), o))),
    partitions: partitionCounter(files, splittable, settings),
    files: textFileScan(TEXT_SCAN_LANG, source, vfs, files, splittable, settings),
  };
}

registerFunctionCompiler(CSV_SCAN_LANG, (json) => {
  const source = JSON.parse(json) as CsvScanSource;
  return ((split: TextSplit) => readCsvSplit(source, split)) as (...args: unknown[]) => unknown;
});

registerFunctionCompiler(JSON_SCAN_LANG, (json) => {
  const source = JSON.parse(json) as JsonScanSource;
  return ((split: TextSplit) => readJsonSplit(source, split)) as (...args: unknown[]) => unknown;
});

registerFunctionCompiler(TEXT_SCAN_LANG, (json) => {
  const source = JSON.parse(json) as TextScanSource;
  return ((split: TextSplit) => textBatches(splitBytes(executorVfs(), split), source.options)) as (...args: unknown[]) => unknown;
});
