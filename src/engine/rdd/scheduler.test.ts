import { describe, expect, it } from 'vitest';
import { eventsOf, localContext } from './test-support';
import { taskMaxFailures } from './task-failures';

const wordPairs = (sc: ReturnType<typeof localContext>['sc']) =>
  sc.parallelize(['a b a', 'c a', 'b d', 'a'], 2).flatMap((l: string) => l.split(' ')).map((w: string) => [w, 1]);

describe('DAGScheduler stages', () => {
  it('cuts stages at the shuffle, numbers parents first and skips an available map stage', () => {
    const { sc, events } = localContext(2);
    const counts = wordPairs(sc).reduceByKey((a: number, b: number) => a + b);
    expect(new Map(counts.collect() as [string, number][])).toEqual(new Map([['a', 4], ['b', 2], ['c', 1], ['d', 1]]));
    expect(eventsOf(events, 'jobStart')[0]).toMatchObject({ stageIds: [0, 1], numTasks: 4 });
    expect(eventsOf(events, 'stageSubmitted').map((e) => [e.stageId, e.attempt, e.stageKind])).toEqual([[0, 0, 'shuffleMap'], [1, 0, 'result']]);
    events.length = 0;
    expect(counts.count()).toBe(4);
    expect(eventsOf(events, 'jobStart')[0]).toMatchObject({ stageIds: [0, 2], numTasks: 2 });
    expect(eventsOf(events, 'stageSubmitted').map((e) => e.stageId)).toEqual([2]);
    expect(eventsOf(events, 'stageCompleted').map((e) => [e.stageId, e.status])).toEqual([[2, 'succeeded'], [0, 'skipped']]);
    const map = eventsOf(events, 'taskEnd');
    expect(map.every((e) => e.metrics.shuffleReadRecords > 0 || e.metrics.recordsRead === 0)).toBe(true);
  });

  it('reports shuffle metrics: map-side combined records written, the same records read', () => {
    const { sc, events } = localContext(2);
    wordPairs(sc).reduceByKey((a: number, b: number) => a + b).collect();
    const ends = eventsOf(events, 'taskEnd');
    const written = ends.filter((e) => e.stageId === 0).reduce((n, e) => n + e.metrics.shuffleWriteRecords, 0);
    const read = ends.filter((e) => e.stageId === 1).reduce((n, e) => n + e.metrics.shuffleReadRecords, 0);
    // Partition 0 holds 'a b a','c a' (a, b, c after combining), partition 1 'b d','a' (b, d, a).
    expect(written).toBe(6);
    expect(read).toBe(6);
    expect(ends.every((e) => (e.metrics.taskBytes ?? 0) > 0 && (e.metrics.resultSize ?? 0) > 0 && (e.metrics.closureBytes ?? 0) > 0)).toBe(true);
  });

  it('prints the lineage as Spark does, with shuffle indentation and storage levels', () => {
    const { sc } = localContext(2);
    const counts = wordPairs(sc).reduceByKey((a: number, b: number) => a + b).cache();
    const at = 'at NativeMethodAccessorImpl.java:0';
    const before = [
      `(2) MapPartitionsRDD[5] at combineByKey ${at} [Memory Serialized 1x Replicated]`,
      ` |  ShuffledRDD[4] at partitionBy ${at} []`,
      ` +-(2) MapPartitionsRDD[3] at combineByKey ${at} []`,
      `    |  MapPartitionsRDD[2] at map ${at} []`,
      `    |  MapPartitionsRDD[1] at flatMap ${at} []`,
      `    |  ParallelCollectionRDD[0] at parallelize ${at} []`,
    ];
    expect(counts.toDebugString()).toBe(before.join('\n'));
    expect(counts.id()).toBe(5);
    expect(counts.setName('counts').name()).toBe('counts');
    expect(String(counts)).toBe(`counts MapPartitionsRDD[5] at combineByKey ${at}`);
    counts.count();
    expect(counts.toDebugString().split('\n')[0]).toMatch(/^\(2\) counts MapPartitionsRDD\[5\]/);
    expect(counts.toDebugString().split('\n')[1]).toBe(' |       CachedPartitions: 2; MemorySize: unknown; DiskSize: 0.0 B');
    // A union's first parent is listed with its whole lineage, then the second, as in PySpark's join plans.
    expect(counts.join(sc.parallelize([['a', 0]], 1)).toDebugString()).toBe([
      `(3) MapPartitionsRDD[14] at join ${at} []`,
      ` |  MapPartitionsRDD[13] at cogroup ${at} []`,
      ` |  MapPartitionsRDD[12] at combineByKey ${at} []`,
      ` |  ShuffledRDD[11] at partitionBy ${at} []`,
      ` +-(3) MapPartitionsRDD[10] at combineByKey ${at} []`,
      `    |  UnionRDD[9] at union ${at} []`,
      `    |  MapPartitionsRDD[7] at cogroup ${at} []`,
      `    |  counts MapPartitionsRDD[5] at combineByKey ${at} [Memory Serialized 1x Replicated]`,
      `    |      CachedPartitions: 2; MemorySize: unknown; DiskSize: 0.0 B`,
      `    |  ShuffledRDD[4] at partitionBy ${at} []`,
      `    +-(2) MapPartitionsRDD[3] at combineByKey ${at} []`,
      `       |  MapPartitionsRDD[2] at map ${at} []`,
      `       |  MapPartitionsRDD[1] at flatMap ${at} []`,
      `       |  ParallelCollectionRDD[0] at parallelize ${at} []`,
      `    |  MapPartitionsRDD[8] at cogroup ${at} []`,
      `    |  ParallelCollectionRDD[6] at parallelize ${at} []`,
    ].join('\n'));
  });
});

describe('cache and persist', () => {
  it('computes a cached RDD once: the second action reads the blocks where they are (locality)', () => {
    const { sc, events } = localContext(3);
    const acc = sc.accumulator(0);
    const rdd = sc.range(0, 60, 1, 6).map(sc.bind((a: { add(n: number): void }, x: number) => (a.add(1), x * 2), acc)).cache();
    expect(rdd.getStorageLevel().toString()).toBe('StorageLevel(False, True, False, False, 1)');
    expect(rdd.sum()).toBe(3540);
    expect(acc.value).toBe(60);
    const first = eventsOf(events, 'taskEnd');
    expect(first.reduce((n, e) => n + e.metrics.cacheMisses, 0)).toBe(6);
    const where = new Map(first.map((e) => [e.partition, e.metrics.executorId]));
    events.length = 0;
    expect(rdd.count()).toBe(60);
    expect(acc.value).toBe(60); // not recomputed
    const second = eventsOf(events, 'taskEnd');
    expect(second.reduce((n, e) => n + e.metrics.cacheHits, 0)).toBe(6);
    expect(new Map(second.map((e) => [e.partition, e.metrics.executorId]))).toEqual(where);
    expect(eventsOf(events, 'taskStart').every((e) => e.local)).toBe(true);
    // The executor holding a block gets a recipe without the lineage under it.
    expect(second.every((e) => (e.metrics.closureBytes ?? 0) === 0)).toBe(true);
  });

  it('unpersist forgets the blocks: the next action recomputes and executors drop their copies', () => {
    const { sc, backend } = localContext(2);
    const acc = sc.accumulator(0);
    const rdd = sc.range(0, 10, 1, 2).map(sc.bind((a: { add(n: number): void }, x: number) => (a.add(1), x), acc)).persist();
    rdd.count();
    expect(backend.executor(0).blocks.size + backend.executor(1).blocks.size).toBe(2);
    rdd.unpersist();
    expect(rdd.getStorageLevel().isValid).toBe(false);
    rdd.count();
    expect(acc.value).toBe(20);
    expect(backend.executor(0).blocks.size + backend.executor(1).blocks.size).toBe(0);
  });

  it('recomputes only the cached partitions an executor took with it', () => {
    const { sc, backend, events } = localContext(2);
    const rdd = sc.range(0, 80, 1, 8).map((x: number) => x + 1).cache();
    rdd.count();
    const onSlot1 = eventsOf(events, 'taskEnd').filter((e) => e.metrics.executorId === '1').length;
    backend.killExecutor(1);
    events.length = 0;
    expect(rdd.sum()).toBe(3240);
    expect(eventsOf(events, 'executorLost')).toHaveLength(1);
    expect(eventsOf(events, 'taskEnd').reduce((n, e) => n + e.metrics.cacheMisses, 0)).toBe(onSlot1);
  });

  it('recomputes a block the driver wrongly thought an executor held, without counting a failure', () => {
    // local[2]: one attempt per task, so a counted failure would abort the job.
    const { sc, backend, events } = localContext(2);
    const rdd = sc.range(0, 20, 1, 2).map((x: number) => x * 3).cache();
    rdd.count();
    backend.executor(0).blocks.clear();
    events.length = 0;
    expect(rdd.sum()).toBe(570);
    const ends = eventsOf(events, 'taskEnd');
    expect(ends.filter((e) => !e.succeeded).map((e) => e.error?.ename)).toEqual(['BlockMissingError']);
    expect(ends.reduce((n, e) => n + e.metrics.cacheMisses, 0)).toBe(1);
  });

  it('checkpoint materialises on the driver and truncates lineage', () => {
    const { sc, backend } = localContext(2);
    sc.setCheckpointDir('/tmp/flint-checkpoints');
    const pairs = sc.parallelize([['a', 1], ['b', 2], ['a', 3]], 2).reduceByKey((a: number, b: number) => a + b);
    pairs.checkpoint();
    expect(pairs.isCheckpointed()).toBe(false);
    expect(pairs.count()).toBe(2);
    expect(pairs.isCheckpointed()).toBe(true);
    expect(pairs.toDebugString().split('\n')).toHaveLength(1);
    backend.killExecutor(0);
    backend.killExecutor(1);
    expect(new Map(pairs.collect() as [string, number][])).toEqual(new Map([['a', 4], ['b', 2]]));
  });
});

describe('fault tolerance', () => {
  it('recomputes lost map outputs in a new stage attempt when an executor dies before the reduce', () => {
    const { sc, backend, events } = localContext(2);
    let killed = false;
    backend.beforeTask = (_slot, task) => {
      if (!killed && task.output.kind === 'result') {
        killed = true;
        backend.killExecutor(0);
      }
    };
    const counts = sc.range(0, 1000, 1, 4).map((x: number) => [x % 7, 1]).reduceByKey((a: number, b: number) => a + b, 3);
    expect(new Map(counts.collect() as [number, number][])).toEqual(new Map([0, 1, 2, 3, 4, 5, 6].map((k) => [k, k < 6 ? 143 : 142])));
    expect(eventsOf(events, 'executorLost')).toHaveLength(1);
    const resubmitted = eventsOf(events, 'stageSubmitted').filter((e) => e.stageId === 0).map((e) => e.attempt);
    expect(resubmitted).toEqual([0, 1]);
  });

  it('fails a task whose result cannot be serialised instead of losing the executor', () => {
    const { sc } = localContext(2);
    expect(() => sc.parallelize([1, 2], 2).map((x: number) => () => x).collect()).toThrow(/failed 1 times.*cannot serialise a value of type function/s);
    expect(sc.parallelize([1, 2], 2).map((x: number) => x + 1).collect()).toEqual([2, 3]);
  });

  it('under local[2,4], retries a task that fails 3 times and aborts with Spark text on the 4th failure', () => {
    const { sc, events } = localContext(2, 'local[2,4]');
    const flaky = sc.parallelize([1, 2, 3, 4], 2).map((x: number) => {
      const g = globalThis as unknown as { __failThrice?: number };
      if (x === 3 && (g.__failThrice = (g.__failThrice ?? 0) + 1) <= 3) throw new Error('transient');
      return x;
    });
    expect(flaky.reduce((a: number, b: number) => a + b)).toBe(10);
    expect(eventsOf(events, 'taskEnd').filter((e) => !e.succeeded)).toHaveLength(3);
    const worse = sc.parallelize([1, 2, 3], 3).map((x: number) => [x, 1]).partitionBy(2).map(() => {
      throw new Error('bad record');
    });
    expect(() => worse.collect()).toThrow(/Job aborted due to stage failure: Task 0 in stage \d+\.0 failed 4 times, most recent failure: Lost task 0\.3 in stage \d+\.0 \(TID \d+\) \(localhost executor driver\): Error: bad record/);
  });
});

describe('task failures as Spark counts them (spark.task.maxFailures)', () => {
  it('reads the attempts from the master: 1 in local mode, F for local[N,F], spark.task.maxFailures otherwise', () => {
    expect(['local', 'local[2]', 'local[*]', ' local[8] '].map(taskMaxFailures)).toEqual([1, 1, 1, 1]);
    expect(['local[2,3]', 'local[*, 5]', 'local[4,1]'].map(taskMaxFailures)).toEqual([3, 5, 1]);
    expect(taskMaxFailures('spark://host:7077')).toBe(4);
    expect(localContext(2).sc.scheduler.maxFailures).toBe(1);
    expect(localContext(2, 'local[2,3]').sc.scheduler.maxFailures).toBe(3);
  });

  it('fails the job at the first failure of user code in local mode, without retrying it', () => {
    const { sc, events } = localContext(2);
    const bad = sc.parallelize([1, 2, 3, 4], 2).map((x: number) => {
      if (x === 3) throw new Error('deterministic');
      return x;
    });
    expect(() => bad.collect()).toThrow(/^Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID \d+\) \(localhost executor driver\): Error: deterministic$/);
    expect(eventsOf(events, 'taskEnd').filter((e) => !e.succeeded)).toHaveLength(1);
    expect(eventsOf(events, 'taskStart').filter((e) => e.partition === 1)).toHaveLength(1);
    expect(eventsOf(events, 'jobEnd')).toMatchObject([{ succeeded: false }]);
  });

  it('still recomputes transparently when executors die, map and result tasks alike, with one attempt per task', () => {
    const { sc, backend, events } = localContext(3);
    let kills = 0;
    backend.beforeTask = (slot, task) => {
      // Kill the executor under the first map task and under the first two result tasks.
      const due = task.output.kind === 'result' ? kills >= 1 && kills < 3 : kills === 0;
      if (due) {
        kills++;
        backend.killExecutor(slot);
      }
    };
    const counts = sc.range(0, 300, 1, 6).map((x: number) => [x % 5, 1]).reduceByKey((a: number, b: number) => a + b, 3);
    expect(new Map(counts.collect() as [number, number][])).toEqual(new Map([0, 1, 2, 3, 4].map((k) => [k, 60])));
    expect(kills).toBe(3);
    expect(eventsOf(events, 'executorLost').length).toBeGreaterThanOrEqual(3);
    // Killed by the host: no exit reason.
    expect(eventsOf(events, 'executorLost').every((e) => e.reason === undefined)).toBe(true);
    expect(eventsOf(events, 'taskEnd').filter((e) => !e.succeeded)).toEqual([]);
  });
});

describe('executors that exit by themselves (ExecutorLostFailure, exitCausedByApp)', () => {
  it('fails the task in local mode with Spark\'s text naming the executor that exited', () => {
    const { sc, backend, events } = localContext(2);
    backend.beforeTask = (slot, task) => {
      if (task.partition === 1) backend.crashExecutor(slot, 'Command exited with code 1');
    };
    expect(() => sc.parallelize([1, 2, 3, 4], 2).collect()).toThrow(
      /^Job aborted due to stage failure: Task 1 in stage 0\.0 failed 1 times, most recent failure: Lost task 1\.0 in stage 0\.0 \(TID 1\) \(localhost executor 1\): ExecutorLostFailure \(executor 1 exited caused by one of the running tasks\) Reason: Command exited with code 1$/,
    );
    const failed = eventsOf(events, 'taskEnd').filter((e) => !e.succeeded);
    expect(failed).toMatchObject([{ partition: 1, attempt: 0, error: { ename: 'ExecutorLostFailure' }, metrics: { executorId: '1' } }]);
    expect(eventsOf(events, 'executorLost')).toEqual([{ kind: 'executorLost', executorId: '1', slot: 1, reason: 'Command exited with code 1' }]);
    // The replacement runs the next job.
    backend.beforeTask = undefined;
    expect(sc.parallelize([1, 2, 3, 4], 2).map((x: number) => x * 2).collect()).toEqual([2, 4, 6, 8]);
  });

  it('counts towards local[N,F]: a crash on the first attempt is retried, and the lost map outputs are recomputed', () => {
    const { sc, backend, events } = localContext(2, 'local[2,2]');
    let crashed = false;
    backend.beforeTask = (slot, task) => {
      // The first reduce task's executor exits: it held map outputs the other reducers need.
      if (!crashed && task.output.kind === 'result') {
        crashed = true;
        backend.crashExecutor(slot, 'Command exited with code 52');
      }
    };
    const counts = sc.range(0, 1000, 1, 4).map((x: number) => [x % 7, 1]).reduceByKey((a: number, b: number) => a + b, 3);
    expect(new Map(counts.collect() as [number, number][])).toEqual(new Map([0, 1, 2, 3, 4, 5, 6].map((k) => [k, k < 6 ? 143 : 142])));
    expect(eventsOf(events, 'taskEnd').filter((e) => !e.succeeded).map((e) => e.error?.ename)).toEqual(['ExecutorLostFailure']);
    expect(eventsOf(events, 'stageSubmitted').filter((e) => e.stageId === 0).map((e) => e.attempt)).toEqual([0, 1]);
  });

  it('aborts after F crashes of the same task under local[N,F]', () => {
    const { sc, backend } = localContext(2, 'local[2,3]');
    backend.beforeTask = (slot, task) => {
      if (task.partition === 0) backend.crashExecutor(slot, 'Command exited with code 50 (Error: boom)');
    };
    expect(() => sc.parallelize([1, 2], 2).collect()).toThrow(
      /Task 0 in stage 0\.0 failed 3 times, most recent failure: Lost task 0\.2 in stage 0\.0 \(TID \d+\) \(localhost executor \d+\): ExecutorLostFailure \(executor \d+ exited caused by one of the running tasks\) Reason: Command exited with code 50 \(Error: boom\)$/,
    );
  });
});
