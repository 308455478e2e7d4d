/**
 * CSV, JSON and text scans read by the executors (FileScanRDD over text files): each task
 * reads its splits (byte ranges cut at lines, as LineRecordReader does) through its own VFS;
 * every query gives exactly the in-driver rows, in order, also while executors are lost, and
 * the partition count is Spark's FilePartition count.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { InProcessBackend, SparkContext } from '../../../rdd';
import type { SchedulerEvent } from '../../../rdd';
import { createSqlSession } from '../../../catalog';
import type { SqlSession } from '../../../catalog';
import { createMemoryVfs, createNodeVfs, setTaskVfs } from '../../../io';
import type { NodeFsLike } from '../../../io';
import { packedPartitionCount, splitBytes, textSplits } from '../../../dataframe/text-scan';
import type { LPlan } from '../../../sql/logical';
import { fileSourcesFor } from './parquet-native';
import { sparkHarness } from './harness';
import { createInterpreter } from '../..';
import { pysparkGlobals } from '..';
import { pysparkSqlGlobals } from '.';

const root = fs.mkdtempSync(`${os.tmpdir()}/flint-textscan-`);
fs.mkdirSync(`${root}/datasets`);
const vfs = createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: `${root}/datasets`, tempRoot: root, hostDir: `${root}/host` });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// A deterministic generator (no Math.random: the same files every run).
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const EOL = ['\n', '\r\n', '\n', '\r'];
const N = 20_000;
const csvLines = ['id,name,price,flag,note'];
for (let i = 0; i < N; i++) {
  const price = ['1', '2.5', '', '-3', '17'][rnd(5)]!;
  // Quoted commas, escaped quotes, blank lines and some malformed (short / long) records.
  const note = ['plain', '"a, b"', '"say \\"hi\\""', '', 'é ü ✓'][rnd(5)]!;
  const line = i % 997 === 5 ? `${i},short` : i % 991 === 3 ? `${i},n,1,true,x,extra` : `${i},${['x', 'y', 'zz'][rnd(3)]},${price},${rnd(2) === 0},${note}`;
  csvLines.push(line);
  if (i % 1500 === 9) csvLines.push('');
}
const csvText = csvLines.map((l) => l + EOL[rnd(4)]).join('');
vfs.writeFile('/tmp/ts/one.csv', csvText, { createParents: true });
// Three files of one data set, the second with other types (a merged schema).
vfs.writeFile('/tmp/ts/many/part-0.csv', csvText.slice(0, csvText.indexOf('\n', 60_000) + 1), { createParents: true });
vfs.writeFile('/tmp/ts/many/part-1.csv', 'id,name,price,flag,note\n1.5,q,x,maybe,z\n2,r,3,true,w\n', { createParents: true });
vfs.writeFile('/tmp/ts/many/part-2.csv', csvText, { createParents: true });
const jsonText = Array.from({ length: N }, (_, i) => (i % 1234 === 7 ? '{bad json' : JSON.stringify({ a: i, b: i % 3 === 0 ? null : [i, `s${i % 5}`], c: { d: i * 0.5, e: i % 7 === 0 ? 'x' : i } }))).map((l) => l + EOL[rnd(2)]).join('');
vfs.writeFile('/tmp/ts/one.json', jsonText, { createParents: true });
vfs.writeFile('/tmp/ts/one.txt', csvText, { createParents: true });

const SOURCES: [string, string, Record<string, string>][] = [
  ['c_infer', 'csv', { header: 'true', inferSchema: 'true' }],
  ['c_str', 'csv', { header: 'true' }],
  ['c_drop', 'csv', { header: 'true', inferSchema: 'true', mode: 'DROPMALFORMED' }],
  ['c_many', 'csv', { header: 'true', inferSchema: 'true' }],
  ['j', 'json', {}],
  ['t', 'text', {}],
];
const PATHS: Record<string, string> = { c_infer: '/tmp/ts/one.csv', c_str: '/tmp/ts/one.csv', c_drop: '/tmp/ts/one.csv', c_many: '/tmp/ts/many', j: '/tmp/ts/one.json', t: '/tmp/ts/one.txt' };

function session(sc: SparkContext | null, counted?: { reads: number }): SqlSession {
  const s = createSqlSession();
  if (sc) s.attachContext(sc);
  const sources = fileSourcesFor(s, vfs, () => sc?.defaultParallelism ?? 1);
  s.catalog.fileSources = sources;
  // Small splits, so one file is read by many tasks.
  s.conf.set('spark.sql.files.maxPartitionBytes', '100000');
  s.conf.set('spark.sql.files.openCostInBytes', '10000');
  for (const [name, format, options] of SOURCES) {
    const scan = sources.relation(format, PATHS[name]!, options) as Extract<LPlan, { kind: 'scan' }>;
    const batches = scan.batches!;
    // Counts the driver's reads of the rows.
    s.catalog.createTempView(name, { ...scan, batches: (needed) => (counted && counted.reads++, batches(needed)) }, true);
  }
  return s;
}

function cluster(slots: number, counted?: { reads: number }): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend } {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) });
  setTaskVfs(vfs);
  return { s: session(sc, counted), events, backend };
}

const QUERIES = [
  'SELECT * FROM c_infer',
  'SELECT name, count(*), sum(price), min(note), max(id), count(flag) FROM c_infer GROUP BY name',
  'SELECT * FROM c_str WHERE note IS NOT NULL AND id LIKE \'1%\'',
  'SELECT count(*), sum(id), max(note) FROM c_drop',
  'SELECT * FROM c_many WHERE price IS NULL OR id < 3',
  'SELECT a, b[1], c.d, c.e, _corrupt_record FROM j WHERE a % 100 = 7 OR _corrupt_record IS NOT NULL',
  'SELECT count(*), sum(a), sum(c.d) FROM j',
  'SELECT value FROM t WHERE value LIKE \'%"%\'',
  'SELECT count(*), max(value), min(length(value)) FROM t',
  'SELECT id, price FROM c_infer WHERE price > 2 ORDER BY price DESC, id LIMIT 9',
];

describe('CSV, JSON and text scans read by the executors', () => {
  const local = session(null);
  const counted = { reads: 0 };
  const { s: dist, events } = cluster(3, counted);

  it.each(QUERIES)('%s: the in-driver rows, read by tasks', (q) => {
    const before = events.length;
    counted.reads = 0;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(want.rows.length).toBeGreaterThan(0);
    expect(events.slice(before).some((e) => e.kind === 'jobStart')).toBe(true);
    expect(events.slice(before).filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    // The driver never read the files' rows: the tasks did.
    expect(counted.reads).toBe(0);
  });

  it('cuts files into lines each split owns once (a split skips its first partial line and finishes its last)', () => {
    // Every line break kind, a blank line and a multi-byte character near the start.
    vfs.writeFile('/tmp/ts/small.txt', csvText.slice(0, 3000), { createParents: true });
    const cases: [string, number[]][] = [['/tmp/ts/small.txt', [1, 2, 3, 7, 100, 3000]], ['/tmp/ts/one.csv', [4096, 99_999, 1 << 30]], ['/tmp/ts/one.json', [5000, 77_777]]];
    for (const [path, maxes] of cases) {
      const size = vfs.stat(path).size;
      const whole = vfs.readFile(path);
      for (const max of maxes) {
        const splits = textSplits([{ path, size }], { parallelism: 1, maxPartitionBytes: max, openCostInBytes: 1 }, true);
        expect(splits.length).toBe(Math.ceil(size / max));
        const parts = splits.map((sp) => splitBytes(vfs, sp));
        const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let off = 0;
        for (const p of parts) {
          joined.set(p, off);
          off += p.length;
        }
        expect(Buffer.from(joined).equals(Buffer.from(whole))).toBe(true);
        // Every non-empty part ends at a line end (or the file's end).
        let at = 0;
        for (const p of parts) {
          at += p.length;
          if (p.length && at < size) expect([10, 13]).toContain(p[p.length - 1]);
        }
      }
    }
  });

  it('drops the header only in the split that starts at 0, and counts partitions as Spark does', () => {
    const scan = dist.catalog.fileSources!.relation('csv', '/tmp/ts/one.csv', { header: 'true' }) as Extract<LPlan, { kind: 'scan' }>;
    const parts = scan.files!.partitions()!;
    const size = vfs.stat('/tmp/ts/one.csv').size;
    // maxSplitBytes = min(100000, max(10000, (size + 10000) / 3)) = 100000: one split per 100 kB, each its own partition.
    expect(parts.length).toBe(Math.ceil(size / 100_000));
    expect(scan.partitions!()).toBe(parts.length);
    expect(dist.sql('SELECT count(*) FROM c_str').rows[0]![0]).toBe(BigInt(csvLines.filter((l) => l !== '').length - 1));
    expect(dist.sql("SELECT count(*) FROM c_str WHERE id = 'id'").rows[0]![0]).toBe(0n);
    // Spark's packing: small splits share a partition up to maxSplitBytes.
    const files = [{ path: 'a', size: 30 }, { path: 'b', size: 30 }, { path: 'c', size: 50 }];
    const s = { parallelism: 1, maxPartitionBytes: 100, openCostInBytes: 10 };
    expect(packedPartitionCount(textSplits(files, s, true), files, s)).toBe(2);
    expect(packedPartitionCount(textSplits([{ path: 'e', size: 0 }], s, true), files, s)).toBe(0);
    // A multiLine read keeps files whole.
    expect(textSplits([{ path: 'big', size: 1000 }], s, false).length).toBe(1);
  });

  it('raises FAILFAST\'s error for a malformed record read by a task, as the driver does', () => {
    const { s, events: ev } = cluster(2);
    const failfast = (sess: SqlSession) => {
      const scan = sess.catalog.fileSources!.relation('csv', '/tmp/ts/one.csv', { header: 'true', inferSchema: 'true', mode: 'FAILFAST' })!;
      sess.catalog.createTempView('ff', scan, true);
      // Only a read of every column sees the short and long records (Spark's column pruning:
      // the fields a query reads are always there); reading id alone, no record is malformed.
      expect(sess.sql('SELECT count(*), sum(id) FROM ff').toGoldenStrings()).toEqual([`${N}\t${(N * (N - 1)) / 2}`]);
      try {
        sess.sql('SELECT count(*), sum(id), max(name), max(price), max(flag), max(note) FROM ff');
      } catch (e) {
        return String((e as Error).message);
      }
      return 'no error';
    };
    const want = failfast(local);
    expect(want).toContain('MALFORMED_RECORD_IN_PARSING');
    expect(failfast(s)).toBe(want);
    // The tasks read the record and failed (the driver then ran the query and raised).
    expect(ev.some((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toBe(true);
  });

  it('reads in the driver when spark.flint.sql.files.executorScan is false (the same rows)', () => {
    const c = { reads: 0 };
    const { s } = cluster(2, c);
    s.conf.set('spark.flint.sql.files.executorScan', 'false');
    expect(s.sql(QUERIES[1]!).toGoldenStrings()).toEqual(local.sql(QUERIES[1]!).toGoldenStrings());
    expect(c.reads).toBeGreaterThan(0);
  });

  it('leaves files the executors cannot open (in-memory mounts) to the driver', () => {
    const mem = createMemoryVfs();
    mem.writeFile('/tmp/m.csv', 'a,b\n1,2\n', { createParents: true });
    const scan = fileSourcesFor(createSqlSession(), mem, () => 3).relation('csv', '/tmp/m.csv', { header: 'true' }) as Extract<LPlan, { kind: 'scan' }>;
    setTaskVfs(mem);
    expect(scan.files!.partitions()).toBeNull();
    setTaskVfs(vfs);
  });

  it('reads CREATE TABLE ... USING csv OPTIONS (path ...) as an external table the executors scan (INSERT reads it in)', () => {
    const create = "CREATE TABLE ext USING csv OPTIONS (path '/tmp/ts/one.csv', header 'true', inferSchema 'true')";
    local.sql(create);
    dist.sql(create);
    const table = dist.catalog.lookupRelation(['ext']) as Extract<LPlan, { kind: 'scan' }>;
    expect(table.files!.partitions()!.length).toBeGreaterThan(1);
    const q = 'SELECT name, count(*), sum(price), max(note) FROM ext WHERE id % 3 = 1 GROUP BY name';
    const before = events.length;
    expect(dist.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    expect(dist.sql(q).toGoldenStrings()).toEqual(local.sql(q.replace('FROM ext', 'FROM c_infer')).toGoldenStrings());
    expect(events.slice(before).some((e) => e.kind === 'jobStart')).toBe(true);
    for (const s of [local, dist]) s.sql("INSERT INTO ext VALUES (-1, 'new', 1.0, true, 'n')");
    expect(dist.sql('SELECT count(*), min(id) FROM ext').toGoldenStrings()).toEqual(local.sql('SELECT count(*), min(id) FROM ext').toGoldenStrings());
    expect(dist.sql('SELECT count(*) FROM ext').rows[0]![0]).toBe(local.sql('SELECT count(*) FROM c_infer').rows[0]![0] as bigint + 1n);
  });

  it('keeps answers right while executors are lost (a lost block is read again)', () => {
    const { s, backend } = cluster(3);
    let n = 0;
    backend.beforeTask = () => {
      if (++n % 4 === 0) backend.killExecutor(n % 3);
    };
    for (const q of QUERIES) expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
  });
});

describe('spark.read.csv / json / text partitions', () => {
  it('df.rdd.getNumPartitions() is Spark\'s FilePartition count', () => {
    const mem = createMemoryVfs();
    mem.writeFile('/d/a.csv', `x,y\n${'1,abc\n'.repeat(50_000)}`, { createParents: true });
    mem.writeFile('/d/b.txt', 'l\n'.repeat(1000), { createParents: true });
    mem.writeFile('/d/c.txt', 'm\n'.repeat(1000), { createParents: true });
    const h = sparkHarness(mem);
    const r = h.run([
      'spark.conf.set("spark.sql.files.maxPartitionBytes", "100000")',
      'spark.conf.set("spark.sql.files.openCostInBytes", "1000")',
      'df = spark.read.csv("/d/a.csv", header=True, inferSchema=True)',
      'print(df.rdd.getNumPartitions(), df.count(), df.schema.simpleString())',
      'print(spark.read.text("/d/b.txt").rdd.getNumPartitions(), spark.read.text("/d/b.txt").count())',
      'print(spark.read.text(["/d/b.txt", "/d/c.txt"]).rdd.getNumPartitions())',
      'print(spark.read.text("/d/a.csv", wholetext=True).count())',
    ].join('\n'));
    expect(r.error ?? '').toBe('');
    // maxSplitBytes = min(100000, max(1000, (bytes + files * 1000) / 4)): 300,004 bytes in 76,251-byte
    // splits; 2,000 bytes in two of 1,000 (each its own partition); two such files in splits
    // of 1,500 and 500, packed largest first (1500 | 1500 | 500 | 500).
    expect(r.output).toBe('4 50000 struct<x:int,y:string>\n2 1000\n4\n1\n');
    // Byte sizes as Spark's conf reads them ("64k"), and spark.sql.files.minPartitionNum as maxSplitBytes' divisor:
    // min(65536, 301004 / 4) = 65536 gives 5 splits; with 10, 301004 / 10 = 30100 gives 10.
    const counts = h.run([
      'spark.conf.set("spark.sql.files.maxPartitionBytes", "64k")',
      'print(spark.read.csv("/d/a.csv").rdd.getNumPartitions())',
      'spark.conf.set("spark.sql.files.minPartitionNum", "10")',
      'print(spark.read.csv("/d/a.csv").rdd.getNumPartitions())',
      'spark.conf.unset("spark.sql.files.minPartitionNum")',
    ].join('\n'));
    expect(counts.error ?? '').toBe('');
    expect(counts.output).toBe('5\n10\n');
    // A missing path fails the read as Spark's does.
    for (const f of ['csv', 'json', 'text']) {
      const e = h.run(`spark.read.${f}("/d/nope.${f}")`);
      expect(e.error).toContain('AnalysisException: [PATH_NOT_FOUND] Path does not exist: ');
    }
  });
});

describe('spark.read with a user schema, read by the executors', () => {
  it('gives the driver\'s rows, the tasks reading the splits (the driver never reads the files)', () => {
    const events: SchedulerEvent[] = [];
    const sc = new SparkContext(new InProcessBackend(3), { master: 'local[3]', listener: (e) => events.push(e) });
    setTaskVfs(vfs);
    const s = createSqlSession();
    s.attachContext(sc);
    let out = '';
    const py = createInterpreter({ stdout: { write: (t: string) => void (out += t) }, globals: { ...pysparkGlobals(sc, { vfs }), ...pysparkSqlGlobals(sc, s) } });
    const run = (code: string) => {
      out = '';
      const r = py.runCell(code, '<stdin>');
      if (r.error) throw new Error(r.error.traceback.join('\n'));
      return out;
    };
    run([
      'spark.conf.set("spark.sql.files.maxPartitionBytes", "100000")',
      'spark.conf.set("spark.sql.files.openCostInBytes", "10000")',
      'c = spark.read.schema("id INT, name STRING, price DOUBLE, flag BOOLEAN, note STRING, _corrupt_record STRING").csv("/tmp/ts/one.csv", header=True)',
      'j = spark.read.schema("a LONG, c STRUCT<d: DOUBLE, e: STRING>, _corrupt_record STRING").json("/tmp/ts/one.json")',
      't = spark.read.schema("value STRING").text("/tmp/ts/one.txt")',
    ].join('\n'));
    const queries = [
      'c.where("id % 97 = 1 OR _corrupt_record IS NOT NULL").collect()',
      'c.groupBy("name").agg({"price": "sum", "id": "count"}).orderBy("name").collect()',
      'j.where("a % 500 = 7 OR _corrupt_record IS NOT NULL").collect()',
      't.where("value LIKE \'%say%\'").count()',
    ];
    const readText = vi.spyOn(vfs, 'readText');
    const got = queries.map((q) => run(`print(${q})`));
    expect(readText).not.toHaveBeenCalled();
    expect(events.some((e) => e.kind === 'jobStart')).toBe(true);
    expect(run('print(c.rdd.getNumPartitions())')).toBe(`${Math.ceil(vfs.stat('/tmp/ts/one.csv').size / 100_000)}\n`);
    run('spark.conf.set("spark.flint.sql.files.executorScan", "false")');
    expect(queries.map((q) => run(`print(${q})`))).toEqual(got);
    expect(readText).toHaveBeenCalled();
    readText.mockRestore();
  });
});
