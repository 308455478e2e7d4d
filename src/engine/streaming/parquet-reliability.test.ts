/**
 * Exactly-once from a Parquet file source to a Parquet file sink: the query is killed at 20
 * points of its batch protocol and restarted on the same checkpoint while more files arrive;
 * the sink's committed Parquet files (its `_spark_metadata` log) hold every row exactly once.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../io/create-vfs';
import { createSqlSession } from '../catalog';
import type { Vfs } from '../io';
import { batchToRows } from '../columnar';
import { readParquet, writeParquet } from '../dataframe/parquet';
import type { StructField } from '../types';
import { FileSink, StreamExecution, sinkLogFiles } from '.';
import type { QueryDef } from '.';

class Killed extends Error {}

const FILES = 10;
const ROWS = 5;
const FIELDS: StructField[] = [{ name: 'id', type: { kind: 'long' }, nullable: true }, { name: 'file', type: { kind: 'string' }, nullable: true }];

function writeInput(vfs: Vfs, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const rows = Array.from({ length: ROWS }, (_, i) => [BigInt(f * ROWS + i), `f${f}`]);
    vfs.writeFile(`/in/part-${String(f).padStart(3, '0')}.snappy.parquet`, writeParquet(FIELDS, rows), { createParents: true });
  }
}

function query(vfs: Vfs, session: ReturnType<typeof createSqlSession>, fault: (p: string) => void): StreamExecution {
  session.registerView('__flint_stream_p', FIELDS, []);
  const def: QueryDef = {
    id: 'q', runId: `run-${Math.random()}`, name: null,
    sql: 'SELECT id, upper(file) AS file FROM __flint_stream_p',
    sources: [{ view: '__flint_stream_p', def: { kind: 'files', format: 'parquet', path: '/in', options: { maxFilesPerTrigger: '2' }, fields: FIELDS } }],
    agg: null, watermarks: [], outputMode: 'append', trigger: { kind: 'default', intervalMs: 0 },
    checkpointLocation: '/cp', tempCheckpoint: '/tmp/unused', sink: new FileSink(vfs, '/out', 'parquet', false), fault,
  };
  return new StreamExecution(def, session, vfs);
}

function drain(q: StreamExecution): boolean {
  try {
    while (q.runBatch());
    return true;
  } catch (e) {
    if (e instanceof Killed) return false;
    throw e;
  }
}

/** The ids in the sink's committed files, and a check that each file is Parquet named as Spark names it. */
function sinkIds(vfs: Vfs): number[] {
  const ids: number[] = [];
  for (const f of sinkLogFiles(vfs, '/out') ?? []) {
    expect(f).toMatch(/\/part-\d{5}-[0-9a-f-]{36}-c000\.snappy\.parquet$/);
    for (const b of readParquet(vfs.readFile(f)).batches) for (const r of batchToRows(b)) ids.push(Number(r[0]));
  }
  return ids.sort((a, b) => a - b);
}

describe('parquet file source to parquet file sink: kill and restart', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('killed at fault point %i: no row lost, none duplicated', (killAt) => {
    const vfs = createMemoryVfs();
    const session = createSqlSession();
    writeInput(vfs, 0, FILES / 2);
    let calls = 0;
    expect(drain(query(vfs, session, () => {
      if (++calls === killAt) throw new Killed();
    }))).toBe(false);
    writeInput(vfs, FILES / 2, FILES);
    expect(drain(query(vfs, session, () => undefined))).toBe(true);
    const expected = Array.from({ length: FILES * ROWS }, (_, i) => i);
    expect(sinkIds(vfs)).toEqual(expected);
    expect(drain(query(vfs, session, () => undefined))).toBe(true);
    expect(sinkIds(vfs)).toEqual(expected);
  });

  it('writes the rows the query produced, with the schema in the footer', () => {
    const vfs = createMemoryVfs();
    writeInput(vfs, 0, 1);
    expect(drain(query(vfs, createSqlSession(), () => undefined))).toBe(true);
    const [file] = sinkLogFiles(vfs, '/out')!;
    const got = readParquet(vfs.readFile(file!));
    expect(got.fields.map((f) => `${f.name}:${f.type.kind}`)).toEqual(['id:long', 'file:string']);
    expect(got.batches.flatMap((b) => batchToRows(b))).toEqual(Array.from({ length: ROWS }, (_, i) => [BigInt(i), 'F0']));
  });
});
