/**
 * spark.createDataFrame(rdd) / rdd.toDF() keep the RDD's lineage: the schema comes from the
 * first rows (one small job, none with a schema given), and queries run the RDD's partitions
 * on the executors, each task converting its rows to batches; the driver never collects the
 * RDD for them. Rows are those of the same data created from a local list, also while
 * executors are lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInterpreter } from '../..';
import { InProcessBackend, RDD, SparkContext } from '../../../rdd';
import type { SchedulerEvent } from '../../../rdd';
import { createSqlSession } from '../../../catalog';
import { pysparkGlobals } from '..';
import { pysparkSqlGlobals } from '.';

function notebook(slots = 3) {
  const events: SchedulerEvent[] = [];
  const backend = new InProcessBackend(slots);
  const sc = new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) });
  const s = createSqlSession();
  s.attachContext(sc);
  let out = '';
  const interpreter = createInterpreter({ stdout: { write: (t: string) => void (out += t) }, globals: { ...pysparkGlobals(sc), ...pysparkSqlGlobals(sc, s) } });
  const run = (code: string) => {
    out = '';
    const r = interpreter.runCell(code, '<stdin>');
    if (r.error) throw new Error(`${r.error.traceback.join('\n')}\n${out}`);
    return out;
  };
  return { run, events, backend, s };
}

const SETUP = `
from pyspark.sql import Row
data = [(i, "k%d" % (i % 7), None if i % 5 == 0 else i * 0.25, [i, i + 1]) for i in range(3000)]
rdd = sc.parallelize(data, 5).map(lambda t: Row(id=t[0], k=t[1], x=t[2], xs=t[3]))
local = spark.createDataFrame([Row(id=t[0], k=t[1], x=t[2], xs=t[3]) for t in data])
df = rdd.toDF()
`;

const QUERIES = [
  'collect()',
  'where("id % 11 = 3").select("id", "k", "xs").collect()',
  'groupBy("k").agg({"x": "sum", "id": "max"}).orderBy("k").collect()',
  'orderBy("x", ascending=False).limit(4).collect()',
  'selectExpr("count(*)", "sum(id)", "count(x)").collect()',
];

afterEach(() => vi.restoreAllMocks());

describe('createDataFrame(rdd) over the RDD lineage', () => {
  it('gives the local rows, the tasks converting the partitions (the driver never collects the RDD)', () => {
    const nb = notebook();
    const collect = vi.spyOn(RDD.prototype, 'collect');
    nb.run(SETUP);
    expect(nb.run('print(df.schema == local.schema)')).toBe('True\n');
    for (const q of QUERIES) {
      const before = nb.events.length;
      expect(nb.run(`print(df.${q})`)).toBe(nb.run(`print(local.${q})`));
      expect(nb.events.slice(before).some((e) => e.kind === 'jobStart')).toBe(true);
      expect(nb.events.slice(before).filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    }
    expect(collect).not.toHaveBeenCalled();
    // With the executors' scan off, the driver collects the RDD (the same rows); df.rdd keeps the RDD's partitions.
    nb.s.conf.set('spark.flint.sql.files.executorScan', 'false');
    expect(nb.run(`print(df.${QUERIES[2]})`)).toBe(nb.run(`print(local.${QUERIES[2]})`));
    expect(collect).toHaveBeenCalled();
    expect(nb.run('print(df.rdd.getNumPartitions(), rdd.toDF(["a", "b", "c", "d"]).rdd.getNumPartitions())')).toBe('5 5\n');
  });

  it('infers from the first row (the first 100 when it has a None) (take jobs); a given schema runs none', () => {
    const nb = notebook();
    nb.run('from pyspark.sql import Row\nacc = sc.accumulator(0)\ndef seen(x):\n    acc.add(1)\n    return x\n');
    const before = nb.events.length;
    nb.run('d = spark.createDataFrame(sc.parallelize(range(1000), 4).map(seen).map(lambda i: (i, str(i))), "n long, s string")');
    expect(nb.events.slice(before).filter((e) => e.kind === 'jobStart')).toEqual([]);
    expect(nb.run('print(acc.value)')).toBe('0\n');
    expect(nb.run('print(d.where("n >= 990").count(), acc.value)')).toBe('10 1000\n');
    expect(nb.run('e = sc.parallelize([(1, None)] + [(i, "v") for i in range(2, 50)]).toDF(["a", "b"])\nprint(e.schema.simpleString())')).toBe('struct<a:bigint,b:string>\n');
    expect(nb.run('print(sc.parallelize([Row(a=1, b=2.5)]).toDF().schema.simpleString())')).toBe('struct<a:bigint,b:double>\n');
    // A column None in the first 100 rows cannot be typed from them; samplingRatio reads a sample (all rows from 0.99).
    nb.run('late = sc.parallelize([(i, None) for i in range(150)] + [(150, "x")], 3)');
    expect(() => nb.run('late.toDF(["a", "b"])')).toThrow(/CANNOT_DETERMINE_TYPE/);
    expect(nb.run('d = late.toDF(["a", "b"], sampleRatio=1.0)\nprint(d.schema.simpleString(), d.where("b IS NOT NULL").collect())')).toBe("struct<a:bigint,b:string> [Row(a=150, b='x')]\n");
    expect(nb.run('print(spark.createDataFrame(sc.parallelize([3, 1]), "int").collect())')).toBe('[Row(value=3), Row(value=1)]\n');
    expect(() => nb.run('spark.createDataFrame(sc.parallelize([]))')).toThrow(/CANNOT_INFER_EMPTY_SCHEMA/);
    expect(() => nb.run('spark.createDataFrame(sc.parallelize([(1, 2), (3,)]), ["a", "b"]).collect()')).toThrow(/LENGTH_SHOULD_BE_THE_SAME/);
  });

  it('keeps answers right while executors are lost (partitions computed again from the lineage)', () => {
    const nb = notebook();
    nb.run(SETUP);
    let n = 0;
    nb.backend.beforeTask = () => {
      if (++n % 4 === 0) nb.backend.killExecutor(n % 3);
    };
    for (const q of QUERIES) expect(nb.run(`print(df.${q})`)).toBe(nb.run(`print(local.${q})`));
  });
});
