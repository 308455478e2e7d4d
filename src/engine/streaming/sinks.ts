/**
 * Streaming sinks: memory (a temp view named by queryName), console (Spark's `Batch: N`
 * blocks with show() tables), callbacks (foreachBatch / foreach, written in Python) and files
 * (json, csv, text, parquet) with the `_spark_metadata` log that makes a re-run batch a no-op.
 */
import { SparkException } from '../errors';
import type { Row } from '../expr';
import type { SqlSession } from '../catalog';
import type { Vfs } from '../io';
import type { StructType } from '../types';
import { TEXT_FORMATS } from '../dataframe/text-writers';
import { showString } from '../dataframe';
import { writeParquet } from '../dataframe/parquet';
import type { OutputMode } from './query';

export interface Sink {
  readonly description: string;
  addBatch(batchId: number, schema: StructType, rows: Row[], mode: OutputMode, fault: (point: string) => void): void;
}

export class MemorySink implements Sink {
  readonly description: string;
  private rows: Row[] = [];
  private lastBatch = -1;

  constructor(
    private readonly session: SqlSession,
    readonly name: string,
  ) {
    this.description = `MemorySink`;
  }

  addBatch(batchId: number, schema: StructType, rows: Row[], mode: OutputMode): void {
    if (batchId <= this.lastBatch) return;
    this.lastBatch = batchId;
    this.rows = mode === 'complete' ? rows : [...this.rows, ...rows];
    this.session.registerView(this.name, schema.fields, this.rows);
  }

  /** Registers the (empty) table before the first batch, as Spark's memory sink does. */
  init(schema: StructType): void {
    this.session.registerView(this.name, schema.fields, this.rows);
  }
}

export class ConsoleSink implements Sink {
  readonly description = 'org.apache.spark.sql.execution.streaming.ConsoleTable$@flint';
  constructor(
    private readonly write: (text: string) => void,
    private readonly numRows = 20,
    private readonly truncate = 20,
  ) {}

  addBatch(batchId: number, schema: StructType, rows: Row[]): void {
    const rule = '-------------------------------------------';
    this.write(`${rule}\nBatch: ${batchId}\n${rule}\n${showString(schema, rows, this.numRows, this.truncate, false)}\n`);
  }
}

/** foreachBatch / foreach: Python code gets the batch. */
export class CallbackSink implements Sink {
  constructor(
    readonly description: string,
    private readonly fn: (batchId: number, schema: StructType, rows: Row[]) => void,
  ) {}
  addBatch(batchId: number, schema: StructType, rows: Row[]): void {
    this.fn(batchId, schema, rows);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A micro-batch's rows in a text format, as the batch writers write them (dataframe/text-writers). */
export function formatRows(format: string, schema: StructType, rows: readonly Row[], header: boolean): string {
  const text = TEXT_FORMATS[format];
  if (!text) throw new SparkException(`Flint cannot write the '${format}' format yet.`);
  // A header line only in a file that has rows (the sink writes no file for an empty batch).
  return text.encode(schema.fields, rows, { header: String(header && rows.length > 0) });
}

let fileCounter = 0;

const uuid = (): string => {
  const h = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
};

export class FileSink implements Sink {
  readonly description: string;
  constructor(
    private readonly vfs: Vfs,
    private readonly path: string,
    private readonly format: string,
    private readonly header: boolean,
  ) {
    this.description = `FileSink[${vfs.qualify(path)}]`;
    if (!['json', 'csv', 'text', 'parquet'].includes(format)) throw new SparkException(`Flint cannot write the '${format}' format yet.`);
  }

  private metaPath(batchId: number): string {
    return `${this.path.replace(/\/+$/, '')}/_spark_metadata/${batchId}`;
  }

  addBatch(batchId: number, schema: StructType, rows: Row[], mode: OutputMode, fault: (point: string) => void): void {
    if (mode !== 'append') throw new SparkException(`Data source ${this.format} does not support ${mode === 'complete' ? 'Complete' : 'Update'} output mode.`);
    // Already written by a run that died before its commit: the log says so, skip it.
    if (this.vfs.exists(this.metaPath(batchId))) return;
    const entries: unknown[] = [];
    if (rows.length) {
      const ext = this.format === 'text' ? 'txt' : this.format === 'parquet' ? 'snappy.parquet' : this.format;
      const file = `${this.path.replace(/\/+$/, '')}/part-${pad(fileCounter++ % 100000, 5)}-${uuid()}-c000.${ext}`;
      const data = this.format === 'parquet' ? writeParquet(schema.fields, rows) : formatRows(this.format, schema, rows, this.header);
      this.vfs.writeFile(file, data, { createParents: true });
      const info = this.vfs.stat(file);
      entries.push({ path: this.vfs.qualify(file), size: info.size, isDir: false, modificationTime: info.modificationTime, blockReplication: 1, blockSize: 33554432, action: 'add' });
    } else {
      this.vfs.mkdirs(this.path);
    }
    fault('sinkFilesWritten');
    this.vfs.writeFile(this.metaPath(batchId), ['v1', ...entries.map((e) => JSON.stringify(e))].join('\n'), { createParents: true });
  }
}

/** The files a file sink's `_spark_metadata` log lists (what a reader of its directory sees). */
export function sinkLogFiles(vfs: Vfs, dir: string): string[] | null {
  const meta = `${dir.replace(/\/+$/, '')}/_spark_metadata`;
  if (!vfs.exists(meta)) return null;
  const out: string[] = [];
  for (const f of vfs.listDir(meta)) {
    if (!/^\d+$/.test(f.name)) continue;
    for (const line of vfs.readText(f.path).split('\n').slice(1)) {
      if (line.trim() === '') continue;
      const e = JSON.parse(line) as { path: string; action: string };
      if (e.action === 'add') out.push(e.path);
    }
  }
  return out;
}
