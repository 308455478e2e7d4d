/**
 * The Spark UI's link to the cluster, small enough for the initial bundle: it keeps the
 * scheduler and executor events until the (lazily loaded) UI attaches its model, holds the
 * panel's open state, and remembers which cells only defined transformations.
 */
import { create } from 'zustand';
import type { DriverEvent } from '../../workers/protocol';

export type SparkUiTab = 'jobs' | 'stages' | 'tasks' | 'storage' | 'executors' | 'sql' | 'streaming';

export const SPARK_UI_TABS: readonly { readonly id: SparkUiTab; readonly label: string }[] = [
  { id: 'jobs', label: 'Jobs' },
  { id: 'stages', label: 'Stages' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'storage', label: 'Storage' },
  { id: 'executors', label: 'Executors' },
  { id: 'sql', label: 'SQL' },
  { id: 'streaming', label: 'Streaming' },
];

export interface SparkUiPanelState {
  readonly open: boolean;
  readonly tab: SparkUiTab;
  /** The job the Stages and Tasks tabs show (the latest when null). */
  readonly jobId: number | null;
  /** The query the SQL tab details (the latest when null). */
  readonly sqlExecutionId: number | null;
  /** Cells whose last run built RDDs or DataFrames but ran no Spark job or SQL query: cell id → what it built. */
  readonly lazyCells: Readonly<Record<string, LazyCell>>;
}

export interface LazyCell {
  readonly rdds: number;
  /** DataFrame / SQL query plans built (analyzed) without running. */
  readonly dataFrames: number;
}

export const useSparkUi = create<SparkUiPanelState>(() => ({ open: false, tab: 'jobs', jobId: null, sqlExecutionId: null, lazyCells: {} }));

export function openSparkUi(tab: SparkUiTab = useSparkUi.getState().tab, jobId: number | null = useSparkUi.getState().jobId): void {
  useSparkUi.setState({ open: true, tab, jobId });
}

/** The SQL tab with one query's details. */
export function openSqlQuery(executionId: number | null): void {
  useSparkUi.setState({ open: true, tab: 'sql', sqlExecutionId: executionId });
}

/** A job or query description as lists show it: one line, cut at `max` characters (the full text goes in a title). */
export function shortDescription(s: string, max = 100): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function closeSparkUi(): void {
  useSparkUi.setState({ open: false });
}

export function toggleSparkUi(): void {
  useSparkUi.setState((s) => ({ open: !s.open }));
}

export interface SparkUiSink {
  apply(event: DriverEvent): void;
  reset(): void;
}

/** Events kept before the UI loads; beyond this the oldest go (Spark's UI also retains a bounded history). */
const MAX_BUFFERED = 200_000;
let buffer: DriverEvent[] = [];
let dropped = 0;
let sink: SparkUiSink | null = null;

/** Takes every cluster event (called from run.ts); cheap: a push, or the model's fold once loaded. */
/** Cells that ran a SQL query (an action) in their current run. */
const ranQuery = new Set<string>();

export function recordSparkUiEvent(e: DriverEvent): void {
  if (e.kind === 'cellDone') {
    const queried = ranQuery.delete(e.cellId);
    // A query that ran is an action even when it needed no job (it ran in the driver).
    const rdds = queried ? 0 : (e.rddsCreated ?? 0);
    const dataFrames = queried ? 0 : (e.queriesAnalyzed ?? 0);
    const lazy = useSparkUi.getState().lazyCells;
    if (rdds + dataFrames > 0 || lazy[e.cellId] !== undefined) {
      const next = { ...lazy };
      if (rdds + dataFrames > 0) next[e.cellId] = { rdds, dataFrames };
      else delete next[e.cellId];
      useSparkUi.setState({ lazyCells: next });
    }
    return;
  }
  if (e.kind === 'scheduler' && e.event.kind === 'sqlExecutionStart' && e.cellId !== null) ranQuery.add(e.cellId);
  if (e.kind !== 'scheduler' && e.kind !== 'executors') return;
  if (sink) {
    sink.apply(e);
    return;
  }
  buffer.push(e);
  if (buffer.length > MAX_BUFFERED) {
    const over = buffer.length - MAX_BUFFERED;
    buffer = buffer.slice(over);
    dropped += over;
  }
}

/** The loaded UI takes over: it gets the buffered events, then every new one. */
export function attachSparkUiSink(s: SparkUiSink): { readonly droppedEvents: number } {
  sink = s;
  for (const e of buffer) s.apply(e);
  buffer = [];
  return { droppedEvents: dropped };
}

/** A restarted cluster is a new application: its UI starts empty. */
export function resetSparkUi(): void {
  ranQuery.clear();
  buffer = [];
  dropped = 0;
  sink?.reset();
  useSparkUi.setState({ jobId: null, sqlExecutionId: null, lazyCells: {} });
}
