import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

describe('readCsv on a large file', () => {
  // Regression: the record width was taken with Math.max(...records), which overflowed the
  // call stack at about a million records (found by the SQL-vs-DuckDB ingest benchmark).
  it('reads a million records', () => {
    const text = `a,b\n${'1,x\n'.repeat(1_000_000)}`;
    const { fields, rows } = readCsv(text, { header: true, inferSchema: false, sep: ',', quote: '"' });
    expect(fields.map((f) => f.name)).toEqual(['a', 'b']);
    expect(rows).toHaveLength(1_000_000);
  });
});
