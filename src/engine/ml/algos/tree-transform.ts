/**
 * Tree models' transform on engine rows (no Python per row): the columns Spark's tree models
 * append — rawPrediction, probability, prediction (classifiers), prediction and variance
 * (regressors), then leafCol — computed from the features vector column and added as a view.
 *
 * - decision tree classifier: raw = the leaf's class weights, probability = raw normalised;
 * - random forest classifier: raw = Σ over trees of the leaf's normalised class weights;
 * - GBT classifier: raw = [-F, F] with F = Σ weight·prediction, probability
 *   [1/(1+e^{2F}), 1 - that] (Spark's LogLoss.computeProbability of -F);
 * - regressors: Σ weight·prediction, divided by the number of trees for a forest (`average`).
 * Classifier predictions are the probability's argmax, or with thresholds the argmax of p/t
 * (a zero threshold wins unless its probability is zero too), as ProbabilisticClassificationModel.
 * Null features give null outputs.
 */
import type { SqlSession } from '../../catalog';
import { DoubleType, VectorUDT } from '../../types';
import { appendColumns, denseVector, featureInput, frameRows } from '../frame';
import type { NewColumn } from '../frame';
import type { FeatureInput } from './dataset';
import type { FlatTree } from './tree';
import { leafOfRow } from './tree';

export interface TreeTransformSpec {
  kind: 'tree-classifier' | 'forest-classifier' | 'gbt-classifier' | 'regressor';
  featuresCol: string;
  numClasses: number;
  weights: number[];
  /** Regressors: divide the weighted sum by the number of trees (random forests). */
  average: boolean;
  rawPredictionCol: string;
  probabilityCol: string;
  predictionCol: string;
  /** The leaf's variance (decision tree regressor's varianceCol). */
  varianceCol: string;
  leafCol: string;
  /** leafCol holds one number (a single tree) or a vector (ensembles). */
  leafVector: boolean;
  thresholds: number[] | null;
}

function dense(v: FeatureInput, out: Float64Array): Float64Array {
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const a = v as ArrayLike<number>;
    for (let i = 0; i < out.length; i++) out[i] = a[i] ?? 0;
    return out;
  }
  const s = v as { size: number; indices: ArrayLike<number>; values: ArrayLike<number> };
  out.fill(0);
  for (let k = 0; k < s.indices.length; k++) out[s.indices[k]] = s.values[k];
  return out;
}

function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

function probabilityToPrediction(p: ArrayLike<number>, thresholds: number[] | null): number {
  if (!thresholds) return argmax(p);
  const scaled = Array.from(p, (pi, i) => {
    const ti = thresholds[i] ?? 1;
    if (ti === 0 && pi === 0) return 0;
    return ti === 0 ? Infinity : pi / ti;
  });
  return argmax(scaled);
}

/** Leaf numbers (left to right) of every leaf node index of a tree. */
function leafNumbers(t: FlatTree): Int32Array {
  const out = new Int32Array(t.feature.length);
  let n = 0;
  for (let i = 0; i < t.feature.length; i++) if (t.feature[i] < 0) out[i] = n++;
  return out;
}

/** Appends the model's output columns to the rows of `sql`; returns the new view's name. */
export function treeTransform(s: SqlSession, sql: string, trees: FlatTree[], spec: TreeTransformSpec, viewName: string): string {
  const frame = frameRows(s, sql);
  const fi = frame.fields.findIndex((f) => f.name === spec.featuresCol);
  if (fi < 0) throw new Error(`column ${spec.featuresCol} does not exist`);
  const n = frame.rows.length;
  const k = spec.numClasses;
  const classifier = spec.kind !== 'regressor';
  const cols: NewColumn[] = [];
  const outs: unknown[][] = [];
  const add = (name: string, vector: boolean): unknown[] | null => {
    if (!name) return null;
    const values: unknown[] = new Array(n);
    cols.push({ name, type: vector ? VectorUDT : DoubleType, values });
    outs.push(values);
    return values;
  };
  const rawOut = classifier ? add(spec.rawPredictionCol, true) : null;
  const probOut = classifier ? add(spec.probabilityCol, true) : null;
  const predOut = add(spec.predictionCol, false);
  const varOut = classifier ? null : add(spec.varianceCol, false);
  const leafOut = add(spec.leafCol, spec.leafVector);
  const numbers = leafOut ? trees.map(leafNumbers) : [];
  const d = trees.reduce((m, t) => Math.max(m, ...t.feature.map((f) => f + 1)), 0);
  let x = new Float64Array(d);
  const leaves = new Int32Array(trees.length);
  for (let r = 0; r < n; r++) {
    const v = frame.rows[r]![fi];
    if (v === null || v === undefined) {
      for (const o of outs) o[r] = null;
      continue;
    }
    const input = featureInput(v);
    const size = Array.isArray(input) || ArrayBuffer.isView(input) ? (input as ArrayLike<number>).length : (input as { size: number }).size;
    if (x.length !== Math.max(size, d)) x = new Float64Array(Math.max(size, d));
    dense(input, x);
    for (let t = 0; t < trees.length; t++) leaves[t] = leafOfRow(trees[t], x, 0);
    if (classifier) {
      let raw: Float64Array;
      let prob: Float64Array;
      if (spec.kind === 'gbt-classifier') {
        let f = 0;
        for (let t = 0; t < trees.length; t++) f += spec.weights[t] * trees[t].prediction[leaves[t]];
        raw = Float64Array.of(-f, f);
        const p0 = 1 / (1 + Math.exp(2 * f));
        prob = Float64Array.of(p0, 1 - p0);
      } else {
        raw = new Float64Array(k);
        for (let t = 0; t < trees.length; t++) {
          const st = trees[t].stats[leaves[t]];
          if (spec.kind === 'tree-classifier') {
            for (let i = 0; i < k; i++) raw[i] += st[i] ?? 0;
          } else {
            let total = 0;
            for (let i = 0; i < k; i++) total += st[i] ?? 0;
            if (total !== 0) for (let i = 0; i < k; i++) raw[i] += (st[i] ?? 0) / total;
          }
        }
        let sum = 0;
        for (let i = 0; i < k; i++) sum += raw[i];
        prob = sum !== 0 ? raw.map((v2) => v2 / sum) : Float64Array.from(raw);
      }
      if (rawOut) rawOut[r] = denseVector(raw);
      if (probOut) probOut[r] = denseVector(prob);
      if (predOut) predOut[r] = probabilityToPrediction(prob, spec.thresholds);
    } else {
      let f = 0;
      for (let t = 0; t < trees.length; t++) f += spec.weights[t] * trees[t].prediction[leaves[t]];
      if (predOut) predOut[r] = spec.average ? f / trees.length : f;
      if (varOut) {
        const st = trees[0].stats[leaves[0]];
        const w = st[0];
        const mean = w === 0 ? 0 : st[1] / w;
        varOut[r] = w === 0 ? 0 : st[2] / w - mean * mean;
      }
    }
    if (leafOut) {
      leafOut[r] = spec.leafVector ? denseVector(Array.from(leaves, (l, t) => numbers[t][l])) : numbers[0][leaves[0]];
    }
  }
  return appendColumns(s, sql, cols, viewName, frame);
}
