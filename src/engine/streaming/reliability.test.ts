/**
 * Exactly-once from a JSON file source to a JSON file sink: a query is killed at 20 different
 * points of its batch protocol, then restarted on the same checkpoint while more files arrive.
 * Whatever the point, the sink's committed files (its `_spark_metadata` log, what a reader
 * sees) hold every input row exactly once; an aggregation's state recovers the same way.
 */
import { describe, expect, it } from 'vitest';
import type { Vfs } from '../io';
import { FileSink, MemorySink, sinkLogFiles } from '.';
import { ALL_IDS, expectExactlyOnce, FILES, ROWS, faultPoints, fileQuery, killAndRestart } from './kill-restart.test-util';
import type { KillRestartCase, Session } from './kill-restart.test-util';

function writeInput(vfs: Vfs, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const lines = Array.from({ length: ROWS }, (_, i) => JSON.stringify({ id: f * ROWS + i, file: `f${f}` }));
    // Malformed lines follow the reader mode: PERMISSIVE keeps them as all-null rows, DROPMALFORMED drops them.
    lines.push('{"id": broken');
    vfs.writeFile(`/in/part-${String(f).padStart(3, '0')}.json`, lines.join('\n') + '\n', { createParents: true });
  }
}

const VIEW = '__flint_stream_r';
const OPTIONS = { maxFilesPerTrigger: '2', mode: 'DROPMALFORMED' };
const CHILD = `SELECT * FROM ${VIEW}`;
const AGG = `SELECT file, count(1) AS c, sum(id) AS s FROM (${CHILD}) AS __t GROUP BY file`;

/** The same aggregation with partial counts and sums kept per key. */
const INC = {
  partialSql: `SELECT file AS __k0, count(1) AS __p0, sum(id) AS __p1 FROM (${CHILD}) AS __t GROUP BY file`,
  mergeSql: 'SELECT __k0, sum(__p0) AS __p0, sum(__p1) AS __p1 FROM __FLINT_STATE__ GROUP BY __k0',
  finalSql: 'SELECT __k0 AS file, __p0 AS c, __p1 AS s FROM __FLINT_STATE__',
  stateKeys: ['__k0'],
};

/** The ids in the sink's committed JSON files. */
function sinkIds(vfs: Vfs): number[] {
  const ids: number[] = [];
  for (const f of sinkLogFiles(vfs, '/out') ?? []) {
    for (const line of vfs.readText(f).split('\n')) if (line) ids.push((JSON.parse(line) as { id: number }).id);
  }
  return ids.sort((a, b) => a - b);
}

const toFileSink: KillRestartCase<number[]> = {
  writeInput,
  query: (vfs, session, fault) => fileQuery(vfs, session, { view: VIEW, format: 'json', options: OPTIONS, sql: `SELECT id, upper(file) AS file FROM ${VIEW}`, sink: new FileSink(vfs, '/out', 'json', false) }, fault),
  result: sinkIds,
};

const aggregation = (incremental: boolean): KillRestartCase<unknown[][]> => ({
  writeInput,
  query: (vfs, session, fault) => fileQuery(vfs, session, {
    view: VIEW, format: 'json', options: OPTIONS, sql: AGG, sink: new MemorySink(session, 'counts'), outputMode: 'complete',
    agg: { aggSql: AGG, childSql: CHILD, keys: ['file'], incremental: incremental ? INC : null },
  }, fault),
  result: (_vfs: Vfs, session: Session) => session.sql('SELECT file, c, s FROM counts ORDER BY file').rows.map((r) => [r[0], Number(r[1]), Number(r[2])]),
});

describe('file source to file sink: kill and restart', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('killed at fault point %i: no row lost, none duplicated', (killAt) => {
    expectExactlyOnce(killAndRestart(toFileSink, killAt), ALL_IDS);
  });

  it('the fault points cover every step of the batch protocol', () => {
    expect(faultPoints(toFileSink)).toEqual(['afterOffsets', 'afterRead', 'beforeSink', 'sinkFilesWritten', 'afterSink', 'afterState', 'afterCommit']);
  });

  it.each([1, 4, 5, 6, 7, 8, 12, 13, 14].flatMap((k) => [[k, false], [k, true]] as const))('an aggregation recovers its state after a kill at point %i (partial aggregates: %s)', (killAt, incremental) => {
    expectExactlyOnce(killAndRestart(aggregation(incremental), killAt),
      Array.from({ length: FILES }, (_, f) => [`f${f}`, ROWS, Array.from({ length: ROWS }, (_, i) => f * ROWS + i).reduce((a, b) => a + b, 0)]));
  });
});
