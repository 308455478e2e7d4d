/**
 * Structured Streaming through the Python API: each operator and output mode on a memory
 * stream, checked against expectations worked out by hand from Spark's semantics; the
 * validity rules with Spark's messages; file source → file sink recovery.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';
import { rateValueAt } from '../../../streaming';

function harness() {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/tmp/in');
  return { h: sparkHarness(vfs), vfs };
}

const ok = (h: ReturnType<typeof harness>['h'], code: string): string => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};

const err = (h: ReturnType<typeof harness>['h'], code: string): string => {
  const r = h.run(code);
  expect(r.error).not.toBeNull();
  return r.error!.split('\n').slice(-1)[0]!;
};

const RULE = '-------------------------------------------';

describe('Structured Streaming: sources, operators and output modes', () => {
  const { h } = harness();
  ok(h, `from pyspark.sql.streaming import MemoryStream
from pyspark.sql.functions import *
import time`);

  it('appends a stateless projection and filter to the console, one Batch block per micro-batch', () => {
    const out = ok(h, `ms = MemoryStream(spark=spark, schema="k STRING, v INT")
q = ms.toDF().where("v > 1").select("k", (col("v") * 10).alias("v10")).writeStream.format("console").start()
ms.addData(("a", 1), ("b", 2))
q.processAllAvailable()
ms.addData(("c", 3))
q.processAllAvailable()
q.processAllAvailable()
q.stop()`);
    expect(out).toBe([
      RULE, 'Batch: 0', RULE, '+---+---+', '|  k|v10|', '+---+---+', '|  b| 20|', '+---+---+', '',
      RULE, 'Batch: 1', RULE, '+---+---+', '|  k|v10|', '+---+---+', '|  c| 30|', '+---+---+', '', ''].join('\n'));
  });

  it('complete mode re-emits every group with counts kept across batches', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="k STRING")
q = ms.toDF().groupBy("k").count().writeStream.format("memory").queryName("c1").outputMode("complete").start()
ms.addData("a", "b", "a")
q.processAllAvailable()`);
    expect(ok(h, `spark.sql("select * from c1 order by k").collect()`)).toBe("[Row(k='a', count=2), Row(k='b', count=1)]\n");
    ok(h, `ms.addData("b", "c")\nq.processAllAvailable()`);
    expect(ok(h, `spark.sql("select * from c1 order by k").collect()`)).toBe("[Row(k='a', count=2), Row(k='b', count=2), Row(k='c', count=1)]\n");
    // The state holds partial counts, one row per key (not the 5 input rows).
    expect(ok(h, 'q.lastProgress["stateOperators"][0]["numRowsTotal"]')).toBe('3\n');
    ok(h, 'q.stop()');
  });

  it('update mode emits only the groups a batch changed', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="k STRING, v INT")
got = []
q = ms.toDF().groupBy("k").agg(sum("v").alias("s")).writeStream.outputMode("update").foreachBatch(lambda df, i: got.append((i, sorted(tuple(r) for r in df.collect())))).start()
ms.addData(("a", 1), ("b", 2))
q.processAllAvailable()
ms.addData(("a", 5))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, 'got')).toBe("[(0, [('a', 1), ('b', 2)]), (1, [('a', 6)])]\n");
  });

  it('append mode with a watermark emits each event-time window once, when the watermark passes its end', () => {
    // Windows of 10 s, watermark 5 s behind the max event time seen.
    // As Spark, a stateful query runs a no-data batch whenever the watermark moved.
    // batch 0: 12:00:01, 12:00:07 -> max 07, watermark 12:00:02; no-data batch 1 runs with it
    // batch 2: 12:00:14 -> watermark 12:00:09 (window [00,10) not final: end 10 > 09); no-data batch 3
    // batch 4: 12:00:16, late 12:00:03 (dropped: <= watermark 09) -> watermark 12:00:11
    // no-data batch 5 runs with watermark 11: window [00,10) is final -> (00, 2), the late row not counted
    ok(h, `ms = MemoryStream(spark=spark, schema="t TIMESTAMP, n INT")
out = []
import datetime as dt
T = lambda s: dt.datetime(2024, 1, 1, 12, 0, s)
w = ms.toDF().withWatermark("t", "5 seconds").groupBy(window("t", "10 seconds")).count()
q = w.writeStream.outputMode("append").foreachBatch(lambda df, i: out.append((i, [(r.window.start.second, r["count"]) for r in df.collect()]))).start()
ms.addData((T(1), 1), (T(7), 1))
q.processAllAvailable()
ms.addData((T(14), 1))
q.processAllAvailable()
ms.addData((T(16), 1), (T(3), 1))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, 'out')).toBe('[(0, []), (1, []), (2, []), (3, []), (4, []), (5, [(0, 2)])]\n');
    expect(ok(h, 'q.lastProgress["eventTime"]["watermark"]')).toBe("'2024-01-01T12:00:11.000Z'\n");
    // Window [00,10) was evicted from the state once emitted; [10,20) remains.
    expect(ok(h, 'q.lastProgress["stateOperators"][0]["numRowsTotal"]')).toBe('1\n');
  });

  it('sliding windows put a row in every window holding it', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="t TIMESTAMP")
q = ms.toDF().groupBy(window("t", "10 seconds", "5 seconds")).count().writeStream.format("memory").queryName("sl").outputMode("complete").start()
ms.addData(dt.datetime(2024, 1, 1, 12, 0, 7), dt.datetime(2024, 1, 1, 12, 0, 12))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, `[(r.window.start.second, r.window.end.second, r["count"]) for r in spark.sql("select * from sl order by window").collect()]`))
      .toBe('[(0, 10, 1), (5, 15, 2), (10, 20, 1)]\n');
  });

  it('dropDuplicates keeps the first row of each key across batches', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="k STRING, v INT")
q = ms.toDF().dropDuplicates(["k"]).writeStream.format("memory").queryName("dd").start()
ms.addData(("a", 1), ("a", 2), ("b", 3))
q.processAllAvailable()
ms.addData(("b", 4), ("c", 5))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, `spark.sql("select * from dd order by k").collect()`)).toBe("[Row(k='a', v=1), Row(k='b', v=3), Row(k='c', v=5)]\n");
  });

  it('dropDuplicatesWithinWatermark forgets a key once the watermark passes its first event time plus the delay', () => {
    // Delay 10 s. Batch 0: a@00, a@05 (dup) -> a; max 05, watermark -5 s.
    // Batch 1: b@30 -> b; watermark becomes 20 s (a expired at 00+10 <= 20).
    // Batch 2 (runs with watermark 20): a@25 -> a again (its key was forgotten); a@15 would be late.
    ok(h, `import datetime as dt
T = lambda s: dt.datetime(2024, 1, 1, 12, 0, s)
ms = MemoryStream(spark=spark, schema="k STRING, t TIMESTAMP")
q = ms.toDF().withWatermark("t", "10 seconds").dropDuplicatesWithinWatermark(["k"]).writeStream.format("memory").queryName("dw").start()
ms.addData(("a", T(0)), ("a", T(5)))
q.processAllAvailable()
ms.addData(("b", T(30)))
q.processAllAvailable()
ms.addData(("a", T(25)), ("c", T(15)))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, 'sorted((r.k, r.t.second) for r in spark.table("dw").collect())')).toBe("[('a', 0), ('a', 25), ('b', 30)]\n");
    expect(err(h, 'ms.toDF().dropDuplicatesWithinWatermark(["k"]).writeStream.format("memory").queryName("dw2").start()'))
      .toBe('pyspark.errors.exceptions.captured.AnalysisException: dropDuplicatesWithinWatermark is not supported on streaming DataFrames/DataSets without watermark;');
  });

  it('joins a stream with a static DataFrame', () => {
    ok(h, `names = spark.createDataFrame([(1, "one"), (2, "two")], ["id", "name"])
ms = MemoryStream(spark=spark, schema="id INT")
q = ms.toDF().join(names, "id").writeStream.format("memory").queryName("jn").start()
ms.addData(1, 2, 3, 2)
q.processAllAvailable()
q.stop()`);
    expect(ok(h, `spark.sql("select name, count(*) c from jn group by name order by name").collect()`)).toBe("[Row(name='one', c=1), Row(name='two', c=2)]\n");
  });

  it('foreach calls open/process/close per batch', () => {
    ok(h, `log = []
class W:
    def open(self, pid, epoch):
        log.append(("open", epoch))
        return True
    def process(self, row):
        log.append(row.v)
    def close(self, e):
        log.append("close")
ms = MemoryStream(spark=spark, schema="v INT")
q = ms.toDF().writeStream.foreach(W()).start()
ms.addData(1, 2)
q.processAllAvailable()
q.stop()`);
    expect(ok(h, 'log')).toBe("[('open', 0), 1, 2, 'close']\n");
  });

  it('a socket-like source reads the lines fed to host:port', () => {
    ok(h, `from pyspark.sql.streaming import sendToSocket
lines = spark.readStream.format("socket").option("host", "localhost").option("port", 9999).load()
words = lines.select(explode(split(lines.value, " ")).alias("word")).groupBy("word").count()
q = words.writeStream.outputMode("complete").format("memory").queryName("wc").start()
sendToSocket("localhost", 9999, "a b a", "c")
q.processAllAvailable()
q.stop()`);
    expect(ok(h, `spark.sql("select * from wc order by word").collect()`)).toBe("[Row(word='a', count=2), Row(word='b', count=1), Row(word='c', count=1)]\n");
  });

  it('the socket source reads the same endpoints as DStreams (flint.streams.socket)', () => {
    ok(h, `from flint.streams import socket
lines = spark.readStream.format("socket").option("host", "localhost").option("port", 9997).option("includeTimestamp", True).load()
q = lines.writeStream.format("memory").queryName("sk").start()
socket("localhost", 9997).send("first line\\nsecond line\\n")
q.processAllAvailable()
socket("localhost", 9997).send(["third"])
q.processAllAvailable()
q.stop()`);
    expect(ok(h, '[r.value for r in spark.table("sk").collect()], spark.table("sk").dtypes, q.lastProgress["batchId"]'))
      .toBe("(['first line', 'second line', 'third'], [('value', 'string'), ('timestamp', 'timestamp')], 1)\n");
  });

  it('StreamingQuery reports Spark-shaped progress and status, and the manager tracks queries', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="v INT")
q = ms.toDF().writeStream.format("memory").queryName("pq").start()
ms.addData(1, 2, 3)
q.processAllAvailable()
p = q.lastProgress`);
    expect(ok(h, 'sorted(p.keys())')).toBe("['batchId', 'durationMs', 'id', 'inputRowsPerSecond', 'name', 'numInputRows', 'processedRowsPerSecond', 'runId', 'sink', 'sources', 'stateOperators', 'timestamp']\n");
    expect(ok(h, '(p["batchId"], p["numInputRows"], p["name"], p["id"] == q.id, p["sink"]["numOutputRows"], type(p["inputRowsPerSecond"]).__name__)')).toBe("(0, 3, 'pq', True, 3, 'float')\n");
    expect(ok(h, 'sorted(q.status.keys()), q.isActive, [x.name for x in spark.streams.active].count("pq"), spark.streams.get(q.id) is q')).toBe("(['isDataAvailable', 'isTriggerActive', 'message'], True, 1, True)\n");
    expect(ok(h, 'q.stop()\nq.isActive, q.status["message"], spark.streams.get(q.id), q.exception()')).toBe("(False, 'Stopped', None, None)\n");
  });

  it('StreamingQueryListener hears started, progress and terminated; explain prints the plan', () => {
    ok(h, `from pyspark.sql.streaming import StreamingQueryListener
heard = []
class L(StreamingQueryListener):
    def onQueryStarted(self, e):
        heard.append(("started", e.name))
    def onQueryProgress(self, e):
        heard.append(("progress", e.progress["batchId"], e.progress["numInputRows"]))
    def onQueryTerminated(self, e):
        heard.append(("terminated", e.exception))
l = L()
spark.streams.addListener(l)
ms = MemoryStream(spark=spark, schema="v INT")
q = ms.toDF().writeStream.format("memory").queryName("lq").start()
ms.addData(1, 2)
q.processAllAvailable()
q.stop()
spark.streams.removeListener(l)`);
    expect(ok(h, 'heard')).toBe("[('started', 'lq'), ('progress', 0, 2), ('terminated', None)]\n");
    expect(ok(h, 'q.explain()')).toMatch(/^== Physical Plan ==\n/);
  });

  it('a failing foreachBatch ends the query; awaitTermination raises StreamingQueryException', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="v INT")
def boom(df, i):
    raise ValueError("bad batch")
q = ms.toDF().writeStream.foreachBatch(boom).start()
ms.addData(1)`);
    expect(err(h, 'q.awaitTermination(5)')).toMatch(/^pyspark.errors.exceptions.captured.StreamingQueryException: \[STREAM_FAILED\] Query \[id = .*, runId = .*\] terminated with exception: .*bad batch/);
    expect(ok(h, 'q.isActive')).toBe('False\n');
  });

  it('runs micro-batches in the background while the cell sleeps (default trigger)', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="v INT")
q = ms.toDF().writeStream.format("memory").queryName("bg").start()
ms.addData(1, 2)
time.sleep(0.3)`);
    expect(ok(h, 'spark.sql("select count(*) from bg").collect()[0][0], q.lastProgress["batchId"]')).toBe('(2, 0)\n');
    ok(h, 'q.stop()');
  });

  it('trigger(once=True) runs one batch and stops; availableNow drains the source in batches', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="v INT")
ms.addData(1)
ms.addData(2, 3)
q = ms.toDF().writeStream.format("memory").queryName("once").trigger(once=True).start()
q.awaitTermination()`);
    expect(ok(h, 'q.isActive, spark.sql("select count(*) from once").collect()[0][0]')).toBe('(False, 3)\n');
  });

  it('the rate source produces timestamp/value rows at rowsPerSecond with a linear ramp-up', () => {
    expect([1, 2, 3].map((s) => rateValueAt(s, 10, 0))).toEqual([10, 20, 30]);
    // rampUpTime 4 s at 10 rows/s: +2 rows/s each second, then 10/s.
    expect([1, 2, 3, 4, 5, 6].map((s) => rateValueAt(s, 10, 4))).toEqual([2, 6, 12, 20, 30, 40]);
    expect(ok(h, 'spark.readStream.format("rate").option("rowsPerSecond", 5).load().dtypes')).toBe("[('timestamp', 'timestamp'), ('value', 'bigint')]\n");
  });
});

describe('Structured Streaming: Spark validity rules', () => {
  const { h } = harness();
  ok(h, `from pyspark.sql.streaming import MemoryStream
from pyspark.sql.functions import *
ms = MemoryStream(spark=spark, schema="k STRING, v INT")
s = ms.toDF()`);

  it('isStreaming, and batch actions on a stream', () => {
    expect(ok(h, 's.isStreaming, s.groupBy("k").count().isStreaming, spark.range(3).isStreaming')).toBe('(True, True, False)\n');
    expect(err(h, 's.count()')).toBe('pyspark.errors.exceptions.captured.AnalysisException: Queries with streaming sources must be executed with writeStream.start();');
    expect(err(h, 's.show()')).toBe('pyspark.errors.exceptions.captured.AnalysisException: Queries with streaming sources must be executed with writeStream.start();');
    expect(err(h, 'spark.range(3).writeStream')).toBe("pyspark.errors.exceptions.captured.AnalysisException: 'writeStream' can be called only on streaming Dataset/DataFrame");
  });

  it('output modes and operators Spark rejects', () => {
    expect(err(h, 's.writeStream.format("memory").queryName("x1").outputMode("complete").start()'))
      .toBe('pyspark.errors.exceptions.captured.AnalysisException: Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets;');
    expect(err(h, 's.groupBy("k").count().writeStream.format("memory").queryName("x2").outputMode("append").start()'))
      .toBe('pyspark.errors.exceptions.captured.AnalysisException: Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark;');
    expect(err(h, 's.orderBy("v").writeStream.format("memory").queryName("x3").start()'))
      .toBe('pyspark.errors.exceptions.captured.AnalysisException: Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in Complete output mode;');
    expect(err(h, 's.groupBy("k").count().groupBy("count").count().writeStream.format("memory").queryName("x4").outputMode("complete").start()'))
      .toBe('pyspark.errors.exceptions.captured.AnalysisException: Multiple streaming aggregations are not supported with streaming DataFrames/Datasets;');
    expect(err(h, 's.writeStream.format("memory").outputMode("sideways").start()'))
      .toBe("pyspark.errors.exceptions.captured.IllegalArgumentException: Unknown output mode sideways. Accepted output modes are 'append', 'complete', 'update'");
    expect(err(h, 'spark.readStream.json("/tmp/in")')).toMatch(/^pyspark.errors.exceptions.captured.IllegalArgumentException: Schema must be specified when creating a streaming source DataFrame\./);
    expect(err(h, 's.writeStream.trigger(once=True, processingTime="1 second")')).toBe('ValueError: [ONLY_ALLOW_SINGLE_TRIGGER] Only a single trigger is allowed.');
  });

  it('sorting an aggregation is allowed in complete mode', () => {
    ok(h, `q = s.groupBy("k").count().orderBy(desc("count")).writeStream.format("memory").queryName("srt").outputMode("complete").start()
ms.addData(("a", 1), ("b", 1), ("b", 2))
q.processAllAvailable()
q.stop()`);
    expect(ok(h, 'spark.table("srt").collect()')).toBe("[Row(k='b', count=2), Row(k='a', count=1)]\n");
  });
});

describe('Structured Streaming: files, checkpoints and triggers', () => {
  const { h, vfs } = harness();
  ok(h, 'from pyspark.sql.streaming import MemoryStream\nimport time');
  const lines = (ids: number[]) => ids.map((i) => JSON.stringify({ id: i, tag: i % 2 ? 'odd' : 'even' })).join('\n') + '\n';

  it('a JSON file source to a JSON file sink restarts from its checkpoint: no row lost, none twice', () => {
    vfs.writeFile('/tmp/in/a.json', lines([1, 2, 3]), { createParents: true });
    ok(h, `src = spark.readStream.schema("id LONG, tag STRING").json("/tmp/in")
def run():
    q = src.where("id > 0").writeStream.format("json").option("checkpointLocation", "/tmp/cp1").start("/tmp/out1")
    q.processAllAvailable()
    q.stop()
    return q
q1 = run()`);
    vfs.writeFile('/tmp/in/b.json', lines([4, 5]) + '{"id": 6, "tag": broken\n', { createParents: true });
    ok(h, 'q2 = run()');
    // A third start finds nothing new.
    ok(h, 'q3 = run()');
    expect(ok(h, 'q1.id == q2.id == q3.id, q1.runId != q2.runId, q2.lastProgress["batchId"], q3.lastProgress')).toBe('(True, True, 1, None)\n');
    // The malformed line read in PERMISSIVE mode is a row of nulls, which the filter drops.
    expect(ok(h, 'sorted(r.id for r in spark.read.json("/tmp/out1").collect())')).toBe('[1, 2, 3, 4, 5]\n');
    expect(vfs.listDir('/tmp/cp1').map((f) => f.name).sort()).toEqual(['commits', 'metadata', 'offsets', 'sources']);
    expect(vfs.listDir('/tmp/cp1/offsets').map((f) => f.name).sort()).toEqual(['0', '1']);
    expect(vfs.readText('/tmp/cp1/commits/1')).toBe('v1\n{"nextBatchWatermarkMs":0}');
  });

  it('maxFilesPerTrigger and availableNow: one file per batch until the folder is drained, then the query stops', () => {
    for (const [i, name] of ['c', 'd', 'e'].entries()) vfs.writeFile(`/tmp/in2/${name}.json`, lines([i]), { createParents: true });
    ok(h, `q = (spark.readStream.schema("id LONG, tag STRING").option("maxFilesPerTrigger", 1).json("/tmp/in2")
     .writeStream.format("memory").queryName("an").trigger(availableNow=True).start())
q.awaitTermination(10)`);
    expect(ok(h, '[p["numInputRows"] for p in q.recentProgress], q.isActive, spark.table("an").count()')).toBe('([1, 1, 1], False, 3)\n');
  });

  it('a processingTime trigger spaces the batches', () => {
    ok(h, `ms = MemoryStream(spark=spark, schema="v INT")
q = ms.toDF().writeStream.format("memory").queryName("pt").trigger(processingTime="200 milliseconds").start()
ms.addData(1)
time.sleep(0.05)
ms.addData(2)
time.sleep(0.1)
first = spark.table("pt").count()
time.sleep(0.4)
q.stop()`);
    // The first batch ran at once with [1]; [2] waited for the next trigger, 200 ms later.
    expect(ok(h, 'first, spark.table("pt").count()')).toBe('(1, 2)\n');
  });
});

