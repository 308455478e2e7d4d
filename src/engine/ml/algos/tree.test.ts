/** Decision tree / random forest kernels: Spark's split candidates and deterministic trees. */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { findThresholds, forestImportances, growForest, leafOf, treeDepth } from './tree';
import type { TreeParams } from './tree';
import { rng } from './testdata/oracle.mjs';

const dt: TreeParams = {
  maxDepth: 5, maxBins: 32, minInstancesPerNode: 1, minWeightFractionPerNode: 0, minInfoGain: 0, impurity: 'variance',
  numClasses: 0, numTrees: 1, featureSubsetStrategy: 'auto', subsamplingRate: 1, bootstrap: true, seed: 42,
};

describe('tree kernels', () => {
  it('split candidates: all midpoints when few, equal-weight strides otherwise', () => {
    const few = makeBlock([[1], [2], [2], [4]], [0, 0, 0, 0], null, 1);
    expect(findThresholds(few, 32, 4)).toEqual([[1.5, 3]]);
    const xs = Array.from({ length: 100 }, (_, i) => [i]);
    const many = makeBlock(xs, xs.map(() => 0), null, 1);
    const th = findThresholds(many, 5, 100)[0];
    // 4 splits over 100 equally weighted values: strides of 20.
    expect(th).toEqual([19.5, 39.5, 59.5, 79.5]);
  });

  it("the doctest's two points: one split at 0.5, depth 1, 3 nodes", () => {
    const b = makeBlock([[1], { size: 1, indices: [], values: [] }], [1, 0], null, 1);
    const { trees } = growForest([b], { ...dt, maxDepth: 2 });
    const t = trees[0];
    expect(t.feature).toEqual([0, -1, -1]);
    expect(t.threshold[0]).toBe(0.5);
    expect(treeDepth(t)).toBe(1);
    expect(t.prediction[leafOf(t, [-1])]).toBe(0);
    expect(t.prediction[leafOf(t, [1])]).toBe(1);
    expect(Array.from(forestImportances(trees, 1))).toEqual([1]);
  });

  it('recovers a step function and respects minInstancesPerNode and maxDepth', () => {
    const r = rng(3);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = Math.floor(r() * 10);
      const c = Math.floor(r() * 10);
      X.push([a, c]);
      y.push(a < 3 ? 1 : a < 7 ? (c < 5 ? 5 : 6) : 10);
    }
    const b = makeBlock(X, y, null, 2);
    const { trees } = growForest(splitBlock(b, 3), dt);
    const t = trees[0];
    let err = 0;
    for (let i = 0; i < 400; i++) err += Math.abs(t.prediction[leafOf(t, X[i])] - y[i]);
    expect(err).toBe(0);
    expect(t.feature[0]).toBe(0);
    const shallow = growForest([b], { ...dt, maxDepth: 1 }).trees[0];
    expect(treeDepth(shallow)).toBe(1);
    const big = growForest([b], { ...dt, minInstancesPerNode: 150 }).trees[0];
    for (let i = 0; i < big.feature.length; i++) if (big.feature[i] < 0) expect(big.count[i]).toBeGreaterThanOrEqual(150);
  });

  it('classification with gini: class counts, prediction and pruning of equal leaves', () => {
    const X = [[0], [1], [2], [3], [4], [5]];
    const y = [0, 0, 0, 1, 1, 1];
    const b = makeBlock(X, y, null, 1);
    const { trees } = growForest([b], { ...dt, impurity: 'gini', numClasses: 2 });
    const t = trees[0];
    expect(t.feature).toEqual([0, -1, -1]);
    expect(t.threshold[0]).toBe(2.5);
    expect(t.stats[0]).toEqual([3, 3]);
    expect(t.impurity[0]).toBeCloseTo(0.5, 12);
  });

  it('a forest is reproducible for a seed and independent of the partitioning of equal data order', () => {
    const r = rng(5);
    const X = Array.from({ length: 300 }, () => [r(), r(), r()]);
    const y = X.map((v) => v[0] * 3 + (v[1] > 0.5 ? 2 : 0));
    const b = makeBlock(X, y, null, 3);
    const p = { ...dt, numTrees: 5 };
    const a1 = growForest(splitBlock(b, 2), p).trees;
    const a2 = growForest(splitBlock(b, 2), p).trees;
    expect(a1).toEqual(a2);
    expect(a1).toHaveLength(5);
    const imp = forestImportances(a1, 3);
    expect(imp[0]).toBeGreaterThan(imp[2]);
    expect(imp[1]).toBeGreaterThan(imp[2]);
  });
});
