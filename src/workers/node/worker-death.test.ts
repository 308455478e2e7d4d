/**
 * Executors that die by themselves on a real Node cluster: process.exit in a task, a task
 * that fills its heap, an uncaught error thrown after a task. None may hang a job. As in
 * Spark, an executor that exits while running a task fails that task with
 * ExecutorLostFailure (exitCausedByApp), which counts towards the task's attempts (1 in
 * local[N], F in local[N,F]); the pool starts a replacement, so the next job has every
 * executor again. An executor the host kills still costs its task nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExecutorHeapMb, startNodeCluster } from './node-cluster';
import { DriverLostError } from '../pool';
import type { Cluster } from '../pool';
import type { DriverEvent, ExecutorInfo } from '../protocol';

let cluster: Cluster | undefined;

afterEach(async () => {
  await cluster?.shutdown();
  cluster = undefined;
});

let seq = 0;

async function start(master: string, executorHeapMb?: number) {
  const c = (cluster = await startNodeCluster(master, executorHeapMb ? { executorHeapMb } : {}));
  const events: DriverEvent[] = [];
  c.onEvent((e) => events.push(e));
  /** Runs a cell; resolves to its stdout and last value, or rejects with its error's text. */
  const run = async (language: 'python' | 'ts', code: string): Promise<string> => {
    const cellId = `wd${seq++}`;
    let out = '';
    let error: string | undefined;
    const off = c.onEvent((e) => {
      if (e.kind !== 'output' || e.cellId !== cellId) return;
      if (e.output.kind === 'stream') out += e.output.text;
      if (e.output.kind === 'result') out += e.output.text;
      if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
    });
    await c.runCell({ cellId, language, code, filename: '<stdin>', lineOffset: 0 });
    off();
    if (error !== undefined) throw new Error(error);
    return out.trimEnd();
  };
  return { cluster: c, events, run };
}

/** Resolves when every slot has a live executor again (the replacement answered init). */
async function recovered(c: Cluster, executors: number, lost: number): Promise<ExecutorInfo[]> {
  for (let i = 0; i < 200; i++) {
    const info = c.executorInfo();
    if (info.filter((e) => e.alive).length === executors && info.filter((e) => !e.alive).length >= lost) return info;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the pool did not recover: ${JSON.stringify(c.executorInfo())}`);
}

const executorLosses = (events: DriverEvent[]) => events.filter((e) => e.kind === 'scheduler' && e.event.kind === 'executorLost').length;

const failedTasks = (events: DriverEvent[]) =>
  events.flatMap((e) => (e.kind === 'scheduler' && e.event.kind === 'taskEnd' && !e.event.succeeded ? [e.event] : []));

describe('executors that die by themselves (Node worker_threads)', () => {
  it('fails the job at once when a task calls process.exit, with Spark\'s ExecutorLostFailure, then runs the next job on a replacement', async () => {
    const { cluster: c, events, run } = await start('local[2]');
    const t0 = performance.now();
    const failing = run('ts', 'sc.parallelize([1, 2, 3, 4], 2).map((x: number) => { if (x === 3) process.exit(1); return x; }).collect()');
    await expect(failing).rejects.toThrow(
      /^SparkException: Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID \d+\) \(localhost executor (\d+)\): ExecutorLostFailure \(executor \1 exited caused by one of the running tasks\) Reason: Command exited with code 1$/,
    );
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(events.filter((e) => e.kind === 'scheduler' && e.event.kind === 'executorLost').map((e) => (e as { event: { reason?: string } }).event.reason)).toEqual(['Command exited with code 1']);
    const lost = failedTasks(events);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.error?.ename).toBe('ExecutorLostFailure');
    const info = await recovered(c, 2, 1);
    expect(info.filter((e) => e.alive).map((e) => e.slot).sort()).toEqual([0, 1]);
    expect(await run('ts', 'sc.parallelize([1, 2, 3, 4, 5, 6], 4).map((x: number) => x * 10).collect()')).toBe('[10, 20, 30, 40, 50, 60]');
    expect(executorLosses(events)).toBe(1);
  }, 30_000);

  it('counts an executor exit towards spark.task.maxFailures: local[2,2] tries the task twice', async () => {
    const { cluster: c, run } = await start('local[2,2]');
    const failing = run('ts', 'sc.parallelize([1, 2], 2).map((x: number) => { if (x === 2) process.exit(3); return x; }).collect()');
    await expect(failing).rejects.toThrow(
      /Task 1 in stage 0\.0 failed 2 times, most recent failure: Lost task 1\.1 in stage 0\.0 \(TID \d+\) \(localhost executor \d+\): ExecutorLostFailure \(executor \d+ exited caused by one of the running tasks\) Reason: Command exited with code 3$/,
    );
    await recovered(c, 2, 2);
    expect(await run('ts', 'sc.parallelize([1, 2], 2).map((x: number) => x + 1).collect()')).toBe('[2, 3]');
  }, 30_000);

  it('ends an executor whose task fills its heap (ERR_WORKER_OUT_OF_MEMORY) and raises Py4JJavaError in Python', async () => {
    const { cluster: c, run } = await start('local[2]', 256);
    const t0 = performance.now();
    const failing = run('python', String.raw`
def hog(x):
    if x == 1:
        xs = []
        while True:
            xs.append([x] * 100000)
    return x

sc.range(0, 2, numSlices=2).map(hog).collect()
`);
    await expect(failing).rejects.toThrow(
      new RegExp(
        String.raw`py4j\.protocol\.Py4JJavaError: An error occurred while calling z:org\.apache\.spark\.api\.python\.PythonRDD\.collectAndServe\.\n` +
          String.raw`: org\.apache\.spark\.SparkException: Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: ` +
          String.raw`Lost task 1\.0 in stage 0\.0 \(TID \d+\) \(localhost executor \d+\): ExecutorLostFailure \(executor \d+ exited caused by one of the running tasks\) ` +
          String.raw`Reason: Command exited with code 52 \(.*out of memory.*\)`,
      ),
    );
    expect(performance.now() - t0).toBeLessThan(30_000);
    await recovered(c, 2, 1);
    expect(await run('python', 'print(sc.range(0, 100, numSlices=4).sum())')).toBe('4950');
  }, 60_000);

  it('replaces an executor that an uncaught asynchronous error ends after its task finished; that job keeps its answer', async () => {
    const { cluster: c, events, run } = await start('local[2]');
    const first = await run('ts', String.raw`sc.parallelize([1, 2], 2).map((x: number) => { if (x === 2) setTimeout(() => { throw new Error('async boom'); }, 0); return x; }).collect()`);
    expect(first).toBe('[1, 2]');
    const info = await recovered(c, 2, 1);
    expect(info.filter((e) => !e.alive)).toHaveLength(1);
    expect(await run('ts', 'sc.parallelize([1, 2, 3, 4], 4).map((x: number) => x * x).collect()')).toBe('[1, 4, 9, 16]');
    // The driver noticed the loss, and no task failed: the executor died while idle.
    expect(executorLosses(events)).toBe(1);
    expect(failedTasks(events)).toHaveLength(0);
  }, 30_000);

  it('still reruns a task silently when the host kills its executor (not caused by the task)', async () => {
    const { cluster: c, events, run } = await start('local[2]');
    let killed = false;
    c.onEvent((e) => {
      if (killed || e.kind !== 'scheduler' || e.event.kind !== 'taskStart' || e.event.partition !== 1) return;
      killed = true;
      void c.killExecutor(Number(c.executorInfo().find((x) => x.executorId === (e.event as { executorId: string }).executorId)!.slot));
    });
    const slow = String.raw`
def slow(x):
    n = 0
    for _ in range(1000000 if x == 1 else 1):
        n += 1
    return x * 2

print(sc.range(0, 4, numSlices=4).map(slow).collect())
`;
    expect(await run('python', slow)).toBe('[0, 2, 4, 6]');
    expect(killed).toBe(true);
    // The kill landed while partition 1 ran: it ran again, and no attempt failed.
    const starts = events.filter((e) => e.kind === 'scheduler' && e.event.kind === 'taskStart' && e.event.partition === 1);
    expect(starts.length).toBe(2);
    expect(failedTasks(events)).toHaveLength(0);
    expect(events.some((e) => e.kind === 'scheduler' && e.event.kind === 'executorLost' && e.event.reason === undefined)).toBe(true);
    await recovered(c, 2, 1);
  }, 30_000);

  it('gives each executor a share of the memory, between 512 MB and 4 GB', () => {
    expect(defaultExecutorHeapMb(2, 24_000)).toBe(4096);
    expect(defaultExecutorHeapMb(3, 8192)).toBe(1536);
    expect(defaultExecutorHeapMb(15, 8192)).toBe(512);
  });

  it('rejects the running cell, and later ones, when the driver itself exits', async () => {
    const { cluster: c } = await start('local[2]');
    const cell = (code: string) => c.runCell({ cellId: `wd${seq++}`, language: 'ts', code, filename: '<stdin>', lineOffset: 0 });
    await expect(cell('process.exit(2)')).rejects.toThrow(new DriverLostError({ code: 2 }).message);
    await expect(cell('1 + 1')).rejects.toBeInstanceOf(DriverLostError);
    await c.restart();
    expect((await cell('1 + 1')).status).toBe('ok');
  }, 30_000);
});
