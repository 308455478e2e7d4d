/**
 * Runs one task on an executor: builds the partition's records from the recipe, pushes
 * them through the narrow operations and folds them with the action. Push-based so a
 * pipeline of maps and filters allocates nothing per record beyond what user code does.
 */
import { assertNever } from '../util/assert-never';
import { toErrorData } from '../errors';
import type { ActionSpec, NarrowOp, SourceSpec, TaskDescription, TaskOutcome } from './task';
import type { FunctionCache } from './function-loader';

type Sink = (value: unknown) => boolean; // returns false to stop early

function runSource(source: SourceSpec, sink: Sink): number {
  let n = 0;
  switch (source.kind) {
    case 'collection':
      for (const item of source.items) {
        n++;
        if (!sink(item)) return n;
      }
      return n;
    case 'range': {
      const { start, end, step } = source;
      if (step > 0) {
        for (let v = start; v < end; v += step) {
          n++;
          if (!sink(v)) return n;
        }
      } else {
        for (let v = start; v > end; v += step) {
          n++;
          if (!sink(v)) return n;
        }
      }
      return n;
    }
    default:
      return assertNever(source, 'source');
  }
}

interface Stage {
  /** Wraps the downstream sink. Operations that need the whole partition buffer it. */
  wrap(down: Sink, flushers: (() => boolean)[]): Sink;
}

function stageFor(op: NarrowOp, fns: FunctionCache, partition: number): Stage {
  switch (op.kind) {
    case 'map': {
      const f = fns.get(op.fn);
      return { wrap: (down) => (v) => down(f(v)) };
    }
    case 'filter': {
      const f = fns.get(op.fn);
      return { wrap: (down) => (v) => (f(v) ? down(v) : true) };
    }
    case 'flatMap': {
      const f = fns.get(op.fn);
      return {
        wrap: (down) => (v) => {
          for (const out of f(v) as Iterable<unknown>) if (!down(out)) return false;
          return true;
        },
      };
    }
    case 'mapPartitionsWithIndex': {
      const f = fns.get(op.fn);
      return {
        wrap: (down, flushers) => {
          const buf: unknown[] = [];
          flushers.push(() => {
            for (const out of f(partition, buf) as Iterable<unknown>) if (!down(out)) return false;
            return true;
          });
          return (v) => {
            buf.push(v);
            return true;
          };
        },
      };
    }
    case 'glom':
      return {
        wrap: (down, flushers) => {
          const buf: unknown[] = [];
          flushers.push(() => down(buf));
          return (v) => {
            buf.push(v);
            return true;
          };
        },
      };
    default:
      return assertNever(op, 'narrow op');
  }
}

interface Fold {
  sink: Sink;
  result(): unknown;
}

function foldFor(action: ActionSpec): Fold {
  switch (action.kind) {
    case 'collect': {
      const out: unknown[] = [];
      return { sink: (v) => (out.push(v), true), result: () => out };
    }
    case 'take': {
      const out: unknown[] = [];
      const n = action.n;
      return { sink: (v) => (out.push(v), out.length < n), result: () => out };
    }
    case 'count': {
      let n = 0;
      return { sink: () => (n++, true), result: () => n };
    }
    case 'sum': {
      let s: unknown = 0;
      return {
        sink: (v) => {
          if (typeof s === 'number' && typeof v === 'number') s = s + v;
          else if (typeof s === 'bigint' && typeof v === 'bigint') s = s + v;
          else s = (s as number) + (v as number);
          return true;
        },
        result: () => s,
      };
    }
    default:
      return assertNever(action, 'action');
  }
}

export function runTask(task: TaskDescription, fns: FunctionCache, executorId: string): TaskOutcome {
  const t0 = performance.now();
  const compiledBefore = fns.compiledCount;
  let recordsRead = 0;
  const metrics = () => ({
    executorId,
    durationMs: performance.now() - t0,
    recordsRead,
    functionsCompiled: fns.compiledCount - compiledBefore,
  });
  try {
    const fold = foldFor(task.action);
    // Build the chain back to front; buffered stages flush front to back after the source ends.
    const stages = task.ops.map((op) => stageFor(op, fns, task.partition));
    let down = fold.sink;
    const perStageFlushers: (() => boolean)[][] = [];
    for (let i = stages.length - 1; i >= 0; i--) {
      const local: (() => boolean)[] = [];
      down = stages[i]!.wrap(down, local);
      perStageFlushers.unshift(local);
    }
    const flushers = perStageFlushers.flat();
    recordsRead = runSource(task.source, down);
    for (const flush of flushers) if (!flush()) break;
    return { kind: 'success', taskId: task.taskId, value: fold.result(), metrics: metrics() };
  } catch (e) {
    return { kind: 'failure', taskId: task.taskId, error: toErrorData(e), metrics: metrics() };
  }
}
