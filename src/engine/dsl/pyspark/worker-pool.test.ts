/**
 * The Python layer on executors in other threads (each with its own module table and
 * codecs, reached only through serialised tasks): the course notebook, a shuffle, shared
 * variables and in-task errors, over a minimal worker_threads TaskBackend.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SparkContext } from '../../rdd';
import type { Completion, ExecutorSlot, TaskBackend } from '../../rdd';
import { createInterpreter } from '..';
import { pysparkGlobals } from '.';

class ThreadBackend implements TaskBackend {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly workers: Worker[] = [];
  private readonly ports: MessagePort[] = [];
  /** A silent executor must fail the test, not hang it (worker errors cannot arrive while the driver blocks). */
  deadline = Infinity;

  constructor(script: string, n: number) {
    for (let id = 0; id < n; id++) {
      const ch = new MessageChannel();
      this.workers.push(new Worker(script, { workerData: { id, signal: this.signal, port: ch.port2 }, transferList: [ch.port2] }));
      this.ports.push(ch.port1);
    }
  }

  slots(): readonly ExecutorSlot[] {
    return this.workers.map((_, slot) => ({ slot, executorId: String(slot), generation: 1, alive: true }));
  }

  submit(slot: number, task: Uint8Array): void {
    this.workers[slot]!.postMessage(task);
  }

  poll(timeoutMs: number): Completion[] {
    if (Date.now() > this.deadline) throw new Error('executors stopped answering');
    const seen = Atomics.load(this.signal, 0);
    const out: Completion[] = [];
    const drain = () =>
      this.ports.forEach((p, slot) => {
        for (let m = receiveMessageOnPort(p); m; m = receiveMessageOnPort(p)) out.push({ slot, generation: 1, bytes: m.message as Uint8Array });
      });
    drain();
    if (out.length === 0) {
      Atomics.wait(this.signal, 0, seen, timeoutMs);
      drain();
    }
    return out;
  }

  interrupted(): boolean {
    return false;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

let backend: ThreadBackend;
let run: (code: string) => { output: string; error: string | null };

beforeAll(() => {
  const script = join(tmpdir(), `flint-pyspark-executor-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(__dirname, 'testdata', 'pool-executor.mjs')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  backend = new ThreadBackend(script, 3);
  const engineSc = new SparkContext(backend, { master: 'local[3]', appName: 'pool' });
  let out = '';
  const it = createInterpreter({ stdout: { write: (s: string) => void (out += s) }, globals: pysparkGlobals(engineSc) });
  run = (code) => {
    out = '';
    backend.deadline = Date.now() + 30_000;
    const r = it.runCell(code);
    return r.error ? { output: out, error: r.error.traceback.join('\n') } : { output: out + (r.display !== null ? `${r.display}\n` : ''), error: null };
  };
}, 60_000);

afterAll(async () => {
  await backend?.close();
});

describe('pyspark on worker-thread executors', () => {
  it('runs the course notebook as the course prints it', () => {
    const seed = JSON.parse(readFileSync(join(__dirname, 'testdata', 'course-seed.json'), 'utf8')) as { cells: [string, string][] };
    for (const [code, expected] of seed.cells) {
      const r = run(code);
      expect(r.error, code).toBeNull();
      expect(r.output, code).toBe(`${expected}\n`);
    }
  });

  it('shuffles, sorts, groups and reads the task context on other threads', () => {
    expect(run('sorted(sc.parallelize([("a", 1), ("b", 1), ("a", 1)], 3).reduceByKey(lambda a, b: a + b).collect())').output).toBe("[('a', 2), ('b', 1)]\n");
    expect(run('sc.parallelize(range(10), 3).sortBy(lambda x: -x).glom().collect()').output).toBe('[[9, 8, 7, 6], [5, 4, 3], [2, 1, 0]]\n');
    expect(run('[(k, sorted(v)) for k, v in sorted(sc.parallelize(range(6), 3).groupBy(lambda x: x % 2).collect())]').output).toBe('[(0, [0, 2, 4]), (1, [1, 3, 5])]\n');
    expect(run('from pyspark import TaskContext\nsc.parallelize([1, 2, 3], 3).map(lambda x: (TaskContext.get().partitionId(), str.upper("x"))).collect()').output).toBe(
      "[(0, 'X'), (1, 'X'), (2, 'X')]\n",
    );
    expect(run('sc.parallelize([1, 2, 3]).stats()').output).toBe('(count: 3, mean: 2.0, stdev: 0.816496580927726, max: 3.0, min: 1.0)\n');
  });

  it('rebuilds notebook classes on other threads and returns instances of the same class', () => {
    run('class P:\n    def __init__(self, x):\n        self.x = x\n    def inc(self):\n        return P(self.x + 1)');
    expect(run('ps = sc.parallelize([1, 2, 3], 3).map(lambda x: P(x).inc()).collect()\n[p.x for p in ps], all(isinstance(p, P) for p in ps)').output).toBe('([2, 3, 4], True)\n');
  });

  it('fails tasks with the Python error raised on the executor', () => {
    const r = run('acc = sc.accumulator(0)\nsc.parallelize([1]).map(lambda x: acc.value).collect()');
    expect(r.error?.split('\n').pop()).toBe('pyspark.errors.exceptions.base.PySparkRuntimeError: [VALUE_NOT_ACCESSIBLE] Value `Accumulator.value` cannot be accessed inside tasks.');
  });
});
