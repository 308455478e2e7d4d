import { describe, expect, it } from 'vitest';
import { isNumericType, sortedRowIndexes, tableToCsv } from './table-output';
import type { TableOutput } from './table-output';

const table: TableOutput = {
  kind: 'table',
  columns: [
    { name: 'name', type: 'string' },
    { name: 'n', type: 'bigint' },
  ],
  rows: [
    ['b', 10],
    ['a', null],
    [null, 9],
    ['c', '100'],
  ],
  totalRows: 4,
  truncated: false,
};

describe('sortedRowIndexes', () => {
  it('sorts numeric columns by value (not text) and puts nulls last both ways', () => {
    expect(sortedRowIndexes(table, 1, 'ascending')).toEqual([2, 0, 3, 1]);
    expect(sortedRowIndexes(table, 1, 'descending')).toEqual([3, 0, 2, 1]);
  });

  it('sorts text columns as text', () => {
    expect(sortedRowIndexes(table, 0, 'ascending')).toEqual([1, 0, 3, 2]);
  });
});

describe('tableToCsv', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces; nulls are empty', () => {
    const t: TableOutput = { ...table, rows: [['a,b', 1], ['say "hi"', 2], ['two\nlines', null], [' pad', 3]] };
    expect(tableToCsv(t)).toBe('name,n\r\n"a,b",1\r\n"say ""hi""",2\r\n"two\nlines",\r\n" pad",3\r\n');
  });

  it('follows the given row order', () => {
    expect(tableToCsv(table, [2, 1])).toBe('name,n\r\n,9\r\na,\r\n');
  });
});

describe('isNumericType', () => {
  it('knows Spark numeric simple strings', () => {
    expect(['int', 'bigint', 'double', 'decimal(10,2)', 'float'].every(isNumericType)).toBe(true);
    expect(['string', 'date', 'array<int>', 'boolean'].some(isNumericType)).toBe(false);
  });
});
