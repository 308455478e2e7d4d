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
import { FileSink, sinkLogFiles } from '.';
import { ALL_IDS, expectExactlyOnce, FIELDS, ROWS, drain, fileQuery, killAndRestart } from './kill-restart.test-util';
import type { KillRestartCase } from './kill-restart.test-util';

function writeInput(vfs: Vfs, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const rows = Array.from({ length: ROWS }, (_, i) => [BigInt(f * ROWS + i), `f${f}`]);
    vfs.writeFile(`/in/part-${String(f).padStart(3, '0')}.snappy.parquet`, writeParquet(FIELDS, rows), { createParents: true });
  }
}

/** The committed files, each checked to be Parquet named as Spark names it, and the ids they hold. */
function sinkIds(vfs: Vfs): { badNames: string[]; ids: number[] } {
  const ids: number[] = [];
  const files = sinkLogFiles(vfs, '/out') ?? [];
  for (const f of files) for (const b of readParquet(vfs.readFile(f)).batches) for (const r of batchToRows(b)) ids.push(Number(r[0]));
  return { badNames: files.filter((f) => !/\/part-\d{5}-[0-9a-f-]{36}-c000\.snappy\.parquet$/.test(f)), ids: ids.sort((a, b) => a - b) };
}

const toParquetSink: KillRestartCase<{ badNames: string[]; ids: number[] }> = {
  writeInput,
  query: (vfs, session, fault) => fileQuery(vfs, session, {
    view: '__flint_stream_p', format: 'parquet', options: { maxFilesPerTrigger: '2' }, sql: 'SELECT id, upper(file) AS file FROM __flint_stream_p', sink: new FileSink(vfs, '/out', 'parquet', false),
  }, fault),
  result: sinkIds,
};

describe('parquet file source to parquet file sink: kill and restart', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('killed at fault point %i: no row lost, none duplicated', (killAt) => {
    expectExactlyOnce(killAndRestart(toParquetSink, killAt), { badNames: [], ids: ALL_IDS });
  });

  it('writes the rows the query produced, with the schema in the footer', () => {
    const vfs = createMemoryVfs();
    writeInput(vfs, 0, 1);
    expect(drain(toParquetSink.query(vfs, createSqlSession(), () => undefined))).toBe(true);
    const [file] = sinkLogFiles(vfs, '/out')!;
    const got = readParquet(vfs.readFile(file!));
    expect(got.fields.map((f) => `${f.name}:${f.type.kind}`)).toEqual(['id:long', 'file:string']);
    expect(got.batches.flatMap((b) => batchToRows(b))).toEqual(Array.from({ length: ROWS }, (_, i) => [BigInt(i), 'F0']));
  });
});
