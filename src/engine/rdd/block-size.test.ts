import { describe, expect, it } from 'vitest';
import { serialize } from '../values';
import { estimateBlockBytes } from './block-size';

describe('cached block size estimates', () => {
  it('is exact for small blocks and scales a sample for large ones', () => {
    const small = [1, 'two', [3, 4]];
    expect(estimateBlockBytes(small)).toBe(small.reduce((n: number, r) => n + serialize(r).byteLength, 0));
    expect(estimateBlockBytes([])).toBe(0);
    const big = Array.from({ length: 100_000 }, (_, i) => `record ${i % 10}`);
    const exact = big.reduce((n: number, r) => n + serialize(r).byteLength, 0);
    expect(Math.abs(estimateBlockBytes(big) - exact) / exact).toBeLessThan(0.05);
  });

  it('sizes records of numbers and typed arrays (ML blocks) from their arrays without serialising them', () => {
    const block = { n: 1000, d: 10, x: new Float64Array(10_000), y: new Float64Array(1000), w: new Float64Array(1000) };
    const est = estimateBlockBytes([block]);
    expect(Math.abs(est - serialize(block).byteLength) / serialize(block).byteLength).toBeLessThan(0.01);
  });

  it('counts records it cannot serialise at a fixed size instead of failing', () => {
    expect(estimateBlockBytes([() => 1, () => 2])).toBe(128);
  });
});
