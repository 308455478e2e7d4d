/**
 * Fault injection through the user's path: PySpark programs on a real Node cluster of 4
 * executors while the host kills one executor at a time at random points. Every job must
 * still return the right answer (lost shuffle outputs and cached blocks are recomputed from
 * lineage) and accumulators updated in actions must count each partition exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startNodeCluster } from './node-cluster';
import type { Cluster } from '../pool';
import type { DriverEvent } from '../protocol';

let cluster: Cluster | undefined;

afterEach(async () => {
  await cluster?.shutdown();
  cluster = undefined;
});

let seq = 0;

async function start(master: string) {
  const c = (cluster = await startNodeCluster(master));
  const events: DriverEvent[] = [];
  c.onEvent((e) => events.push(e));
  /** Runs a Python cell; resolves to its stdout lines, rejects with its traceback. */
  const run = async (code: string): Promise<string[]> => {
    const cellId = `fi${seq++}`;
    let out = '';
    let error: string | undefined;
    const off = c.onEvent((e) => {
      if (e.kind !== 'output' || e.cellId !== cellId) return;
      if (e.output.kind === 'stream') out += e.output.text;
      if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
    });
    await c.runCell({ cellId, language: 'python', code, filename: '<stdin>', lineOffset: 0 });
    off();
    if (error) throw new Error(error);
    return out.trimEnd().split('\n');
  };
  return { cluster: c, events, run };
}

const executorLosses = (events: DriverEvent[]) => events.filter((e) => e.kind === 'scheduler' && e.event.kind === 'executorLost').length;

/** 200 jobs of five shapes, each checked on the driver against a plain-Python answer. */
const JOBS = String.raw`
from operator import add

def slow(it):
    # a little work per task, so the host's kills land inside jobs
    n = 0
    for _ in range(500):
        n += 1
    return it

N = 3000
base = sc.range(0, N, numSlices=8).mapPartitions(slow).map(lambda x: (x % 17, x)).cache()
words = sc.parallelize(["w%d" % (i % 23) for i in range(2000)], 6).cache()
sums = {}
for x in range(N):
    sums[x % 17] = sums.get(x % 17, 0) + x
counts = {}
for i in range(2000):
    counts["w%d" % (i % 23)] = counts.get("w%d" % (i % 23), 0) + 1
bad = []
exact = 0
for job in range(200):
    kind = job % 5
    if kind == 0:
        ok = dict(base.mapPartitions(slow).reduceByKey(add, 5).collect()) == sums
    elif kind == 1:
        keys = base.sortByKey(True, 4).mapPartitions(slow).keys().collect()
        ok = keys == sorted(keys) and len(keys) == N
    elif kind == 2:
        acc = sc.accumulator(0)
        base.values().mapPartitions(slow).foreach(lambda x: acc.add(x))
        ok = acc.value == N * (N - 1) // 2
        exact += ok
    elif kind == 3:
        ok = dict(words.map(lambda w: (w, 1)).reduceByKey(add, 3).mapPartitions(slow).collect()) == counts
    else:
        joined = base.reduceByKey(add).join(words.map(lambda w: (int(w[1:]), w)).distinct(), 4).collect()
        ok = sorted(joined) == sorted((k, (sums[k], "w%d" % k)) for k in sums)
    if not ok:
        bad.append(job)
print(bad)
print(exact)
`;

describe('fault injection on a Node cluster of 4 executors (Python jobs)', () => {
  it('returns 200/200 right answers and exact accumulators while executors are killed at random', async () => {
    const { cluster: c, events, run } = await start('local[4]');
    // Kills follow the work, not the clock, so a loaded machine sees the same failures: after
    // a random 40 to 120 task launches, one executor (of 4) is killed and a new one started
    // (80 to 220 gave 7 kills in some runs, under the 8 the test asks for).
    let rnd = 20260;
    const next = () => (rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const gap = () => 40 + Math.floor(next() * 80);
    let untilKill = gap();
    let kills = 0;
    let killing: Promise<void> | null = null;
    let stop = false;
    c.onEvent((e) => {
      if (stop || killing || e.kind !== 'scheduler' || e.event.kind !== 'taskStart' || --untilKill > 0) return;
      untilKill = gap();
      killing = c.killExecutor(Math.floor(next() * 4)).then(() => {
        kills++;
        killing = null;
      });
    });
    let printed: string[];
    try {
      printed = await run(JOBS);
    } finally {
      stop = true;
      await killing;
    }
    // No job wrong, and all 40 accumulator jobs exact.
    expect(printed).toEqual(['[]', '40']);
    expect(kills).toBeGreaterThanOrEqual(8);
    expect(executorLosses(events)).toBeGreaterThanOrEqual(8);
  }, 300_000);

  it('under local[4,4], gives the right answer when a task fails 3 times, and PySpark\'s error when it fails 4 times', async () => {
    const { run } = await start('local[4,4]');
    const flaky = await run(String.raw`
from pyspark import TaskContext

def flaky(x):
    if x == 5 and TaskContext.get().attemptNumber() < 3:
        raise ValueError("flaky attempt %d" % TaskContext.get().attemptNumber())
    return x

total = sc.accumulator(0)
print(sc.range(0, 8, numSlices=2).map(flaky).sum())
sc.range(0, 8, numSlices=2).map(flaky).foreach(lambda x: total.add(x))
print(total.value)
`);
    expect(flaky).toEqual(['28', '28']);
    const failing = run(String.raw`
def always(x):
    if x == 5:
        raise ValueError("bad record %d" % x)
    return x

sc.range(0, 8, numSlices=2).map(always).collect()
`);
    await expect(failing).rejects.toThrow(
      new RegExp(
        [
          String.raw`py4j\.protocol\.Py4JJavaError: An error occurred while calling z:org\.apache\.spark\.api\.python\.PythonRDD\.collectAndServe\.`,
          String.raw`: org\.apache\.spark\.SparkException: Job aborted due to stage failure: Task 1 in stage \d+\.0 failed 4 times, most recent failure: ` +
            String.raw`Lost task 1\.3 in stage \d+\.0 \(TID \d+\) \(localhost executor driver\): org\.apache\.spark\.api\.python\.PythonException: Traceback \(most recent call last\):`,
          String.raw`  File "<stdin>", line 4, in always`,
          String.raw`ValueError: bad record 5`,
        ].join('\n'),
      ),
    );
  }, 60_000);
});
