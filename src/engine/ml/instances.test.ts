/** Packing a partition's column batches into a training block (instances.ts). */
import { describe, expect, it } from 'vitest';
import { batchFromRows } from '../columnar';
import { DoubleType, IntegerType, LongType, VectorUDT } from '../types';
import { denseVector, sparseVector } from './frame';
import { packBatches, packRows, summarize } from './instances';

describe('ml instances', () => {
  const types = [VectorUDT, IntegerType, DoubleType];
  it('packs dense and sparse vectors, integer labels and weights row-major, over several batches', () => {
    const b1 = batchFromRows(types, [[denseVector([1, 2, 3]), 1, 0.5], [sparseVector(3, [1], [7]), 0, null]]);
    const b2 = batchFromRows(types, [[denseVector([4, 5, 6]), 2, 2]]);
    const blk = packBatches([b1, b2], { features: 0, label: 1, weight: 2 });
    expect(blk.n).toBe(3);
    expect(blk.d).toBe(3);
    expect(Array.from(blk.x)).toEqual([1, 2, 3, 0, 7, 0, 4, 5, 6]);
    expect(Array.from(blk.y)).toEqual([1, 0, 2]);
    expect(Array.from(blk.w)).toEqual([0.5, 1, 2]);
    expect(summarize(blk)).toEqual([3, 3, 3.5, 0, 0, -1]);
  });

  it('counts null labels and features and reports a vector of another size', () => {
    const b = batchFromRows([VectorUDT, LongType], [[null, 1n], [denseVector([1, 2]), null], [denseVector([1, 2, 3]), 3n]]);
    const blk = packBatches([b], { features: 0, label: 1, weight: -1 });
    expect(blk.d).toBe(2);
    expect(blk.nullFeatures).toBe(1);
    expect(blk.nullLabels).toBe(1);
    expect(blk.otherSize).toBe(3);
    expect(Array.from(blk.y)).toEqual([1, 0, 3]);
  });

  it('an empty partition packs to an empty block without a feature count', () => {
    const blk = packBatches([batchFromRows(types, [])], { features: 0, label: 1, weight: -1 });
    expect(summarize(blk)).toEqual([0, -1, 0, 0, 0, -1]);
  });

  it('driver rows split into contiguous blocks in order', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [denseVector([i, -i]), i * 10, null]);
    const blocks = packRows(rows, { features: 0, label: 1, weight: -1 }, 2);
    expect(blocks.map((b) => b.n)).toEqual([2, 3]);
    expect(Array.from(blocks[1]!.y)).toEqual([20, 30, 40]);
    expect(Array.from(blocks[1]!.x)).toEqual([2, -2, 3, -3, 4, -4]);
  });
});
