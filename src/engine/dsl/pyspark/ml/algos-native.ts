/**
 * `pyspark.ml._algos`: the training kernels (`src/engine/ml/algos`) as Python-callable
 * functions. The estimator modules (Python) pack a DataFrame's (label, weight, features)
 * rows into blocks, parallelize the blocks, and run the kernels' per-partition statistics
 * as jobs (`rdd.map(...).treeReduce(_algos.merge)`); the driver-side optimisation loops
 * call back into Python for each pass over the data. Parameters cross as JSON text.
 */
import { PyModule, PyBoxed, PyFloat, PyObject, call, getattr, mkFloat, pyErr, tuple, toArray } from '../../../values/py';
import type { Block, FeatureInput } from '../../../ml/algos/dataset';
import { makeBlock, splitBlock } from '../../../ml/algos/dataset';
import { fitLbfgs, lossAndGradient, lsStats, solveNormal, statsLayout } from '../../../ml/algos/linear-regression';
import type { LinearFit, LinearParams, LsContext } from '../../../ml/algos/linear-regression';
import { metricSums, regressionMetrics } from '../../../ml/algos/regression-metrics';
import { ForestBuilder, findThresholds, forestImportances, leafNumber, leafOf, levelStatsForRequest, treeDepth } from '../../../ml/algos/tree';
import type { FlatTree, TreeParams } from '../../../ml/algos/tree';
import { boostError, boostEvaluate, boostInit, boostMargin, boostUpdate, logisticProbability, parseLoss } from '../../../ml/algos/tree-boost';
import type { BoostBlock } from '../../../ml/algos/tree-boost';
import { treeTransform } from '../../../ml/algos/tree-transform';
import type { TreeTransformSpec } from '../../../ml/algos/tree-transform';
import { studentTTwoSided } from '../../../ml/algos/dense';
import { fitBinomial } from '../../../ml/algos/logistic';
import type { LogisticParams } from '../../../ml/algos/logistic';
import { buildInstances } from '../../../ml/instances';
import type { RDD, SparkContext } from '../../../rdd';
import { frameOf } from './native';
import { distinctRows, kmCandidateWeights, kmLloydStats, kmParallelCost, kmParallelSample, kmUpdateCenters, localKMeansPlusPlus } from '../../../ml/algos/kmeans-dist';
import { SeededRandom } from '../../../ml/algos/random';

let kmRuns = 0;
const unpersistOnCollect = new FinalizationRegistry<RDD>((rdd) => {
  try {
    rdd.unpersist();
  } catch {
    // The context may be gone.
  }
});
let treeViews = 0;
const f64 = (v: unknown): Float64Array => (v instanceof Float64Array ? v : Float64Array.from(numbers(v)));
/** A Python int seed (possibly beyond 2^53) as the 32-bit value the kernels mix. */
const seed32 = (v: unknown): number => Number(BigInt.asIntN(32, BigInt(typeof v === 'bigint' ? v : Math.trunc(num(v)))));

const num = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v === null) return NaN;
  throw pyErr('TypeError', `must be real number, not ${typeof v}`);
};

const numbers = (v: unknown): number[] => {
  const a = v instanceof PyBoxed ? v.$v : v;
  return (Array.isArray(a) ? a : toArray(a)).map(num);
};

/** A DenseVector / SparseVector (or a plain list) as the kernels take it. */
export function featureInput(v: unknown): FeatureInput {
  if (v instanceof PyObject && v.$d) {
    const d = v.$d;
    const arr = d.get('array');
    if (arr !== undefined) return numbers(arr);
    const size = d.get('size');
    if (size !== undefined) return { size: num(size), indices: numbers(d.get('indices')), values: numbers(d.get('values')) };
  }
  if (v === null || v === undefined) throw pyErr('ValueError', 'features must not be null');
  return numbers(v);
}

const floats = (a: ArrayLike<number>): unknown[] => Array.from(a, (x) => mkFloat(x));

const json = (o: unknown): string => JSON.stringify(o);

interface Handle<T> { readonly $handle: T }

function handle<T>(v: T): Handle<T> {
  return { $handle: v };
}

export function algosNativeModule(): PyModule {
  const m = new PyModule('pyspark.ml._algos');
  const fns: Record<string, (...a: never[]) => unknown> = {
    /** rows: list of (label, features[, weight]); returns numParts blocks (plain objects the serialiser ships). */
    pack: (rows: unknown, numFeatures: unknown, numParts: number) => {
      const items = toArray(rows);
      const feats: FeatureInput[] = [];
      const labels: number[] = [];
      const weights: number[] = [];
      for (const r of items) {
        const t = toArray(r);
        labels.push(num(t[0]));
        feats.push(featureInput(t[1]));
        weights.push(t.length > 2 ? num(t[2]) : 1);
      }
      let d = numFeatures === null ? -1 : num(numFeatures);
      if (d < 0) d = feats.length ? (Array.isArray(feats[0]) ? feats[0].length : (feats[0] as { size: number }).size) : 0;
      const b = makeBlock(feats, labels, weights, d);
      return splitBlock(b, Math.max(1, Math.min(numParts, b.n || 1)));
    },
    /**
     * The DataFrame's training columns packed into cached blocks on the executors:
     * (engine RDD of blocks, count, numFeatures, weightSum, validation error or None).
     */
    instances: (df: unknown, featuresCol: string, labelCol: string | null, weightCol: string | null) => {
      const { session, sql } = frameOf(df);
      const sc = getattr(getattr(getattr(df, 'sparkSession'), 'sparkContext'), '_jsc') as SparkContext;
      const inst = buildInstances(session, sql, sc, featuresCol, labelCol, weightCol);
      return tuple([inst.rdd, inst.count, inst.numFeatures, mkFloat(inst.weightSum), inst.invalid, inst.partitionCounts]);
    },
    // ---- KMeans over cached blocks (kmeans-dist.ts) ----
    km_run_id: () => `km${kmRuns++}`,
    /** k-means||'s first center: (partition, row) of a uniformly drawn row, from the rows per partition. */
    km_pick: (counts: unknown, seed: unknown) => {
      const cs = numbers(counts);
      let at = new SeededRandom(seed32(seed)).nextInt(cs.reduce((a, b) => a + b, 0));
      for (let p = 0; p < cs.length; p++) {
        if (at < cs[p]!) return tuple([p, at]);
        at -= cs[p]!;
      }
      return tuple([0, 0]);
    },
    km_row: (b: Block, r: number) => b.x.slice(r * b.d, (r + 1) * b.d),
    km_cost: (b: Block, run: string, step: number, fresh: unknown, all: unknown, cosine: boolean) => kmParallelCost(b, run, step, f64(fresh), f64(all), Boolean(cosine)),
    km_sample: (b: Block, run: string, step: number, partition: number, seed: unknown, k: number, sumCosts: unknown) =>
      kmParallelSample(b, run, step, partition, seed32(seed), k, num(sumCosts)),
    km_concat: (parts: unknown) => {
      const ps = toArray(parts).map(f64);
      const out = new Float64Array(ps.reduce((a, p) => a + p.length, 0));
      let at = 0;
      for (const p of ps) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
    km_scalar: (a: Float64Array, i: number) => mkFloat(a[i]!),
    km_distinct: (points: Float64Array, d: number) => distinctRows(points, d),
    km_rows: (points: Float64Array, d: number) => (d > 0 ? points.length / d : 0),
    km_weights: (b: Block, candidates: Float64Array, cosine: boolean) => kmCandidateWeights(b, candidates, Boolean(cosine)),
    km_local: (points: Float64Array, weights: Float64Array, d: number, k: number, seed: unknown, cosine: boolean) =>
      localKMeansPlusPlus(points, weights, d, k, 30, seed32(seed), Boolean(cosine)),
    km_lloyd: (b: Block, centers: Float64Array, cosine: boolean) => kmLloydStats(b, centers, Boolean(cosine)),
    /** (new centers, converged) from merged Lloyd statistics. */
    km_update: (stats: Float64Array, centers: Float64Array, d: number, tol: unknown, cosine: boolean) => {
      const r = kmUpdateCenters(stats, centers, d, num(tol), Boolean(cosine));
      return tuple([r.centers, r.converged]);
    },
    /** (centers as lists, cluster sizes, cost) from the final centers' statistics. */
    km_result: (stats: Float64Array, centers: Float64Array, d: number) => {
      const k = d > 0 ? centers.length / d : 0;
      const rows = Array.from({ length: k }, (_, j) => floats(centers.subarray(j * d, (j + 1) * d)));
      const sizes = Array.from({ length: k }, (_, j) => Math.round(stats[k * d + k + 1 + j]!));
      return tuple([rows, sizes, mkFloat(stats[k * d + k]!)]);
    },
    /** The blocks' cache is dropped once `owner` (the Python _Instances) is garbage-collected, if not before. */
    unpersist_when_collected: (owner: object, rdd: RDD) => {
      unpersistOnCollect.register(owner, rdd);
      return null;
    },
    block_rows: (b: Block) => b.n,
    block_labels: (b: Block) => Array.from(new Set(b.y), (v) => mkFloat(v)),
    block_weight: (b: Block) => mkFloat(b.w.reduce((s, v) => s + v, 0)),
    t_pvalue: (t: unknown, dof: unknown) => mkFloat(studentTTwoSided(Math.abs(num(t)), num(dof))),
    block_features: (b: Block) => b.d,
    merge: (a: Float64Array, b: Float64Array) => {
      for (let i = 0; i < a.length; i++) a[i] += b[i];
      return a;
    },
    lr_stats: (b: Block) => lsStats(b, new Float64Array(statsLayout(b.d).length)),
    lr_normal: (stats: Float64Array, d: number, params: string) => linearResult(solveNormal(stats, d, JSON.parse(params) as LinearParams)),
    /** evaluate(ctx_json, beta) runs a job summing lr_loss over the partitions. */
    lr_lbfgs: (stats: Float64Array, d: number, params: string, evaluate: unknown) => linearResult(fitLbfgs(stats, d, JSON.parse(params) as LinearParams,
      (beta, c) => call(evaluate, [json({ ...c, mean: Array.from(c.mean), std: Array.from(c.std) }), floats(beta)]) as Float64Array)),
    lr_loss: (b: Block, ctx: string, beta: unknown) => {
      const c = JSON.parse(ctx) as LsContext & { mean: number[]; std: number[] };
      return lossAndGradient(b, Float64Array.from(numbers(beta)), { ...c, mean: Float64Array.from(c.mean), std: Float64Array.from(c.std) }, new Float64Array(b.d + 1));
    },
    /** pairs: list of (prediction, label[, weight]). */
    metric_sums: (pairs: unknown) => {
      const p: number[] = [];
      const y: number[] = [];
      const w: number[] = [];
      for (const r of toArray(pairs)) {
        const t = toArray(r);
        p.push(num(t[0]));
        y.push(num(t[1]));
        w.push(t.length > 2 ? num(t[2]) : 1);
      }
      return metricSums(p, y, w);
    },
    regression_metrics: (sums: Float64Array, throughOrigin: boolean) => {
      const r = regressionMetrics(sums, throughOrigin);
      return tuple([r.meanSquaredError, r.rootMeanSquaredError, r.meanAbsoluteError, r.r2, r.explainedVariance, r.count, r.weightSum].map((v) => mkFloat(v)));
    },
    /** Binomial logistic regression on the driver's blocks: (coefficients, intercept, objectiveHistory). */
    logistic_binomial: (blocks: unknown, d: number, params: string) => {
      const f = fitBinomial(toArray(blocks) as Block[], d, JSON.parse(params) as LogisticParams);
      return tuple([floats(f.coefficients), mkFloat(f.intercept), floats(f.objectiveHistory)]);
    },
    // ---- trees ----
    /** Thresholds (JSON) from sample blocks. */
    tree_thresholds: (blocks: unknown, maxBins: number, numExamples: number) => {
      const bs = toArray(blocks) as Block[];
      const d = bs[0]?.d ?? 0;
      const n = bs.reduce((s, b) => s + b.n, 0);
      const all: Block = { n, d, x: new Float64Array(n * d), y: new Float64Array(n), w: new Float64Array(n) };
      let at = 0;
      for (const b of bs) {
        all.x.set(b.x, at * d);
        all.w.set(b.w, at);
        at += b.n;
      }
      return json(findThresholds(all, maxBins, numExamples));
    },
    forest_new: (params: string, thresholds: string, totalWeight: number) =>
      handle(new ForestBuilder(JSON.parse(params) as TreeParams, JSON.parse(thresholds) as number[][], num(totalWeight))),
    forest_request: (h: Handle<ForestBuilder>, thresholds: string) => {
      const r = h.$handle.request();
      return r === null ? null : `{"thresholds":${thresholds},"req":${r}}`;
    },
    level_stats: (b: Block, partition: number, request: string) => levelStatsForRequest(b, partition, request),
    forest_apply: (h: Handle<ForestBuilder>, stats: Float64Array) => {
      h.$handle.apply(stats);
      return null;
    },
    forest_result: (h: Handle<ForestBuilder>) => json(h.$handle.result()),
    /** A parsed model (trees JSON) for predictions. */
    trees_load: (s: string) => handle(JSON.parse(s) as FlatTree[]),
    tree_predict: (h: Handle<FlatTree[]>, i: number, v: unknown) => {
      const t = h.$handle[i];
      return mkFloat(t.prediction[leafOf(t, dense(featureInput(v)))]);
    },
    /** Mean of the trees' predictions (regression forests). */
    forest_predict: (h: Handle<FlatTree[]>, v: unknown, weights: unknown) => {
      const x = dense(featureInput(v));
      const w = numbers(weights);
      let s = 0;
      h.$handle.forEach((t, i) => { s += w[i] * t.prediction[leafOf(t, x)]; });
      return mkFloat(s / h.$handle.length);
    },
    /** Per-tree leaf stats at a vector (classification: class weights; regression: w, Σwy, Σwy², raw). */
    tree_leaf_stats: (h: Handle<FlatTree[]>, i: number, v: unknown) => {
      const t = h.$handle[i];
      return floats(t.stats[leafOf(t, dense(featureInput(v)))]);
    },
    tree_leaf: (h: Handle<FlatTree[]>, i: number, v: unknown) => {
      const t = h.$handle[i];
      return mkFloat(leafNumber(t, leafOf(t, dense(featureInput(v)))));
    },
    tree_info: (h: Handle<FlatTree[]>, i: number) => {
      const t = h.$handle[i];
      return tuple([treeDepth(t), t.feature.length]);
    },
    /** Nested nodes for toDebugString: (feature, threshold, prediction, left, right) or (-1, 0, prediction). */
    tree_nodes: (h: Handle<FlatTree[]>, i: number) => {
      const t = h.$handle[i];
      const rec = (k: number): unknown => t.feature[k] < 0
        ? tuple([-1, mkFloat(0), mkFloat(t.prediction[k])])
        : tuple([t.feature[k], mkFloat(t.threshold[k]), mkFloat(t.prediction[k]), rec(t.left[k]), rec(t.right[k])]);
      return rec(0);
    },
    importances: (h: Handle<FlatTree[]>, d: number, perTree: unknown = true) => floats(forestImportances(h.$handle, d, perTree !== false)),
    /** Random forest classification votes: Σ over trees of the leaf's class distribution. */
    forest_votes: (h: Handle<FlatTree[]>, v: unknown, k: number) => {
      const x = dense(featureInput(v));
      const votes = new Float64Array(k);
      for (const t of h.$handle) {
        const s = t.stats[leafOf(t, x)];
        let total = 0;
        for (let i = 0; i < k; i++) total += s[i] ?? 0;
        if (total !== 0) for (let i = 0; i < k; i++) votes[i] += (s[i] ?? 0) / total;
      }
      return floats(votes);
    },
    // ---- gradient-boosted trees (tree-boost.ts) ----
    boost_init: (b: Block, classification: boolean) => boostInit(b, classification),
    boost_update: (b: BoostBlock, tree: string, weight: unknown, loss: string) =>
      boostUpdate(b, (JSON.parse(tree) as FlatTree[])[0], num(weight), parseLoss(loss)),
    boost_error: (b: BoostBlock, loss: string) => boostError(b, parseLoss(loss)),
    boost_evaluate: (b: Block, trees: string, weights: unknown, loss: string, classification: boolean) =>
      boostEvaluate(b, JSON.parse(trees) as FlatTree[], numbers(weights), parseLoss(loss), classification),
    boost_margin: (h: Handle<FlatTree[]>, v: unknown, weights: unknown) => mkFloat(boostMargin(h.$handle, numbers(weights), dense(featureInput(v)))),
    boost_probability: (margin: unknown) => mkFloat(logisticProbability(num(margin))),
    /** A statistics array as a Python list of floats. */
    to_floats: (a: Float64Array) => floats(a),
    /** A tree model's output columns appended on engine rows (tree-transform.ts); the new view's name. */
    tree_transform: (df: unknown, h: Handle<FlatTree[]>, spec: string) => {
      const { session, sql } = frameOf(df);
      return treeTransform(session, sql, h.$handle, JSON.parse(spec) as TreeTransformSpec, `__flint_ml_trees_${treeViews++}`);
    },
  };
  for (const [k, f] of Object.entries(fns)) {
    Object.defineProperty(f, 'name', { value: k });
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.ml._algos');
  return m;
}

function dense(v: FeatureInput): ArrayLike<number> {
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return v as ArrayLike<number>;
  const s = v as { size: number; indices: ArrayLike<number>; values: ArrayLike<number> };
  const out = new Float64Array(s.size);
  for (let k = 0; k < s.indices.length; k++) out[s.indices[k]] = s.values[k];
  return out;
}

function linearResult(f: LinearFit): unknown {
  return tuple([floats(f.coefficients), mkFloat(f.intercept), floats(f.diagInvAtWA), floats(f.objectiveHistory)]);
}
