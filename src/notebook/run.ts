/**
 * Run orchestration: a queue of cells run one at a time on the cluster, with per-cell
 * status, execution counts, elapsed time, streamed outputs and job progress.
 */
import type { Cluster } from '../workers/client';
import type { DriverEvent, CellLanguage, OptimizerTrace } from '../workers/protocol';
import type { CellId } from './model/ids';
import { parseCell } from './model/cell-kind';
import { errorLineOf } from './traceback-line';
import { appendOutput, updateRuntime, useNotebook } from './store';
import { nextJobs } from './job-progress';
import { recordSparkUiEvent, resetSparkUi } from './spark-ui/recorder';

let cluster: Cluster | undefined;
const queue: CellId[] = [];
let running = false;

function onEvent(e: DriverEvent): void {
  recordSparkUiEvent(e);
  switch (e.kind) {
    case 'output':
      appendOutput(e.cellId as CellId, e.output);
      return;
    case 'executors':
      useNotebook.setState({ executors: e.executors });
      return;
    case 'scheduler':
      if (e.cellId !== null) trackJob(e.cellId as CellId, e);
      return;
    case 'cellDone':
      return;
  }
}

function trackJob(cellId: CellId, e: Extract<DriverEvent, { kind: 'scheduler' }>): void {
  useNotebook.setState((s) => {
    const before = s.jobs[cellId] ?? [];
    const after = nextJobs(before, e.event);
    return after === before ? {} : { jobs: { ...s.jobs, [cellId]: after } };
  });
}

/** Resolves when the cluster can take a cell (after start and after every restart). */
let clusterReady: Promise<void> = new Promise(() => {});
/** The page starts the cluster once the notebook is on screen, or sooner if a cell is run first. */
let onConnected: () => void = () => {};
const connected = new Promise<void>((resolve) => (onConnected = resolve));
let startEarly: (() => void) | null = null;

/** How to start the cluster now, should a cell be run before the page started it. */
export function startClusterOnFirstRun(start: () => void): void {
  startEarly = start;
}
/** The cell on the cluster now, and how to stop waiting for it if the cluster is replaced. */
let current: { readonly id: CellId; readonly abandon: () => void } | null = null;
let watchdog: ReturnType<typeof setTimeout> | undefined;

/** How long a cell may ignore Interrupt before the cluster is replaced. */
export const INTERRUPT_GRACE_MS = 3000;

export async function connectCluster(c: Cluster): Promise<void> {
  cluster = c;
  c.onEvent(onEvent);
  clusterReady = startCluster(() => c.start());
  onConnected();
  await clusterReady;
}

async function startCluster(start: () => Promise<void>): Promise<void> {
  try {
    await start();
    useNotebook.setState({ cluster: 'ready', clusterError: null, executors: cluster!.executorInfo() });
  } catch (e) {
    useNotebook.setState({ cluster: 'failed', clusterError: (e as Error).message });
  }
}

const runnable: Record<string, CellLanguage | 'md' | 'unsupported'> = {
  python: 'python',
  sql: 'sql',
  ts: 'ts',
  fs: 'fs',
  md: 'md',
  unsupported: 'unsupported',
};

async function runOne(id: CellId): Promise<void> {
  const cell = useNotebook.getState().doc.cells.find((c) => c.id === id);
  if (!cell) return;
  const parsed = parseCell(cell.source);
  const kind = runnable[parsed.kind]!;
  const startedAt = Date.now();
  updateRuntime(id, { status: 'running', outputs: [], startedAt, elapsedMs: null, errorLine: null });
  useNotebook.setState((s) => ({ jobs: { ...s.jobs, [id]: [] } }));
  if (kind === 'md') {
    updateRuntime(id, { status: 'done', elapsedMs: 0 });
    return;
  }
  if (kind === 'unsupported') {
    appendOutput(id, { kind: 'notice', text: `${parsed.magic} cells are not available in Flint: everything runs in your browser tab.` });
    updateRuntime(id, { status: 'error', elapsedMs: 0 });
    return;
  }
  if (!cluster) {
    startEarly?.();
    await connected;
  }
  await clusterReady;
  if (!cluster) return;
  const index = useNotebook.getState().doc.cells.findIndex((c) => c.id === id) + 1;
  const filename = `<cell ${index}>`;
  // A terminated driver never answers: the run is abandoned instead of awaited forever.
  const abandoned = new Promise<null>((resolve) => (current = { id, abandon: () => resolve(null) }));
  try {
    // Each notebook has its own Python variables on the shared cluster, as each Databricks
    // notebook has its own REPL (see src/notebook/README.md).
    const namespace = useNotebook.getState().doc.id;
    const request = { cellId: id, language: kind, code: parsed.body, filename, lineOffset: parsed.lineOffset, namespace };
    const result = await Promise.race([cluster.runCell(request), abandoned]);
    if (result === null) {
      updateRuntime(id, { status: 'error', elapsedMs: Date.now() - startedAt });
      return;
    }
    const failed = result.status !== 'ok';
    const errorLine = failed ? errorLineOf(useNotebook.getState().runtime[id]?.outputs ?? [], filename, parsed.lineOffset) : null;
    updateRuntime(id, { status: failed ? 'error' : 'done', executionCount: result.executionCount, elapsedMs: result.durationMs, errorLine });
  } catch (e) {
    appendOutput(id, { kind: 'error', error: { ename: 'FlintError', evalue: (e as Error).message, traceback: [`FlintError: ${(e as Error).message}`] } });
    updateRuntime(id, { status: 'error', elapsedMs: Date.now() - startedAt });
  } finally {
    current = null;
    clearTimeout(watchdog);
  }
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (queue.length > 0) await runOne(queue.shift()!);
  } finally {
    running = false;
  }
}

export function runCells(ids: readonly CellId[]): void {
  for (const id of ids) {
    if (queue.includes(id)) continue;
    queue.push(id);
    updateRuntime(id, { status: 'queued' });
  }
  void drain();
}

export function runAll(): void {
  runCells(useNotebook.getState().doc.cells.map((c) => c.id));
}

/**
 * Stops the queue and asks the running cell to stop (a flag the driver polls). Code that
 * ignores the flag for INTERRUPT_GRACE_MS gets its cluster replaced, losing all state.
 */
export function interrupt(): void {
  for (const id of queue.splice(0)) updateRuntime(id, { status: 'idle' });
  if (!current || !cluster) return;
  cluster.interrupt();
  const stuck = current;
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    if (current !== stuck) return;
    appendOutput(stuck.id, { kind: 'notice', text: `This cell ignored Interrupt for ${INTERRUPT_GRACE_MS / 1000} s, so Flint stopped it by restarting the cluster.` });
    void replaceCluster(`The cell did not stop when interrupted, so the cluster was restarted. ${LOST}`);
  }, INTERRUPT_GRACE_MS);
}

const LOST = 'All variables, cached data and temporary views are gone: run the cells you need again.';

/** Replaces every worker; a running cell is abandoned. */
async function replaceCluster(reason: string): Promise<void> {
  if (!cluster) return;
  const c = cluster;
  for (const id of queue.splice(0)) updateRuntime(id, { status: 'idle' });
  current?.abandon();
  clearTimeout(watchdog);
  useNotebook.setState({ cluster: 'restarting', stateLost: reason });
  resetSparkUi();
  clusterReady = startCluster(() => c.restart());
  await clusterReady;
}

export function restartCluster(): Promise<void> {
  return replaceCluster(`The cluster was restarted. ${LOST}`);
}

export function dismissStateLost(): void {
  useNotebook.setState({ stateLost: null });
}

/** The optimizer's rule-by-rule steps for a recent SQL execution (the Spark UI's SQL tab asks). */
export async function sqlOptimizerTrace(executionId: number): Promise<OptimizerTrace | null> {
  await clusterReady;
  return cluster ? cluster.optimizerTrace(executionId) : null;
}

export async function killExecutor(slot: number): Promise<void> {
  await cluster?.killExecutor(slot);
}

/**
 * The Stop button of a live table (display(streamingDF)): stops its streaming query on the
 * driver. The query's last table update then says it is stopped.
 */
export async function stopStreamingQuery(queryId: string): Promise<void> {
  await clusterReady;
  if (!cluster) return;
  const namespace = useNotebook.getState().doc.id;
  const code = `__flint_q = spark.streams.get(${JSON.stringify(queryId)})\nif __flint_q is not None:\n    __flint_q.stop()\ndel __flint_q`;
  await cluster.runCell({ cellId: `stop-query-${queryId}`, language: 'python', code, filename: '<stop query>', lineOffset: 0, namespace });
}
