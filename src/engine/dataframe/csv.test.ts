import { describe, expect, it } from 'vitest';
import { readCsv, safeHeader } from './csv';

describe('CSV header names as Spark makes them safe', () => {
  it('names an empty header field _c<index>, as diamonds.csv\'s first column is _c0', () => {
    const { fields } = readCsv('"","carat","cut"\n"1",0.23,"Ideal"\n', { header: true, inferSchema: true, sep: ',', quote: '"' });
    expect(fields.map((f) => f.name)).toEqual(['_c0', 'carat', 'cut']);
  });

  it('appends the index to names that repeat, ignoring case', () => {
    expect(safeHeader(['a', 'b', 'A', 'c', 'b'])).toEqual(['a0', 'b1', 'A2', 'c', 'b4']);
  });

  it('names missing fields of a short header by position', () => {
    expect(safeHeader(['x', null, undefined, ''])).toEqual(['x', '_c1', '_c2', '_c3']);
  });
});
