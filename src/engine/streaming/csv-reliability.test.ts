/**
 * Exactly-once from a CSV file source (with a header and malformed lines dropped) to a CSV file
 * sink, through the shared kill-and-restart harness: killed at 20 points of the batch protocol
 * and restarted with more input, the sink's committed files hold every row exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { Vfs } from '../io';
import { FileSink, sinkLogFiles } from '.';
import { ALL_IDS, expectExactlyOnce, ROWS, fileQuery, killAndRestart } from './kill-restart.test-util';
import type { KillRestartCase } from './kill-restart.test-util';

function writeInput(vfs: Vfs, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const lines = ['id,file', ...Array.from({ length: ROWS }, (_, i) => `${f * ROWS + i},f${f}`), 'not-a-number,f'];
    vfs.writeFile(`/in/part-${String(f).padStart(3, '0')}.csv`, lines.join('\n') + '\n', { createParents: true });
  }
}

/** The ids in the sink's committed CSV files (each with its header line). */
function sinkIds(vfs: Vfs): number[] {
  const ids: number[] = [];
  for (const f of sinkLogFiles(vfs, '/out') ?? []) {
    const [header, ...rows] = vfs.readText(f).split('\n').filter((l) => l !== '');
    expect(header).toBe('id,file');
    for (const r of rows) ids.push(Number(r.split(',')[0]));
  }
  return ids.sort((a, b) => a - b);
}

const csvToCsv: KillRestartCase<number[]> = {
  writeInput,
  query: (vfs, session, fault) => fileQuery(vfs, session, {
    view: '__flint_stream_c', format: 'csv', options: { maxFilesPerTrigger: '1', header: 'true', mode: 'DROPMALFORMED' },
    sql: 'SELECT id, upper(file) AS file FROM __flint_stream_c', sink: new FileSink(vfs, '/out', 'csv', true),
  }, fault),
  result: sinkIds,
};

describe('csv file source to csv file sink: kill and restart', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('killed at fault point %i: no row lost, none duplicated', (killAt) => {
    expectExactlyOnce(killAndRestart(csvToCsv, killAt), ALL_IDS);
  });
});
