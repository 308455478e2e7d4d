/**
 * What an executor keeps between tasks (compiled functions, cached partitions,
 * broadcast values) and the small engine API that code running inside a task uses:
 * `getBroadcastValue`, `accumulatorAdd`, `taskContext`. Language layers (the %ts handles
 * below, PyFlint's Broadcast and Accumulator objects) call these; they read the task
 * that is running now, so several in-process executors can share one thread.
 */
import { deserialize } from '../values';
import { FunctionCache } from './function-loader';
import type { CompiledFunction } from './function-loader';

interface BroadcastEntry {
  readonly bytes: Uint8Array;
  decoded: boolean;
  value: unknown;
}

export class ExecutorState {
  readonly fns = new FunctionCache();
  /** The block manager: persisted partitions by block id (`rdd_<id>_<p>`). */
  readonly blocks = new Map<string, unknown[]>();
  readonly broadcasts = new Map<number, BroadcastEntry>();

  constructor(readonly executorId: string) {}
}

export interface TaskContextInfo {
  readonly stageId: number;
  readonly stageAttempt: number;
  readonly partitionId: number;
  readonly attemptNumber: number;
  readonly taskAttemptId: number;
}

interface LocalAccumulator {
  value: unknown;
  readonly merge: CompiledFunction;
}

interface Running {
  readonly state: ExecutorState;
  readonly info: TaskContextInfo;
  readonly accumulators: Map<number, LocalAccumulator>;
  /** A shuffle the task's own code wrote or read (SQL exchanges), for its metrics. */
  shuffle?: TaskShuffleIo;
}

/** Shuffle data a task's code moved itself (not through a shuffle map output). */
export interface TaskShuffleIo {
  /** Bytes and records written per reducer. */
  writeBytes: number[];
  writeRecords: number;
  readBytes: number;
  readRecords: number;
}

let current: Running | undefined;

export function enterTask(state: ExecutorState, info: TaskContextInfo, accumulators: Map<number, LocalAccumulator>): void {
  current = { state, info, accumulators };
}

export function leaveTask(): void {
  current = undefined;
}

export function insideTask(): boolean {
  return current !== undefined;
}

export function taskContext(): TaskContextInfo | undefined {
  return current?.info;
}

/** The executor running the current task. */
export function taskExecutorId(): string | undefined {
  return current?.state.executorId;
}

/** The value of broadcast `id` on this executor, decoded once and kept. */
export function getBroadcastValue(id: number): unknown {
  if (!current) throw new Error(`Broadcast(${id}) read outside a task`);
  const entry = current.state.broadcasts.get(id);
  if (!entry) throw new Error(`Broadcast(${id}) was not shipped to executor ${current.state.executorId}`);
  if (!entry.decoded) {
    entry.value = deserialize(entry.bytes);
    entry.decoded = true;
  }
  return entry.value;
}

function taskShuffle(): TaskShuffleIo {
  if (!current) throw new Error('shuffle data reported outside a task');
  return (current.shuffle ??= { writeBytes: [], writeRecords: 0, readBytes: 0, readRecords: 0 });
}

/**
 * The running task wrote shuffle data itself (a SQL exchange's map side): its bytes per
 * reducer and records, counted in the task's metrics as a shuffle map output's are.
 */
export function reportShuffleWrite(bytesByReducer: readonly number[], records: number): void {
  const s = taskShuffle();
  bytesByReducer.forEach((b, r) => (s.writeBytes[r] = (s.writeBytes[r] ?? 0) + b));
  s.writeRecords += records;
}

/** The running task read shuffle data it was handed (a SQL exchange's reduce side). */
export function reportShuffleRead(bytes: number, records: number): void {
  const s = taskShuffle();
  s.readBytes += bytes;
  s.readRecords += records;
}

/** What the running task reported with reportShuffleWrite / reportShuffleRead. */
export function taskShuffleIo(): TaskShuffleIo | undefined {
  return current?.shuffle;
}

/** Adds into the running task's copy of accumulator `id` (returned with its result). */
export function accumulatorAdd(id: number, delta: unknown): void {
  if (!current) throw new Error(`Accumulator(${id}) added to outside a task`);
  const acc = current.accumulators.get(id);
  if (!acc) throw new Error(`Accumulator(${id}) was not shipped with this task (list it in FunctionRef.accumulatorIds)`);
  acc.value = acc.merge(acc.value, delta);
}

export type { LocalAccumulator };
