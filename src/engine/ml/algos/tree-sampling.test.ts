/**
 * Spark's bootstrap stream: commons-math3 3.6.1's PoissonDistribution after
 * reseedRandomGenerator(seed). The expected counts were printed by commons-math3 itself
 * (new PoissonDistribution(mean); reseedRandomGenerator(seed); 12 × sample()).
 */
import { describe, expect, it } from 'vitest';
import { makeBlock } from './dataset';
import { growForest, leafOf } from './tree';
import type { TreeParams } from './tree';
import { Well19937c, poissonSample } from './tree-sampling';

const draws = (seed: number, mean: number): number[] => {
  const g = new Well19937c(seed);
  return Array.from({ length: 12 }, () => poissonSample(g, mean));
};

describe("Spark's bootstrap sampler", () => {
  it('matches commons-math3 PoissonDistribution draws', () => {
    expect(draws(43, 1)).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0]);
    expect(draws(44, 1)).toEqual([0, 4, 1, 0, 0, 1, 2, 1, 2, 0, 0, 1]);
    expect(draws(12345678901, 1)).toEqual([2, 1, 3, 2, 0, 0, 2, 2, 0, 2, 1, 2]);
    expect(draws(-5, 1)).toEqual([1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 2, 1]);
    expect(draws(7, 0.5)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("the RandomForestRegressor doctest's forest: seed 42, two rows in two partitions", () => {
    // Partition 0 (label 1 at x=1) draws [0, 1], partition 1 (label 0 at x=0) draws [0, 4]:
    // tree 0 sees no rows (a leaf predicting 0), tree 1 both (a split at 0.5), so x=1 → 0.5.
    const p: TreeParams = {
      maxDepth: 2, maxBins: 32, minInstancesPerNode: 1, minWeightFractionPerNode: 0, minInfoGain: 0, impurity: 'variance',
      numClasses: 0, numTrees: 2, featureSubsetStrategy: 'auto', subsamplingRate: 1, bootstrap: true, seed: 42,
    };
    const blocks = [makeBlock([[1]], [1], null, 1), makeBlock([[0]], [0], null, 1)];
    const { trees } = growForest(blocks, p);
    expect(trees[0].feature).toEqual([-1]);
    expect(trees[1].feature).toEqual([0, -1, -1]);
    const mean = (x: number) => trees.reduce((s, t) => s + t.prediction[leafOf(t, [x])], 0) / 2;
    expect(mean(1)).toBe(0.5);
    expect(mean(-1)).toBe(0);
  });
});
