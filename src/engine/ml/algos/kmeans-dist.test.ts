/** KMeans kernels over blocks (kmeans-dist.ts): the partition/merge split and the driver steps. */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { distinctRows, kmCandidateWeights, kmLloydStats, kmParallelCost, kmParallelSample, kmUpdateCenters, localKMeansPlusPlus } from './kmeans-dist';

const d = 2;
const pts: number[][] = [];
for (let i = 0; i < 300; i++) {
  const c = i % 3;
  pts.push([c * 10 + ((i * 7) % 5) / 10, c * -5 + ((i * 11) % 7) / 10]);
}
const block = makeBlock(pts, new Float64Array(pts.length), null, d);

const merge = (parts: Float64Array[]) => parts.reduce((a, b) => a.map((v, i) => v + b[i]!));

describe('kmeans over blocks', () => {
  it('Lloyd statistics of split blocks sum to the whole block', () => {
    const centers = Float64Array.of(0, 0, 10, -5, 20, -10);
    const whole = kmLloydStats(block, centers, false);
    const parts = merge(splitBlock(block, 3).map((b) => kmLloydStats(b, centers, false)));
    parts.forEach((v, i) => expect(v).toBeCloseTo(whole[i]!, 9));
    // counts per center: 100 each; the new centers are the cluster means
    expect(Array.from(whole.slice(whole.length - 3))).toEqual([100, 100, 100]);
    const { centers: next, converged } = kmUpdateCenters(whole, centers, d, 1e-4, false);
    expect(converged).toBe(false);
    const mean = (c: number, j: number) => pts.filter((_, i) => i % 3 === c).reduce((s, p) => s + p[j]!, 0) / 100;
    expect(next[2]).toBeCloseTo(mean(1, 0), 12);
    expect(next[5]).toBeCloseTo(mean(2, 1), 12);
    expect(kmUpdateCenters(kmLloydStats(block, next, false), next, d, 1e-4, false).converged).toBe(true);
  });

  it('k-means|| costs carry over steps and rebuild from all centers on a fresh block', () => {
    const first = Float64Array.of(0, 0);
    const s0 = kmParallelCost(block, 'r1', 0, first, first, false)[0]!;
    const fresh = Float64Array.of(10, -5);
    const s1 = kmParallelCost(block, 'r1', 1, fresh, Float64Array.of(0, 0, 10, -5), false)[0]!;
    expect(s1).toBeLessThan(s0);
    // a copy of the block has no costs: rebuilt from every center, the same sum
    const copy = { ...block };
    expect(kmParallelCost(copy, 'r1', 1, fresh, Float64Array.of(0, 0, 10, -5), false)[0]).toBeCloseTo(s1, 9);
    const picked = kmParallelSample(block, 'r1', 1, 0, 42, 3, s1);
    expect(picked.length % d).toBe(0);
    // deterministic per (seed, step, partition)
    expect(Array.from(kmParallelSample(block, 'r1', 1, 0, 42, 3, s1))).toEqual(Array.from(picked));
    expect(() => kmParallelSample(block, 'r2', 1, 0, 42, 3, s1)).toThrow(/costs are missing/);
  });

  it('candidates weighted by the points they attract, reduced to k by local k-means++', () => {
    const candidates = distinctRows(Float64Array.of(0, 0, 0, 0, 10, -5, 20, -10, 20.2, -10), d);
    expect(candidates.length / d).toBe(4);
    const w = kmCandidateWeights(block, candidates, false);
    expect(w.reduce((a, b) => a + b, 0)).toBe(300);
    const centers = localKMeansPlusPlus(candidates, w, d, 3, 30, 7, false);
    const sorted = [0, 1, 2].map((j) => centers[j * d]!).sort((a, b) => a - b);
    expect(sorted[0]).toBeCloseTo(0, 12);
    expect(sorted[1]).toBeCloseTo(10, 12);
    expect(sorted[2]).toBeGreaterThanOrEqual(20);
  });
});
