/**
 * The CLI prints table outputs with the notebook layer's tableText; before table outputs
 * existed it printed the engine's showTable(truncate = 0) text. The two are separate code
 * (the main thread may not import the engine), so this checks they agree on random tables.
 */
import { describe, expect, it } from 'vitest';
import { showTable } from '../engine/session/show-table';
import { tableText } from '../notebook/table-text';
import type { TableCellValue, TableOutput } from '../workers/protocol';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samples = ['', 'a', 'London', 'a much longer value than twenty characters', '-3', '2.5', 'true', 'NULL', ' padded ', 'x|y'];

function randomTable(seed: number): TableOutput {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const width = Math.floor(r() * 5);
  const columns = Array.from({ length: width }, (_, i) => ({ name: pick(['id', 'name', 'a', 'longer_column_name', `c${i}`]), type: pick(['bigint', 'string', 'double']) }));
  const rows = Array.from({ length: Math.floor(r() * 6) }, () => columns.map((): TableCellValue => (r() < 0.2 ? null : pick(samples))));
  const totalRows = rows.length + (r() < 0.4 ? Math.floor(r() * 3000) + 1 : 0);
  return { kind: 'table', columns, rows, totalRows, truncated: totalRows > rows.length };
}

describe('tableText', () => {
  it('prints what showTable(truncate = 0) printed for the same rows, NULL for null', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const t = randomTable(seed);
      const before = showTable(t.columns.map((c) => c.name), t.rows.map((row) => row.map((v) => (v === null ? 'NULL' : String(v)))), { truncate: 0, totalRows: t.totalRows }).trimEnd();
      expect(tableText(t), `seed ${seed}`).toBe(before);
    }
  });

  it('says how many rows it shows of a truncated result', () => {
    const t: TableOutput = { kind: 'table', columns: [{ name: 'id', type: 'bigint' }], rows: [['0']], totalRows: 5, truncated: true };
    expect(tableText(t)).toBe('+---+\n|id |\n+---+\n|0  |\n+---+\nonly showing top 1 row');
  });
});
