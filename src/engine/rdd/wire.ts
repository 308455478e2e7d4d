/**
 * Tasks and outcomes on the wire as positional arrays: an object's keys would be encoded
 * and decoded as strings on every task, which dominated the cost of tiny jobs.
 *
 * A task or outcome message is a buffer of its own (a mailbox hands out a copy; in process it
 * is the writer's result) that nothing writes to afterwards, so its large payloads (encoded
 * blocks) are decoded as views of it rather than copied.
 */
import { deserialize, serialize } from '../values';
import type { TaskDescription, TaskMetrics, TaskOutcome } from './task';

type Packed = unknown[];

export function encodeTask(t: TaskDescription): Uint8Array {
  return serialize([
    t.jobId, t.stageId, t.stageAttempt, t.taskId, t.partition, t.attempt, t.recipe, t.output,
    t.broadcasts ?? null, t.accumulators ?? null, t.dropBlocks ?? null, t.dropBroadcasts ?? null,
  ]);
}

export function decodeTask(bytes: Uint8Array): TaskDescription {
  const p = deserialize(bytes, { views: true }) as Packed;
  const t: Record<string, unknown> = {
    jobId: p[0], stageId: p[1], stageAttempt: p[2], taskId: p[3], partition: p[4], attempt: p[5], recipe: p[6], output: p[7],
  };
  if (p[8] !== null) t.broadcasts = p[8];
  if (p[9] !== null) t.accumulators = p[9];
  if (p[10] !== null) t.dropBlocks = p[10];
  if (p[11] !== null) t.dropBroadcasts = p[11];
  return t as unknown as TaskDescription;
}

function packMetrics(m: TaskMetrics): Packed {
  return [
    m.executorId, m.durationMs, m.recordsRead, m.functionsCompiled, m.shuffleReadBytes, m.shuffleReadRecords,
    m.shuffleWriteBytes, m.shuffleWriteRecords, m.cacheHits, m.cacheMisses,
  ];
}

function unpackMetrics(p: Packed): TaskMetrics {
  return {
    executorId: p[0] as string, durationMs: p[1] as number, recordsRead: p[2] as number, functionsCompiled: p[3] as number,
    shuffleReadBytes: p[4] as number, shuffleReadRecords: p[5] as number, shuffleWriteBytes: p[6] as number,
    shuffleWriteRecords: p[7] as number, cacheHits: p[8] as number, cacheMisses: p[9] as number,
  };
}

export function encodeOutcome(o: TaskOutcome): Uint8Array {
  const common = [o.taskId, packMetrics(o.metrics), o.blocksAdded ?? null];
  return o.kind === 'success'
    ? serialize([1, ...common, o.value, o.accumulatorUpdates ?? null, o.blockBytes ?? null, o.shuffleWriteByReducer ?? null])
    : serialize([0, ...common, o.error, o.blockBytes ?? null]);
}

export function decodeOutcome(bytes: Uint8Array): TaskOutcome {
  const p = deserialize(bytes, { views: true }) as Packed;
  const common = {
    taskId: p[1] as number,
    metrics: unpackMetrics(p[2] as Packed),
    ...(p[3] !== null ? { blocksAdded: p[3] as string[] } : {}),
  };
  if (p[0] === 0) return { kind: 'failure', ...common, error: p[4] as never, ...(p[5] ? { blockBytes: p[5] as number[] } : {}) };
  return {
    kind: 'success', ...common, value: p[4], ...(p[5] !== null ? { accumulatorUpdates: p[5] as [number, unknown][] } : {}), ...(p[6] ? { blockBytes: p[6] as number[] } : {}),
    ...(p[7] ? { shuffleWriteByReducer: p[7] as number[] } : {}),
  };
}
