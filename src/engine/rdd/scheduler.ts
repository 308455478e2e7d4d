/**
 * Runs jobs on the executor slots: one stage per job for now (narrow lineage only), one
 * task per partition, retried up to spark.task.maxFailures on failure and resubmitted
 * without penalty when its executor is lost. Results come back in partition order.
 */
import { deserialize, serialize } from '../values';
import { KeyboardInterrupt, SparkException, formatErrorData } from '../errors';
import type { ErrorData } from '../errors';
import type { TaskBackend } from './backend';
import type { SchedulerListener } from './events';
import type { ActionSpec, NarrowOp, SourceSpec, TaskDescription, TaskOutcome } from './task';

export interface StagePlan {
  readonly partitions: readonly number[];
  recipe(partition: number): { source: SourceSpec; ops: readonly NarrowOp[] };
}

interface Running {
  readonly task: TaskDescription;
  readonly index: number;
  readonly generation: number;
  readonly executorId: string;
}

const POLL_MS = 50;
const NO_EXECUTOR_TIMEOUT_MS = 30_000;

export class DAGScheduler {
  private nextJobId = 0;
  private nextStageId = 0;
  private nextTaskId = 0;
  /** Slot → the task it is running; survives jobs so stale results are recognised. */
  private readonly running = new Map<number, Running | 'orphan'>();
  maxFailures = 4;

  constructor(
    private readonly backend: TaskBackend,
    private readonly listener: SchedulerListener = () => {},
  ) {}

  runJob(plan: StagePlan, action: ActionSpec, description: string): unknown[] {
    const jobId = this.nextJobId++;
    const stageId = this.nextStageId++;
    const n = plan.partitions.length;
    this.listener({ kind: 'jobStart', jobId, stageIds: [stageId], numTasks: n, description, time: Date.now() });
    const results = new Array<unknown>(n);
    const done = new Array<boolean>(n).fill(false);
    const attempts = new Array<number>(n).fill(0);
    const failures = new Array<number>(n).fill(0);
    const pending: number[] = plan.partitions.map((_, i) => i);
    let remaining = n;
    let idleSince = performance.now();
    try {
      while (remaining > 0) {
        if (this.backend.interrupted()) throw new KeyboardInterrupt();
        const assigned = this.assign(pending, (index) => {
          const partition = plan.partitions[index]!;
          const { source, ops } = plan.recipe(partition);
          return { jobId, stageId, taskId: this.nextTaskId++, partition, attempt: attempts[index]!++, source, ops, action };
        });
        if (assigned) idleSince = performance.now();
        else if (this.aliveCount() === 0 && performance.now() - idleSince > NO_EXECUTOR_TIMEOUT_MS) {
          throw new SparkException('no executors are alive to run the job');
        }
        for (const c of this.backend.poll(POLL_MS)) {
          const run = this.running.get(c.slot);
          this.running.delete(c.slot);
          if (!run || run === 'orphan' || run.generation !== c.generation) continue;
          const outcome = deserialize(c.bytes) as TaskOutcome;
          if (run.task.jobId !== jobId || outcome.taskId !== run.task.taskId) continue;
          const { task, index } = run;
          const succeeded = outcome.kind === 'success';
          this.listener({
            kind: 'taskEnd', jobId, stageId, taskId: task.taskId, partition: task.partition, attempt: task.attempt,
            succeeded, metrics: outcome.metrics, ...(succeeded ? {} : { error: outcome.error }),
          });
          if (outcome.kind === 'success') {
            if (!done[index]) {
              done[index] = true;
              results[index] = outcome.value;
              remaining--;
            }
          } else if (++failures[index]! >= this.maxFailures) {
            throw this.abort(task, outcome.error, outcome.metrics.executorId);
          } else {
            pending.push(index);
          }
        }
        this.recoverLost(pending);
      }
      this.listener({ kind: 'jobEnd', jobId, succeeded: true, time: Date.now() });
      return results;
    } catch (e) {
      for (const [slot, run] of this.running) if (run !== 'orphan' && run.task.jobId === jobId) this.running.set(slot, 'orphan');
      this.listener({ kind: 'jobEnd', jobId, succeeded: false, time: Date.now() });
      throw e;
    }
  }

  private aliveCount(): number {
    return this.backend.slots().filter((s) => s.alive).length;
  }

  /** Gives pending tasks to idle alive slots; true when at least one was sent. */
  private assign(pending: number[], makeTask: (index: number) => TaskDescription): boolean {
    let any = false;
    for (const s of this.backend.slots()) {
      if (pending.length === 0) break;
      if (!s.alive || this.running.has(s.slot)) continue;
      const index = pending.shift()!;
      const task = makeTask(index);
      this.running.set(s.slot, { task, index, generation: s.generation, executorId: s.executorId });
      this.listener({
        kind: 'taskStart', jobId: task.jobId, stageId: task.stageId, taskId: task.taskId,
        partition: task.partition, attempt: task.attempt, executorId: s.executorId,
      });
      this.backend.submit(s.slot, serialize(task));
      any = true;
    }
    return any;
  }

  /** A slot whose executor died or was replaced loses its task: run it again elsewhere. */
  private recoverLost(pending: number[]): void {
    const slots = this.backend.slots();
    for (const [slot, run] of this.running) {
      const s = slots[slot];
      if (s && s.alive && (run === 'orphan' || s.generation === run.generation)) continue;
      this.running.delete(slot);
      if (run === 'orphan') continue;
      this.listener({ kind: 'executorLost', executorId: run.executorId, slot });
      pending.push(run.index);
    }
  }

  private abort(task: TaskDescription, error: ErrorData, executorId: string): SparkException {
    const message =
      `Job aborted due to stage failure: Task ${task.partition} in stage ${task.stageId}.0 failed ` +
      `${this.maxFailures} times, most recent failure: Lost task ${task.partition}.${task.attempt} in stage ` +
      `${task.stageId}.0 (TID ${task.taskId}) (executor ${executorId}): ${formatErrorData(error)}`;
    return new SparkException(message, error);
  }
}
