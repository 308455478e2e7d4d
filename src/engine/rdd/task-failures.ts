/**
 * How many times a task may fail before its job aborts, and where the abort message says it
 * ran, as Spark decides both from the master URL. Local mode (`local`, `local[N]`, `local[*]`)
 * ignores spark.task.maxFailures and allows one attempt; `local[N,F]` allows F; a cluster
 * master uses spark.task.maxFailures (4 by default). Only failures caused by the task count:
 * its code's errors and its executor exiting while it ran (ExecutorLostFailure); an executor
 * the host killed or a block the driver wrongly thought cached reruns the task freely.
 */

/** Spark's spark.task.maxFailures default, for masters that are not local. */
export const DEFAULT_MAX_FAILURES = 4;

const LOCAL = /^local(?:\[\s*(?:\*|\d+)\s*(?:,\s*(\d+)\s*)?\])?$/;

export function taskMaxFailures(master: string): number {
  const m = LOCAL.exec(master.trim());
  if (!m) return DEFAULT_MAX_FAILURES;
  return m[1] === undefined ? 1 : Math.max(1, Number(m[1]));
}

/**
 * `(host executor id)` in "Lost task 0.0 in stage 1.0 (TID 1) (localhost executor driver)":
 * in local mode every task runs in the driver's executor, whichever of our slots ran it.
 */
export function taskLocation(master: string, executorId: string): string {
  return LOCAL.test(master.trim()) ? 'localhost executor driver' : `executor ${executorId}`;
}

/**
 * The same for a task lost because its executor exited (ExecutorLostFailure): the executor
 * that exited is named, `(localhost executor 1)`, even in local mode.
 */
export function lostTaskLocation(master: string, executorId: string): string {
  return LOCAL.test(master.trim()) ? `localhost executor ${executorId}` : `executor ${executorId}`;
}
