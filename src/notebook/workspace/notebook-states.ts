/**
 * Each notebook's run-time state (outputs, counts, job bars) while another one is on
 * screen, as Databricks keeps each notebook's results when you switch between them. Kept
 * for this page only: saved files hold cells, not outputs.
 */
import type { CellId } from '../model/ids';
import type { CellRuntime } from '../model/notebook';
import type { NotebookState } from '../store';

interface Kept {
  readonly runtime: ReadonlyMap<CellId, CellRuntime>;
  readonly jobs: NotebookState['jobs'];
}

const kept = new Map<string, Kept>();

/** Keeps the state of the notebook being left. */
export function keepState(state: Pick<NotebookState, 'doc' | 'runtime' | 'jobs'>): void {
  kept.set(state.doc.id, { runtime: new Map(Object.entries(state.runtime)) as Map<CellId, CellRuntime>, jobs: state.jobs });
}

/**
 * The state a notebook had when it was left. Leaving stops its queue and its running cell,
 * so what was queued or running shows as not run (with whatever output it had printed).
 */
export function keptState(id: string): Kept | undefined {
  const k = kept.get(id);
  if (!k) return undefined;
  const runtime = new Map<CellId, CellRuntime>();
  for (const [cell, rt] of k.runtime) {
    runtime.set(cell, rt.status === 'queued' || rt.status === 'running' ? { ...rt, status: 'idle', startedAt: null } : rt);
  }
  return { runtime, jobs: k.jobs };
}

export function forgetState(id: string): void {
  kept.delete(id);
}
