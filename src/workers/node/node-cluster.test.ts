import { afterEach, describe, expect, it } from 'vitest';
import { startNodeCluster } from './node-cluster';
import type { Cluster } from '../pool';
import type { CellOutput, DriverEvent, RunCellRequest } from '../protocol';

let cluster: Cluster | undefined;

afterEach(async () => {
  await cluster?.shutdown();
  cluster = undefined;
});

function tsCell(code: string, cellId = 'c1'): RunCellRequest {
  return { cellId, language: 'ts', code, filename: `<${cellId}>`, lineOffset: 0 };
}

async function start(master: string) {
  cluster = await startNodeCluster(master);
  const outputs: CellOutput[] = [];
  const events: DriverEvent[] = [];
  cluster.onEvent((e) => {
    events.push(e);
    if (e.kind === 'output') outputs.push(e.output);
  });
  return { cluster, outputs, events };
}

function executorsOfTasks(events: DriverEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) if (e.kind === 'scheduler' && e.event.kind === 'taskEnd') ids.add(e.event.metrics.executorId);
  return ids;
}

describe('the worker pool on Node worker_threads', () => {
  it('runs a %ts cell whose partitions are computed on distinct executors', async () => {
    const { cluster, outputs, events } = await start('local[3]');
    const result = await cluster.runCell(tsCell('sc.parallelize([1,2,3,4,5,6,7,8], 4).map(x => x * x).collect()'));
    expect(result.status).toBe('ok');
    expect(outputs).toEqual([{ kind: 'result', text: '[1, 4, 9, 16, 25, 36, 49, 64]' }]);
    expect(executorsOfTasks(events)).toEqual(new Set(['0', '1', '2']));
  });

  it('compiles a shipped function once per executor', async () => {
    const { cluster, events } = await start('local[2]');
    await cluster.runCell(tsCell('const f = (x: number) => x + 1;\nfor (let i = 0; i < 3; i++) sc.range(0, 100, 1, 4).map(f).count();'));
    let compiled = 0;
    for (const e of events) if (e.kind === 'scheduler' && e.event.kind === 'taskEnd') compiled += e.event.metrics.functionsCompiled;
    expect(compiled).toBe(2);
  });

  it('streams console output and reports errors as data', async () => {
    const { cluster, outputs } = await start('local[2]');
    const result = await cluster.runCell(tsCell('console.log("hi", [1, 2]);\nnull.x'));
    expect(result.status).toBe('error');
    expect(outputs[0]).toEqual({ kind: 'stream', name: 'stdout', text: 'hi [1, 2]\n' });
    expect(outputs[1]?.kind).toBe('error');
  });

  it('fails a job at its first task failure in local mode, with Spark-shaped error text', async () => {
    const { cluster, outputs } = await start('local[2]');
    const result = await cluster.runCell(tsCell('sc.parallelize([1, 2], 2).map(x => { if (x === 2) throw new Error("bad record"); return x; }).collect()'));
    expect(result.status).toBe('error');
    const err = outputs.find((o) => o.kind === 'error');
    expect(err?.kind === 'error' && err.error.ename).toBe('SparkException');
    expect(err?.kind === 'error' && err.error.evalue).toMatch(/failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID \d+\) \(localhost executor driver\): .*Error: bad record/s);
  });

  it('reports a Python exception raised while a task consumes its input eagerly (count) as that exception, not an internal error', async () => {
    const { cluster, outputs } = await start('local[2]');
    const py = (code: string): RunCellRequest => ({ cellId: 'z', language: 'python', code, filename: '<z>', lineOffset: 0 });
    expect((await cluster.runCell(py('sc.parallelize([1, 0], 2).map(lambda x: 1 / x).count()'))).status).toBe('error');
    const err = outputs.find((o) => o.kind === 'error');
    const text = err?.kind === 'error' ? `${err.error.evalue}\n${(err.error.traceback ?? []).join('\n')}` : '';
    expect(text).toMatch(/ZeroDivisionError: division by zero/);
    expect(text).not.toMatch(/internal error in Flint/);
    // Inside the task the exception stays Python's: the partition function can catch it.
    outputs.length = 0;
    await cluster.runCell(py('def f(it):\n    try:\n        return [sum(1 for _ in it)]\n    except ZeroDivisionError:\n        return [-1]\nprint(sc.parallelize([1, 0], 2).map(lambda x: 1 / x).mapPartitions(f).collect())'));
    expect(outputs.map((o) => (o.kind === 'stream' ? o.text : '')).join('')).toBe('[1, -1]\n');
  });

  it('recomputes the tasks of a killed executor and still returns the right answer', async () => {
    const { cluster, outputs, events } = await start('local[2]');
    // Slow tasks so the kill lands while the job runs.
    const run = cluster.runCell(
      tsCell('sc.range(0, 16, 1, 16).map(x => { const end = Date.now() + 40; while (Date.now() < end); return x * 2; }).sum()'),
    );
    await new Promise((r) => setTimeout(r, 120));
    await cluster.killExecutor(0);
    const result = await run;
    expect(result.status).toBe('ok');
    expect(outputs).toEqual([{ kind: 'result', text: '240' }]);
    expect(events.some((e) => e.kind === 'scheduler' && e.event.kind === 'executorLost')).toBe(true);
    expect(cluster.executorInfo().filter((x) => x.alive)).toHaveLength(2);
  });

  it('interrupts a running job', async () => {
    const { cluster, outputs } = await start('local[2]');
    const run = cluster.runCell(tsCell('sc.range(0, 200, 1, 200).map(x => { const end = Date.now() + 20; while (Date.now() < end); return x; }).count()'));
    await new Promise((r) => setTimeout(r, 100));
    cluster.interrupt();
    const result = await run;
    expect(result.status).toBe('error');
    expect(outputs.some((o) => o.kind === 'error' && o.error.ename === 'KeyboardInterrupt')).toBe(true);
    // The cluster stays usable afterwards.
    const again = await cluster.runCell(tsCell('sc.range(10).count()', 'c2'));
    expect(again.status).toBe('ok');
  });
});

describe('Python cells on the pool', () => {
  it('keeps one namespace across cells and shows the last expression as repr', async () => {
    const { cluster, outputs } = await start('local[2]');
    const py = (code: string, cellId: string): RunCellRequest => ({ cellId, language: 'python', code, filename: `<${cellId}>`, lineOffset: 0 });
    await cluster.runCell(py('x = {"k": [1, 2.5, None]}\nprint("set")', 'p1'));
    await cluster.runCell(py('x["k"]', 'p2'));
    expect(outputs).toEqual([
      { kind: 'stream', name: 'stdout', text: 'set\n' },
      { kind: 'result', text: '[1, 2.5, None]' },
    ]);
  });

  it('interrupts `while True: pass` with KeyboardInterrupt', async () => {
    const { cluster, outputs } = await start('local[2]');
    const run = cluster.runCell({ cellId: 'spin', language: 'python', code: 'while True:\n    pass\n', filename: '<spin>', lineOffset: 0 });
    await new Promise((r) => setTimeout(r, 100));
    cluster.interrupt();
    const result = await run;
    expect(result.status).toBe('error');
    const err = outputs.find((o) => o.kind === 'error');
    expect(err?.kind === 'error' && err.error.ename).toBe('KeyboardInterrupt');
  });
});
