/** Derived views of the Spark UI model: tables, the task timeline, storage, shuffle skew. */
import type { SparkUiModel } from './model';
import type { JobView, StageView, TaskView } from './types';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

export { shortDescription } from './recorder';

export function formatMs(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

export function jobDuration(j: JobView, now: number): number {
  return (j.completed ?? now) - j.submitted;
}

/** Newest first, as Spark lists them. */
export function jobsNewestFirst(model: SparkUiModel): JobView[] {
  return [...model.jobs.values()].sort((a, b) => b.jobId - a.jobId);
}

/** Stages a job listed but did not run (their shuffle output was already there). */
export function skippedStages(model: SparkUiModel, job: JobView): Set<number> {
  const ran = new Set<number>();
  for (const t of model.tasks.values()) if (t.jobId === job.jobId) ran.add(t.stageId);
  const out = new Set<number>();
  for (const id of job.stageIds) {
    const s = model.stages.get(id);
    if (!ran.has(id) && (job.status !== 'running' || s?.status === 'skipped')) out.add(id);
  }
  return out;
}

export interface TimelineLane {
  readonly executorId: string;
  readonly tasks: readonly TaskView[];
}

export interface Timeline {
  readonly start: number;
  readonly end: number;
  readonly lanes: readonly TimelineLane[];
}

/** Tasks of a job per executor, with the time span they cover (for the timeline view). */
export function jobTimeline(model: SparkUiModel, jobId: number, now: number): Timeline {
  const tasks = [...model.tasks.values()].filter((t) => t.jobId === jobId && t.launched !== null);
  const byExecutor = new Map<string, TaskView[]>();
  for (const t of tasks) byExecutor.set(t.executorId, [...(byExecutor.get(t.executorId) ?? []), t]);
  const start = Math.min(...tasks.map((t) => t.launched!));
  const end = Math.max(start + 1, ...tasks.map((t) => t.finished ?? now));
  const lanes = [...byExecutor.entries()]
    .sort((a, b) => Number(a[0]) - Number(b[0]) || a[0].localeCompare(b[0]))
    .map(([executorId, ts]) => ({ executorId, tasks: ts.sort((a, b) => a.launched! - b.launched!) }));
  return tasks.length === 0 ? { start: now, end: now + 1, lanes: [] } : { start, end, lanes };
}

export interface StorageRow {
  readonly rddId: number;
  readonly name: string;
  readonly storageLevel: string;
  readonly numPartitions: number;
  readonly cachedPartitions: number;
  /** executorId → partitions it holds. */
  readonly byExecutor: ReadonlyMap<string, number>;
  /** Estimated bytes in memory (null when no executor reported sizes). */
  readonly sizeBytes: number | null;
  /** executorId → estimated bytes it holds. */
  readonly bytesByExecutor: ReadonlyMap<string, number>;
}

/** Cached RDDs with at least one partition in memory now. */
export function storageRows(model: SparkUiModel): StorageRow[] {
  const rows = new Map<number, { count: number; byExecutor: Map<string, number>; bytes: number | null; bytesByExecutor: Map<string, number> }>();
  for (const b of model.blocks.values()) {
    const row = rows.get(b.rddId) ?? { count: 0, byExecutor: new Map<string, number>(), bytes: null, bytesByExecutor: new Map<string, number>() };
    row.count++;
    row.byExecutor.set(b.executorId, (row.byExecutor.get(b.executorId) ?? 0) + 1);
    if (b.sizeBytes !== null) {
      row.bytes = (row.bytes ?? 0) + b.sizeBytes;
      row.bytesByExecutor.set(b.executorId, (row.bytesByExecutor.get(b.executorId) ?? 0) + b.sizeBytes);
    }
    rows.set(b.rddId, row);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([rddId, r]) => {
      const info = model.rdds.get(rddId);
      return {
        rddId, name: info ? `${info.name} at ${info.callSite}` : `RDD ${rddId}`, storageLevel: info?.storageLevel ?? 'Memory Deserialized 1x Replicated',
        numPartitions: info?.numPartitions ?? r.count, cachedPartitions: r.count, byExecutor: r.byExecutor, sizeBytes: r.bytes, bytesByExecutor: r.bytesByExecutor,
      };
    });
}

export interface ShuffleMatrix {
  readonly mapPartitions: readonly number[];
  readonly numReducers: number;
  /** The reducers shown, one column each: all of them, or those that received data when there are many. */
  readonly reducers: readonly number[];
  /** Reducers left out because no map partition wrote to them. */
  readonly hiddenEmpty: number;
  /** cells[i][c]: bytes map partition mapPartitions[i] wrote for reducer reducers[c]. */
  readonly cells: readonly (readonly number[])[];
  /** Per shown reducer (column). */
  readonly reducerTotals: readonly number[];
  readonly maxCell: number;
  /** Reducers (ids) reading more than SKEW_FACTOR times the mean of those shown: the stragglers of the next stage. */
  readonly skewed: ReadonlySet<number>;
}

export const SKEW_FACTOR = 1.5;
/** Above this many reducers (a SQL exchange's 200 shuffle partitions) only those that received data are shown. */
export const MAX_MATRIX_REDUCERS = 16;

export function shuffleMatrix(stage: StageView): ShuffleMatrix | null {
  if (stage.shuffleMatrix.size === 0) return null;
  const mapPartitions = [...stage.shuffleMatrix.keys()].sort((a, b) => a - b);
  const numReducers = Math.max(stage.numReducers ?? 0, ...[...stage.shuffleMatrix.values()].map((r) => r.length));
  const all = Array.from({ length: numReducers }, (_, r) => r);
  const totalOf = (r: number) => mapPartitions.reduce((n, p) => n + (stage.shuffleMatrix.get(p)![r] ?? 0), 0);
  const reducers = numReducers > MAX_MATRIX_REDUCERS ? all.filter((r) => totalOf(r) > 0) : all;
  const cells = mapPartitions.map((p) => reducers.map((r) => stage.shuffleMatrix.get(p)![r] ?? 0));
  const reducerTotals = reducers.map((_, c) => cells.reduce((n, row) => n + row[c]!, 0));
  const mean = reducerTotals.reduce((a, b) => a + b, 0) / Math.max(1, reducers.length);
  const skewed = new Set<number>();
  if (reducers.length > 1 && mean > 0) reducerTotals.forEach((t, c) => t > SKEW_FACTOR * mean && skewed.add(reducers[c]!));
  return { mapPartitions, numReducers, reducers, hiddenEmpty: numReducers - reducers.length, cells, reducerTotals, maxCell: Math.max(0, ...cells.flat()), skewed };
}

/** The stages a job ran or listed, by id. */
export function stagesOf(model: SparkUiModel, job: JobView): StageView[] {
  return job.stageIds.map((id) => model.stages.get(id)).filter((s): s is StageView => s !== undefined);
}
