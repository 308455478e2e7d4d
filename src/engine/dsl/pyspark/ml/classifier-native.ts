/**
 * The linear-classifier and neural-model kernels (LinearSVC, multinomial logistic regression,
 * MLP, factorization machines) as the Python module `pyspark.ml._linear`. Per-partition statistics run as jobs (the Python side passes an
 * `evaluate(ctx, coef)` callable that runs `_Instances.aggregate`); the Breeze optimiser
 * loops run on the driver.
 */
import { PyModule, call, mkFloat, pyErr, toArray, tuple } from '../../../values/py';
import type { Block } from '../../../ml/algos/dataset';
import { fitSvc, hingeAgg, summaryMerge, summaryOf, summaryPart } from '../../../ml/algos/hinge';
import type { SvcParams } from '../../../ml/algos/hinge';
import { fitMlp, initWeights, mlpAgg, predictRaw as mlpPredictRaw, softmax } from '../../../ml/algos/mlp';
import type { MlpParams } from '../../../ml/algos/mlp';
import { bernoulliKeep, fitFm, fmAgg, fmInit, fmPredict, partitionSeeds } from '../../../ml/algos/fm';
import type { FmParams, FmShape } from '../../../ml/algos/fm';
import { fitLogistic, logisticAgg, logisticContext } from '../../../ml/algos/softmax';
import type { LogisticCtx, LogisticFitParams } from '../../../ml/algos/softmax';

const floats = (a: ArrayLike<number>): unknown[] => Array.from(a, (x) => mkFloat(x));

const nums = (v: unknown): number[] => (Array.isArray(v) ? v : toArray(v)).map((x) => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : (x as { v: number }).v));

interface Handle<T> { readonly $handle: T }

interface MlpCtx { layers: number[]; blockSize: number }

interface AggCtx { inverseStd: number[]; scaledMean: number[]; fitIntercept: boolean }

export function classifierFns(): Record<string, (...a: never[]) => unknown> {
  return {
    /** One partition's summarizer statistics (Float64Array); merged by summary_merge in a tree reduce. */
    summary_part: (b: Block) => summaryPart(b),
    summary_merge: (a: Float64Array, b: Float64Array) => summaryMerge(a, b),
    /** (mean, std, weightSum, count, histogram, invalidLabels) from merged statistics. */
    feature_summary: (stats: Float64Array) => {
      const s = summaryOf(stats);
      return tuple([floats(s.mean), floats(s.std), mkFloat(s.weightSum), s.count, floats(s.histogram), s.invalid]);
    },
    svc_agg: (b: Block, ctx: string, coef: unknown) => {
      const c = JSON.parse(ctx) as AggCtx;
      return hingeAgg(b, Float64Array.from(nums(coef)), Float64Array.from(c.inverseStd), Float64Array.from(c.scaledMean), c.fitIntercept);
    },
    /** stats: the merged summary_part statistics; evaluate(ctx_json, coef) sums svc_agg over the partitions. Returns (coefficients, intercept, objectiveHistory). */
    svc_fit: (stats: Float64Array, d: number, params: string, evaluate: unknown) => {
      const p = JSON.parse(params) as SvcParams;
      const summary = summaryOf(stats);
      const inverseStd = Array.from(summary.std, (s) => (s !== 0 ? 1 / s : 0));
      const ctx = JSON.stringify({ inverseStd, scaledMean: Array.from(summary.mean, (m, j) => inverseStd[j] * m), fitIntercept: p.fitIntercept });
      const f = fitSvc(summary, d, p, (coef) => call(evaluate, [ctx, floats(coef)]) as Float64Array);
      return tuple([floats(f.coefficients), mkFloat(f.intercept), floats(f.objectiveHistory)]);
    },
    // ---- logistic regression (binomial and multinomial) ----
    logistic_agg: (b: Block, ctx: string, coef: unknown) => logisticAgg(b, Float64Array.from(nums(coef)), JSON.parse(ctx) as LogisticCtx),
    /** evaluate(ctx_json, coef) sums logistic_agg over the partitions. Returns (coefficients row-major, intercepts, objectiveHistory). */
    logistic_fit: (stats: Float64Array, d: number, params: string, evaluate: unknown) => {
      const p = JSON.parse(params) as LogisticFitParams;
      const summary = summaryOf(stats);
      const ctx = JSON.stringify(logisticContext(summary, p));
      const f = fitLogistic(summary, d, p, (coef) => call(evaluate, [ctx, floats(coef)]) as Float64Array);
      return tuple([floats(f.coefficients), floats(f.intercepts), floats(f.objectiveHistory)]);
    },
    // ---- multilayer perceptron ----
    mlp_init: (layers: unknown, seed: unknown) => floats(initWeights(nums(layers), BigInt.asIntN(64, typeof seed === 'bigint' ? seed : BigInt(Math.trunc(nums([seed])[0]))))),
    mlp_agg: (b: Block, ctx: string, w: unknown) => {
      const c = JSON.parse(ctx) as MlpCtx;
      if (b.d !== c.layers[0]) throw pyErr('ValueError', `requirement failed: the input layer has ${c.layers[0]} neurons but the features have ${b.d} values`);
      return mlpAgg(b, c.layers, Float64Array.from(nums(w)), c.blockSize);
    },
    /** evaluate(ctx_json, weights) sums mlp_agg over the partitions. Returns (weights, objectiveHistory). */
    mlp_fit: (w0: unknown, params: string, blockSize: number, evaluate: unknown) => {
      const p = JSON.parse(params) as MlpParams;
      const ctx = JSON.stringify({ layers: p.layers, blockSize });
      const f = fitMlp(Float64Array.from(nums(w0)), p, (w) => call(evaluate, [ctx, floats(w)]) as Float64Array);
      return tuple([floats(f.weights), floats(f.objectiveHistory)]);
    },
    mlp_model: (layers: unknown, w: unknown): Handle<{ layers: number[]; w: Float64Array }> => ({ $handle: { layers: nums(layers), w: Float64Array.from(nums(w)) } }),
    mlp_raw: (h: Handle<{ layers: number[]; w: Float64Array }>, x: unknown) => floats(mlpPredictRaw(h.$handle.layers, h.$handle.w, nums(x))),
    softmax: (raw: unknown) => floats(softmax(nums(raw))),
    // ---- factorization machines ----
    fm_agg: (b: Block, partition: number, ctx: string, w: unknown, iteration: number) => {
      const c = JSON.parse(ctx) as { shape: FmShape; logistic: boolean; fraction: number; numPartitions: number };
      let keep: ((r: number) => boolean) | undefined;
      if (c.fraction < 1) {
        const k = bernoulliKeep(partitionSeeds(BigInt(42 + iteration), c.numPartitions)[partition], b.n, c.fraction);
        keep = (r) => k[r];
      }
      return fmAgg(b, c.shape, Float64Array.from(nums(w)), c.logistic, keep);
    },
    /** evaluate(ctx, w, iteration) sums fm_agg over the partitions. Returns (coefficients, lossHistory). */
    fm_fit: (shape: string, seed: unknown, initStd: unknown, params: string, ctx: string, evaluate: unknown) => {
      const s = JSON.parse(shape) as FmShape;
      const seedBig = typeof seed === 'bigint' ? seed : BigInt(Math.trunc(nums([seed])[0]));
      const w0 = fmInit(s, seedBig, nums([initStd])[0]);
      const f = fitFm(w0, JSON.parse(params) as FmParams, (w, it) => call(evaluate, [ctx, floats(w), it]) as Float64Array);
      return tuple([floats(f.coefficients), floats(f.lossHistory)]);
    },
    fm_predict: (numFeatures: number, factorSize: number, factors: unknown, linear: unknown, intercept: unknown, x: unknown) => {
      const s: FmShape = { numFeatures, factorSize, fitIntercept: true, fitLinear: true };
      const w = [...nums(factors), ...nums(linear), nums([intercept])[0]];
      return mkFloat(fmPredict(s, w, nums(x)));
    },
  };
}

export function classifierNativeModule(): PyModule {
  const m = new PyModule('pyspark.ml._linear');
  for (const [k, f] of Object.entries(classifierFns())) {
    Object.defineProperty(f, 'name', { value: k });
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.ml._linear');
  return m;
}
