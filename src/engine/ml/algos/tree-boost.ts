/**
 * Gradient-boosted trees as Spark's `GradientBoostedTrees.boost` runs them: every tree is a
 * variance regression tree grown by `ForestBuilder` (tree.ts) on the pseudo-residuals of the
 * ensemble so far; the first tree has weight 1.0, the others the step size.
 *
 * The per-partition state is a `BoostBlock`: the partition's rows with their original labels
 * (classification labels mapped to -1/+1), the running margin (Σ weight·tree prediction) and
 * `y` holding the current pseudo-residuals -∂loss/∂margin, which is what the level statistics
 * read. `boostUpdate` adds one tree to a block's margin and recomputes its residuals (Spark's
 * updatePredictionError); `boostError` and `boostEvaluate` give the weighted mean loss
 * (computeWeightedError, evaluateEachIteration).
 *
 * Losses (Spark's mllib.tree.loss): squared 2·(y-F) residual and (y-F)² error; absolute
 * sign(y-F) and |y-F|; logistic (labels ±1) 4y/(1+e^{2yF}) and 2·log(1+e^{-2yF}).
 */
import type { Block } from './dataset';
import type { FlatTree, TreeParams } from './tree';
import { growForest, leafOfRow } from './tree';

export type BoostLoss = 'squared' | 'absolute' | 'logistic';

export interface BoostBlock extends Block {
  /** Labels the loss compares with (classification: 2·label - 1). */
  label: Float64Array;
  /** Σ weight · prediction of the trees added so far. */
  margin: Float64Array;
}

export function parseLoss(name: string): BoostLoss {
  const s = name.toLowerCase();
  if (s === 'squared' || s === 'absolute' || s === 'logistic') return s;
  throw new Error(`GBT loss ${name} is not supported`);
}

/** log(1 + e^x) without overflow. */
function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** ∂loss/∂prediction at (prediction, label). */
export function lossGradient(loss: BoostLoss, prediction: number, label: number): number {
  switch (loss) {
    case 'squared': return -2 * (label - prediction);
    case 'absolute': return label - prediction < 0 ? 1 : -1;
    case 'logistic': return (-4 * label) / (1 + Math.exp(2 * label * prediction));
  }
}

export function lossError(loss: BoostLoss, prediction: number, label: number): number {
  switch (loss) {
    case 'squared': {
      const e = label - prediction;
      return e * e;
    }
    case 'absolute': return Math.abs(label - prediction);
    case 'logistic': return 2 * log1pExp(-2 * label * prediction);
  }
}

/** Spark's LogLoss.computeProbability: P(label = +1) for a margin. */
export function logisticProbability(margin: number): number {
  return 1 / (1 + Math.exp(-2 * margin));
}

/** A block ready for boosting: labels kept (mapped to ±1 for classification), margin 0, y = labels. */
export function boostInit(b: Block, classification: boolean): BoostBlock {
  const label = classification ? b.y.map((v) => 2 * v - 1) : Float64Array.from(b.y);
  return { n: b.n, d: b.d, x: b.x, w: b.w, label, margin: new Float64Array(b.n), y: Float64Array.from(label) };
}

/** The block after adding `tree` with `weight`: margins moved, y the new pseudo-residuals. */
export function boostUpdate(b: BoostBlock, tree: FlatTree, weight: number, loss: BoostLoss): BoostBlock {
  const margin = new Float64Array(b.n);
  const y = new Float64Array(b.n);
  for (let r = 0; r < b.n; r++) {
    const m = b.margin[r] + weight * tree.prediction[leafOfRow(tree, b.x, r * b.d)];
    margin[r] = m;
    y[r] = -lossGradient(loss, m, b.label[r]);
  }
  return { ...b, margin, y };
}

/** [Σ w·error, Σ w] of a block at its current margins. */
export function boostError(b: BoostBlock, loss: BoostLoss): Float64Array {
  const out = new Float64Array(2);
  for (let r = 0; r < b.n; r++) {
    out[0] += b.w[r] * lossError(loss, b.margin[r], b.label[r]);
    out[1] += b.w[r];
  }
  return out;
}

/**
 * Per-iteration error sums of a partition: [Σ w·error(first i+1 trees) for each i..., Σ w]
 * (labels of a classification block are 0/1 and mapped here).
 */
export function boostEvaluate(b: Block, trees: FlatTree[], weights: ArrayLike<number>, loss: BoostLoss, classification: boolean): Float64Array {
  const m = trees.length;
  const out = new Float64Array(m + 1);
  for (let r = 0; r < b.n; r++) {
    const label = classification ? 2 * b.y[r] - 1 : b.y[r];
    const w = b.w[r];
    let f = 0;
    for (let i = 0; i < m; i++) {
      const t = trees[i];
      f += weights[i] * t.prediction[leafOfRow(t, b.x, r * b.d)];
      out[i] += w * lossError(loss, f, label);
    }
    out[m] += w;
  }
  return out;
}

/** Σ weight · prediction of the trees at a dense vector. */
export function boostMargin(trees: FlatTree[], weights: ArrayLike<number>, x: ArrayLike<number>): number {
  let f = 0;
  for (let i = 0; i < trees.length; i++) f += weights[i] * trees[i].prediction[leafOfRow(trees[i], x, 0)];
  return f;
}

/**
 * Boosting over in-memory partitions (tests and driver-local use): `maxIter` variance trees,
 * tree m seeded with seed + m, as the Python layer runs it over an RDD of blocks.
 */
export function boostLocal(
  blocks: Block[], p: TreeParams, loss: BoostLoss, maxIter: number, stepSize: number, classification: boolean,
): { trees: FlatTree[]; weights: number[]; blocks: BoostBlock[] } {
  let bs = blocks.map((b) => boostInit(b, classification));
  const trees: FlatTree[] = [];
  const weights: number[] = [];
  for (let m = 0; m < maxIter; m++) {
    const tree = growForest(bs, { ...p, impurity: 'variance', numClasses: 0, numTrees: 1, bootstrap: false, seed: p.seed + m }).trees[0];
    const w = m === 0 ? 1 : stepSize;
    trees.push(tree);
    weights.push(w);
    bs = bs.map((b) => boostUpdate(b, tree, w, loss));
  }
  return { trees, weights, blocks: bs };
}
