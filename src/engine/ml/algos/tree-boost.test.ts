/**
 * Classification split choice and gradient boosting: hand computations (Spark's doctest
 * figures) and numpy brute force (testdata/tree_oracle.py).
 */
import { describe, expect, it } from 'vitest';
import { makeBlock, splitBlock } from './dataset';
import { growForest, forestImportances } from './tree';
import type { TreeParams } from './tree';
import { boostEvaluate, boostError, boostLocal, lossError, lossGradient } from './tree-boost';
import type { BoostLoss } from './tree-boost';
import { numpyAvailable, rng } from './testdata/oracle.mjs';
import { treeOracle } from './testdata/tree-oracle.mjs';

const base: TreeParams = {
  maxDepth: 1, maxBins: 1000, minInstancesPerNode: 1, minWeightFractionPerNode: 0, minInfoGain: 0, impurity: 'gini',
  numClasses: 2, numTrees: 1, featureSubsetStrategy: 'all', subsamplingRate: 1, bootstrap: false, seed: 7,
};

describe('classification impurity and split choice', () => {
  it('gini and entropy by hand: 3 vs 1 and a perfect split', () => {
    // Labels 0,0,0,1 at x = 0,1,2,3: the best split is x <= 2.5 (pure children).
    const b = makeBlock([[0], [1], [2], [3]], [0, 0, 0, 1], null, 1);
    for (const impurity of ['gini', 'entropy'] as const) {
      const t = growForest([b], { ...base, impurity }).trees[0];
      expect(t.feature[0]).toBe(0);
      expect(t.threshold[0]).toBe(2.5);
      // gini(3:1) = 1 - (9+1)/16 = 0.375; entropy(3:1) = -(.75 log2 .75 + .25 log2 .25) = 0.8112781244591328
      const parent = impurity === 'gini' ? 0.375 : 0.8112781244591328;
      expect(t.impurity[0]).toBeCloseTo(parent, 14);
      expect(t.gain[0]).toBeCloseTo(parent, 14);
      expect(t.stats[t.left[0]]).toEqual([3, 0]);
      expect(t.stats[t.right[0]]).toEqual([0, 1]);
    }
  });

  it('weights count in the class statistics (the doctest weightCol case)', () => {
    // (1, w .2, x 1), (1, w .8, x 1), (0, w 1, x 0): root stats [1, 1], split at 0.5.
    const b = makeBlock([[1], [1], [0]], [1, 1, 0], [0.2, 0.8, 1], 1);
    const t = growForest([b], { ...base, maxDepth: 2 }).trees[0];
    expect(t.feature).toEqual([0, -1, -1]);
    expect(t.stats[0]).toEqual([1, 1]);
    expect(t.threshold[0]).toBe(0.5);
  });

  it.runIf(numpyAvailable())('the root split equals numpy brute force (gini, entropy, 3 classes, weights)', () => {
    const r = rng(11);
    for (const impurity of ['gini', 'entropy'] as const) {
      for (let trial = 0; trial < 4; trial++) {
        const n = 80;
        const X = Array.from({ length: n }, () => [r(), r(), r()]);
        // Class depends on feature (trial % 3) with noise, so children have different majorities.
        const f = trial % 3;
        const y = X.map((v) => (v[f] + 0.3 * r() < 0.45 ? 0 : v[f] + 0.3 * r() < 0.9 ? 1 : 2));
        const w = X.map(() => 0.5 + r());
        const b = makeBlock(X, y, w, 3);
        const t = growForest(splitBlock(b, 3), { ...base, impurity, numClasses: 3 }).trees[0];
        const want = treeOracle<{ gain: number; feature: number; threshold: number }>({ kind: 'best_split', X, y, w, impurity });
        expect(t.feature[0]).toBe(want.feature);
        expect(t.threshold[0]).toBeCloseTo(want.threshold, 12);
        expect(t.gain[0]).toBeCloseTo(want.gain, 12);
      }
    }
  });
});

describe('gradient boosting', () => {
  it("the doctest's two points: Spark's margins, probabilities and per-iteration log loss", () => {
    // Labels 1 at x=1, 0 at x=0 → ±1; tree 0 predicts ±1, later trees 4y/(1+e^{2yF}) at weight 0.1.
    const b = makeBlock([[1], { size: 1, indices: [], values: [] }], [1, 0], null, 1);
    const { trees, weights } = boostLocal([b], { ...base, maxDepth: 2 }, 'logistic', 5, 0.1, true);
    expect(weights).toEqual([1, 0.1, 0.1, 0.1, 0.1]);
    expect(trees.map((t) => t.feature.length)).toEqual([3, 3, 3, 3, 3]);
    const test = makeBlock([[-1]], [0], null, 1);
    const errs = boostEvaluate(test, trees, weights, 'logistic', true);
    // GBTClassifier doctest: margin -1.1697 at x=-1, probability 0.9121, losses 0.25.., 0.23.., 0.21.., 0.19.., 0.18..
    let F = -1;
    const want: number[] = [];
    for (let m = 0; m < 5; m++) {
      if (m > 0) F -= 0.1 * (4 / (1 + Math.exp(-2 * F)));
      want.push(2 * Math.log1p(Math.exp(2 * F)));
    }
    expect(F).toBeCloseTo(-1.1696739081251089, 12);
    for (let m = 0; m < 5; m++) expect(errs[m] / errs[5]).toBeCloseTo(want[m], 12);
    expect(errs[0]).toBeCloseTo(0.253856022085945, 12);
    expect(Array.from(forestImportances(trees, 1, false))).toEqual([1]);
  });

  it('loss gradients are the derivatives of the errors', () => {
    for (const loss of ['squared', 'logistic'] as BoostLoss[]) {
      for (const [F, y] of [[0.3, 1], [-0.7, -1], [1.2, 0.5]]) {
        const h = 1e-6;
        const num = (lossError(loss, F + h, y) - lossError(loss, F - h, y)) / (2 * h);
        expect(lossGradient(loss, F, y)).toBeCloseTo(num, 6);
      }
    }
    expect(lossGradient('absolute', 0.2, 1)).toBe(-1);
    expect(lossGradient('absolute', 2, 1)).toBe(1);
  });

  it.runIf(numpyAvailable())('stump boosting matches numpy for the squared, absolute and logistic losses', () => {
    const r = rng(23);
    const n = 60;
    const X = Array.from({ length: n }, () => [r(), r()]);
    const reg = X.map((v) => 3 * v[0] - 2 * v[1] + 0.3 * r());
    const cls = X.map((v) => (v[0] + 0.4 * r() > 0.7 ? 1 : 0));
    const w = X.map(() => 0.5 + r());
    for (const loss of ['squared', 'absolute', 'logistic'] as BoostLoss[]) {
      const y = loss === 'logistic' ? cls : reg;
      const b = makeBlock(X, y, w, 2);
      const { blocks } = boostLocal(splitBlock(b, 2), { ...base, maxDepth: 1 }, loss, 6, 0.3, loss === 'logistic');
      const want = treeOracle<{ margin: number[]; errors: number[] }>({ kind: 'boost', X, y, w, loss, maxIter: 6, stepSize: 0.3 });
      const margin = blocks.flatMap((bb) => Array.from(bb.margin));
      for (let i = 0; i < n; i++) expect(margin[i]).toBeCloseTo(want.margin[i], 10);
      const e = blocks.map((bb) => boostError(bb, loss)).reduce((a, c) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
      expect(e[0] / e[1]).toBeCloseTo(want.errors[5], 10);
    }
  });
});
