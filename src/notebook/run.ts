/**
 * Run orchestration: a queue of cells run one at a time on the cluster, with per-cell
 * status, execution counts, elapsed time, streamed outputs and job progress.
 */
import type { Cluster } from '../workers/client';
import type { DriverEvent, CellLanguage } from '../workers/protocol';
import type { CellId } from './model/ids';
import { parseCell } from './model/cell-kind';
import { appendOutput, updateRuntime, useNotebook } from './store';
import type { JobProgress } from './store';

let cluster: Cluster | undefined;
const queue: CellId[] = [];
let running = false;

function onEvent(e: DriverEvent): void {
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
  const ev = e.event;
  useNotebook.setState((s) => {
    const jobs = [...(s.jobs[cellId] ?? [])];
    const at = (jobId: number) => jobs.findIndex((j) => j.jobId === jobId);
    const patch = (jobId: number, f: (j: JobProgress) => JobProgress) => {
      const i = at(jobId);
      if (i >= 0) jobs[i] = f(jobs[i]!);
    };
    switch (ev.kind) {
      case 'jobStart':
        jobs.push({ jobId: ev.jobId, description: ev.description, numTasks: ev.numTasks, tasksDone: 0, status: 'running' });
        break;
      case 'taskEnd':
        if (ev.succeeded) patch(ev.jobId, (j) => ({ ...j, tasksDone: j.tasksDone + 1 }));
        break;
      case 'jobEnd':
        patch(ev.jobId, (j) => ({ ...j, status: ev.succeeded ? 'succeeded' : 'failed' }));
        break;
      case 'taskStart':
      case 'executorLost':
        return {};
    }
    return { jobs: { ...s.jobs, [cellId]: jobs } };
  });
}

export async function connectCluster(c: Cluster): Promise<void> {
  cluster = c;
  c.onEvent(onEvent);
  try {
    await c.start();
    useNotebook.setState({ cluster: 'ready', executors: c.executorInfo() });
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
  if (!cell || !cluster) return;
  const parsed = parseCell(cell.source);
  const kind = runnable[parsed.kind]!;
  updateRuntime(id, { status: 'running', outputs: [], startedAt: Date.now(), elapsedMs: null });
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
  const index = useNotebook.getState().doc.cells.findIndex((c) => c.id === id) + 1;
  try {
    const result = await cluster.runCell({ cellId: id, language: kind, code: parsed.body, filename: `<cell ${index}>`, lineOffset: parsed.lineOffset });
    updateRuntime(id, { status: result.status === 'ok' ? 'done' : 'error', executionCount: result.executionCount, elapsedMs: result.durationMs });
  } catch (e) {
    appendOutput(id, { kind: 'error', error: { ename: 'FlintError', evalue: (e as Error).message, traceback: [`FlintError: ${(e as Error).message}`] } });
    updateRuntime(id, { status: 'error' });
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

export function interrupt(): void {
  for (const id of queue.splice(0)) updateRuntime(id, { status: 'idle' });
  cluster?.interrupt();
}

export async function restartCluster(): Promise<void> {
  if (!cluster) return;
  interrupt();
  useNotebook.setState({ cluster: 'restarting' });
  await cluster.restart();
  useNotebook.setState({ cluster: 'ready', executors: cluster.executorInfo() });
}

export async function killExecutor(slot: number): Promise<void> {
  await cluster?.killExecutor(slot);
}
