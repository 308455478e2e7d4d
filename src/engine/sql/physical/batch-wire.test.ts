import { describe, expect, it } from 'vitest';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { BooleanType, DoubleType, IntegerType, LongType, StringType } from '../../types';
import { serialize, deserialize } from '../../values';
import { decodeBatches, encodeBatchRange, encodeBatches } from './batch-wire';

const TYPES = [IntegerType, LongType, DoubleType, BooleanType, StringType, LongType, DoubleType];

function bits(n: number, valid: (i: number) => boolean): Uint8Array {
  const b = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) if (valid(i)) b[i >> 3]! |= 1 << (i & 7);
  return b;
}

/** Columns of every wire shape: dense fixed-width, booleans, strings, and sparse int64 / float64 (a value in 8 rows). */
function batch(n: number): ColumnBatch {
  const nan = new Float64Array(new BigInt64Array([0x7ff8_0000_dead_beefn]).buffer)[0]!;
  const columns: ColumnVector[] = [
    { kind: 'int32', values: Int32Array.from({ length: n }, (_, i) => i * 7 - 50), validity: bits(n, (i) => i % 5 !== 0) },
    { kind: 'int64', values: BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * -(2n ** 40n) - 1n), validity: bits(n, () => true) },
    { kind: 'float64', values: Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i / 7)), validity: bits(n, (i) => i % 2 === 0) },
    { kind: 'bool', values: Uint8Array.from({ length: n }, (_, i) => i % 3 & 1), validity: bits(n, (i) => i !== 1) },
    { kind: 'object', values: Array.from({ length: n }, (_, i) => (i % 4 === 0 ? null : `v${i}☃`)) },
    { kind: 'int64', values: BigInt64Array.from({ length: n }, (_, i) => (i % 8 === 3 ? -(2n ** 62n) + BigInt(i) : 0n)), validity: bits(n, (i) => i % 8 === 3) },
    { kind: 'float64', values: Float64Array.from({ length: n }, (_, i) => (i % 8 === 5 ? (i % 16 === 5 ? nan : -i) : 0)), validity: bits(n, (i) => i % 8 === 5) },
  ];
  return { types: TYPES, numRows: n, columns };
}

/** Rows start..end of a column: the values where valid, null elsewhere; floats by their bits. */
function cells(c: ColumnVector, start: number, end: number): unknown[] {
  const out: unknown[] = [];
  for (let i = start; i < end; i++) {
    if (c.kind === 'object') out.push(c.values[i]);
    else if ((c.validity[i >> 3]! & (1 << (i & 7))) === 0) out.push(null);
    else if (c.kind === 'float64') out.push(new BigInt64Array(Float64Array.of(c.values[i]!).buffer)[0]);
    else out.push(c.values[i]);
  }
  return out;
}

function expectSame(got: ColumnBatch, want: ColumnBatch, start: number, end: number): void {
  expect(got.numRows).toBe(end - start);
  got.columns.forEach((c, k) => expect(cells(c, 0, got.numRows)).toEqual(cells(want.columns[k]!, start, end)));
}

describe('batch wire', () => {
  it('round-trips every column shape through a range block, bit for bit (NaN payloads, -0, sparse int64)', () => {
    const b = batch(203);
    for (const [start, end] of [[0, 203], [3, 200], [17, 18], [5, 5]] as const) {
      const [got] = decodeBatches(encodeBatchRange(b, start, end), TYPES);
      expectSame(got!, b, start, end);
    }
  });

  it('decodes typed columns as aligned views of the block, and copies where the block sits unaligned', () => {
    const b = batch(300);
    const block = encodeBatches([b]);
    const [viewed] = decodeBatches(block, TYPES);
    expectSame(viewed!, b, 0, 300);
    for (const k of [0, 1, 2]) {
      const c = viewed!.columns[k] as Extract<ColumnVector, { kind: 'int32' | 'int64' | 'float64' }>;
      expect(c.values.buffer).toBe(block.buffer);
    }
    const odd = new Uint8Array(block.byteLength + 3).subarray(3);
    odd.set(block);
    const [copied] = decodeBatches(odd, TYPES);
    expectSame(copied!, b, 0, 300);
    expect((copied!.columns[2] as Extract<ColumnVector, { kind: 'float64' }>).values.buffer).not.toBe(odd.buffer);
  });

  it('keeps blocks aligned inside a task message, so the reduce side decodes them in place', () => {
    const b = batch(500);
    const blocks = [encodeBatchRange(b, 0, 250), encodeBatchRange(b, 250, 500)];
    const message = serialize([1, 'x', blocks]);
    const [, , got] = deserialize(message, { views: true }) as [number, string, Uint8Array[]];
    got.forEach((block, i) => {
      expect(block.buffer).toBe(message.buffer);
      const [decoded] = decodeBatches(block, TYPES);
      expectSame(decoded!, b, i * 250, (i + 1) * 250);
      expect((decoded!.columns[1] as Extract<ColumnVector, { kind: 'int64' }>).values.buffer).toBe(message.buffer);
    });
  });
});
