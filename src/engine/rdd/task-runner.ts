/**
 * Runs one task on an executor: builds the partition's records from the recipe, pushes
 * them through the narrow operations, then folds them into a result or buckets them for
 * a shuffle. Push-based so a pipeline of maps and filters allocates nothing per record
 * beyond what user code does.
 */
import { assertNever } from '../util/assert-never';
import { toErrorData } from '../errors';
import { deserialize, serialize } from '../values';
import { decodeTask, encodeOutcome } from './wire';
import { MISSING_BLOCK, blockId } from './task';
import type { ActionSpec, MapOutput, NarrowOp, Recipe, SourceSpec, TaskDescription, TaskMetrics, TaskOutcome } from './task';
import { enterTask, leaveTask, taskShuffleIo } from './executor-state';
import { estimateBlockBytes } from './block-size';
import type { LocalAccumulator , ExecutorState} from './executor-state';
import type { FunctionCache } from './function-loader';
// Executors must know the engine builtins and the broadcast/accumulator codecs.
import './builtins';
import './handles';

type Sink = (value: unknown) => boolean; // returns false to stop early

interface PartitionFolder {
  add(record: unknown): void;
  result(): Iterable<unknown>;
}

interface Env {
  readonly state: ExecutorState;
  recordsRead: number;
  shuffleReadBytes: number;
  shuffleReadRecords: number;
  cacheHits: number;
  cacheMisses: number;
  readonly blocksAdded: string[];
  readonly blockBytes: number[];
}

function emitAll(items: readonly unknown[], sink: Sink): boolean {
  for (let i = 0; i < items.length; i++) if (!sink(items[i])) return false;
  return true;
}

function materialize(recipe: Recipe, env: Env): unknown[] {
  const out: unknown[] = [];
  runRecipe(recipe, (v) => (out.push(v), true), env);
  return out;
}

function runSource(source: SourceSpec, sink: Sink, env: Env): boolean {
  switch (source.kind) {
    case 'collection':
      env.recordsRead += source.items.length;
      return emitAll(source.items, sink);
    case 'range': {
      const { start, end, step } = source;
      let n = 0;
      let ok = true;
      for (let v = start; step > 0 ? v < end : v > end; v += step) {
        n++;
        if (!sink(v)) {
          ok = false;
          break;
        }
      }
      env.recordsRead += n;
      return ok;
    }
    case 'shuffle':
      for (const block of source.blocks) {
        const records = deserialize(block) as unknown[];
        env.shuffleReadBytes += block.byteLength;
        env.shuffleReadRecords += records.length;
        env.recordsRead += records.length;
        if (!emitAll(records, sink)) return false;
      }
      return true;
    case 'cached': {
      const id = blockId(source.rddId, source.partition);
      let data = env.state.blocks.get(id);
      if (data) {
        env.cacheHits++;
        env.recordsRead += data.length;
      } else {
        if (!source.fallback) {
          const e = new Error(`block ${id} is missing on executor ${env.state.executorId}`);
          e.name = MISSING_BLOCK;
          throw e;
        }
        env.cacheMisses++;
        data = materialize(source.fallback, env);
        env.state.blocks.set(id, data);
        env.blocksAdded.push(id);
        env.blockBytes.push(estimateBlockBytes(data));
      }
      return emitAll(data, sink);
    }
    case 'concat':
      for (const part of source.parts) if (!runRecipe(part, sink, env)) return false;
      return true;
    case 'zip': {
      const left = materialize(source.left, env);
      const right = materialize(source.right, env);
      if (left.length !== right.length) throw new Error('Can only zip RDDs with same number of elements in each partition');
      for (let i = 0; i < left.length; i++) if (!sink([left[i], right[i]])) return false;
      return true;
    }
    case 'cartesian': {
      const left = materialize(source.left, env);
      const right = materialize(source.right, env);
      for (const a of left) for (const b of right) if (!sink([a, b])) return false;
      return true;
    }
    default:
      return assertNever(source, 'source');
  }
}

/** Wraps the downstream sink; operations that need the whole partition buffer it and flush later. */
function wrapOp(op: NarrowOp, fns: FunctionCache, partition: number, down: Sink, flushers: (() => boolean)[]): Sink {
  switch (op.kind) {
    case 'map': {
      const f = fns.get(op.fn);
      return (v) => down(f(v));
    }
    case 'filter': {
      const f = fns.get(op.fn);
      return (v) => (f(v) ? down(v) : true);
    }
    case 'flatMap': {
      const f = fns.get(op.fn);
      return (v) => {
        const out = f(v);
        if (Array.isArray(out)) return emitAll(out, down);
        for (const x of out as Iterable<unknown>) if (!down(x)) return false;
        return true;
      };
    }
    case 'mapPartitionsWithIndex': {
      const f = fns.get(op.fn);
      const buf: unknown[] = [];
      flushers.push(() => {
        const out = f(partition, buf);
        if (Array.isArray(out)) return emitAll(out, down);
        for (const x of out as Iterable<unknown>) if (!down(x)) return false;
        return true;
      });
      return (v) => (buf.push(v), true);
    }
    case 'streamPartition': {
      const folder = fns.get(op.fn)(partition) as PartitionFolder;
      flushers.push(() => {
        const out = folder.result();
        if (Array.isArray(out)) return emitAll(out, down);
        for (const x of out) if (!down(x)) return false;
        return true;
      });
      return (v) => (folder.add(v), true);
    }
    case 'glom': {
      const buf: unknown[] = [];
      flushers.push(() => down(buf));
      return (v) => (buf.push(v), true);
    }
    default:
      return assertNever(op, 'narrow op');
  }
}

function runRecipe(recipe: Recipe, sink: Sink, env: Env): boolean {
  const ops = recipe.ops;
  if (ops.length === 0) return runSource(recipe.source, sink, env);
  // Built back to front; buffered stages flush front to back after the source ends.
  const perOp: (() => boolean)[][] = [];
  let down = sink;
  for (let i = ops.length - 1; i >= 0; i--) {
    const local: (() => boolean)[] = [];
    down = wrapOp(ops[i]!, env.state.fns, recipe.partition, down, local);
    perOp.unshift(local);
  }
  if (!runSource(recipe.source, down, env)) return false;
  for (const flushers of perOp) for (const flush of flushers) if (!flush()) return false;
  return true;
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
          else if (typeof s === 'bigint' || typeof v === 'bigint') s = BigInt(s as number) + BigInt(v as number);
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

function runShuffleMap(task: TaskDescription, env: Env, metrics: { writeBytes: number; writeRecords: number }): MapOutput {
  if (task.output.kind !== 'shuffleMap') throw new Error('not a shuffle map task');
  const n = task.output.numReducers;
  const partitioner = env.state.fns.get(task.output.partitioner);
  const buckets: unknown[][] = Array.from({ length: n }, () => []);
  runRecipe(
    task.recipe,
    (v) => {
      const i = partitioner(v, n) as number;
      const bucket = buckets[i];
      if (bucket === undefined) throw new RangeError(`partitioner returned ${String(i)}, not an index below ${n}`);
      bucket.push(v);
      return true;
    },
    env,
  );
  const blocks = buckets.map((b) => (b.length > 0 ? serialize(b) : null));
  for (let i = 0; i < n; i++) {
    metrics.writeRecords += buckets[i]!.length;
    metrics.writeBytes += blocks[i]?.byteLength ?? 0;
  }
  return { blocks, records: buckets.map((b) => b.length) };
}

export function runTask(task: TaskDescription, state: ExecutorState): TaskOutcome {
  const t0 = performance.now();
  const fns = state.fns;
  const compiledBefore = fns.compiledCount;
  for (const id of task.dropBlocks ?? []) state.blocks.delete(id);
  for (const id of task.dropBroadcasts ?? []) state.broadcasts.delete(id);
  for (const b of task.broadcasts ?? []) state.broadcasts.set(b.id, { bytes: b.bytes, decoded: false, value: undefined });
  const env: Env = { state, recordsRead: 0, shuffleReadBytes: 0, shuffleReadRecords: 0, cacheHits: 0, cacheMisses: 0, blocksAdded: [], blockBytes: [] };
  const write = { writeBytes: 0, writeRecords: 0 };
  // Read while the task is current: what its own code reported moving (a SQL exchange).
  const metrics = (): TaskMetrics => {
    const own = taskShuffleIo();
    return {
      executorId: state.executorId,
      durationMs: performance.now() - t0,
      recordsRead: env.recordsRead,
      functionsCompiled: fns.compiledCount - compiledBefore,
      shuffleReadBytes: env.shuffleReadBytes + (own?.readBytes ?? 0),
      shuffleReadRecords: env.shuffleReadRecords + (own?.readRecords ?? 0),
      shuffleWriteBytes: write.writeBytes + (own ? own.writeBytes.reduce((a, b) => a + (b ?? 0), 0) : 0),
      shuffleWriteRecords: write.writeRecords + (own?.writeRecords ?? 0),
      cacheHits: env.cacheHits,
      cacheMisses: env.cacheMisses,
    };
  };
  const ownWrite = () => {
    const own = taskShuffleIo();
    return own && own.writeBytes.length > 0 ? { shuffleWriteByReducer: Array.from(own.writeBytes, (b) => b ?? 0) } : {};
  };
  const blocks = () => (env.blocksAdded.length > 0 ? { blocksAdded: env.blocksAdded, blockBytes: env.blockBytes } : {});
  const accumulators = new Map<number, LocalAccumulator>();
  try {
    for (const a of task.accumulators ?? []) accumulators.set(a.id, { value: a.zero, merge: fns.get(a.merge) });
    enterTask(state, { stageId: task.stageId, stageAttempt: task.stageAttempt, partitionId: task.partition, attemptNumber: task.attempt, taskAttemptId: task.taskId }, accumulators);
    let value: unknown;
    const output = task.output;
    switch (output.kind) {
      case 'result': {
        const fold = foldFor(output.action);
        runRecipe(task.recipe, fold.sink, env);
        value = fold.result();
        break;
      }
      case 'shuffleMap':
        value = runShuffleMap(task, env, write);
        break;
      default:
        assertNever(output, 'task output');
    }
    const updates = accumulators.size === 0 ? [] : [...accumulators].map(([id, a]) => [id, a.value] as const);
    return { kind: 'success', taskId: task.taskId, value, metrics: metrics(), ...blocks(), ...ownWrite(), ...(updates.length > 0 ? { accumulatorUpdates: updates } : {}) };
  } catch (e) {
    return { kind: 'failure', taskId: task.taskId, error: toErrorData(e), metrics: metrics(), ...blocks() };
  } finally {
    leaveTask();
  }
}

/**
 * What an executor does with a task message: decode, run, encode. Never throws: a task that
 * cannot be decoded, or whose result cannot be encoded (a class instance, a function),
 * answers with a failure, so the executor keeps serving and the driver is not left waiting.
 */
export function executeTask(bytes: Uint8Array, state: ExecutorState): Uint8Array {
  let task: TaskDescription;
  try {
    task = decodeTask(bytes);
  } catch (e) {
    return encodeOutcome(unreadable(-1, e, state));
  }
  const outcome = runTask(task, state);
  try {
    return encodeOutcome(outcome);
  } catch (e) {
    return encodeOutcome({
      ...unreadable(task.taskId, e, state),
      ...(outcome.blocksAdded ? { blocksAdded: outcome.blocksAdded } : {}),
      ...(outcome.blockBytes ? { blockBytes: outcome.blockBytes } : {}),
    });
  }
}

function unreadable(taskId: number, e: unknown, state: ExecutorState): TaskOutcome {
  const metrics: TaskMetrics = {
    executorId: state.executorId, durationMs: 0, recordsRead: 0, functionsCompiled: 0, shuffleReadBytes: 0,
    shuffleReadRecords: 0, shuffleWriteBytes: 0, shuffleWriteRecords: 0, cacheHits: 0, cacheMisses: 0,
  };
  return { kind: 'failure', taskId, error: toErrorData(e), metrics };
}
