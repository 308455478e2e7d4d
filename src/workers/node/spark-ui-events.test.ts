/**
 * The events the Spark UI is built from, end to end through the built driver (dist-node):
 * SQL executions with their plans and metrics, the optimizer trace asked for afterwards,
 * DataFrames built without running (the laziness badge), CACHE TABLE, and a streaming
 * query's lifecycle and batches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeCluster } from './node-cluster';
import type { Cluster } from '../pool';
import type { DriverEvent, RunCellRequest } from '../protocol';

let cluster: Cluster;
const events: DriverEvent[] = [];

beforeAll(async () => {
  cluster = await startNodeCluster('local[2]');
  cluster.onEvent((e) => events.push(e));
}, 60_000);

afterAll(async () => {
  await cluster.shutdown();
});

const cell = (cellId: string, code: string, language: RunCellRequest['language'] = 'python'): RunCellRequest => ({ cellId, language, code, filename: `<${cellId}>`, lineOffset: 0 });

const schedulerOf = (cellId: string) => events.flatMap((e) => (e.kind === 'scheduler' && e.cellId === cellId ? [e.event] : []));
const doneOf = (cellId: string) => events.find((e): e is Extract<DriverEvent, { kind: 'cellDone' }> => e.kind === 'cellDone' && e.cellId === cellId);

describe('Spark UI events from the driver', () => {
  it('reports DataFrames built without an action, and no SQL execution', async () => {
    const r = await cluster.runCell(cell('lazy', 'df = spark.range(100).filter("id > 5").select("id")'));
    expect(r.status).toBe('ok');
    expect(doneOf('lazy')!.queriesAnalyzed).toBeGreaterThan(0);
    expect(schedulerOf('lazy').filter((e) => e.kind === 'sqlExecutionStart')).toEqual([]);
  });

  it('reports a %sql query with its plan, metrics and jobs, and traces its optimizer on request', async () => {
    await cluster.runCell(cell('view', 'spark.range(1000).selectExpr("id", "id % 4 AS k").createOrReplaceTempView("nums")'));
    const r = await cluster.runCell(cell('sql', 'SELECT k, count(*) AS n FROM nums WHERE 1 + 1 = 2 GROUP BY k ORDER BY k', 'sql'));
    expect(r.status).toBe('ok');
    const evs = schedulerOf('sql');
    const start = evs.find((e) => e.kind === 'sqlExecutionStart');
    const end = evs.find((e) => e.kind === 'sqlExecutionEnd');
    expect(start && end).toBeTruthy();
    if (start?.kind !== 'sqlExecutionStart' || end?.kind !== 'sqlExecutionEnd') return;
    expect(end.succeeded).toBe(true);
    expect(start.sql).toContain('GROUP BY k');
    // A temp view's table runs as jobs, reported between the query's start and end.
    const inside = evs.slice(evs.indexOf(start), evs.indexOf(end));
    expect(inside.filter((e) => e.kind === 'jobStart').length).toBeGreaterThan(0);
    // As in the spark-sql shell, the statement describes the execution and its jobs.
    expect(start.description).toBe('SELECT k, count(*) AS n FROM nums WHERE 1 + 1 = 2 GROUP BY k ORDER BY k');
    for (const j of inside) if (j.kind === 'jobStart') expect(j.description).toBe(start.description);
    // The root's rows are the query's rows, measured where they were produced.
    expect(end.metrics.find((m) => m.id === start.plan.id)?.rows).toBe(4);
    const trace = await cluster.optimizerTrace(start.executionId);
    expect(trace?.steps.map((s) => s.rule)).toContain('ConstantFolding');
    expect(doneOf('sql')!.queriesAnalyzed).toBeGreaterThan(0);
  });

  it('reports CACHE TABLE', async () => {
    await cluster.runCell(cell('cache', 'CACHE TABLE small AS SELECT * FROM nums WHERE k = 1', 'sql'));
    const cached = schedulerOf('cache').find((e) => e.kind === 'tableCached');
    expect(cached).toMatchObject({ kind: 'tableCached', name: 'small', numRows: 250 });
  });

  it('reports the estimated size of each cached partition', async () => {
    await cluster.runCell(cell('rddcache', 'words = sc.parallelize(["w%d" % i for i in range(4000)], 2).cache()\nwords.count()'));
    const ends = schedulerOf('rddcache').flatMap((e) => (e.kind === 'taskEnd' && e.blocksAdded ? [e] : []));
    expect(ends.flatMap((e) => e.blocksAdded)).toHaveLength(2);
    // 2,000 short strings per partition: some kilobytes each, not bytes and not megabytes.
    const sizes = ends.flatMap((e) => e.blockBytes ?? []);
    expect(sizes).toHaveLength(2);
    for (const b of sizes) {
      expect(b).toBeGreaterThan(2000 * 3);
      expect(b).toBeLessThan(2000 * 64);
    }
  });

  it('reports a streaming query: started, one progress per batch, terminated', async () => {
    const r = await cluster.runCell(cell('stream', `from pyspark.sql.streaming import MemoryStream
ms = MemoryStream("v INT", spark)
q = ms.toDF().writeStream.format("memory").queryName("ui_q").start()
ms.addData(1, 2, 3)
q.processAllAvailable()
ms.addData(4)
q.processAllAvailable()
q.stop()`));
    expect(r.status).toBe('ok');
    const st = schedulerOf('stream').filter((e) => e.kind === 'streamingQuery');
    expect(st.map((e) => (e.kind === 'streamingQuery' ? e.status : ''))).toEqual(['started', 'progress', 'progress', 'terminated']);
    const rows = st.flatMap((e) => (e.kind === 'streamingQuery' && e.batch ? [e.batch.numInputRows] : []));
    expect(rows).toEqual([3, 1]);
    expect(st[0]).toMatchObject({ name: 'ui_q' });
  });
});
