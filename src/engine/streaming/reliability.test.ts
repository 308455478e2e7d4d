/**
 * Exactly-once from a file source to a file sink: a query is killed (an exception thrown as
 * if the driver died) at 20 different points of its batch protocol, then restarted on the
 * same checkpoint while more files arrive. Whatever the point, the sink's committed files
 * (its `_spark_metadata` log, what a reader sees) hold every input row exactly once.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../io/create-vfs';
import { createSqlSession } from '../catalog';
import type { Vfs } from '../io';
import { FileSink, MemorySink, StreamExecution, sinkLogFiles } from '.';
import type { QueryDef } from '.';

class Killed extends Error {}

const FILES = 10;
const ROWS = 5;

function writeInput(vfs: Vfs, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const lines = Array.from({ length: ROWS }, (_, i) => JSON.stringify({ id: f * ROWS + i, file: `f${f}` }));
    // Malformed lines follow the reader mode: PERMISSIVE keeps them as all-null rows, DROPMALFORMED drops them.
    lines.push('{"id": broken');
    vfs.writeFile(`/in/part-${String(f).padStart(3, '0')}.json`, lines.join('\n') + '\n', { createParents: true });
  }
}

function query(vfs: Vfs, session: ReturnType<typeof createSqlSession>, fault: (p: string) => void, aggregate = false, incremental = false): StreamExecution {
  session.registerView('__flint_stream_r', [{ name: 'id', type: { kind: 'long' }, nullable: true }, { name: 'file', type: { kind: 'string' }, nullable: true }], []);
  const def: QueryDef = {
    id: 'q', runId: `run-${Math.random()}`, name: null,
    sql: aggregate ? AGG : 'SELECT id, upper(file) AS file FROM __flint_stream_r',
    sources: [{
      view: '__flint_stream_r',
      def: {
        kind: 'files', format: 'json', path: '/in', options: { maxFilesPerTrigger: '2', mode: 'DROPMALFORMED' },
        fields: [{ name: 'id', type: { kind: 'long' }, nullable: true }, { name: 'file', type: { kind: 'string' }, nullable: true }],
      },
    }],
    agg: aggregate ? { aggSql: AGG, childSql: CHILD, keys: ['file'], incremental: incremental ? INC : null } : null, watermarks: [], outputMode: aggregate ? 'complete' : 'append', trigger: { kind: 'default', intervalMs: 0 },
    checkpointLocation: '/cp', tempCheckpoint: '/tmp/unused', sink: aggregate ? new MemorySink(session, 'counts') : new FileSink(vfs, '/out', 'json', false), fault,
  };
  return new StreamExecution(def, session, vfs);
}

const CHILD = 'SELECT * FROM __flint_stream_r';
const AGG = `SELECT file, count(1) AS c, sum(id) AS s FROM (${CHILD}) AS __t GROUP BY file`;

/** The same aggregation with partial counts and sums kept per key. */
const INC = {
  partialSql: `SELECT file AS __k0, count(1) AS __p0, sum(id) AS __p1 FROM (${CHILD}) AS __t GROUP BY file`,
  mergeSql: 'SELECT __k0, sum(__p0) AS __p0, sum(__p1) AS __p1 FROM __FLINT_STATE__ GROUP BY __k0',
  finalSql: 'SELECT __k0 AS file, __p0 AS c, __p1 AS s FROM __FLINT_STATE__',
  stateKeys: ['__k0'],
};

/** Runs batches until the source has nothing new; false if killed. */
function drain(q: StreamExecution): boolean {
  try {
    while (q.runBatch());
    return true;
  } catch (e) {
    if (e instanceof Killed) return false;
    throw e;
  }
}

function sinkIds(vfs: Vfs): number[] {
  const ids: number[] = [];
  for (const f of sinkLogFiles(vfs, '/out') ?? []) {
    for (const line of vfs.readText(f).split('\n')) if (line) ids.push((JSON.parse(line) as { id: number }).id);
  }
  return ids.sort((a, b) => a - b);
}

describe('file source to file sink: kill and restart', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('killed at fault point %i: no row lost, none duplicated', (killAt) => {
    const vfs = createMemoryVfs();
    const session = createSqlSession();
    writeInput(vfs, 0, FILES / 2);
    let calls = 0;
    const points: string[] = [];
    const first = query(vfs, session, (p) => {
      calls++;
      points.push(p);
      if (calls === killAt) throw new Killed(p);
    });
    const finished = drain(first);
    expect(finished).toBe(false);
    // More files arrive while the driver is down.
    writeInput(vfs, FILES / 2, FILES);
    const second = query(vfs, session, () => undefined);
    expect(drain(second)).toBe(true);
    const expected = Array.from({ length: FILES * ROWS }, (_, i) => i);
    expect(sinkIds(vfs)).toEqual(expected);
    // A third run on the finished checkpoint adds nothing.
    const third = query(vfs, session, () => undefined);
    expect(drain(third)).toBe(true);
    expect(sinkIds(vfs)).toEqual(expected);
  });

  it('the fault points cover every step of the batch protocol', () => {
    const vfs = createMemoryVfs();
    writeInput(vfs, 0, 2);
    const seen = new Set<string>();
    drain(query(vfs, createSqlSession(), (p) => void seen.add(p)));
    expect([...seen]).toEqual(['afterOffsets', 'afterRead', 'beforeSink', 'sinkFilesWritten', 'afterSink', 'afterState', 'afterCommit']);
  });

  it.each([1, 4, 5, 6, 7, 8, 12, 13, 14].flatMap((k) => [[k, false], [k, true]] as const))('an aggregation recovers its state after a kill at point %i (partial aggregates: %s)', (killAt, incremental) => {
    const vfs = createMemoryVfs();
    const session = createSqlSession();
    writeInput(vfs, 0, FILES / 2);
    let calls = 0;
    expect(drain(query(vfs, session, () => {
      if (++calls === killAt) throw new Killed();
    }, true, incremental))).toBe(false);
    writeInput(vfs, FILES / 2, FILES);
    expect(drain(query(vfs, session, () => undefined, true, incremental))).toBe(true);
    const rows = session.sql('SELECT file, c, s FROM counts ORDER BY file').rows;
    expect(rows.map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual(
      Array.from({ length: FILES }, (_, f) => [`f${f}`, ROWS, Array.from({ length: ROWS }, (_, i) => f * ROWS + i).reduce((a, b) => a + b, 0)]));
  });
});
