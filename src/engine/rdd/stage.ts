/**
 * Stages and the per-job bookkeeping of the DAG scheduler. A stage is the pipelined
 * narrow lineage between shuffles: a ShuffleMapStage writes a shuffle's map outputs, the
 * ResultStage runs the action. Stage attempts count resubmissions (`stage 3.1`).
 */
import type { RDD, ShuffleInfo } from './rdd';
import type { ActionSpec, FunctionRef, NarrowOp, Recipe, TaskOutput } from './task';
import type { ExecutorRef } from './trackers';
import { isFunctionRef } from './function-loader';
import { assertNever } from '../util/assert-never';

export class Stage {
  /** The latest attempt; -1 until first submitted. */
  attempt = -1;

  constructor(
    readonly id: number,
    readonly rdd: RDD,
    readonly numTasks: number,
    readonly parents: readonly Stage[],
    readonly shuffle: ShuffleInfo | undefined,
    /** A result stage's job call site (`collect at <stdin>:3`); map stages use their RDD's. */
    private readonly callSite?: string,
  ) {}

  /** Spark's stage name: a map stage's RDD creation site, the result stage's job call site. */
  get name(): string {
    return this.callSite ?? this.rdd.creationSite;
  }
}

/** One attempt of a stage within a job: the partitions still to run and their failures. */
export class StageRun {
  readonly failures = new Map<number, number>();
  readonly attempts = new Map<number, number>();
  running = 0;
  /** When the stage last launched a task where its input is (delay scheduling). */
  lastLocalLaunch: number;

  constructor(
    readonly stage: Stage,
    readonly attempt: number,
    readonly pending: number[],
    readonly preferred: Map<number, readonly ExecutorRef[]>,
    submittedAt: number,
  ) {
    this.lastLocalLaunch = submittedAt;
  }

  nextAttempt(partition: number): number {
    const a = this.attempts.get(partition) ?? 0;
    this.attempts.set(partition, a + 1);
    return a;
  }
}

export class JobState {
  readonly results: unknown[];
  readonly finished: boolean[];
  remaining: number;
  readonly indexOf = new Map<number, number>();
  readonly active = new Map<number, StageRun>();
  /** Waiting stages and the parent stages they wait for. */
  readonly waiting = new Map<Stage, Set<Stage>>();
  readonly submitted = new Set<number>();

  constructor(
    readonly id: number,
    readonly finalStage: Stage,
    readonly partitions: readonly number[],
    readonly action: ActionSpec,
  ) {
    this.results = new Array<unknown>(partitions.length);
    this.finished = new Array<boolean>(partitions.length).fill(false);
    this.remaining = partitions.length;
    partitions.forEach((p, i) => this.indexOf.set(p, i));
  }

  output(stage: Stage): TaskOutput {
    if (!stage.shuffle) return { kind: 'result', action: this.action };
    const { shuffleId, numPartitions, partitioner } = stage.shuffle;
    return { kind: 'shuffleMap', shuffleId, numReducers: numPartitions, partitioner };
  }
}

/** Every FunctionRef a task carries (nested bound ones included), each once. */
export function functionsOf(recipe: Recipe, output: TaskOutput): FunctionRef[] {
  const seen = new Map<string, FunctionRef>();
  const visitRef = (ref: FunctionRef) => {
    const k = ref.bound ? `${ref.id}#${seen.size}` : ref.id;
    if (seen.has(k)) return;
    seen.set(k, ref);
    for (const b of ref.bound ?? []) if (isFunctionRef(b)) visitRef(b);
  };
  const visitOp = (op: NarrowOp) => {
    if (op.kind !== 'glom') visitRef(op.fn);
  };
  const visit = (r: Recipe) => {
    r.ops.forEach(visitOp);
    const s = r.source;
    switch (s.kind) {
      case 'collection':
      case 'range':
      case 'shuffle':
        return;
      case 'cached':
        if (s.fallback) visit(s.fallback);
        return;
      case 'concat':
        s.parts.forEach(visit);
        return;
      case 'zip':
      case 'cartesian':
        visit(s.left);
        visit(s.right);
        return;
      default:
        assertNever(s, 'source');
    }
  };
  visit(recipe);
  if (output.kind === 'shuffleMap') visitRef(output.partitioner);
  return [...seen.values()];
}
