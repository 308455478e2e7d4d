/**
 * The RDD core on real executors (Node worker_threads): shuffles, caching with locality,
 * broadcasts, accumulators, retries and executors killed by the host while jobs run.
 * Cells print JSON on stdout; expected values are computed here directly.
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
  cluster = await startNodeCluster(master);
  const events: DriverEvent[] = [];
  cluster.onEvent((e) => events.push(e));
  const c = cluster;
  /** Runs a %ts cell; returns what it printed, parsed as JSON lines. */
  const run = async (code: string): Promise<unknown[]> => {
    const cellId = `c${seq++}`;
    const printed: unknown[] = [];
    let error: string | undefined;
    const off = c.onEvent((e) => {
      if (e.kind !== 'output' || e.cellId !== cellId) return;
      if (e.output.kind === 'stream') for (const line of e.output.text.trim().split('\n')) printed.push(JSON.parse(line));
      if (e.output.kind === 'error') error = e.output.error.traceback.join('\n');
    });
    await c.runCell({ cellId, language: 'ts', code, filename: `<${cellId}>`, lineOffset: 0 });
    off();
    if (error) throw new Error(error);
    return printed;
  };
  return { cluster: c, events, run };
}

type Sched = Extract<DriverEvent, { kind: 'scheduler' }>['event'];
const scheduler = (events: DriverEvent[]): Sched[] => events.flatMap((e) => (e.kind === 'scheduler' ? [e.event] : []));
const taskEnds = (events: DriverEvent[]) => scheduler(events).flatMap((e) => (e.kind === 'taskEnd' ? [e] : []));

const LINES = Array.from({ length: 400 }, (_, i) => `w${i % 7} w${i % 11} w${i % 3}`);

describe('the RDD core on a worker pool', () => {
  it('counts words with reduceByKey, joins, and sorts by key', async () => {
    const { run } = await start('local[3]');
    const [counts, joined, sorted] = await run(`
      const lines = ${JSON.stringify(LINES)};
      const counts = sc.parallelize(lines, 6).flatMap((l: string) => l.split(' ')).map((w: string) => [w, 1]).reduceByKey((a: number, b: number) => a + b);
      console.log(JSON.stringify(counts.collect()));
      console.log(JSON.stringify(counts.join(sc.parallelize([['w0', 'zero'], ['w5', 'five'], ['nope', 'x']], 2)).collect()));
      console.log(JSON.stringify(counts.map(([w, c]: [string, number]) => [c, w]).sortByKey(false, 3).collect()));
    `);
    const expected = new Map<string, number>();
    for (const w of LINES.flatMap((l) => l.split(' '))) expected.set(w, (expected.get(w) ?? 0) + 1);
    expect(new Map(counts as [string, number][])).toEqual(expected);
    expect(new Map(joined as [string, [number, string]][])).toEqual(new Map([['w0', [expected.get('w0'), 'zero']], ['w5', [expected.get('w5'), 'five']]]));
    const byCount = (sorted as [number, string][]).map((p) => p[0]);
    expect(byCount).toEqual([...expected.values()].sort((a, b) => b - a));
  });

  it('reads a cached RDD on the second action where it was cached, without recomputing it', async () => {
    const { run, events } = await start('local[3]');
    await run(`
      // A loaded test machine can stall a worker past the default wait; the test is about where tasks go.
      sc.scheduler.localityWaitMs = 5000;
      globalThis.seen = sc.accumulator(0);
      globalThis.cached = sc.range(0, 3000, 1, 6).map(sc.bind((a: any, x: number) => (a.add(1), x % 100), seen)).cache();
      console.log(cached.sum());
    `);
    const first = taskEnds(events);
    events.length = 0;
    const [sum, seen] = await run('console.log(cached.sum());\nconsole.log(seen.value);');
    expect(sum).toBe(148500);
    expect(seen).toBe(3000);
    const second = taskEnds(events);
    expect(second.reduce((n, e) => n + e.metrics.cacheHits, 0)).toBe(6);
    expect(second.reduce((n, e) => n + e.metrics.cacheMisses, 0)).toBe(0);
    expect(new Map(second.map((e) => [e.partition, e.metrics.executorId]))).toEqual(new Map(first.map((e) => [e.partition, e.metrics.executorId])));
  });

  it('ships a broadcast once per executor', async () => {
    const { run, events } = await start('local[3]');
    const [a, b] = await run(`
      const table = sc.broadcast(Array.from({ length: 5000 }, (_, i) => i % 10));
      const f = sc.bind((t: any, x: number) => t.value[x], table);
      console.log(sc.range(0, 5000, 1, 12).map(f).sum());
      console.log(sc.range(0, 5000, 1, 12).map(f).sum());
    `);
    expect([a, b]).toEqual([22500, 22500]);
    const shipped = taskEnds(events).filter((e) => (e.metrics.broadcastBytes ?? 0) > 0);
    expect(new Set(shipped.map((e) => e.metrics.executorId)).size).toBe(shipped.length);
    expect(shipped.length).toBeLessThanOrEqual(3);
    expect(shipped.length).toBeGreaterThan(0);
  });

  it('counts accumulators in actions exactly despite retries (local[2,4]), and twice when a transformation is recomputed', async () => {
    const { run } = await start('local[2,4]');
    const [inAction, recomputed, result] = await run(`
      const total = sc.accumulator(0);
      sc.range(0, 100, 1, 4).foreach(sc.bind((a: any, tc: any, x: number) => {
        a.add(x);
        if (x % 25 === 0 && tc.attemptNumber() < 2) throw new Error('retry me');
      }, total, sc.taskContext()));
      console.log(total.value);
      const n = sc.accumulator(0);
      const mapped = sc.range(0, 50, 1, 2).map(sc.bind((a: any, x: number) => (a.add(1), x), n));
      mapped.count();
      mapped.count();
      console.log(n.value);
      const flaky = sc.range(0, 8, 1, 2).map(sc.bind((tc: any, x: number) => {
        if (x === 5 && tc.attemptNumber() < 3) throw new Error('flaky');
        return x;
      }, sc.taskContext()));
      console.log(flaky.sum());
    `);
    expect(inAction).toBe(4950);
    expect(recomputed).toBe(100);
    expect(result).toBe(28);
    await expect(run(`sc.range(0, 4, 1, 2).map(sc.bind((tc: any, x: number) => { if (x === 3) throw new Error('always ' + tc.attemptNumber()); return x; }, sc.taskContext())).collect()`)).rejects.toThrow(
      /Task 1 in stage \d+\.0 failed 4 times, most recent failure: Lost task 1\.3 in stage \d+\.0 \(TID \d+\) \(localhost executor driver\): .*Error: always 3/s,
    );
  });

  it('answers with a task failure when a result cannot be serialised, and the executors keep serving', async () => {
    const { run } = await start('local[2]');
    await expect(run('sc.parallelize([1, 2], 2).map((x: number) => new Map([[x, () => x]])).collect()')).rejects.toThrow(/failed 1 times.*cannot serialise a value of type function/s);
    expect(await run('console.log(sc.range(0, 10, 1, 2).sum())')).toEqual([45]);
  });

  it('keeps 50 jobs with shuffles and cached RDDs correct while the host kills executors at random', async () => {
    const { run, events, cluster } = await start('local[4]');
    let stop = false;
    let kills = 0;
    let rnd = 12345;
    const next = () => ((rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const killer = (async () => {
      while (!stop) {
        await new Promise((r) => setTimeout(r, 50 + next() * 150));
        if (stop) break;
        await cluster.killExecutor(Math.floor(next() * 4));
        kills++;
      }
    })();
    const printed = await run(`
      // Every task takes a few ms, so the host's kills land in the middle of jobs.
      const pause = (it: unknown[]) => { const end = Date.now() + 8; while (Date.now() < end); return it; };
      const base = sc.range(0, 4000, 1, 8).mapPartitions(pause).map((x: number) => [x % 17, x]).cache();
      const expected = new Map<number, number>();
      for (let x = 0; x < 4000; x++) expected.set(x % 17, (expected.get(x % 17) ?? 0) + x);
      let bad = 0;
      let exactAcc = 0;
      for (let job = 0; job < 50; job++) {
        if (job % 3 === 0) {
          const got = new Map(base.mapPartitions(pause).reduceByKey((a: number, b: number) => a + b, 5).collect() as [number, number][]);
          for (const [k, v] of expected) if (got.get(k) !== v) bad++;
        } else if (job % 3 === 1) {
          const keys = base.sortByKey(true, 4).mapPartitions(pause).keys().collect() as number[];
          for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) bad++;
          if (keys.length !== 4000) bad++;
        } else {
          const acc = sc.accumulator(0);
          base.values().mapPartitions(pause).foreach(sc.bind((a: any, x: number) => a.add(x), acc));
          if (acc.value === 7998000) exactAcc++;
        }
      }
      console.log(bad);
      console.log(exactAcc);
    `);
    stop = true;
    await killer;
    expect(printed).toEqual([0, 16]);
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(scheduler(events).filter((e) => e.kind === 'executorLost').length).toBeGreaterThan(0);
  }, 60_000);
});
