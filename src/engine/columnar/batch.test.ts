import { describe, expect, it } from 'vitest';
import { arrayType, BooleanType, DateType, Decimal, decimalType, DoubleType, IntegerType, LongType, StringType } from '../types';
import { batchesFromRows, batchesToRows, batchFromRows, transferables } from './batch';

describe('ColumnBatch', () => {
  const types = [IntegerType, LongType, DoubleType, BooleanType, StringType, DateType, decimalType(5, 2), arrayType(IntegerType)];
  const rows = [
    [1, 2n ** 62n, 1.5, true, 'a', 18000, Decimal.fromString('1.25'), [1, null]],
    [null, null, null, null, null, null, null, null],
    [-7, -1n, Number.NaN, false, '', -1, Decimal.fromString('-0.01'), []],
  ];
  it('round-trips rows through typed vectors and validity bits', () => {
    const back = batchesToRows([batchFromRows(types, rows)]);
    expect(back.map((r) => r.map((v) => (v instanceof Decimal ? v.toString() : v))))
      .toEqual(rows.map((r) => r.map((v) => (v instanceof Decimal ? v.toString() : v))));
  });
  it('uses typed arrays for fixed-width columns', () => {
    const b = batchFromRows(types, rows);
    expect(b.columns.map((c) => c.kind)).toEqual(['int32', 'int64', 'float64', 'bool', 'object', 'int32', 'object', 'object']);
    expect(transferables(b)).toHaveLength(10);
  });
  it('splits into batches of the requested size', () => {
    const many = Array.from({ length: 10 }, (_, i) => [i]);
    const bs = batchesFromRows([IntegerType], many, 4);
    expect(bs.map((b) => b.numRows)).toEqual([4, 4, 2]);
    expect(batchesToRows(bs)).toEqual(many);
  });
});
