/**
 * The DAG scheduler and task scheduler in one synchronous loop (the driver blocks in
 * runJob as PySpark's driver does). Stages are cut at shuffle dependencies and numbered
 * parents first; a shuffle's map stage is created once and reused, and skipped while its
 * outputs are all available. Tasks are built for the slot they go to (so a cached
 * partition's recipe is not shipped to the executor holding it), prefer the executor
 * holding their cached input for a short locality wait, may fail maxFailures times (set
 * from the master as Spark does: once in local mode), and are resubmitted without penalty
 * when their executor is lost for a reason of its own (the host killed it); an executor that
 * exited by itself while running a task (a crash, out of memory) fails that task with Spark's
 * ExecutorLostFailure, which counts towards maxFailures. Losing an
 * executor loses its map outputs and cached blocks: stages that need them wait while the
 * missing map partitions are recomputed (a new stage attempt).
 */
import { decodeOutcome, encodeTask } from './wire';
import { KeyboardInterrupt, SparkException, formatErrorData } from '../errors';
import type { ErrorData } from '../errors';
import type { ExecutorSlot, TaskBackend } from './backend';
import type { SchedulerListener } from './events';
import type { RDD, RecipeContext } from './rdd';
import { MISSING_BLOCK, blockId } from './task';
import type { ActionSpec, MapOutput, TaskDescription } from './task';
import { BlockTracker, MapOutputTracker, MissingShuffleOutput } from './trackers';
import type { ExecutorRef } from './trackers';
import { SharedVariables } from './shared-vars';
import { JobState, StageRun, functionsOf } from './stage';
import type { Stage } from './stage';
import { StageGraph } from './stage-graph';
import { describeJsValue, stageInfo } from './stage-info';
import { DEFAULT_MAX_FAILURES } from './task-failures';
import type { AccumulatorUpdate } from './events';

interface RunningTask {
  readonly jobId: number;
  readonly run: StageRun;
  readonly task: TaskDescription;
  readonly generation: number;
  readonly executorId: string;
  readonly shipped: { readonly taskBytes: number; readonly closureBytes: number; readonly broadcastBytes: number };
  /** performance.now() at launch. */
  readonly started: number;
  orphan: boolean;
}

interface Known {
  readonly generation: number;
  readonly alive: boolean;
  readonly executorId: string;
}

const POLL_MS = 50;
const NO_EXECUTOR_TIMEOUT_MS = 30_000;

export class DAGScheduler {
  private nextJobId = 0;
  private nextTaskId = 0;
  /** Slot → the task it runs; survives jobs so late results of abandoned tasks are recognised. */
  private readonly running = new Map<number, RunningTask>();
  private readonly known: (Known | undefined)[] = [];
  /** slot → cached blocks its executor should drop (unpersist). */
  private readonly blockDrops = new Map<number, string[]>();
  readonly mapOutputs = new MapOutputTracker();
  readonly blocks = new BlockTracker();
  readonly shared = new SharedVariables();
  private readonly graph = new StageGraph(this.mapOutputs, this.blocks);
  /** Attempts a task gets before its job aborts (the context sets it from the master, as Spark). */
  maxFailures = DEFAULT_MAX_FAILURES;
  /** `(host executor id)` of a task failure's message; the context sets Spark's local-mode form. */
  taskLocation: (executorId: string) => string = (id) => `executor ${id}`;
  /** The same for a task lost with its executor: the executor that exited is named even in local mode. */
  lostTaskLocation: (executorId: string) => string = (id) => `executor ${id}`;
  /**
   * Spark's spark.locality.wait is 3 s between hosts. Ours share one machine, but a task run
   * away from its cached input recomputes it (there is no remote block fetch), so the wait is
   * not zero either.
   */
  localityWaitMs = 50;
  /** Accumulator values as the Spark UI shows them; PyFlint installs Python's repr. */
  describeValue: (v: unknown) => string = describeJsValue;

  constructor(
    private readonly backend: TaskBackend,
    private readonly listener: SchedulerListener = () => {},
  ) {
    // Know the executors from the start, so one lost before the first job is reported too.
    this.noticeExecutors(backend.slots(), undefined);
  }

  // ---- stages ----

  private submitStage(job: JobState, stage: Stage): void {
    if (job.active.has(stage.id) || job.waiting.has(stage)) return;
    const missing = this.graph.missingParents(stage);
    if (missing.length === 0) this.submitTasks(job, stage);
    else this.waitFor(job, stage, missing);
  }

  private waitFor(job: JobState, stage: Stage, parents: readonly Stage[]): void {
    job.waiting.set(stage, new Set(parents));
    for (const p of parents) this.submitStage(job, p);
  }

  private submitTasks(job: JobState, stage: Stage): void {
    const parts = stage.shuffle ? this.mapOutputs.missing(stage.shuffle.shuffleId) : job.partitions.filter((_, i) => !job.finished[i]);
    stage.attempt++;
    const preferred = new Map<number, readonly ExecutorRef[]>();
    for (const p of parts) {
      const at = stage.rdd.preferredLocations(p);
      if (at.length > 0) preferred.set(p, at);
    }
    const run = new StageRun(stage, stage.attempt, parts, preferred, performance.now());
    job.submitted.add(stage.id);
    job.active.set(stage.id, run);
    this.listener({
      kind: 'stageSubmitted', jobId: job.id, stageId: stage.id, attempt: run.attempt, name: stage.name,
      stageKind: stage.shuffle ? 'shuffleMap' : 'result', numTasks: parts.length, parentIds: stage.parents.map((p) => p.id),
    });
  }

  /** Submits waiting stages whose parents have finished. */
  private checkWaiting(job: JobState): void {
    const waiting = [...job.waiting].sort((a, b) => a[0].id - b[0].id);
    for (const [stage, parents] of waiting) {
      if ([...parents].some((p) => job.active.has(p.id) || job.waiting.has(p))) continue;
      job.waiting.delete(stage);
      this.submitStage(job, stage);
    }
  }

  /** Drops partitions another attempt finished; completes stages with nothing left to do. */
  private settleStages(job: JobState): void {
    for (const run of [...job.active.values()]) {
      const { stage } = run;
      for (let i = run.pending.length - 1; i >= 0; i--) if (this.isDone(job, stage, run.pending[i]!)) run.pending.splice(i, 1);
      if (run.pending.length > 0 || run.running > 0) continue;
      job.active.delete(stage.id);
      const done = stage.shuffle ? this.mapOutputs.isAvailable(stage.shuffle.shuffleId) : job.remaining === 0;
      this.listener({ kind: 'stageCompleted', jobId: job.id, stageId: stage.id, attempt: run.attempt, name: stage.name, status: done ? 'succeeded' : 'resubmitted' });
      // Outputs lost while it ran: run the missing partitions again.
      if (!done) this.submitStage(job, stage);
      this.checkWaiting(job);
    }
    if (job.active.size === 0 && job.waiting.size > 0) this.checkWaiting(job);
  }

  private isDone(job: JobState, stage: Stage, partition: number): boolean {
    if (stage.shuffle) return this.mapOutputs.has(stage.shuffle.shuffleId, partition);
    return job.finished[job.indexOf.get(partition)!]!;
  }

  // ---- jobs ----

  runJob(rdd: RDD, partitions: readonly number[], action: ActionSpec, description: string): unknown[] {
    this.noticeExecutors(this.backend.slots(), undefined);
    const jobId = this.nextJobId++;
    const finalStage = this.graph.resultStage(rdd, partitions.length, description || undefined);
    const job = new JobState(jobId, finalStage, partitions, action);
    const stages = [...this.graph.ancestors(finalStage).values()].sort((a, b) => a.id - b.id);
    const numTasks = partitions.length + (partitions.length > 0 ? this.graph.missingTaskCount(finalStage, new Set()) : 0);
    this.listener({ kind: 'jobStart', jobId, stageIds: stages.map((s) => s.id), numTasks, description, time: Date.now(), stages: stages.map(stageInfo) });
    let idleSince = performance.now();
    try {
      if (partitions.length > 0) this.submitStage(job, finalStage);
      while (job.remaining > 0) {
        if (this.backend.interrupted()) throw new KeyboardInterrupt();
        const slots = this.backend.slots();
        this.noticeExecutors(slots, job);
        this.recoverLost(job, slots);
        this.settleStages(job);
        const { launched, deferred } = this.launchTasks(job, slots);
        if (launched || this.running.size > 0) idleSince = performance.now();
        else if (!slots.some((s) => s.alive) && performance.now() - idleSince > NO_EXECUTOR_TIMEOUT_MS) {
          throw new SparkException('no executors are alive to run the job');
        }
        for (const c of this.backend.poll(deferred ? 1 : POLL_MS)) this.complete(job, c.slot, c.generation, c.bytes);
        this.settleStages(job);
      }
      for (const s of stages) {
        if (!job.submitted.has(s.id)) this.listener({ kind: 'stageCompleted', jobId, stageId: s.id, attempt: Math.max(s.attempt, 0), name: s.name, status: 'skipped' });
      }
      this.listener({ kind: 'jobEnd', jobId, succeeded: true, time: Date.now() });
      return job.results;
    } catch (e) {
      for (const run of job.active.values()) {
        this.listener({ kind: 'stageCompleted', jobId, stageId: run.stage.id, attempt: run.attempt, name: run.stage.name, status: 'failed' });
      }
      this.listener({ kind: 'jobEnd', jobId, succeeded: false, time: Date.now() });
      throw e;
    } finally {
      for (const r of this.running.values()) if (r.jobId === jobId) r.orphan = true;
    }
  }

  // ---- tasks ----

  private launchTasks(job: JobState, slots: readonly ExecutorSlot[]): { launched: boolean; deferred: boolean } {
    let launched = false;
    let deferred = false;
    const now = performance.now();
    const alive = (at: ExecutorRef) => {
      const s = slots[at.slot];
      return s !== undefined && s.alive && s.generation === at.generation;
    };
    for (const s of slots) {
      if (!s.alive || this.running.has(s.slot)) continue;
      let picked: { run: StageRun; index: number; local: boolean } | undefined;
      // Delay scheduling: a task goes where its cached input is; another executor may take it
      // only when it has nothing local to do and the stage launched nothing local for a while.
      for (const run of job.active.values()) {
        let fallback = -1;
        for (let i = 0; i < run.pending.length; i++) {
          const prefs = (run.preferred.get(run.pending[i]!) ?? []).filter(alive);
          if (prefs.length === 0 || prefs.some((p) => p.slot === s.slot)) {
            picked = { run, index: i, local: true };
            break;
          }
          if (fallback < 0) fallback = i;
        }
        if (!picked && fallback >= 0) {
          if (now - run.lastLocalLaunch >= this.localityWaitMs) picked = { run, index: fallback, local: false };
          else deferred = true;
        }
        if (picked) break;
      }
      if (!picked) continue;
      const partition = picked.run.pending.splice(picked.index, 1)[0]!;
      if (picked.local) picked.run.lastLocalLaunch = now;
      // false: the stage went back to waiting for its inputs (their map stage is submitted now).
      if (this.launch(job, picked.run, partition, s, picked.local)) launched = true;
    }
    return { launched, deferred };
  }

  private launch(job: JobState, run: StageRun, partition: number, slot: ExecutorSlot, local: boolean): boolean {
    const at: ExecutorRef = { slot: slot.slot, generation: slot.generation };
    const ctx: RecipeContext = {
      shuffleBlocks: (shuffleId, reduceId) => this.mapOutputs.blocksFor(shuffleId, reduceId),
      hasCachedBlock: (rddId, p) => this.blocks.has(blockId(rddId, p), at),
    };
    const { stage } = run;
    let recipe;
    try {
      recipe = stage.rdd.recipe(partition, ctx);
    } catch (e) {
      if (!(e instanceof MissingShuffleOutput)) throw e;
      run.pending.push(partition);
      job.active.delete(stage.id);
      const parent = this.graph.shuffleStages.get(e.shuffleId)!;
      const missing = this.graph.missingParents(stage);
      this.waitFor(job, stage, missing.includes(parent) ? missing : [...missing, parent]);
      return false;
    }
    const output = job.output(stage);
    const fns = functionsOf(recipe, output);
    const broadcastIds = new Set<number>();
    const accumulatorIds = new Set<number>();
    let closureBytes = 0;
    for (const f of fns) {
      closureBytes += f.source.length;
      for (const id of f.broadcastIds ?? []) broadcastIds.add(id);
      for (const id of f.accumulatorIds ?? []) accumulatorIds.add(id);
    }
    const broadcasts = broadcastIds.size > 0 ? this.shared.broadcastsFor(broadcastIds, at) : [];
    const dropBlocks = this.blockDrops.get(slot.slot);
    const dropBroadcasts = this.shared.broadcastDrops.get(slot.slot);
    this.blockDrops.delete(slot.slot);
    this.shared.broadcastDrops.delete(slot.slot);
    const task: TaskDescription = {
      jobId: job.id, stageId: stage.id, stageAttempt: run.attempt, taskId: this.nextTaskId++, partition,
      attempt: run.nextAttempt(partition), recipe, output,
      ...(broadcasts.length > 0 ? { broadcasts } : {}),
      ...(accumulatorIds.size > 0 ? { accumulators: this.shared.accumulatorsFor(accumulatorIds) } : {}),
      ...(dropBlocks ? { dropBlocks } : {}),
      ...(dropBroadcasts ? { dropBroadcasts } : {}),
    };
    const bytes = encodeTask(task);
    const broadcastBytes = broadcasts.reduce((n, b) => n + b.bytes.byteLength, 0);
    run.running++;
    this.running.set(slot.slot, {
      jobId: job.id, run, task, generation: slot.generation, executorId: slot.executorId, orphan: false, started: performance.now(),
      shipped: { taskBytes: bytes.byteLength, closureBytes, broadcastBytes },
    });
    this.listener({
      kind: 'taskStart', jobId: job.id, stageId: stage.id, stageAttempt: run.attempt, taskId: task.taskId,
      partition, attempt: task.attempt, executorId: slot.executorId, local, time: Date.now(),
    });
    this.backend.submit(slot.slot, bytes);
    return true;
  }

  private complete(job: JobState, slot: number, generation: number, bytes: Uint8Array): void {
    const r = this.running.get(slot);
    if (!r || r.generation !== generation) return;
    const outcome = decodeOutcome(bytes);
    // -1: the executor could not decode the task, so it answers for whatever it was sent.
    if (outcome.taskId !== r.task.taskId && outcome.taskId !== -1) return;
    this.running.delete(slot);
    const at = { slot, generation };
    for (const b of outcome.blocksAdded ?? []) this.blocks.add(b, at);
    if (r.orphan || r.jobId !== job.id) return;
    const { run, task } = r;
    const { stage } = run;
    run.running--;
    const taskEnd = {
      kind: 'taskEnd', jobId: job.id, stageId: stage.id, stageAttempt: run.attempt, taskId: task.taskId,
      partition: task.partition, attempt: task.attempt, succeeded: outcome.kind === 'success',
      metrics: { ...outcome.metrics, resultSize: bytes.byteLength, ...r.shipped },
      time: Date.now(),
      ...(outcome.blocksAdded && outcome.blocksAdded.length > 0 ? { blocksAdded: outcome.blocksAdded } : {}),
      ...(outcome.blockBytes && outcome.blockBytes.length > 0 ? { blockBytes: outcome.blockBytes } : {}),
    } as const;
    if (outcome.kind === 'success') {
      let counted = true;
      let shuffleWriteByReducer: number[] | undefined;
      if (stage.shuffle) {
        // Updates from map tasks count every time the transformation runs (Spark's rule).
        const out = outcome.value as MapOutput;
        this.mapOutputs.addOutput(stage.shuffle.shuffleId, task.partition, at, out);
        shuffleWriteByReducer = out.blocks.map((b) => b?.byteLength ?? 0);
        this.shared.mergeUpdates(outcome.accumulatorUpdates);
      } else {
        // A SQL exchange's map task reports the shuffle it wrote itself (its result goes to the driver).
        if (outcome.shuffleWriteByReducer) shuffleWriteByReducer = [...outcome.shuffleWriteByReducer];
        const i = job.indexOf.get(task.partition)!;
        counted = !job.finished[i];
        if (counted) {
          job.finished[i] = true;
          job.results[i] = outcome.value;
          job.remaining--;
          this.shared.mergeUpdates(outcome.accumulatorUpdates);
        }
      }
      const accumulators = this.describeUpdates(outcome.accumulatorUpdates, counted);
      this.listener({
        ...taskEnd,
        ...(shuffleWriteByReducer ? { shuffleWriteByReducer } : {}),
        ...(accumulators.length > 0 ? { accumulators } : {}),
      });
      return;
    }
    this.listener({ ...taskEnd, error: outcome.error });
    if (outcome.error.ename === MISSING_BLOCK) {
      // The driver thought the executor held the block: forget that and retry, not a task failure.
      this.blocks.remove(outcome.error.evalue.split(' ')[1]!, at);
      run.pending.push(task.partition);
      return;
    }
    const failures = (run.failures.get(task.partition) ?? 0) + 1;
    run.failures.set(task.partition, failures);
    if (failures >= this.maxFailures) throw this.abort(task, outcome.error, this.taskLocation(outcome.metrics.executorId));
    run.pending.push(task.partition);
  }

  /**
   * The task's executor exited by itself while it ran (Spark's ExecutorLostFailure with
   * exitCausedByApp): a failed attempt that counts towards maxFailures.
   */
  private lostWithExecutor(job: JobState, r: RunningTask, reason: string): void {
    const { run, task } = r;
    const text = `ExecutorLostFailure (executor ${r.executorId} exited caused by one of the running tasks) Reason: ${reason}`;
    const error: ErrorData = { ename: 'ExecutorLostFailure', evalue: text, traceback: [text] };
    this.listener({
      kind: 'taskEnd', jobId: job.id, stageId: run.stage.id, stageAttempt: run.attempt, taskId: task.taskId,
      partition: task.partition, attempt: task.attempt, succeeded: false,
      metrics: {
        executorId: r.executorId, durationMs: performance.now() - r.started, recordsRead: 0, functionsCompiled: 0,
        shuffleReadBytes: 0, shuffleReadRecords: 0, shuffleWriteBytes: 0, shuffleWriteRecords: 0, cacheHits: 0, cacheMisses: 0,
        resultSize: 0, ...r.shipped,
      },
      error, time: Date.now(),
    });
    const failures = (run.failures.get(task.partition) ?? 0) + 1;
    run.failures.set(task.partition, failures);
    if (failures >= this.maxFailures) throw this.abort(task, error, this.lostTaskLocation(r.executorId));
    run.pending.push(task.partition);
  }

  private describeUpdates(updates: readonly (readonly [number, unknown])[] | undefined, counted: boolean): AccumulatorUpdate[] {
    return (updates ?? []).filter(([id]) => this.shared.reported(id)).map(([id, update]) => ({
      id, update: this.describeValue(update), value: this.describeValue(this.shared.accumulatorValue(id)), counted,
    }));
  }

  // ---- executors ----

  /** Notices executors that died or were replaced: their map outputs and cached blocks are gone. */
  private noticeExecutors(slots: readonly ExecutorSlot[], job: JobState | undefined): void {
    let lost = false;
    for (const s of slots) {
      const k = this.known[s.slot];
      if (k && k.generation === s.generation && k.alive === s.alive) continue;
      if (k && k.alive) {
        const reason = this.backend.lossReason?.(s.slot, k.generation);
        this.listener({ kind: 'executorLost', executorId: k.executorId, slot: s.slot, ...(reason !== undefined ? { reason } : {}) });
        lost = true;
      }
      this.known[s.slot] = { generation: s.generation, alive: s.alive, executorId: s.executorId };
    }
    if (!lost) return;
    const alive = (at: ExecutorRef) => {
      const s = slots[at.slot];
      return s !== undefined && s.alive && s.generation === at.generation;
    };
    this.mapOutputs.removeUnless(alive);
    this.blocks.removeUnless(alive);
    this.shared.forgetUnless(alive);
    if (!job) return;
    // Stages reading lost outputs wait while the missing map partitions run again.
    for (const run of [...job.active.values()]) {
      const missing = this.graph.missingParents(run.stage);
      if (missing.length === 0) continue;
      job.active.delete(run.stage.id);
      this.waitFor(job, run.stage, missing);
    }
    this.checkWaiting(job);
  }

  /**
   * A slot whose executor died or was replaced loses its task. Killed by the host, the task
   * runs again without penalty; exited by itself, the task failed (see lostWithExecutor).
   */
  private recoverLost(job: JobState, slots: readonly ExecutorSlot[]): void {
    for (const [slot, r] of this.running) {
      const s = slots[slot];
      if (s && s.alive && s.generation === r.generation) continue;
      // The host writes the reason before it marks the slot dead or starts a replacement.
      const reason = this.backend.lossReason?.(slot, r.generation);
      this.running.delete(slot);
      if (r.orphan || r.jobId !== job.id) continue;
      r.run.running--;
      if (reason === undefined) r.run.pending.push(r.task.partition);
      else this.lostWithExecutor(job, r, reason);
    }
  }

  /** Spark's ContextCleaner: when a shuffle's RDD is garbage, its map outputs go too. */
  private readonly shuffleCleaner = new FinalizationRegistry<number>((shuffleId) => {
    this.graph.drop(shuffleId);
    this.mapOutputs.unregister(shuffleId);
  });

  /** ...and a persisted RDD's blocks are dropped from the executors. */
  private readonly blockCleaner = new FinalizationRegistry<number>((rddId) => this.unpersistRdd(rddId));

  trackShuffle(rdd: RDD, shuffleId: number): void {
    this.shuffleCleaner.register(rdd, shuffleId);
  }

  trackPersisted(rdd: RDD): void {
    this.blockCleaner.register(rdd, rdd.rddId);
  }

  unpersistRdd(rddId: number): void {
    this.listener({ kind: 'rddUnpersisted', rddId });
    for (const [slot, ids] of this.blocks.removeRdd(rddId)) this.blockDrops.set(slot, [...(this.blockDrops.get(slot) ?? []), ...ids]);
  }

  private abort(task: TaskDescription, error: ErrorData, location: string): SparkException {
    const stage = `${task.stageId}.${task.stageAttempt}`;
    const message =
      `Job aborted due to stage failure: Task ${task.partition} in stage ${stage} failed ` +
      `${this.maxFailures} times, most recent failure: Lost task ${task.partition}.${task.attempt} in stage ` +
      `${stage} (TID ${task.taskId}) (${location}): ${formatErrorData(error)}`;
    return new SparkException(message, error);
  }
}
