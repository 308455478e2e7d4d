/**
 * Dictionaries built by the executors (each task's CSV split codes its own strings) meet in
 * the driver: count(DISTINCT) merges the tasks' sets of codes and grouped exchanges name the
 * tasks' dictionaries. Two splits whose dictionaries have the same size and the same 32-bit
 * hash but different strings must still count and group as the driver does.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessBackend, SparkContext } from '../../../rdd';
import type { SchedulerEvent } from '../../../rdd';
import { createSqlSession } from '../../../catalog';
import type { SqlSession } from '../../../catalog';
import { createNodeVfs, setTaskVfs } from '../../../io';
import type { NodeFsLike } from '../../../io';
import type { LPlan } from '../../../sql/logical';
import { dictionaryHash } from '../../../sql/physical/batch-wire';
import { fileSourcesFor } from './parquet-native';

const root = fs.mkdtempSync(`${os.tmpdir()}/flint-filedicts-`);
fs.mkdirSync(`${root}/datasets`);
const vfs = createNodeVfs({ fs: fs as unknown as NodeFsLike, datasetsDir: `${root}/datasets`, tempRoot: root, hostDir: `${root}/host` });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Two strings whose one-entry dictionaries have the same FNV-1a hash (so [A, ...rest] and [B, ...rest] collide too). */
const A = 'name23zx';
const B = 'namedpad';
const ROWS = 6000;

// Each file is one split: its task codes `name` by a dictionary of its own, [A, w1, w2] or [B, w1, w2].
const file = (first: string) => ['id,name', ...Array.from({ length: ROWS }, (_, i) => `${i},${i % 3 === 0 ? first : `w${i % 3}`}`)].join('\n') + '\n';
vfs.writeFile('/tmp/fd/c/part-0.csv', file(A), { createParents: true });
vfs.writeFile('/tmp/fd/c/part-1.csv', file(B), { createParents: true });

function session(sc: SparkContext | null): SqlSession {
  const s = createSqlSession();
  if (sc) s.attachContext(sc);
  const sources = fileSourcesFor(s, vfs, () => sc?.defaultParallelism ?? 1);
  s.catalog.fileSources = sources;
  s.conf.set('spark.sql.files.openCostInBytes', '10000000');
  s.catalog.createTempView('c', sources.relation('csv', '/tmp/fd/c', { header: 'true', inferSchema: 'true' }) as Extract<LPlan, { kind: 'scan' }>, true);
  return s;
}

describe('executor-built dictionaries that collide', () => {
  const local = session(null);
  const events: SchedulerEvent[] = [];
  const sc = new SparkContext(new InProcessBackend(2), { master: 'local[2]', listener: (e) => events.push(e) });
  setTaskVfs(vfs);
  const dist = session(sc);

  it('the splits\' dictionaries do collide', () => {
    expect(dictionaryHash([A, 'w1', 'w2'])).toBe(dictionaryHash([B, 'w1', 'w2']));
  });

  it.each([
    'SELECT count(DISTINCT name) FROM c',
    'SELECT count(DISTINCT name) FROM c WHERE id % 3 = 0',
    'SELECT name, count(*), min(id) FROM c GROUP BY name',
    'SELECT id % 2 AS p, count(DISTINCT name) FROM c GROUP BY id % 2',
  ])('%s counts and groups the strings', (q) => {
    const before = events.length;
    const want = local.sql(q).toGoldenStrings();
    expect(dist.sql(q).toGoldenStrings()).toEqual(want);
    const ran = events.slice(before);
    // Read by the executors, one task per file.
    expect(ran.filter((e) => e.kind === 'taskEnd').length).toBeGreaterThanOrEqual(2);
    expect(ran.filter((e) => e.kind === 'taskEnd' && !(e as { succeeded: boolean }).succeeded)).toEqual([]);
  });

  it('the splits are counted apart: both strings are distinct values', () => {
    expect(dist.sql('SELECT count(DISTINCT name) FROM c').toGoldenStrings()).toEqual(['4']);
  });
});
