/**
 * DataFrames read from files see Spark's partitions (FilePartition splits cut at
 * maxSplitBytes, each line owned by the split it starts in, as Hadoop's LineRecordReader):
 * df.rdd.glom(), mapPartitionsWithIndex and spark_partition_id() count the rows of each split,
 * not an even cut of the whole file. The expected counts come from the file's bytes here.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeVfs, setTaskVfs } from '../../../io';
import type { NodeFsLike } from '../../../io';
import { sparkHarness } from './harness';

const root = fs.mkdtempSync(`${os.tmpdir()}/flint-fileparts-`);
fs.mkdirSync(`${root}/datasets`);
const vfs = createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: `${root}/datasets`, tempRoot: root, hostDir: `${root}/host` });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const SPLIT = 20_000;
// Lines of uneven length, so a cut by bytes differs from a cut by row count.
const records = Array.from({ length: 3000 }, (_, i) => [i, 'x'.repeat((i * 37) % 61)]);
const csv = ['id,pad', ...records.map(([i, p]) => `${i},${p}`)].map((l) => `${l}\n`).join('');
const json = records.map(([i, p]) => `{"id": ${i}, "pad": "${p}"}\n`).join('');
vfs.mkdirs('/tmp/fp');
vfs.writeFile('/tmp/fp/data.csv', csv);
vfs.writeFile('/tmp/fp/data.json', json);

/** Lines per split: a line starting at s > 0 belongs to split ceil(s / SPLIT) - 1 (Hadoop reads the line starting at its end). */
function linesPerSplit(text: string): number[] {
  const counts = new Array<number>(Math.ceil(text.length / SPLIT)).fill(0);
  let s = 0;
  for (const line of text.split('\n').slice(0, -1)) {
    counts[s === 0 ? 0 : Math.ceil(s / SPLIT) - 1]!++;
    s += line.length + 1;
  }
  return counts;
}

describe('partitions of DataFrames read from files', () => {
  setTaskVfs(vfs);
  const h = sparkHarness(vfs);
  const run = (code: string) => {
    const r = h.run(code);
    expect(r.error).toBeNull();
    return r.output.trimEnd().split('\n');
  };
  run(`spark.conf.set("spark.sql.files.maxPartitionBytes", "${SPLIT}")
from pyspark.sql.functions import spark_partition_id`);

  const cases = [
    ['csv', 'spark.read.csv("/tmp/fp/data.csv", header=True)', (() => { const c = linesPerSplit(csv); c[0]!--; return c; })()],
    ['json', 'spark.read.json("/tmp/fp/data.json")', linesPerSplit(json)],
    ['text', 'spark.read.text("/tmp/fp/data.csv")', linesPerSplit(csv)],
  ] as const;

  it.each(cases)('%s: df.rdd, mapPartitionsWithIndex and spark_partition_id() count each split\'s rows', (_fmt, read, want) => {
    expect(want.length).toBeGreaterThan(3);
    const even = want.map((_, p) => Math.floor(((p + 1) * want.reduce((a, b) => a + b, 0)) / want.length) - Math.floor((p * want.reduce((a, b) => a + b, 0)) / want.length));
    expect(want).not.toEqual(even);
    const [parts, glom, indexed, spid] = run(`df = ${read}
print(df.rdd.getNumPartitions())
print([len(p) for p in df.rdd.glom().collect()])
print([n for i, n in df.rdd.mapPartitionsWithIndex(lambda i, it: [(i, sum(1 for _ in it))]).collect()])
print([r[1] for r in df.select(spark_partition_id().alias("p")).groupBy("p").count().orderBy("p").collect()])`);
    expect(Number(parts)).toBe(want.length);
    expect(glom).toBe(`[${want.join(', ')}]`);
    expect(indexed).toBe(glom);
    expect(spid).toBe(glom);
  });

  it('keeps the rows of a split together and in file order', () => {
    const [first, last] = run(`df = spark.read.csv("/tmp/fp/data.csv", header=True, inferSchema=True)
parts = df.rdd.glom().collect()
print([p[0].id for p in parts])
print(sum(1 for p in parts for a, b in zip(p, p[1:]) if b.id != a.id + 1))`);
    const counts = linesPerSplit(csv);
    counts[0]!--;
    const starts = counts.map((_, p) => counts.slice(0, p).reduce((a, b) => a + b, 0));
    expect(first).toBe(`[${starts.join(', ')}]`);
    expect(last).toBe('0');
  });
});
