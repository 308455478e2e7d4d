/**
 * Parquet scans read by the executors (FileScanRDD): each task reads its partition's files
 * through its own VFS; the driver never reads the rows, and every query gives exactly the
 * in-driver rows, in order, also while executors are lost.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../../../rdd';
import type { SchedulerEvent } from '../../../rdd';
import { createSqlSession } from '../../../catalog';
import type { SqlSession } from '../../../catalog';
import { createMemoryVfs, createNodeVfs, setTaskVfs } from '../../../io';
import type { NodeFsLike, Vfs } from '../../../io';
import { saveParquet } from '../../../dataframe/parquet-files';
import { contiguousRuns } from '../../../dataframe/file-scan';
import { parseSchema } from '../../../types';
import type { LPlan } from '../../../sql/logical';
import { fileSourcesFor } from './parquet-native';
import { parquetMetadata } from 'hyparquet/src/metadata.js';

const root = fs.mkdtempSync(`${os.tmpdir()}/flint-filescan-`);
fs.mkdirSync(`${root}/datasets`);
const vfs = createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: `${root}/datasets`, tempRoot: root, hostDir: `${root}/host` });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const FIELDS = parseSchema('id INT, k INT, x DOUBLE, w STRING, g STRING');
const N = 30_000;
const rows = Array.from({ length: N }, (_, i) => [i, i % 37, i % 11 === 0 ? null : (i * 7.25) % 1000 - 500, ['alpha', 'beta', null, 'gamma'][i % 4], `g${i % 3}`]);
// Five part files of unequal sizes (task partitions), and a data set partitioned by g.
saveParquet(vfs, '/tmp/fs/plain', FIELDS, rows, { partitionIds: rows.map((_, i) => (i < 3000 ? 0 : i < 12000 ? 1 : i < 14000 ? 2 : i < 25000 ? 3 : 4)) });
saveParquet(vfs, '/tmp/fs/parted', FIELDS, rows, { partitionBy: ['g'], partitionIds: rows.map((_, i) => i % 2) });

function session(sc: SparkContext | null, fileVfs: Vfs, counted?: { reads: number }): SqlSession {
  const s = createSqlSession();
  if (sc) s.attachContext(sc);
  const sources = fileSourcesFor(s, fileVfs, () => sc?.defaultParallelism ?? 1);
  s.catalog.fileSources = sources;
  for (const name of ['plain', 'parted']) {
    const scan = sources.relation('parquet', `/tmp/fs/${name}`, {}) as Extract<LPlan, { kind: 'scan' }>;
    const batches = scan.batches!;
    // Counts the driver's reads of the rows.
    s.catalog.createTempView(name, { ...scan, batches: () => (counted && counted.reads++, batches()) }, true);
  }
  return s;
}

function cluster(slots: number, counted?: { reads: number }): { s: SqlSession; events: SchedulerEvent[]; backend: InProcessBackend } {
  const backend = new InProcessBackend(slots);
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(backend, { master: `local[${slots}]`, listener: (e) => events.push(e) });
  setTaskVfs(vfs);
  return { s: session(sc, vfs, counted), events, backend };
}

const QUERIES = [
  'SELECT * FROM plain',
  'SELECT id, x * 2, upper(w) FROM plain WHERE k > 30 AND x IS NOT NULL',
  'SELECT k, count(*), sum(x), min(w), max(id) FROM plain GROUP BY k',
  'SELECT count(*), sum(id), max(x) FROM plain',
  'SELECT id, x FROM plain WHERE x > 400 ORDER BY x DESC LIMIT 7',
  'SELECT id FROM plain WHERE w = \'beta\' LIMIT 5',
  'SELECT g, w, count(*), sum(k) FROM parted GROUP BY g, w',
  'SELECT * FROM parted WHERE id % 1000 = 7',
  'SELECT count(*) FROM plain WHERE id < 0',
];

describe('Parquet scans read by the executors', () => {
  const local = session(null, vfs);
  const counted = { reads: 0 };
  const { s: dist, events } = cluster(3, counted);

  it.each(QUERIES)('%s: the in-driver rows, read by tasks', (q) => {
    const before = events.length;
    counted.reads = 0;
    const want = local.sql(q);
    const got = dist.sql(q);
    expect(got.schemaString()).toBe(want.schemaString());
    expect(got.toGoldenStrings()).toEqual(want.toGoldenStrings());
    expect(events.slice(before).some((e) => e.kind === 'jobStart')).toBe(true);
    expect(events.slice(before).filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    // The driver never read the files' rows: the tasks did.
    expect(counted.reads).toBe(0);
  });

  it('reads in the driver when spark.flint.sql.files.executorScan is false (the same rows)', () => {
    const c = { reads: 0 };
    const { s } = cluster(2, c);
    s.conf.set('spark.flint.sql.files.executorScan', 'false');
    expect(s.sql(QUERIES[2]!).toGoldenStrings()).toEqual(local.sql(QUERIES[2]!).toGoldenStrings());
    expect(c.reads).toBeGreaterThan(0);
  });

  it('cuts the data set into Spark\'s FilePartition count of contiguous runs of files', () => {
    const scan = fileSourcesFor(createSqlSession(), vfs, () => 3).relation('parquet', '/tmp/fs/plain', {}) as Extract<LPlan, { kind: 'scan' }>;
    const parts = scan.files!.partitions()!;
    expect(parts.length).toBe(scan.partitions!());
    const paths = parts.flat().map((p) => (p as { path: string }).path);
    expect(paths).toEqual(vfs.inputFiles(['/tmp/fs/plain']).map((f) => f.path));
    expect(contiguousRuns([5, 1, 1, 1, 8], (n) => n, 3)).toEqual([[5], [1, 1, 1], [8]]);
    expect(contiguousRuns([1, 1], (n) => n, 4)).toEqual([[], [1], [], [1]]);
  });

  it('cuts one large file into byte-range splits whose row groups the tasks read (each once)', () => {
    saveParquet(vfs, '/tmp/fs/big', FIELDS, rows, { rowGroupSize: 1500 });
    const c = { reads: 0 };
    const { s, events: ev } = cluster(3, c);
    s.conf.set('spark.sql.files.maxPartitionBytes', '40000');
    s.conf.set('spark.sql.files.openCostInBytes', '1000');
    const q = 'SELECT * FROM parquet.`/tmp/fs/big` WHERE id % 7 = 3';
    const want = local.sql(q).toGoldenStrings();
    const scan = s.catalog.fileSources!.relation('parquet', '/tmp/fs/big', {}) as Extract<LPlan, { kind: 'scan' }>;
    const parts = scan.files!.partitions()!;
    expect(parts.length).toBe(scan.partitions!());
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.flat().length).toBeGreaterThan(1);
    expect(s.sql(q).toGoldenStrings()).toEqual(want);
    expect(s.sql('SELECT count(*), sum(id) FROM parquet.`/tmp/fs/big`').toGoldenStrings()).toEqual(local.sql('SELECT count(*), sum(id) FROM parquet.`/tmp/fs/big`').toGoldenStrings());
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('leaves files the executors cannot open (in-memory mounts) to the driver', () => {
    const mem = createMemoryVfs();
    saveParquet(mem, '/tmp/m', FIELDS, rows.slice(0, 100));
    const scan = fileSourcesFor(createSqlSession(), mem, () => 3).relation('parquet', '/tmp/m', {}) as Extract<LPlan, { kind: 'scan' }>;
    setTaskVfs(mem);
    expect(scan.files!.partitions()).toBeNull();
    // A scan listed on another VFS than the tasks read stays with the driver too.
    const other = fileSourcesFor(createSqlSession(), vfs, () => 3).relation('parquet', '/tmp/fs/plain', {}) as Extract<LPlan, { kind: 'scan' }>;
    expect(other.files!.partitions()).toBeNull();
    setTaskVfs(vfs);
    expect(other.files!.partitions()).not.toBeNull();
  });

  it('decodes only the columns a query reads (column pruning reaches the tasks\' readers)', () => {
    // A copy of the data set whose `w` column chunks are garbage: only a scan that skips w reads it.
    for (const f of vfs.inputFiles(['/tmp/fs/plain'])) {
      const bytes = vfs.readFile(f.path).slice();
      const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      for (const g of meta.row_groups) {
        const w = g.columns.find((c) => c.meta_data?.path_in_schema[0] === 'w')!.meta_data!;
        const start = Number(w.dictionary_page_offset ?? w.data_page_offset);
        bytes.fill(0xff, start, start + Number(w.total_compressed_size));
      }
      vfs.writeFile(f.path.replace('/plain/', '/garbled/'), bytes, { createParents: true });
    }
    const { s, events: ev } = cluster(3);
    const garbled = (q: string) => q.replaceAll('plain', 'parquet.`/tmp/fs/garbled`');
    for (const q of ['SELECT k, count(*), sum(x), max(id) FROM plain GROUP BY k', 'SELECT id, x * 2 FROM plain WHERE k > 30 AND x IS NOT NULL', 'SELECT id, x FROM plain WHERE x > 400 ORDER BY x DESC LIMIT 7']) {
      expect(s.sql(garbled(q)).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    }
    expect(ev.filter((e) => e.kind === 'jobStart').length).toBeGreaterThan(0);
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    // Reading w itself fails: the garbage is there.
    expect(() => s.sql(garbled('SELECT w, count(*) FROM plain GROUP BY w')).toGoldenStrings()).toThrow();
  });

  it('skips the row groups whose min/max rule out a filter on the scan (only comparisons of a column with a constant)', () => {
    // Row groups of 1,000 ids; every column chunk of the groups holding ids >= 5,000 is garbage.
    saveParquet(vfs, '/tmp/fs/groups', FIELDS, rows, { rowGroupSize: 1000 });
    for (const f of vfs.inputFiles(['/tmp/fs/groups'])) {
      const bytes = vfs.readFile(f.path).slice();
      const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      for (const g of meta.row_groups) {
        const id = g.columns.find((c) => c.meta_data?.path_in_schema[0] === 'id')!.meta_data!;
        if (Number(id.statistics!.max_value) < 5000) continue;
        for (const c of g.columns) {
          const m = c.meta_data!;
          const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
          bytes.fill(0xff, start, start + Number(m.total_compressed_size));
        }
      }
      vfs.writeFile(f.path.replace('/groups/', '/groups-garbled/'), bytes, { createParents: true });
    }
    const { s, events: ev } = cluster(3);
    const garbled = (q: string) => q.replaceAll('plain', 'parquet.`/tmp/fs/groups-garbled`');
    for (const q of ['SELECT k, count(*), sum(x), max(w) FROM plain WHERE id < 5000 GROUP BY k', 'SELECT id, w FROM plain WHERE 4990 <= id AND id < 5000 AND k > 3', 'SELECT count(*) FROM plain WHERE id = 1234', 'SELECT max(id) FROM plain WHERE id <= 4999 AND x IS NOT NULL']) {
      expect(s.sql(garbled(q)).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
    }
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    // The garbage is read when a filter cannot rule the groups out.
    expect(() => s.sql(garbled('SELECT count(*) FROM plain WHERE id + 1 < 5000')).toGoldenStrings()).toThrow();
    expect(() => s.sql(garbled('SELECT count(*) FROM plain WHERE id < 5001')).toGoldenStrings()).toThrow();
  });

  it('skips row groups by timestamp and date statistics too (INT64 timestamps; INT96 has none)', () => {
    const fields = parseSchema('ts TIMESTAMP, d DATE, v INT');
    // One row a minute (plus a few microseconds) from 2024-01-01, in row groups of 500.
    const base = Date.UTC(2024, 0, 1) * 1000;
    const trows = Array.from({ length: 6000 }, (_, i) => [base + i * 60_000_000 + (i % 7), 19723 + Math.floor(i / 1440), i]);
    saveParquet(vfs, '/tmp/fs/ts', fields, trows, { rowGroupSize: 500, timestampType: 'TIMESTAMP_MICROS' });
    saveParquet(vfs, '/tmp/fs/ts96', fields, trows, { rowGroupSize: 500 });
    // A copy whose row groups starting at or after row `from` are garbage.
    const garble = (dir: string, out: string, from: number) => {
      for (const f of vfs.inputFiles([`/tmp/fs/${dir}`])) {
        const bytes = vfs.readFile(f.path).slice();
        const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        let first = 0;
        for (const g of meta.row_groups) {
          const at = first;
          first += Number(g.num_rows);
          if (at < from) continue;
          for (const c of g.columns) {
            const m = c.meta_data!;
            const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
            bytes.fill(0xff, start, start + Number(m.total_compressed_size));
          }
        }
        vfs.writeFile(f.path.replace(`/${dir}/`, `/${out}/`), bytes, { createParents: true });
      }
    };
    garble('ts', 'ts-garbled', 1000); // from 2024-01-01 16:40:00.000006
    garble('ts96', 'ts96-garbled', 1000);
    garble('ts', 'd-garbled', 1500); // every row from 2024-01-02 on
    const { s, events: ev } = cluster(2);
    const local2 = session(null, vfs);
    const q = (dir: string, where: string) => `SELECT count(*), sum(v), max(ts) FROM parquet.\`/tmp/fs/${dir}\` WHERE ${where}`;
    for (const [dir, where] of [['ts-garbled', `ts < TIMESTAMP '2024-01-01 16:40:00'`], ['ts-garbled', `ts <= TIMESTAMP '2024-01-01 16:39:00.000006' AND v > 10`], ['d-garbled', `d < DATE '2024-01-02'`], ['d-garbled', `d <= DATE '2024-01-01' AND ts > TIMESTAMP '2024-01-01 12:00:00'`]] as const) {
      expect(s.sql(q(dir, where)).toGoldenStrings()).toEqual(local2.sql(q('ts', where)).toGoldenStrings());
    }
    expect(ev.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
    // A bound inside the first garbage group, and INT96 files (no statistics), read the garbage.
    expect(() => s.sql(q('ts-garbled', `ts <= TIMESTAMP '2024-01-01 16:40:00.000001'`)).toGoldenStrings()).toThrow();
    expect(() => s.sql(q('ts96-garbled', `ts < TIMESTAMP '2024-01-01 16:40:00'`)).toGoldenStrings()).toThrow();
  });

  it('keeps answers right while executors are lost (a lost block is read again)', () => {
    const { s, backend } = cluster(3);
    let n = 0;
    backend.beforeTask = () => {
      if (++n % 4 === 0) backend.killExecutor(n % 3);
    };
    for (const q of QUERIES.slice(0, 7)) expect(s.sql(q).toGoldenStrings()).toEqual(local.sql(q).toGoldenStrings());
  });
});
