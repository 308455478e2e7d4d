/**
 * Folds the cluster's event stream into the Spark UI's state, as Spark's listeners build
 * the web UI's stores. Mutable for speed (a big job sends thousands of task events); views
 * re-read it when `version` changes. Pure: no DOM, no timers.
 */
import type { DriverEvent, ExecutorInfo } from '../../workers/protocol';
import { assertNever } from '../model/assert-never';
import type {
  CachedBlock, CachedTableView, JobView, RddInfo, RecomputedPartition, SchedulerEvent, SqlExecutionView, StageView, StreamingQueryView, TaskEndEvent,
  TaskView, ExecutorView,
} from './types';

/** Batches kept per streaming query run (Spark's UI keeps spark.sql.streaming.numRecentProgressUpdates = 100). */
export const MAX_STREAMING_BATCHES = 100;

/** SQL executions kept (Spark's spark.sql.ui.retainedExecutions): a streaming query adds one per batch. */
export const MAX_SQL_EXECUTIONS = 1000;

/** `rdd_<id>_<p>` → its RDD and partition. */
export function parseBlockId(id: string): { rddId: number; partition: number } | null {
  const m = /^rdd_(\d+)_(\d+)$/.exec(id);
  return m ? { rddId: Number(m[1]), partition: Number(m[2]) } : null;
}

export class SparkUiModel {
  version = 0;
  readonly jobs = new Map<number, JobView>();
  readonly stages = new Map<number, StageView>();
  readonly tasks = new Map<number, TaskView>();
  readonly executors = new Map<string, ExecutorView>();
  /** The latest description of every RDD seen in a job's lineage. */
  readonly rdds = new Map<number, RddInfo>();
  /** Cached partitions held now, by block id. */
  readonly blocks = new Map<string, CachedBlock>();
  readonly recomputed: RecomputedPartition[] = [];
  readonly sqlExecutions = new Map<number, SqlExecutionView>();
  /** Tables held by CACHE TABLE, by name. */
  readonly cachedTables = new Map<string, CachedTableView>();
  /** Streaming query runs, by runId. */
  readonly streamingQueries = new Map<string, StreamingQueryView>();
  /** SQL executions running now: jobs starting meanwhile are theirs (the innermost). */
  private readonly sqlRunning: number[] = [];
  /** Blocks stored at some point (so storing one again means it was lost and rebuilt). */
  private readonly everCached = new Set<string>();
  /** Map partitions that finished once, per map stage. */
  private readonly mapDone = new Map<number, Set<number>>();

  apply(e: DriverEvent): void {
    switch (e.kind) {
      case 'scheduler':
        this.applyScheduler(e.cellId, e.event);
        break;
      case 'executors':
        this.applyExecutors(e.executors);
        break;
      case 'output':
      case 'cellDone':
        return;
      default:
        assertNever(e, 'driver event');
    }
    this.version++;
  }

  private applyScheduler(cellId: string | null, e: SchedulerEvent): void {
    switch (e.kind) {
      case 'jobStart': {
        const infos = e.stages ?? [];
        this.jobs.set(e.jobId, {
          jobId: e.jobId, cellId, description: e.description, status: 'running', stageIds: e.stageIds, stageInfos: infos,
          numTasks: e.numTasks, tasksDone: 0, tasksFailed: 0, submitted: e.time, completed: null,
          sqlExecutionId: this.sqlRunning[this.sqlRunning.length - 1] ?? null,
        });
        const sql = this.sqlExecutions.get(this.sqlRunning[this.sqlRunning.length - 1] ?? -1);
        if (sql) sql.jobIds.push(e.jobId);
        for (const info of infos) {
          for (const r of info.rdds) this.rdds.set(r.id, r);
          const s = this.stage(info.stageId, info.name, info.stageKind);
          s.parentIds = info.parentIds;
          s.rdds = info.rdds;
          s.numReducers = info.numReducers ?? null;
          if (!s.jobIds.includes(e.jobId)) s.jobIds.push(e.jobId);
        }
        for (const id of e.stageIds) {
          const s = this.stages.get(id);
          if (s && !s.jobIds.includes(e.jobId)) s.jobIds.push(e.jobId);
        }
        return;
      }
      case 'stageSubmitted': {
        const s = this.stage(e.stageId, e.name, e.stageKind);
        s.attempt = e.attempt;
        s.status = 'running';
        s.numTasks = e.numTasks;
        s.tasksDone = 0;
        s.parentIds = e.parentIds;
        if (!s.jobIds.includes(e.jobId)) s.jobIds.push(e.jobId);
        return;
      }
      case 'stageCompleted': {
        const s = this.stage(e.stageId, e.name, 'shuffleMap');
        // A stage skipped by a later job keeps what it did when it ran.
        if (e.status !== 'skipped' || s.status === 'pending') s.status = e.status;
        return;
      }
      case 'taskStart': {
        const s = this.stages.get(e.stageId);
        if (s && s.firstLaunch === null && e.time !== undefined) s.firstLaunch = e.time;
        this.tasks.set(e.taskId, {
          taskId: e.taskId, jobId: e.jobId, stageId: e.stageId, stageAttempt: e.stageAttempt, partition: e.partition,
          attempt: e.attempt, executorId: e.executorId, local: e.local, launched: e.time ?? null, finished: null,
          durationMs: null, status: 'running', error: null, recomputed: false,
        });
        const ex = this.executors.get(e.executorId);
        if (ex) ex.activeTasks++;
        return;
      }
      case 'taskEnd':
        this.taskEnd(e);
        return;
      case 'jobEnd': {
        const j = this.jobs.get(e.jobId);
        if (j) {
          j.status = e.succeeded ? 'succeeded' : 'failed';
          j.completed = e.time;
        }
        return;
      }
      case 'executorLost':
        this.loseExecutor(e.executorId);
        return;
      case 'rddUnpersisted':
        for (const [id, b] of this.blocks) if (b.rddId === e.rddId) this.blocks.delete(id);
        for (const id of [...this.everCached]) if (parseBlockId(id)?.rddId === e.rddId) this.everCached.delete(id);
        return;
      case 'sqlExecutionStart':
        this.sqlExecutions.set(e.executionId, {
          executionId: e.executionId, cellId, description: e.description, sql: e.sql, status: 'running', submitted: e.time, completed: null,
          plan: e.plan, metrics: new Map(), jobIds: [], error: null,
        });
        this.sqlRunning.push(e.executionId);
        for (const id of this.sqlExecutions.keys()) {
          if (this.sqlExecutions.size <= MAX_SQL_EXECUTIONS) break;
          this.sqlExecutions.delete(id);
        }
        return;
      case 'sqlExecutionEnd': {
        const x = this.sqlExecutions.get(e.executionId);
        const at = this.sqlRunning.lastIndexOf(e.executionId);
        if (at >= 0) this.sqlRunning.splice(at, 1);
        if (!x) return;
        x.status = e.succeeded ? 'succeeded' : 'failed';
        x.completed = e.time;
        x.error = e.error ?? null;
        for (const m of e.metrics) x.metrics.set(m.id, m);
        return;
      }
      case 'tableCached':
        this.cachedTables.set(e.name, { name: e.name, numPartitions: e.numPartitions, numRows: e.numRows, sizeBytes: e.sizeBytes, executorId: e.executorId, plan: e.plan ?? null });
        return;
      case 'tableUncached':
        if (e.name === null) this.cachedTables.clear();
        else for (const k of [...this.cachedTables.keys()]) if (k.toLowerCase() === e.name.toLowerCase()) this.cachedTables.delete(k);
        return;
      case 'streamingQuery': {
        let q = this.streamingQueries.get(e.runId);
        if (!q) {
          q = { id: e.id, runId: e.runId, name: e.name, cellId, status: 'active', started: e.time, ended: null, error: null, batches: [], totalBatches: 0 };
          this.streamingQueries.set(e.runId, q);
        }
        if (e.batch) {
          q.batches.push(e.batch);
          q.totalBatches++;
          if (q.batches.length > MAX_STREAMING_BATCHES) q.batches.splice(0, q.batches.length - MAX_STREAMING_BATCHES);
        }
        if (e.status === 'terminated') {
          q.status = e.error ? 'failed' : 'finished';
          q.ended = e.time;
          q.error = e.error ?? null;
        }
        return;
      }
      default:
        assertNever(e, 'scheduler event');
    }
  }

  private stage(id: number, name: string, kind: 'shuffleMap' | 'result'): StageView {
    let s = this.stages.get(id);
    if (!s) {
      s = {
        stageId: id, name, kind, attempt: 0, status: 'pending', numTasks: 0, tasksDone: 0, tasksFailed: 0, jobIds: [],
        parentIds: [], rdds: [], numReducers: null, firstLaunch: null, lastFinish: null, durationMs: 0, recordsRead: 0,
        shuffleReadBytes: 0, shuffleWriteBytes: 0, closureBytes: 0, broadcastBytes: 0, broadcastExecutors: new Set(),
        tasksShipped: 0, shuffleMatrix: new Map(), accumulators: new Map(),
      };
      this.stages.set(id, s);
    }
    return s;
  }

  private taskEnd(e: TaskEndEvent): void {
    const m = e.metrics;
    const t = this.tasks.get(e.taskId);
    const ex = this.executors.get(m.executorId);
    if (t && t.status === 'running' && ex) ex.activeTasks = Math.max(0, ex.activeTasks - 1);
    if (t) {
      t.status = e.succeeded ? 'succeeded' : 'failed';
      t.finished = e.time ?? null;
      t.durationMs = m.durationMs;
      t.error = e.error ? `${e.error.ename}: ${e.error.evalue}` : null;
    }
    const job = this.jobs.get(e.jobId);
    const s = this.stages.get(e.stageId);
    if (ex) {
      ex.durationMs += m.durationMs;
      ex.shuffleReadBytes += m.shuffleReadBytes;
      ex.shuffleWriteBytes += m.shuffleWriteBytes;
      ex.broadcastBytes += m.broadcastBytes ?? 0;
      if (e.succeeded) ex.completedTasks++;
      else ex.failedTasks++;
    }
    if (s) {
      s.tasksShipped++;
      s.closureBytes += m.closureBytes ?? 0;
      s.broadcastBytes += m.broadcastBytes ?? 0;
      if ((m.broadcastBytes ?? 0) > 0) s.broadcastExecutors.add(m.executorId);
      s.durationMs += m.durationMs;
      if (e.time !== undefined) s.lastFinish = Math.max(s.lastFinish ?? 0, e.time);
    }
    if (!e.succeeded) {
      if (s) s.tasksFailed++;
      if (job) job.tasksFailed++;
      return;
    }
    if (job) job.tasksDone++;
    if (s) {
      s.tasksDone++;
      s.recordsRead += m.recordsRead;
      s.shuffleReadBytes += m.shuffleReadBytes;
      s.shuffleWriteBytes += m.shuffleWriteBytes;
      if (e.shuffleWriteByReducer) s.shuffleMatrix.set(e.partition, e.shuffleWriteByReducer);
      for (const u of e.accumulators ?? []) {
        const a = s.accumulators.get(u.id) ?? { id: u.id, updates: 0, counted: 0, value: u.value };
        a.updates++;
        if (u.counted) {
          a.counted++;
          a.value = u.value;
        }
        s.accumulators.set(u.id, a);
      }
    }
    const recomputed = (rddId: number | null) => {
      this.recomputed.push({ jobId: e.jobId, stageId: e.stageId, partition: e.partition, rddId, taskId: e.taskId });
      if (t) t.recomputed = true;
    };
    if (s?.kind === 'shuffleMap') {
      const done = this.mapDone.get(e.stageId) ?? new Set<number>();
      if (done.has(e.partition)) recomputed(null);
      done.add(e.partition);
      this.mapDone.set(e.stageId, done);
    }
    for (const [i, id] of (e.blocksAdded ?? []).entries()) {
      const b = parseBlockId(id);
      if (!b) continue;
      if (this.everCached.has(id) && !this.blocks.has(id)) recomputed(b.rddId);
      this.everCached.add(id);
      this.blocks.set(id, { ...b, executorId: m.executorId, sizeBytes: e.blockBytes?.[i] ?? null });
    }
  }

  private applyExecutors(list: readonly ExecutorInfo[]): void {
    for (const info of list) {
      const ex = this.executors.get(info.executorId);
      if (!ex) {
        this.executors.set(info.executorId, {
          executorId: info.executorId, slot: info.slot, alive: info.alive, activeTasks: 0, completedTasks: 0, failedTasks: 0,
          durationMs: 0, shuffleReadBytes: 0, shuffleWriteBytes: 0, broadcastBytes: 0,
        });
      }
      if (!info.alive) this.loseExecutor(info.executorId);
    }
  }

  /** A lost executor takes its cached blocks with it; its running task is lost. */
  private loseExecutor(executorId: string): void {
    const ex = this.executors.get(executorId);
    if (ex) {
      ex.alive = false;
      ex.activeTasks = 0;
    }
    for (const [id, b] of this.blocks) if (b.executorId === executorId) this.blocks.delete(id);
    for (const t of this.tasks.values()) if (t.executorId === executorId && t.status === 'running') t.status = 'lost';
  }
}
