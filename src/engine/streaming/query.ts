/**
 * A streaming query's micro-batch execution (Spark's MicroBatchExecution) over the SQL engine.
 *
 * A streaming DataFrame is SQL over placeholder views, one per source. Each batch registers
 * the source rows read between the batch's offsets under those names and runs the SQL.
 * A streaming aggregation is split where Spark puts its state store: the aggregate's input
 * (`childSql`) runs on the new rows only (late rows dropped by the watermark filter as they
 * arrive), its rows join the state, and the aggregate runs over the state. Output modes:
 * complete = every group, update = the groups this batch changed, append = the groups the
 * watermark has finalized (each once; their state is then evicted).
 *
 * Batch protocol (as Spark's): log offsets/N, read, run, hand the rows to the sink, save the
 * state, log commits/N. A restarted query re-runs an uncommitted batch with the same offsets;
 * sinks make that idempotent (the file sink's `_spark_metadata` log, the memory sink's ids).
 */
import { FlintError, SparkException } from '../errors';
import type { Row } from '../expr';
import type { SqlSession } from '../catalog';
import type { LPlan } from '../sql/logical';
import { structType } from '../types';
import type { StructField, StructType } from '../types';
import type { Vfs } from '../io';
import { watermarks } from '../expr/functions/time-window';
import { Checkpoint, decodeValue, encodeValue } from './checkpoint';
import { openSource } from './sources';
import type { Offset, SourceDef, StreamSource } from './sources';
import type { Sink } from './sinks';

export type OutputMode = 'append' | 'update' | 'complete';

export interface Trigger {
  readonly kind: 'default' | 'processingTime' | 'once' | 'availableNow';
  readonly intervalMs: number;
}

export interface WatermarkDef {
  readonly id: number;
  readonly column: string;
  /** The DataFrame withWatermark was called on (its event-time column is `column`). */
  readonly parentSql: string;
  readonly delayMs: number;
}

export interface QueryDef {
  readonly id: string;
  readonly runId: string;
  readonly name: string | null;
  readonly sql: string;
  readonly sources: readonly { readonly view: string; readonly def: SourceDef }[];
  readonly agg: {
    readonly aggSql: string;
    readonly childSql: string;
    readonly keys: readonly string[];
    /**
     * Partial aggregates kept per key (count/sum/min/max/avg): `partialSql` aggregates a batch,
     * `mergeSql` and `finalSql` read the state from `__FLINT_STATE__`. Without it the state
     * keeps the aggregate's input rows and re-aggregates them.
     */
    readonly incremental?: { readonly partialSql: string; readonly mergeSql: string; readonly finalSql: string; readonly stateKeys: readonly string[] } | null;
  } | null;
  /** dropDuplicates(subset) on a stream: the rows of `childSql` whose key was not seen before. */
  readonly dedup?: { readonly dedupSql: string; readonly childSql: string; readonly subset: readonly string[]; readonly withinWatermark?: boolean } | null;
  readonly watermarks: readonly WatermarkDef[];
  readonly outputMode: OutputMode;
  readonly trigger: Trigger;
  /** null: a temporary checkpoint (no state files, no recovery). */
  readonly checkpointLocation: string | null;
  readonly tempCheckpoint: string;
  readonly sink: Sink;
  /** Test hook: throws at the named step, as if the driver died there. */
  readonly fault?: (point: string) => void;
}

export class StreamingAnalysisError extends FlintError {
  constructor(message: string) {
    super('AnalysisException', message);
  }
}

const analysisError = (m: string): Error => new StreamingAnalysisError(m);

/** Spark's UnsupportedOperationChecker, for the operators Flint plans. */
export function checkStreamingPlan(plan: LPlan, streamViews: ReadonlySet<string>, mode: OutputMode, hasWatermark: boolean): void {
  const isStream = (p: LPlan): boolean => {
    switch (p.kind) {
      case 'scan': return streamViews.has(p.name.toLowerCase()) || streamViews.has(p.name);
      case 'join': case 'setOp': return isStream(p.left) || isStream(p.right);
      case 'command': return false;
      default: return isStream(p.child);
    }
  };
  let aggregates = 0;
  // Walk top-down: `aboveAgg` says an aggregate lies below the node (sorting its result is allowed).
  const hasAggBelow = (p: LPlan): boolean => p.kind === 'aggregate' || (p.kind !== 'scan' && p.kind !== 'command' && (p.kind === 'join' || p.kind === 'setOp' ? hasAggBelow(p.left) || hasAggBelow(p.right) : hasAggBelow(p.child)));
  const visit = (p: LPlan): void => {
    if (!isStream(p)) return;
    if (p.kind === 'aggregate') aggregates++;
    if (p.kind === 'sort' && !(hasAggBelow(p.child) && mode === 'complete')) {
      throw analysisError('Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in Complete output mode;');
    }
    if (p.kind === 'limit' && mode === 'update') throw analysisError('Limits are not supported on streaming DataFrames/Datasets in Update output mode;');
    if (p.kind === 'join' && isStream(p.left) && isStream(p.right)) {
      throw analysisError('Flint does not support stream-stream joins yet (join a streaming DataFrame with a static one);');
    }
    if (p.kind === 'window') throw analysisError('Non-time-based windows are not supported on streaming DataFrames/Datasets;');
    if (p.kind === 'join' || p.kind === 'setOp') {
      visit(p.left);
      visit(p.right);
    } else if (p.kind !== 'scan' && p.kind !== 'command') visit(p.child);
  };
  visit(plan);
  if (aggregates > 1) throw analysisError('Multiple streaming aggregations are not supported with streaming DataFrames/Datasets;');
  if (mode === 'complete' && aggregates === 0) {
    throw analysisError('Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets;');
  }
  if (mode === 'append' && aggregates > 0 && !hasWatermark) {
    throw analysisError('Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark;');
  }
}

export interface Progress {
  readonly id: string;
  readonly runId: string;
  readonly name: string | null;
  readonly timestamp: string;
  readonly batchId: number;
  readonly numInputRows: number;
  readonly inputRowsPerSecond: number;
  readonly processedRowsPerSecond: number;
  readonly durationMs: Record<string, number>;
  readonly eventTime?: Record<string, string>;
  readonly stateOperators: unknown[];
  readonly sources: unknown[];
  readonly sink: { description: string; numOutputRows: number };
}

const isoMs = (ms: number): string => new Date(ms).toISOString();

const rowKey = (r: Row): string => JSON.stringify(encodeValue(r));

interface State {
  /** dropDuplicates: the keys seen so far. */
  seen?: Map<string, number | null>;
  rows: Row[];
  fields: StructField[] | null;
  emitted: Set<string>;
  last: Map<string, number>;
}

export class StreamExecution {
  readonly checkpoint: Checkpoint;
  private readonly sources: StreamSource[];
  readonly streamViews: Set<string>;
  private committed: Offset[] | null = null;
  private nextBatch = 0;
  /** Batch whose offsets are logged but not committed (re-run it first). */
  private pendingEnds: Offset[] | null = null;
  private watermarkMs = 0;
  /** The watermark the last batch ran with (a stateful query runs a no-data batch when it moves). */
  private lastBatchWatermarkMs = 0;
  private maxEventMs = new Map<number, number>();
  private state: State = { rows: [], fields: null, emitted: new Set(), last: new Map() };
  private lastTriggerMs = -Infinity;
  private lastProgressMs = 0;
  readonly progress: Progress[] = [];
  active = true;
  dataAvailable = false;
  triggerActive = false;
  message = 'Initializing sources';
  exception: unknown = null;

  constructor(
    readonly def: QueryDef,
    private readonly session: SqlSession,
    vfs: Vfs | null,
    private readonly clock: () => number = () => Date.now(),
  ) {
    if (!vfs) throw new SparkException('Streaming queries need a file system for their checkpoint');
    this.checkpoint = new Checkpoint(vfs, def.checkpointLocation ?? def.tempCheckpoint);
    this.streamViews = new Set(def.sources.map((s) => s.view.toLowerCase()));
    this.recover();
    this.sources = def.sources.map((s, index) => openSource(s.def, { vfs, checkpoint: this.checkpoint, index, clock }));
    this.message = 'Waiting for data to arrive';
  }

  get isStateful(): boolean {
    return this.def.agg !== null || !!this.def.dedup;
  }

  /**
   * Replaces the query's dropDuplicates by this batch's first-seen rows (keys remembered in
   * the state; evicted once the watermark passes them when the subset holds the event time).
   */
  private dedupSql(sql: string, batchWatermarkMs: number): string {
    const d = this.def.dedup;
    if (!d || !sql.includes(d.dedupSql)) return sql;
    const view = `__flint_dedup_${this.def.runId.replace(/[^A-Za-z0-9_]/g, '')}`;
    if (!this.dedupDone) {
      const child = this.session.sql(d.childSql);
      const names = child.schema.fields.map((f) => f.name.toLowerCase());
      const idx = d.subset.map((c) => names.indexOf(c.toLowerCase()));
      const wmCols = new Set(this.def.watermarks.map((w) => w.column.toLowerCase()));
      // dropDuplicatesWithinWatermark: keys expire at their first row's event time + the delay,
      // whichever columns they are; dropDuplicates: only keys holding the event time expire.
      const within = d.withinWatermark === true;
      const timeIdx = within ? names.findIndex((n) => wmCols.has(n)) : idx.find((i) => wmCols.has(names[i]!));
      const delayMicros = within ? Math.max(0, ...this.def.watermarks.map((w) => w.delayMs)) * 1000 : 0;
      const seen = (this.state.seen ??= new Map());
      const fresh: Row[] = [];
      for (const r of child.rows) {
        const k = JSON.stringify(encodeValue(idx.map((i) => r[i])));
        if (seen.has(k)) continue;
        const t = timeIdx === undefined || timeIdx < 0 ? null : (r[timeIdx] as number | null);
        seen.set(k, t === null ? null : t + delayMicros);
        fresh.push(r);
      }
      if (this.def.watermarks.length) {
        const wm = batchWatermarkMs * 1000;
        for (const [k, t] of seen) if (t !== null && t <= wm) seen.delete(k);
      }
      this.session.registerView(view, child.schema.fields, fresh);
      this.dedupDone = true;
    }
    return sql.split(d.dedupSql).join(`SELECT * FROM ${view}`);
  }
  private dedupDone = false;

  /** Reads the checkpoint: where to resume, the watermark, the state. */
  private recover(): void {
    const cp = this.checkpoint;
    const meta = cp.read('metadata');
    if (meta === null) cp.write(['metadata'], JSON.stringify({ id: this.def.id }));
    const offsets = cp.batchIds('offsets');
    if (offsets.length === 0) return;
    const last = offsets[offsets.length - 1]!;
    const ends = (id: number): Offset[] => (cp.readLog(['offsets'], id) ?? []).slice(1) as Offset[];
    const commits = new Set(cp.batchIds('commits'));
    const lastCommitted = commits.has(last) ? last : last - 1;
    if (lastCommitted >= 0) {
      this.committed = ends(lastCommitted);
      const c = cp.readLog(['commits'], lastCommitted);
      this.watermarkMs = (c?.[0] as { nextBatchWatermarkMs?: number } | undefined)?.nextBatchWatermarkMs ?? 0;
      const o = cp.readLog(['offsets'], lastCommitted);
      this.lastBatchWatermarkMs = (o?.[0] as { batchWatermarkMs?: number } | undefined)?.batchWatermarkMs ?? 0;
      const st = cp.read('state', 0, lastCommitted);
      if (st !== null) {
        const o = JSON.parse(st) as { rows: unknown[]; fields: StructField[] | null; emitted: string[]; last: [string, number][]; maxEvent: [number, number][]; seen?: [string, number | null][] };
        this.state = { rows: o.rows.map((r) => decodeValue(r) as Row), fields: o.fields, emitted: new Set(o.emitted), last: new Map(o.last), seen: new Map(o.seen ?? []) };
        this.maxEventMs = new Map(o.maxEvent);
      }
    }
    this.nextBatch = lastCommitted + 1;
    if (!commits.has(last)) this.pendingEnds = ends(last);
  }

  get currentBatchId(): number {
    return this.nextBatch;
  }

  /** Whether a trigger is due now (processingTime intervals). */
  dueIn(now = this.clock()): number {
    if (this.def.trigger.kind !== 'processingTime' || this.def.trigger.intervalMs <= 0) return 0;
    return Math.max(0, this.lastTriggerMs + this.def.trigger.intervalMs - now);
  }

  /**
   * Runs one micro-batch if there is new data (or a stateful query's watermark moved);
   * returns whether a batch ran.
   */
  runBatch(): boolean {
    const start = this.clock();
    this.lastTriggerMs = start;
    const fault = this.def.fault ?? (() => undefined);
    this.triggerActive = true;
    this.message = 'Getting offsets from ' + this.sources.map((s) => s.description).join(', ');
    try {
      const starts = this.committed ?? this.sources.map(() => null);
      const tLatest = performance.now();
      const ends = this.pendingEnds ?? this.sources.map((s, i) => s.latest(starts[i] ?? null));
      const latestMs = performance.now() - tLatest;
      const hasData = ends.some((e, i) => (starts[i] === null || starts[i] === undefined ? e !== 0 || this.sources[i]!.initialOffsetIsData === true : e !== starts[i]));
      const batchWatermarkMs = this.watermarkMs;
      this.dataAvailable = hasData;
      const noDataBatch = !hasData && this.isStateful && this.def.outputMode !== 'complete' && this.def.watermarks.length > 0 && this.watermarkMoved();
      if (!hasData && !noDataBatch) {
        this.message = 'Waiting for data to arrive';
        this.maybeIdleProgress(start);
        return false;
      }
      const batchId = this.nextBatch;
      this.message = 'Processing new data';
      const tWal = performance.now();
      if (!this.pendingEnds) {
        this.checkpoint.writeLog(['offsets'], batchId, [{ batchWatermarkMs, batchTimestampMs: start, conf: {} }, ...ends]);
      }
      this.pendingEnds = ends;
      const walMs = performance.now() - tWal;
      fault('afterOffsets');
      const tGet = performance.now();
      const batchRows = this.sources.map((s, i) => s.rows(starts[i] ?? null, ends[i]!));
      const getMs = performance.now() - tGet;
      fault('afterRead');
      const numInput = batchRows.reduce((n, r) => n + r.length, 0);
      const tAdd = performance.now();
      const out = this.execute(batchRows, batchWatermarkMs);
      fault('beforeSink');
      this.def.sink.addBatch(batchId, out.schema, out.rows, this.def.outputMode, fault);
      fault('afterSink');
      const addMs = performance.now() - tAdd;
      this.updateWatermark(batchRows);
      this.saveState(batchId);
      fault('afterState');
      const tCommit = performance.now();
      this.checkpoint.writeLog(['commits'], batchId, [{ nextBatchWatermarkMs: this.watermarkMs }]);
      const commitMs = performance.now() - tCommit;
      fault('afterCommit');
      this.committed = ends;
      this.lastBatchWatermarkMs = batchWatermarkMs;
      this.pendingEnds = null;
      this.nextBatch = batchId + 1;
      this.recordProgress(batchId, start, numInput, out.rows.length, batchRows, starts, ends, batchWatermarkMs, {
        addBatch: Math.round(addMs), commitOffsets: Math.round(commitMs), getBatch: Math.round(getMs),
        latestOffset: Math.round(latestMs), queryPlanning: 0, walCommit: Math.round(walMs),
      });
      this.message = 'Waiting for data to arrive';
      return true;
    } finally {
      this.triggerActive = false;
    }
  }

  private watermarkMoved(): boolean {
    return this.watermarkMs > this.lastBatchWatermarkMs;
  }

  private nextWatermark(): number {
    let wm = Infinity;
    for (const w of this.def.watermarks) {
      const max = this.maxEventMs.get(w.id);
      if (max === undefined) return this.watermarkMs;
      wm = Math.min(wm, max - w.delayMs);
    }
    return wm === Infinity ? this.watermarkMs : Math.max(this.watermarkMs, wm);
  }

  private registerSources(batchRows: Row[][]): void {
    this.def.sources.forEach((s, i) => this.session.registerView(s.view, s.def.fields, batchRows[i]!));
  }

  private publishWatermark(ms: number | null): void {
    for (const w of this.def.watermarks) {
      if (ms === null) watermarks.delete(w.id);
      else watermarks.set(w.id, ms * 1000);
    }
  }

  /** The rows this batch hands to the sink. */
  private execute(batchRows: Row[][], batchWatermarkMs: number): { schema: StructType; rows: Row[] } {
    this.registerSources(batchRows);
    // Late rows are dropped only before stateful operators (and only once a watermark exists).
    this.publishWatermark(this.isStateful ? batchWatermarkMs : null);
    try {
      const agg = this.def.agg;
      this.dedupDone = false;
      if (!agg) {
        const res = this.session.sql(this.dedupSql(this.def.sql, batchWatermarkMs));
        return { schema: res.schema, rows: [...res.rows] };
      }
      const stateView = `__flint_state_${this.def.runId.replace(/[^A-Za-z0-9_]/g, '')}`;
      const inc = agg.incremental ?? null;
      let aggOverState: string;
      if (inc) {
        // New partials per key, merged with the stored ones: the state is one row per key.
        const partial = this.session.sql(this.dedupSql(inc.partialSql, batchWatermarkMs));
        this.state.fields ??= [...partial.schema.fields];
        this.session.registerView(stateView, this.state.fields, [...this.state.rows, ...partial.rows]);
        this.state.rows = [...this.session.sql(inc.mergeSql.split('__FLINT_STATE__').join(stateView)).rows];
        this.session.registerView(stateView, this.state.fields, this.state.rows);
        aggOverState = inc.finalSql.split('__FLINT_STATE__').join(stateView);
      } else {
        const child = this.session.sql(this.dedupSql(agg.childSql, batchWatermarkMs));
        this.state.fields ??= [...child.schema.fields];
        for (const r of child.rows) this.state.rows.push(r);
        this.session.registerView(stateView, this.state.fields, this.state.rows);
        aggOverState = agg.aggSql.replace(agg.childSql, `SELECT * FROM ${stateView}`);
      }
      const sql = this.def.sql.replace(agg.aggSql, aggOverState);
      const full = this.session.sql(sql);
      const mode = this.def.outputMode;
      if (mode === 'complete') return { schema: full.schema, rows: [...full.rows] };
      const wmMicros = batchWatermarkMs * 1000;
      const eventCol = this.eventTimeColumn(full.schema);
      const finalized = (r: Row): boolean => {
        if (eventCol === null) return false;
        const v = r[eventCol.index];
        const t = eventCol.end ? (v as unknown[] | null)?.[1] : v;
        return typeof t === 'number' && t <= wmMicros && this.def.watermarks.length > 0;
      };
      let rows: Row[];
      if (mode === 'update') {
        rows = full.rows.filter((r) => {
          const k = rowKey(r);
          const changed = !this.state.last.has(k);
          return changed;
        });
        this.state.last = new Map(full.rows.map((r) => [rowKey(r), 1]));
      } else {
        rows = full.rows.filter((r) => finalized(r) && !this.state.emitted.has(rowKey(r)));
        for (const r of rows) this.state.emitted.add(rowKey(r));
      }
      this.evict(stateView, inc ? inc.stateKeys.map((k) => `\`${k}\``) : agg.keys, wmMicros);
      return { schema: full.schema, rows };
    } finally {
      this.publishWatermark(null);
    }
  }

  /** The output column the watermark finalizes on: a window struct (its end) or the event time. */
  private eventTimeColumn(schema: StructType): { index: number; end: boolean } | null {
    const names = new Set(this.def.watermarks.map((w) => w.column.toLowerCase()));
    const i = schema.fields.findIndex((f) => f.type.kind === 'struct' && f.type.fields.some((x) => x.name === 'end') && f.type.fields.some((x) => x.name === 'start'));
    if (i >= 0) return { index: i, end: true };
    const j = schema.fields.findIndex((f) => names.has(f.name.toLowerCase()));
    return j >= 0 ? { index: j, end: false } : null;
  }

  /** Drops state rows whose event-time group the watermark has passed (append and update). */
  private evict(stateView: string, keys: readonly string[], wmMicros: number): void {
    if (this.def.watermarks.length === 0 || this.def.outputMode === 'complete' || !this.state.fields?.length) return;
    for (const key of keys) {
      const probe = this.session.sql(`SELECT ${key} AS __k FROM ${stateView} LIMIT 0`).schema.fields[0]!.type;
      const isWindow = probe.kind === 'struct' && probe.fields.some((f) => f.name === 'end');
      const isTime = probe.kind === 'timestamp' || probe.kind === 'timestamp_ntz';
      if (!isWindow && !isTime) continue;
      const bound = `timestamp_micros(${Math.trunc(wmMicros)}L)`;
      const k = isWindow ? `(${key}).end` : `(${key})`;
      const kept = this.session.sql(`SELECT * FROM ${stateView} WHERE NOT (${k} <= ${bound})`);
      this.state.rows = [...kept.rows];
      this.state.emitted.clear();
      return;
    }
  }

  private updateWatermark(batchRows: Row[][]): void {
    if (this.def.watermarks.length === 0) return;
    this.registerSources(batchRows);
    for (const w of this.def.watermarks) {
      const res = this.session.sql(`SELECT max(\`${w.column.replace(/`/g, '``')}\`) FROM (${w.parentSql}) AS __t`);
      const v = res.rows[0]?.[0];
      if (typeof v === 'number') this.maxEventMs.set(w.id, Math.max(this.maxEventMs.get(w.id) ?? -Infinity, Math.floor(v / 1000)));
    }
    this.watermarkMs = this.nextWatermark();
  }

  private saveState(batchId: number): void {
    if (!this.isStateful || this.def.checkpointLocation === null) return;
    // (dropDuplicates keys are saved with the aggregation state.)
    this.checkpoint.write(['state', 0, batchId], JSON.stringify({
      rows: this.state.rows.map(encodeValue), fields: this.state.fields, emitted: [...this.state.emitted], seen: [...(this.state.seen ?? [])],
      last: [...this.state.last], maxEvent: [...this.maxEventMs],
    }));
    // Keep the last few versions, as Spark's state store does.
    if (batchId >= 10) this.checkpoint.remove('state', 0, batchId - 10);
  }

  private maybeIdleProgress(now: number): void {
    // Spark reports an idle progress every 10 s while no data arrives.
    if (this.progress.length && now - this.lastProgressMs >= 10_000) this.lastProgressMs = now;
  }

  private recordProgress(
    batchId: number, start: number, numInput: number, numOutput: number, batchRows: Row[][],
    starts: (Offset | null)[], ends: Offset[], batchWatermarkMs: number, durations: Record<string, number>,
  ): void {
    const end = this.clock();
    const took = Math.max(1, end - start);
    const sinceLast = this.lastProgressMs ? Math.max(1, start - this.lastProgressMs) : 0;
    const rate = (n: number) => (sinceLast ? (n * 1000) / sinceLast : 0);
    const p: Progress = {
      id: this.def.id,
      runId: this.def.runId,
      name: this.def.name,
      timestamp: isoMs(start),
      batchId,
      numInputRows: numInput,
      inputRowsPerSecond: rate(numInput),
      processedRowsPerSecond: (numInput * 1000) / took,
      durationMs: { ...durations, triggerExecution: Math.round(took) },
      ...(this.def.watermarks.length ? { eventTime: { watermark: isoMs(batchWatermarkMs) } } : {}),
      stateOperators: this.isStateful ? [{ operatorName: 'stateStoreSave', numRowsTotal: this.state.rows.length, numRowsUpdated: numOutput }] : [],
      sources: this.sources.map((s, i) => ({
        description: s.description,
        startOffset: starts[i] ?? null,
        endOffset: ends[i],
        latestOffset: ends[i],
        numInputRows: batchRows[i]!.length,
        inputRowsPerSecond: rate(batchRows[i]!.length),
        processedRowsPerSecond: (batchRows[i]!.length * 1000) / took,
      })),
      sink: { description: this.def.sink.description, numOutputRows: numOutput },
    };
    this.lastProgressMs = start;
    this.progress.push(p);
    if (this.progress.length > 100) this.progress.shift();
  }

  stop(): void {
    this.active = false;
    this.message = 'Stopped';
    if (this.def.checkpointLocation === null) this.checkpoint.remove();
  }
}

export { structType };
