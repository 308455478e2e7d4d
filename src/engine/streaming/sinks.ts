/**
 * Streaming sinks: memory (a temp view named by queryName), console (Spark's `Batch: N`
 * blocks with show() tables), callbacks (foreachBatch / foreach, written in Python) and files
 * (json, csv, text, parquet) with the `_spark_metadata` log that makes a re-run batch a no-op.
 */
import { SparkException } from '../errors';
import type { Row } from '../expr';
import type { SqlSession } from '../catalog';
import type { Vfs } from '../io';
import { formatValue } from '../types';
import type { DataType, StructType } from '../types';
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

function isoTimestamp(micros: number): string {
  const d = new Date(Math.floor(micros / 1000));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
}

/** A value as Spark's JSON writer puts it. */
function jsonOf(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return undefined;
  switch (t.kind) {
    case 'long': return Number(v as bigint);
    case 'timestamp': case 'timestamp_ntz': return isoTimestamp(v as number);
    case 'date': return formatValue(v, t);
    case 'struct': {
      const o: Record<string, unknown> = {};
      t.fields.forEach((f, i) => {
        const x = jsonOf((v as unknown[])[i], f.type);
        if (x !== undefined) o[f.name] = x;
      });
      return o;
    }
    case 'array': return (v as unknown[]).map((e) => jsonOf(e, t.element) ?? null);
    case 'decimal': return Number(formatValue(v, t));
    default: return typeof v === 'bigint' ? Number(v) : v;
  }
}

function csvField(v: unknown, t: DataType): string {
  if (v === null || v === undefined) return '';
  const s = t.kind === 'timestamp' || t.kind === 'timestamp_ntz' ? isoTimestamp(v as number) : formatValue(v, t);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '\\"')}"` : s;
}

export function formatRows(format: string, schema: StructType, rows: readonly Row[], header: boolean): string {
  if (format === 'json') return rows.map((r) => JSON.stringify(jsonOf(r, schema)) + '\n').join('');
  if (format === 'csv') {
    const lines = rows.map((r) => schema.fields.map((f, i) => csvField(r[i], f.type)).join(',') + '\n');
    return (header && rows.length ? schema.fields.map((f) => f.name).join(',') + '\n' : '') + lines.join('');
  }
  if (format === 'text') return rows.map((r) => `${String(r[0])}\n`).join('');
  throw new SparkException(`Flint cannot write the '${format}' format yet.`);
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
