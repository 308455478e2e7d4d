/**
 * A grown decision tree as the models use it (Spark's `Node` / `TreeEnsembleModel`): the flat
 * tree `ForestBuilder` (tree.ts) produces, the leaf a row reaches, depth, and feature importances.
 */

/** A grown tree, flattened (index 0 is the root; children -1 for leaves). */
export interface FlatTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  prediction: number[];
  impurity: number[];
  gain: number[];
  /** Weighted instance count per node. */
  count: number[];
  /** Impurity statistics per node (classification: class weights; regression: w, Σwy, Σwy², raw). */
  stats: number[][];
}

/** Index of the leaf a vector reaches. */
export function leafOf(t: FlatTree, x: ArrayLike<number>): number {
  let i = 0;
  while (t.feature[i] >= 0) i = x[t.feature[i]] <= t.threshold[i] ? t.left[i] : t.right[i];
  return i;
}

/** Index of the leaf row `off` of a row-major feature array reaches. */
export function leafOfRow(t: FlatTree, x: ArrayLike<number>, off: number): number {
  let i = 0;
  while (t.feature[i] >= 0) i = x[off + t.feature[i]] <= t.threshold[i] ? t.left[i] : t.right[i];
  return i;
}

/** Leaf number (0-based, left to right) for predictLeaf. */
export function leafNumber(t: FlatTree, node: number): number {
  let n = 0;
  for (let i = 0; i < node; i++) if (t.feature[i] < 0) n++;
  return n;
}

export function treeDepth(t: FlatTree, i = 0): number {
  return t.feature[i] < 0 ? 0 : 1 + Math.max(treeDepth(t, t.left[i]), treeDepth(t, t.right[i]));
}

/** Normalised importances of one tree: Σ gain·count per feature, divided by the total. */
export function treeImportances(t: FlatTree, d: number): Float64Array {
  const imp = rawImportances(t, d);
  const s = imp.reduce((a, v) => a + v, 0);
  if (s > 0) for (let j = 0; j < d; j++) imp[j] /= s;
  return imp;
}

/** Σ gain·count per feature of one tree, not normalised. */
function rawImportances(t: FlatTree, d: number): Float64Array {
  const imp = new Float64Array(d);
  for (let i = 0; i < t.feature.length; i++) if (t.feature[i] >= 0) imp[t.feature[i]] += t.gain[i] * t.count[i];
  return imp;
}

/**
 * Forest importances: the sum of the trees' importances, normalised. Random forests normalise
 * each tree first; gradient-boosted trees (`perTreeNormalization` false) add the raw sums.
 */
export function forestImportances(trees: FlatTree[], d: number, perTreeNormalization = true): Float64Array {
  const imp = new Float64Array(d);
  for (const t of trees) {
    const ti = perTreeNormalization ? treeImportances(t, d) : rawImportances(t, d);
    for (let j = 0; j < d; j++) imp[j] += ti[j];
  }
  const s = imp.reduce((a, v) => a + v, 0);
  if (s > 0) for (let j = 0; j < d; j++) imp[j] /= s;
  return imp;
}
