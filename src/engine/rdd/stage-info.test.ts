import { describe, expect, it } from 'vitest';
import { eventsOf, localContext } from './test-support';

type Acc = { add(n: unknown): void };

describe('events for the Spark UI', () => {
  it('describes each stage lineage with narrow and shuffle parents', () => {
    const { sc, events } = localContext(2);
    const words = sc.parallelize(['a b', 'b c', 'c a b'], 3).flatMap((l: string) => l.split(' ')).map((w: string) => [w, 1]);
    words.reduceByKey((a: number, b: number) => a + b, 2).collect();
    const [start] = eventsOf(events, 'jobStart');
    const stages = start!.stages!;
    expect(stages.map((s) => [s.stageId, s.stageKind, s.parentIds])).toEqual([[0, 'shuffleMap', []], [1, 'result', [0]]]);
    expect(stages[0]!.numReducers).toBe(2);
    const mapRdds = stages[0]!.rdds.map((r) => r.className);
    expect(mapRdds[mapRdds.length - 1]).toBe('ParallelCollectionRDD');
    const mapIds = new Set(stages[0]!.rdds.map((r) => r.id));
    // The result stage starts at the shuffled RDD, whose parent lives in the map stage.
    const shuffled = stages[1]!.rdds.find((r) => r.className === 'ShuffledRDD')!;
    expect(shuffled.shuffleParentIds.every((id) => mapIds.has(id))).toBe(true);
    expect(shuffled.shuffleParentIds).toHaveLength(1);
    for (const r of stages[0]!.rdds) expect(r.shuffleParentIds).toEqual([]);
  });

  it('reports per-reducer shuffle bytes, task times, cached blocks and unpersist', () => {
    const { sc, events } = localContext(2);
    const rdd = sc.parallelize([1, 2, 3, 4, 5, 6], 2).cache();
    rdd.map((x: number) => [x % 3, x]).groupByKey(3).collect();
    const maps = eventsOf(events, 'taskEnd').filter((e) => e.shuffleWriteByReducer);
    expect(maps).toHaveLength(2);
    for (const m of maps) {
      expect(m.shuffleWriteByReducer).toHaveLength(3);
      expect(m.shuffleWriteByReducer!.reduce((a, b) => a + b, 0)).toBe(m.metrics.shuffleWriteBytes);
    }
    expect(eventsOf(events, 'taskEnd').flatMap((e) => e.blocksAdded ?? []).sort()).toEqual([`rdd_${rdd.id()}_0`, `rdd_${rdd.id()}_1`]);
    for (const t of eventsOf(events, 'taskStart')) expect(typeof t.time).toBe('number');
    rdd.unpersist();
    expect(eventsOf(events, 'rddUnpersisted')).toEqual([{ kind: 'rddUnpersisted', rddId: rdd.id() }]);
  });

  it('lists accumulator updates with the merged value, not counting a duplicate result', () => {
    const { sc, events } = localContext(2);
    const acc = sc.accumulator(0);
    sc.range(0, 4, 1, 2).foreach(sc.bind((a: Acc) => a.add(1), acc));
    const updates = eventsOf(events, 'taskEnd').flatMap((e) => e.accumulators ?? []);
    expect(updates.map((u) => [u.id, u.update, u.counted])).toEqual([[0, '2', true], [0, '2', true]]);
    expect(updates.map((u) => u.value).sort()).toEqual(['2', '4']);
  });
});
