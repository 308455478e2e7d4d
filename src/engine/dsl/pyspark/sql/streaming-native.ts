/**
 * `pyspark.sql._streaming`: what pyspark.sql.streaming (Python) calls on the "JVM side":
 * stream sources as placeholder views, starting a StreamExecution with its sink and trigger
 * loop on the driver's background runner, and the query handle's state.
 */
import type { SqlSession } from '../../../catalog';
import { FlintError } from '../../../errors';
import type { Row } from '../../../expr';
import { durationMicros } from '../../../expr/functions/time-window';
import { csvOptionsFrom, inferFields, readJsonLines, rowToEngine, readCsv } from '../../../dataframe';
import { parquetFileInfo } from '../../../dataframe/parquet';
import { corruptIndex, csvPruned, parseMode } from '../../../dataframe/csv';
import { fileOrigin } from '../../../dataframe/file-scan';
import type { SparkContext } from '../../../rdd';
import {
  CallbackSink, ConsoleSink, FileSink, MemoryBlocks, MemorySink, StreamExecution, background, checkStreamingPlan, jsonReadSettings, readWithSchema, sinkLogFiles,
} from '../../../streaming';
import type { BackgroundTask, OutputMode, QueryDef, Sink, SourceDef, Trigger, WatermarkDef } from '../../../streaming';
import { parseSchema } from '../../../types';
import { batchesFromRows, cachedRows } from '../../../columnar';
import type { ColumnBatch } from '../../../columnar';
import { newAttribute } from '../../../sql/logical';
import type { ReadOptions } from '../../../streaming/formats';
import { schemaFileScan } from './schema-scan';
import { fileScanSettings } from './native';
import { socketEndpoint } from '../../../streaming/dstream/socket';
import type { StructField } from '../../../types';
import { PyModule, call, construct, floatValue, toArray, toFloat } from '../../../values/py';
import type { PyDict, PyType } from '../../../values/py';
import { blockFor } from '../../modules/time-module';
import { contextVfs } from '../text-files';
import { loadModule } from '../source-module';

const sourceDefs = new Map<string, SourceDef>();
let viewCounter = 0;

function captured(e: unknown): unknown {
  if (!(e instanceof FlintError)) return e;
  const mod = loadModule('pyspark.errors.exceptions.captured');
  const name = ['AnalysisException', 'IllegalArgumentException', 'SparkRuntimeException'].includes(e.ename) ? e.ename : e.ename === 'SparkException' ? 'SparkRuntimeException' : 'AnalysisException';
  return construct(mod.$d.get(name) as PyType, [e.message]);
}

function engine<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw captured(e);
  }
}

function options(d: PyDict): Record<string, string> {
  const o: Record<string, string> = {};
  for (const k of d.keyArray() as string[]) {
    const v = d.get(k);
    if (v !== null && v !== undefined) o[k] = typeof v === 'boolean' ? String(v) : String(v);
  }
  return o;
}

const optOf = (o: Record<string, string>, k: string): string | undefined => {
  const hit = Object.keys(o).find((x) => x.toLowerCase() === k.toLowerCase());
  return hit === undefined ? undefined : o[hit];
};

const illegal = (m: string) => new FlintError('IllegalArgumentException', m);

function registerSource(s: SqlSession, def: SourceDef): string {
  const view = `__flint_stream_${viewCounter++}`;
  sourceDefs.set(view, def);
  s.registerView(view, [...def.fields], []);
  return view;
}

/** A file source's schema: given, or inferred from the files there when schemaInference is on. */
function fileSchema(s: SqlSession, sc: SparkContext, format: string, path: string, ddl: string | null, o: Record<string, string>): StructField[] {
  if (format === 'text') return [{ name: 'value', type: { kind: 'string' }, nullable: true }];
  if (ddl !== null) return parseSchema(ddl);
  if ((s.conf.get('spark.sql.streaming.schemaInference') ?? 'false').toLowerCase() !== 'true') {
    throw illegal(
      "Schema must be specified when creating a streaming source DataFrame. If some files already exist in the directory, then depending on the file format you may be able to create a static DataFrame on that directory with 'spark.read.load(directory)' and infer schema from it.",
    );
  }
  const vfs = contextVfs(sc);
  const files = vfs.exists(path) ? vfs.inputFiles(path) : [];
  if (files.length === 0) throw new FlintError('AnalysisException', `Unable to infer schema for ${format.toUpperCase()}. It must be specified manually.`);
  if (format === 'parquet') return parquetFileInfo(vfs.readFile(files[0]!.path), vfs.qualify(files[0]!.path)).fields;
  const text = vfs.readText(files[0]!.path);
  if (format === 'json') return readJsonLines(text).fields;
  return readCsv(text, csvOptionsFrom((k) => optOf(o, k))).fields;
}

export interface Handle {
  exec: StreamExecution;
  task: BackgroundTask | null;
  trigger: Trigger;
  onEvent: unknown;
  exception: unknown;
  stopped: boolean;
  /** Where the query's lifecycle is reported to the Spark UI (StreamingQueryListener events). */
  sc?: SparkContext;
}

/** Tells the Spark UI about the query: started, a batch's progress, or terminated. */
function report(h: Handle, status: 'started' | 'progress' | 'terminated'): void {
  if (!h.sc) return;
  const d = h.exec.def;
  const p = status === 'progress' ? h.exec.progress[h.exec.progress.length - 1] : undefined;
  const err = h.exception as { message?: unknown } | null;
  h.sc.post({
    kind: 'streamingQuery', status, id: d.id, runId: d.runId, name: d.name, time: Date.now(),
    ...(p ? {
      batch: {
        batchId: p.batchId, timestamp: p.timestamp, numInputRows: p.numInputRows, inputRowsPerSecond: p.inputRowsPerSecond,
        processedRowsPerSecond: p.processedRowsPerSecond, durationMs: p.durationMs.triggerExecution ?? 0,
      },
    } : {}),
    ...(status === 'terminated' && err ? { error: typeof err.message === 'string' ? err.message : String(err) } : {}),
  });
}

const DOUBLE_KEYS = new Set(['inputRowsPerSecond', 'processedRowsPerSecond']);

/** Progress JSON as Spark writes it: rates always as doubles. */
function progressJson(p: unknown): string {
  return JSON.stringify(p, (k, v: unknown) => (DOUBLE_KEYS.has(k) && typeof v === 'number' ? `\u0000${Number.isInteger(v) ? v.toFixed(1) : String(v)}` : v)).replace(/"\\u0000([^"]*)"/g, '$1');
}

function finish(h: Handle, error: unknown): void {
  if (h.stopped) return;
  h.stopped = true;
  h.exception = error;
  if (h.task) background.unregister(h.task);
  h.exec.stop();
  if (error !== null) h.exec.exception = error;
  report(h, 'terminated');
  call(h.onEvent, ['terminated', null]);
}

/** One trigger: runs a batch when due; returns the delay to the next tick or null when done. */
function tick(h: Handle): number | null {
  if (h.stopped) return null;
  try {
    const due = h.exec.dueIn();
    if (due > 0) return due;
    const before = h.exec.progress.length;
    const last = h.exec.progress[before - 1];
    const ran = h.exec.runBatch();
    // The log keeps the latest 100: a new batch shows as a new last entry.
    if (h.exec.progress[h.exec.progress.length - 1] !== last) report(h, 'progress');
    if (h.exec.progress.length > before) call(h.onEvent, ['progress', null]);
    if (h.trigger.kind === 'once' || (h.trigger.kind === 'availableNow' && !ran)) {
      finish(h, null);
      return null;
    }
    if (h.trigger.kind === 'processingTime' && h.trigger.intervalMs > 0) return h.exec.dueIn();
    return ran ? 0 : 10;
  } catch (e) {
    finish(h, e);
    return null;
  }
}

/** What a live table shows about its query (display(streamingDF)). */
export function liveInfo(h: Handle, name: string): { queryId: string; name: string; active: boolean; batchId: number; progress: { batchId: number; inputRowsPerSecond: number; processedRowsPerSecond: number; durationMs: number; numInputRows: number }[] } {
  return {
    queryId: h.exec.def.id,
    name,
    active: !h.stopped,
    batchId: h.exec.currentBatchId - 1,
    progress: h.exec.progress.slice(-50).map((p) => ({
      batchId: p.batchId, inputRowsPerSecond: p.inputRowsPerSecond, processedRowsPerSecond: p.processedRowsPerSecond,
      durationMs: p.durationMs.triggerExecution ?? 0, numInputRows: p.numInputRows,
    })),
  };
}

/** A Python timeout in ms (int or float; None = no timeout) as a performance.now() deadline. */
function deadline(timeoutMs: unknown): number {
  if (timeoutMs === null || timeoutMs === undefined) return Infinity;
  return performance.now() + floatValue(toFloat(timeoutMs));
}

export function streamingNativeModule(): PyModule {
  const m = new PyModule('pyspark.sql._streaming');
  const fns: Record<string, (...a: never[]) => unknown> = {
    duration_ms: (text: string) => engine(() => durationMicros(text, 'delay threshold') / 1000),
    /** A file source: returns its placeholder view. */
    file_source: (s: SqlSession, sc: SparkContext, format: string, path: string, ddl: string | null, opts: PyDict) => engine(() => {
      const o = options(opts);
      if (!['json', 'csv', 'text', 'parquet'].includes(format)) throw new FlintError('SparkException', `Flint cannot read the '${format}' format as a stream yet.`);
      const fields = fileSchema(s, sc, format, path, ddl, o);
      return registerSource(s, { kind: 'files', format, path, fields, options: o });
    }),
    rate_source: (s: SqlSession, opts: PyDict) => engine(() => registerSource(s, {
      kind: 'rate', options: options(opts),
      fields: [{ name: 'timestamp', type: { kind: 'timestamp' }, nullable: true }, { name: 'value', type: { kind: 'long' }, nullable: true }],
    })),
    socket_source: (s: SqlSession, opts: PyDict) => engine(() => {
      const o = options(opts);
      const host = optOf(o, 'host');
      const port = optOf(o, 'port');
      if (host === undefined) throw new FlintError('AnalysisException', 'Set a host to read from with option("host", ...).');
      if (port === undefined) throw new FlintError('AnalysisException', 'Set a port to read from with option("port", ...).');
      // The same endpoints as DStreams' socketTextStream (flint.streams.socket(host, port).send(...)).
      const endpoint = socketEndpoint(host, Number(port));
      const blocks = new MemoryBlocks();
      const withTs = (optOf(o, 'includeTimestamp') ?? 'false').toLowerCase() === 'true';
      const fields: StructField[] = [{ name: 'value', type: { kind: 'string' }, nullable: true }];
      if (withTs) fields.push({ name: 'timestamp', type: { kind: 'timestamp' }, nullable: true });
      const pull = () => {
        const lines = endpoint.take();
        if (lines.length) blocks.add(lines.map((l) => [l, Date.now() * 1000]));
      };
      return registerSource(s, { kind: 'socket', options: o, fields, blocks, pull });
    }),
    /** Lines "sent" to a socket source at host:port (the notebook or a test feeds it). */
    socket_send: (host: string, port: unknown, lines: unknown) => {
      socketEndpoint(host, Number(port)).send((toArray(lines) as unknown[]).map(String));
      return null;
    },
    memory_source: (s: SqlSession, ddl: string) => engine(() => registerSource(s, { kind: 'memory', options: {}, fields: parseSchema(ddl), blocks: new MemoryBlocks() })),
    memory_add: (view: string, rows: unknown) => engine(() => {
      const def = sourceDefs.get(view)!;
      const data = (toArray(rows) as unknown[]).map((r) => rowToEngine(toArray(r), def.fields));
      return def.blocks!.add(data);
    }),
    infer_fields: (names: unknown, rows: unknown) => inferFields(toArray(names) as string[], (toArray(rows) as unknown[]).map((r) => toArray(r))).map((f) => f.name),
    is_source: (view: string) => sourceDefs.has(view),
    /** Starts a query; returns its handle. `sink` is (kind, args...) as the writer built it. */
    start: (s: SqlSession, sc: SparkContext, spec: PyDict, sinkSpec: unknown, onEvent: unknown) => engine(() => {
      const g = (k: string) => spec.get(k);
      const sql = g('sql') as string;
      const views = [...new Set(sql.match(/__flint_stream_\d+/g) ?? [])];
      const mode = (g('outputMode') as string).toLowerCase() as OutputMode;
      if (!['append', 'update', 'complete'].includes(mode)) {
        throw illegal(`Unknown output mode ${g('outputMode') as string}. Accepted output modes are 'append', 'complete', 'update'`);
      }
      const wms: WatermarkDef[] = (toArray(g('watermarks')) as unknown[]).map((w) => {
        const [id, column, parentSql, delayMs] = toArray(w) as [number, string, string, number];
        return { id, column, parentSql, delayMs };
      });
      const aggT = g('agg');
      const agg = aggT === null ? null : (() => {
        const [aggSql, childSql, keys, inc] = toArray(aggT) as [string, string, unknown, unknown];
        const incremental = inc === null || inc === undefined ? null : (() => {
          const [partialSql, mergeSql, finalSql, stateKeys] = toArray(inc) as [string, string, string, unknown];
          return { partialSql, mergeSql, finalSql, stateKeys: toArray(stateKeys) as string[] };
        })();
        return { aggSql, childSql, keys: toArray(keys) as string[], incremental };
      })();
      const dedupT = g('dedup');
      const dedup = dedupT === null || dedupT === undefined ? null : (() => {
        const [dedupSql, childSql, subset, within] = toArray(dedupT) as [string, string, unknown, boolean | undefined];
        return { dedupSql, childSql, subset: toArray(subset) as string[], withinWatermark: within === true };
      })();
      checkStreamingPlan(s.analyze(sql.split(dedup?.dedupSql ?? '\u0000').join(dedup ? `SELECT * FROM (${dedup.childSql}) AS __dd` : '')), new Set(views), mode, wms.length > 0);
      const vfs = contextVfs(sc);
      const [kind, ...args] = toArray(sinkSpec) as [string, ...unknown[]];
      let sink: Sink;
      let memory: MemorySink | null = null;
      switch (kind) {
        case 'memory': {
          const name = args[0] as string | null;
          if (!name) throw new FlintError('AnalysisException', 'queryName must be specified for memory sink');
          sink = memory = new MemorySink(s, name);
          break;
        }
        case 'console': sink = new ConsoleSink((t) => void call(args[0], [t]), Number(args[1]), Number(args[2])); break;
        case 'foreachBatch': case 'foreach': {
          let n = 0;
          sink = new CallbackSink(kind === 'foreach' ? 'ForeachSink' : 'ForeachBatchSink', (batchId, schema, rows) => {
            const view = `__flint_batch_${viewCounter}_${n++}`;
            s.registerView(view, schema.fields, rows);
            call(args[0], [view, batchId]);
          });
          break;
        }
        case 'file': {
          const [path, format, header] = args as [string | null, string, boolean];
          if (!path) throw illegal("'path' is not specified");
          sink = new FileSink(vfs, path, format, header);
          if (mode !== 'append') throw new FlintError('AnalysisException', `Data source ${format} does not support ${mode === 'complete' ? 'Complete' : 'Update'} output mode.`);
          break;
        }
        default: throw new FlintError('SparkException', `Flint has no streaming sink '${kind}'.`);
      }
      const [tk, interval] = toArray(g('trigger')) as [Trigger['kind'], number];
      const trigger: Trigger = { kind: tk, intervalMs: interval };
      const def: QueryDef = {
        id: g('id') as string, runId: g('runId') as string, name: (g('name') as string | null) ?? null, sql,
        sources: views.map((view) => ({ view, def: sourceDefs.get(view)! })),
        agg, dedup, watermarks: wms, outputMode: mode, trigger,
        checkpointLocation: (g('checkpointLocation') as string | null) ?? null,
        tempCheckpoint: `/tmp/temporary-${g('runId') as string}`,
        sink,
      };
      const exec = new StreamExecution(def, s, vfs);
      if (memory) memory.init(s.sql(sql).schema);
      const h: Handle = { exec, task: null, trigger, onEvent, exception: null, stopped: false, sc };
      report(h, 'started');
      h.task = background.register(`query ${def.name ?? def.id}`, () => tick(h));
      return h;
    }),
    is_active: (h: Handle) => !h.stopped,
    status: (h: Handle) => JSON.stringify({ message: h.stopped ? 'Stopped' : h.exec.message, isDataAvailable: h.exec.dataAvailable, isTriggerActive: h.exec.triggerActive }),
    last_progress: (h: Handle) => (h.exec.progress.length ? progressJson(h.exec.progress[h.exec.progress.length - 1]) : null),
    recent_progress: (h: Handle) => h.exec.progress.map(progressJson),
    exception: (h: Handle) => h.exception,
    exception_message: (h: Handle) => {
      const e = h.exception as { message?: unknown; toString(): string } | null;
      if (e === null) return null;
      if (e instanceof Error) return e.message;
      return null;
    },
    /** Runs batches now until the sources have nothing new (or the query failed). */
    process_all: (h: Handle) => {
      while (!h.stopped) {
        let ran: boolean;
        try {
          const last = h.exec.progress[h.exec.progress.length - 1];
          ran = h.exec.runBatch();
          if (h.exec.progress[h.exec.progress.length - 1] !== last) report(h, 'progress');
          if (ran) call(h.onEvent, ['progress', null]);
        } catch (e) {
          finish(h, e);
          break;
        }
        if (!ran) break;
      }
      return null;
    },
    /** Waits (running background ticks) until the query ends or `timeoutMs` passes; true if it ended. */
    await_: (h: Handle, timeoutMs: unknown) => background.runUntil(deadline(timeoutMs), blockFor, () => h.stopped),
    await_any: (hs: unknown, timeoutMs: unknown) => {
      const list = toArray(hs) as Handle[];
      return background.runUntil(deadline(timeoutMs), blockFor, () => list.some((h) => h.stopped));
    },
    stop: (h: Handle) => {
      finish(h, null);
      return null;
    },
    explain_sql: (h: Handle) => h.exec.def.sql,
    explain_text: (s: SqlSession, sql: string) => engine(() => s.sql(`EXPLAIN ${sql}`).rows.map((r) => String(r[0])).join('\n')),
    /** The query id a checkpoint keeps across restarts (null for a new checkpoint). */
    checkpoint_id: (sc: SparkContext, dir: string) => {
      const vfs = contextVfs(sc);
      const p = `${dir.replace(/\/+$/, '')}/metadata`;
      return vfs.exists(p) ? (JSON.parse(vfs.readText(p)) as { id: string }).id : null;
    },
    batch_id: (h: Handle) => h.exec.currentBatchId,
    /** Files a reader of a file sink's directory sees (its `_spark_metadata` log), or None. */
    sink_files: (sc: SparkContext, dir: string) => sinkLogFiles(contextVfs(sc), dir),
    read_with_schema: (sc: SparkContext, s: SqlSession, format: string, paths: unknown, ddl: string, opts: PyDict) => engine(() => {
      const vfs = contextVfs(sc);
      const fields = parseSchema(ddl);
      const o = options(opts);
      // The files are listed now (a missing path fails the read); their rows are parsed when a
      // query first needs them, so a FAILFAST record raises at that action, as Spark's scan does.
      const logged = (toArray(paths) as string[]).map((p) => sinkLogFiles(vfs, p));
      const files = (toArray(paths) as string[]).flatMap((p, i) => logged[i] ?? vfs.inputFiles(p).map((f) => f.path));
      const ro: ReadOptions = { mode: optOf(o, 'mode'), header: (optOf(o, 'header') ?? 'false').toLowerCase() === 'true', sep: optOf(o, 'sep') ?? optOf(o, 'delimiter'), columnNameOfCorruptRecord: optOf(o, 'columnNameOfCorruptRecord'), ...(format === 'csv' ? { csv: csvOptionsFrom((k) => optOf(o, k), s.conf.get('spark.sql.columnNameOfCorruptRecord') ?? '_corrupt_record', s.conf.get('spark.sql.csv.parser.columnPruning.enabled')) } : {}), ...(format === 'json' ? { json: jsonReadSettings((k) => optOf(o, k)) } : {}) };
      const readRows = (r: ReadOptions): Row[] => {
        const rows: Row[] = [];
        for (const f of files) {
          for (const row of readWithSchema(format, vfs.readText(f), fields, r)) rows.push(row);
        }
        return rows;
      };
      let batches: ColumnBatch[] | null = null;
      // CSV column pruning (Spark's): a query reading some columns drops, fails on or marks only
      // the records malformed in those (`dataframe/csv.ts` csvRows), so such reads are their own.
      const csv = ro.csv;
      const prunedRows = csv !== undefined && (parseMode(csv.mode) !== 'PERMISSIVE' || corruptIndex(fields, csv) >= 0);
      const pruned = new Map<string, ColumnBatch[]>();
      const get = (needed?: ReadonlySet<number>): ColumnBatch[] => {
        const pc = csv && needed && prunedRows ? csvPruned(csv, fields, [...needed]) : null;
        if (!pc) return (batches ??= batchesFromRows(fields.map((f) => f.type), readRows(ro)));
        const key = pc.columns!.join(',');
        let got = pruned.get(key);
        if (!got) pruned.set(key, (got = batchesFromRows(fields.map((f) => f.type), readRows({ ...ro, csv: pc }))));
        return got;
      };
      const view = `__flint_df_s${viewCounter++}`;
      const output = fields.map((f) => newAttribute(f.name, f.type, f.nullable));
      // The executors read the files themselves when a distributed stage scans them (schema-scan.ts), in Spark's partition count.
      const scan = schemaFileScan(vfs, files.map((f) => ({ path: f, size: vfs.stat(f).size })), format, fields, ro, fileScanSettings(s, sc));
      // EXPLAIN's FileScan (a file sink's directory is read through its log, Spark's MetadataLogFileIndex: not described).
      const origin = logged.every((l) => l === null) ? { origin: fileOrigin(vfs, format, toArray(paths) as string[]) } : {};
      s.catalog.createTempView(view, { kind: 'scan', name: view, output, rows: () => cachedRows(get()), batches: get, partitions: scan.partitions, files: scan.files, ...origin }, true);
      return view;
    }),
  };
  for (const [k, f] of Object.entries(fns)) {
    (f as { $name?: string }).$name = k;
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.sql._streaming');
  return m;
}
