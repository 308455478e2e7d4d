/**
 * Streaming sources. An offset is a JSON value; a source says how far the next batch may
 * read (`latest`) and gives the rows between two offsets (`rows`). Offsets are logged in the
 * checkpoint before a batch runs, so a restarted query re-reads exactly the same rows.
 *
 *  - files: offset = the number of batches of files it has logged (`sources/i/N` lists the files
 *    of batch N); new files are those not logged yet, oldest first (or latestFirst), at most
 *    maxFilesPerTrigger per batch.
 *  - rate: offset = whole seconds since the query's start time; `value` counts from 0,
 *    `timestamp` spreads each second's rows evenly; rampUpTime grows the rate linearly.
 *  - memory / socket: rows added by code (`MemoryStream.addData`, a test or the notebook
 *    feeding a socket); offset = the number of added blocks.
 */
import { SparkException } from '../errors';
import type { Row } from '../expr';
import type { Vfs, VfsFileInfo } from '../io';
import type { StructField } from '../types';
import type { Checkpoint } from './checkpoint';
import { durationMicros } from '../expr/functions/time-window';
import { csvOptionsFrom } from '../dataframe/csv';
import { jsonReadSettings, readWithSchema } from './formats';
import { readParquet } from '../dataframe/parquet';
import { batchToRows } from '../columnar';
import type { ReadOptions } from './formats';

export type Offset = number;

export interface StreamSource {
  readonly fields: readonly StructField[];
  /** Spark's progress `description`. */
  readonly description: string;
  /** The offset the next batch reads to (`start` when nothing new is available). */
  latest(start: Offset | null): Offset;
  /** The rows in (start, end]. */
  rows(start: Offset | null, end: Offset): Row[];
  /** Its first offset counts as new data even when it is 0 (the rate source: Spark's empty batch 0). */
  readonly initialOffsetIsData?: boolean;
}

/** A source definition from `spark.readStream...load()`; each query instantiates its own. */
export interface SourceDef {
  readonly kind: 'files' | 'rate' | 'memory' | 'socket';
  readonly fields: readonly StructField[];
  readonly options: Readonly<Record<string, string>>;
  readonly format?: string;
  readonly path?: string;
  /** memory/socket: the shared block list code appends to. */
  readonly blocks?: MemoryBlocks;
  /** socket: moves what arrived at the endpoint into `blocks` (called before each offset check). */
  readonly pull?: () => void;
}

/** Rows added over time to a memory stream or a socket (each add is one block). */
export class MemoryBlocks {
  readonly blocks: Row[][] = [];
  add(rows: Row[]): number {
    this.blocks.push(rows);
    return this.blocks.length;
  }
}

const opt = (o: Readonly<Record<string, string>>, k: string): string | undefined => {
  const hit = Object.keys(o).find((x) => x.toLowerCase() === k.toLowerCase());
  return hit === undefined ? undefined : o[hit];
};

function positiveInt(o: Readonly<Record<string, string>>, k: string): number | null {
  const v = opt(o, k);
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new SparkException(`Invalid value '${v}' for option '${k}', must be a positive integer`);
  return n;
}

class FileSource implements StreamSource {
  readonly description: string;
  readonly fields: readonly StructField[];
  private readonly seen = new Set<string>();
  private logged = 0;
  private readonly maxFiles: number | null;
  private readonly latestFirst: boolean;
  private readonly read: ReadOptions;

  constructor(
    private readonly vfs: Vfs,
    private readonly def: SourceDef,
    private readonly log: Checkpoint,
    private readonly logDir: (string | number)[],
  ) {
    this.description = `FileStreamSource[${vfs.qualify(def.path!)}]`;
    this.fields = def.fields;
    this.maxFiles = positiveInt(def.options, 'maxFilesPerTrigger');
    this.latestFirst = (opt(def.options, 'latestFirst') ?? 'false').toLowerCase() === 'true';
    this.read = {
      mode: opt(def.options, 'mode'),
      columnNameOfCorruptRecord: opt(def.options, 'columnNameOfCorruptRecord'),
      header: (opt(def.options, 'header') ?? 'false').toLowerCase() === 'true',
      sep: opt(def.options, 'sep') ?? opt(def.options, 'delimiter'),
      quote: opt(def.options, 'quote'),
      wholetext: (opt(def.options, 'wholetext') ?? 'false').toLowerCase() === 'true',
      lineSep: opt(def.options, 'lineSep'),
      // Every CSV option, as the batch reader takes them.
      ...(def.format === 'csv' ? { csv: csvOptionsFrom((k) => opt(def.options, k)) } : {}),
      ...(def.format === 'json' ? { json: jsonReadSettings((k) => opt(def.options, k)) } : {}),
    };
    // Recovery: the files every logged batch took.
    for (const id of log.batchIds(...logDir)) {
      for (const f of log.readLog(logDir, id) ?? []) this.seen.add((f as { path: string }).path);
      this.logged = Math.max(this.logged, id);
    }
  }

  private listing(): VfsFileInfo[] {
    const p = this.def.path!;
    if (!this.vfs.exists(p) && !/[*?[{]/.test(p)) return [];
    try {
      return this.vfs.inputFiles(p).filter((f) => !f.isDir);
    } catch {
      return [];
    }
  }

  latest(start: Offset | null): Offset {
    const at = start ?? 0;
    // A batch logged but not yet used (the run stopped between logging and reading).
    if (this.logged > at) return at + 1;
    const fresh = this.listing().filter((f) => !this.seen.has(f.path));
    if (fresh.length === 0) return at;
    fresh.sort((a, b) => a.modificationTime - b.modificationTime || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (this.latestFirst) fresh.reverse();
    const take = this.maxFiles !== null ? fresh.slice(0, this.maxFiles) : fresh;
    const id = at + 1;
    this.log.writeLog(this.logDir, id, take.map((f) => ({ path: f.path, timestamp: f.modificationTime, batchId: id })));
    for (const f of take) this.seen.add(f.path);
    this.logged = id;
    return id;
  }

  rows(start: Offset | null, end: Offset): Row[] {
    const out: Row[] = [];
    for (let id = (start ?? 0) + 1; id <= end; id++) {
      for (const f of this.log.readLog(this.logDir, id) ?? []) {
        const path = (f as { path: string }).path;
        if (this.def.format === 'parquet') {
          // Parquet is binary: read by column against the stream's schema (missing columns null).
          for (const b of readParquet(this.vfs.readFile(path), { fields: this.def.fields }, this.vfs.qualify(path)).batches) out.push(...batchToRows(b));
          continue;
        }
        const text = this.vfs.readText(path);
        const got = readWithSchema(this.def.format!, text, this.def.fields, this.read);
        for (const r of got) out.push(r);
      }
    }
    return out;
  }
}

/** Rows the rate source has produced after `seconds` (Spark's ramp-up arithmetic). */
export function rateValueAt(seconds: number, rowsPerSecond: number, rampUpSeconds: number): number {
  const delta = rowsPerSecond / (rampUpSeconds + 1);
  if (seconds <= rampUpSeconds) {
    // (1 + 2 + ... + seconds) * delta, in integer steps as the reference computes it
    return seconds % 2 === 1 ? Math.floor(((seconds + 1) / 2) * delta * seconds) : Math.floor((seconds / 2) * delta * (seconds + 1));
  }
  return rateValueAt(rampUpSeconds, rowsPerSecond, rampUpSeconds) + (seconds - rampUpSeconds) * rowsPerSecond;
}

class RateSource implements StreamSource {
  readonly initialOffsetIsData = true;
  readonly description: string;
  readonly fields: readonly StructField[];
  private readonly rps: number;
  private readonly rampUp: number;
  private readonly startMs: number;

  constructor(
    def: SourceDef,
    log: Checkpoint,
    logDir: (string | number)[],
    private readonly clock: () => number,
  ) {
    this.fields = def.fields;
    this.rps = positiveInt(def.options, 'rowsPerSecond') ?? 1;
    const ramp = opt(def.options, 'rampUpTime');
    this.rampUp = ramp === undefined ? 0 : Math.floor(durationMicros(/^\d+$/.test(ramp) ? `${ramp} seconds` : ramp, 'rampUpTime') / 1_000_000);
    const partitions = positiveInt(def.options, 'numPartitions') ?? 'default';
    // (Spark's description has no closing bracket.)
    this.description = `RateStreamV2[rowsPerSecond=${this.rps}, rampUpTimeSeconds=${this.rampUp}, numPartitions=${partitions}`;
    // The start time is part of the checkpoint, so a restarted query continues the sequence.
    const saved = log.readLog(logDir, 0);
    if (saved && saved.length) this.startMs = (saved[0] as { startTimeMs: number }).startTimeMs;
    else {
      this.startMs = Math.floor(clock());
      log.writeLog(logDir, 0, [{ startTimeMs: this.startMs }]);
    }
  }

  latest(start: Offset | null): Offset {
    return Math.max(start ?? 0, Math.floor((this.clock() - this.startMs) / 1000));
  }

  rows(start: Offset | null, end: Offset): Row[] {
    const from = start ?? 0;
    const out: Row[] = [];
    for (let s = from; s < end; s++) {
      const lo = rateValueAt(s, this.rps, this.rampUp);
      const hi = rateValueAt(s + 1, this.rps, this.rampUp);
      const n = hi - lo;
      for (let i = 0; i < n; i++) {
        const ms = this.startMs + s * 1000 + Math.floor((i * 1000) / n);
        out.push([ms * 1000, BigInt(lo + i)]);
      }
    }
    return out;
  }
}

class BlockSource implements StreamSource {
  constructor(
    readonly fields: readonly StructField[],
    readonly description: string,
    private readonly blocks: MemoryBlocks,
    private readonly pull?: () => void,
  ) {}
  latest(): Offset {
    this.pull?.();
    return this.blocks.blocks.length;
  }
  rows(start: Offset | null, end: Offset): Row[] {
    const w = this.fields.length;
    return this.blocks.blocks.slice(start ?? 0, end).flatMap((b) => b.map((r) => (r.length === w ? r : r.slice(0, w))));
  }
}

export interface SourceContext {
  readonly vfs: Vfs | null;
  readonly checkpoint: Checkpoint;
  readonly index: number;
  readonly clock: () => number;
}

export function openSource(def: SourceDef, ctx: SourceContext): StreamSource {
  const dir = ['sources', ctx.index];
  switch (def.kind) {
    case 'files':
      if (!ctx.vfs) throw new SparkException('this session has no file system');
      return new FileSource(ctx.vfs, def, ctx.checkpoint, dir);
    case 'rate':
      return new RateSource(def, ctx.checkpoint, dir, ctx.clock);
    case 'memory':
      return new BlockSource(def.fields, `MemoryStream[${def.fields.map((f) => f.name).join(',')}]`, def.blocks!);
    case 'socket':
      return new BlockSource(def.fields, `TextSocketV2[host: ${opt(def.options, 'host') ?? 'localhost'}, port: ${opt(def.options, 'port') ?? ''}]`, def.blocks!, def.pull);
  }
}
