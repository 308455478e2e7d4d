/**
 * DataFrame partitioning (repartition / coalesce / repartitionByRange, spark_partition_id,
 * df.rdd's partitions) and caching (cache / persist as an InMemoryRelation computed once).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../../../io/create-vfs';
import { sparkHarness } from './harness';

const h = sparkHarness(createMemoryVfs());
const run = (code: string) => {
  const r = h.run(code);
  expect(r.error).toBeNull();
  return r.output;
};
const fails = (code: string) => {
  const r = h.run(code);
  expect(r.error).not.toBeNull();
  return r.error!.trim().split('\n').at(-1)!;
};

describe('DataFrame partitions', () => {
  it('keeps Spark\'s partitions through df.rdd', () => {
    expect(run('df = spark.range(0, 10, 1, 3)\nprint(df.rdd.getNumPartitions(), df.rdd.glom().map(len).collect())')).toBe('3 [3, 3, 4]\n');
    expect(run('print(df.repartition(4).rdd.getNumPartitions(), df.coalesce(2).rdd.glom().map(len).collect())')).toBe('4 [3, 7]\n');
    expect(run('print(df.repartition(5, "id").rdd.getNumPartitions(), sorted(df.repartition(5, "id").rdd.map(lambda r: r.id).collect()))')).toBe(`5 ${JSON.stringify([...Array(10).keys()]).replace(/,/g, ', ')}\n`);
  });

  it('places rows by range and reads their partition ids', () => {
    expect(run('from pyspark.sql import functions as sf\nprint([tuple(r) for r in spark.range(0, 8, 1, 2).repartitionByRange(2, sf.col("id").desc()).select("id", sf.spark_partition_id()).collect()])'))
      // Within a partition, rows keep their input order (a shuffle does not sort them).
      .toBe('[(4, 0), (5, 0), (6, 0), (7, 0), (0, 1), (1, 1), (2, 1), (3, 1)]\n');
  });

  it('rejects arguments as PySpark does', () => {
    expect(fails('df.repartition(2.5)')).toMatch(/NOT_COLUMN_OR_INT_OR_STR/);
    expect(fails('df.coalesce("a")')).toMatch(/NOT_INT/);
  });
});

describe('DataFrame.cache and persist', () => {
  it('reads the rows computed once and explains an InMemoryTableScan', () => {
    run('from pyspark.sql import functions as sf');
    // rand() is computed once when cached: two actions see the same values.
    expect(run('c = spark.range(0, 5, 1, 1).select("id", sf.rand(7).alias("r")).cache()\nprint(c.collect() == c.collect(), c.count())')).toBe('True 5\n');
    const text = run('c.explain()');
    // The relation and the plan it caches are the scan's inner children, indented as Spark's TreeNode prints those.
    expect(text).toMatch(/^== Physical Plan ==\nInMemoryTableScan \[id#\d+L, r#\d+\]\n {3}\+- InMemoryRelation \[id#\d+L, r#\d+\], StorageLevel\(disk, memory, deserialized, 1 replicas\)\n {9}\+- /);
    expect(run('print(c.storageLevel)')).toBe('Disk Memory Deserialized 1x Replicated\n');
    expect(run('c.unpersist()\nc.explain()')).not.toMatch(/InMemory/);
  });

  it('prints the persist level Spark prints', () => {
    expect(run('from pyspark.storagelevel import StorageLevel\nspark.range(2).persist(StorageLevel.DISK_ONLY).explain()')).toMatch(/InMemoryRelation \[id#\d+L\], StorageLevel\(disk, 1 replicas\)/);
  });
});
