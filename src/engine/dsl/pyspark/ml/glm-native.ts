/**
 * `pyspark.ml._glm`: the kernels behind GeneralizedLinearRegression, AFTSurvivalRegression and
 * IsotonicRegression (`src/engine/ml/algos/glm.ts`, `aft.ts`, `isotonic.ts`) as Python-callable
 * functions. Training blocks are packed here (features plus an optional offset column), shipped
 * as an RDD, and the per-partition statistics merged with `_algos.merge` in a tree reduce.
 * Kernel `requirement failed` errors surface as IllegalArgumentException, as Spark's do.
 */
import { FlintError } from '../../../errors';
import { PyModule, call, construct, mkFloat, toArray, tuple } from '../../../values/py';
import type { PyType } from '../../../values/py';
import { loadModule } from '../source-module';
import type { Block, FeatureInput } from '../../../ml/algos/dataset';
import { makeBlock, splitBlock } from '../../../ml/algos/dataset';
import {
  glmAic, glmFitted, glmLink, glmNullDeviance, glmResiduals, glmSolve, glmStats, glmSums, maxChange, normCdf,
} from '../../../ml/algos/glm';
import type { GlmSpec } from '../../../ml/algos/glm';
import { fitAft, aftLossGrad } from '../../../ml/algos/aft';
import type { AftContext } from '../../../ml/algos/aft';
import { fitIsotonic, predictIsotonic } from '../../../ml/algos/isotonic';
import { featureInput } from './algos-native';
import { associationRules, fpGrowth, prefixSpan } from '../../../ml/algos/fpgrowth';
import { alsInitFactors, alsPartialStats, alsSolveStats, fitAls, makeRatingBlocks, predictAls } from '../../../ml/algos/als';
import type { RatingBlock } from '../../../ml/algos/als';
import type { AlsParams } from '../../../ml/algos/als';

const num = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v === null || v === undefined) return NaN;
  const f = (v as { v?: unknown }).v;
  if (typeof f === 'number') return f;
  return Number(v);
};
const numbers = (v: unknown): number[] => toArray(v).map(num);
const floats = (a: ArrayLike<number>): unknown[] => Array.from(a, (x) => mkFloat(x));

/** Runs a kernel, turning its `requirement failed` errors into Spark's IllegalArgumentException. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && !(e instanceof FlintError) && /^(requirement failed|No AIC|GeneralizedLinearRegression_)/.test(e.message)) {
      const mod = loadModule('pyspark.errors.exceptions.captured');
      throw construct(mod.$d.get('IllegalArgumentException') as PyType, [e.message]);
    }
    throw e;
  }
}

interface GlmModelHandle { spec: GlmSpec; coef: Float64Array; intercept: number }

const specOf = (s: unknown): GlmSpec => (typeof s === 'string' ? JSON.parse(s) as GlmSpec : (s as { $handle: GlmSpec }).$handle);

/** Columns (y, mu, w, offset) of a list of rows. */
function columns(rows: unknown): [Float64Array, Float64Array, Float64Array, Float64Array] {
  const items = toArray(rows);
  const n = items.length;
  const cols: [Float64Array, Float64Array, Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  items.forEach((r, i) => {
    const t = toArray(r);
    for (let k = 0; k < 4; k++) cols[k][i] = k < t.length ? num(t[k]) : k === 2 ? 1 : 0;
  });
  return cols;
}

const vecSize = (v: FeatureInput): number => (Array.isArray(v) || ArrayBuffer.isView(v) ? (v as ArrayLike<number>).length : (v as { size: number }).size);

export function glmNativeModule(): PyModule {
  const m = new PyModule('pyspark.ml._glm');
  const fns: Record<string, (...a: never[]) => unknown> = {
    /**
     * rows: (label, features, weight[, extra]) → numParts blocks; with `extra` the value is
     * appended as a last feature column (GLM offsets). Returns (blocks, numFeatures).
     */
    pack: (rows: unknown, numParts: number, withExtra: boolean) => {
      const feats: FeatureInput[] = [];
      const labels: number[] = [];
      const weights: number[] = [];
      let d = -1;
      for (const r of toArray(rows)) {
        const t = toArray(r);
        labels.push(num(t[0]));
        let f = featureInput(t[1]);
        if (d < 0) d = vecSize(f);
        if (withExtra) {
          const dense = new Float64Array(d + 1);
          if (Array.isArray(f) || ArrayBuffer.isView(f)) dense.set(f as ArrayLike<number>);
          else {
            const s = f as { indices: ArrayLike<number>; values: ArrayLike<number> };
            for (let k = 0; k < s.indices.length; k++) dense[s.indices[k]] = s.values[k];
          }
          dense[d] = num(t[3]);
          f = dense;
        }
        feats.push(f);
        weights.push(t.length > 2 ? num(t[2]) : 1);
      }
      if (d < 0) d = 0;
      const b = guarded(() => makeBlock(feats, labels, weights, withExtra ? d + 1 : d));
      return tuple([splitBlock(b, Math.max(1, Math.min(num(numParts), b.n || 1))), d]);
    },
    spec: (json: string) => ({ $handle: JSON.parse(json) as GlmSpec }),
    /** Normal-equation statistics of one block (model null: the initial problem). */
    glm_stats: (b: Block, spec: unknown, d: number, hasOffset: boolean, coef: unknown, intercept: unknown, gaussianIdentity: boolean) =>
      guarded(() => glmStats(b, specOf(spec), num(d), !!hasOffset, coef === null ? null : { coefficients: numbers(coef), intercept: num(intercept) }, !!gaussianIdentity)),
    /** (coefficients, intercept, diagInvAtWA) of merged statistics. */
    glm_solve: (stats: Float64Array, d: number, fitIntercept: boolean, regParam: unknown, standardized: boolean) => guarded(() => {
      const f = glmSolve(stats, num(d), !!fitIntercept, num(regParam), !!standardized);
      return tuple([floats(f.coefficients), mkFloat(f.intercept), floats(f.diagInvAtWA)]);
    }),
    max_change: (c1: unknown, i1: unknown, c2: unknown, i2: unknown) =>
      mkFloat(maxChange({ coefficients: numbers(c1), intercept: num(i1) }, { coefficients: numbers(c2), intercept: num(i2) })),
    /** A fitted model for predictions: (spec JSON, coefficients, intercept). */
    model: (spec: string, coef: unknown, intercept: unknown) => ({ $handle: { spec: JSON.parse(spec) as GlmSpec, coef: Float64Array.from(numbers(coef)), intercept: num(intercept) } }),
    /** Linear predictor of a feature vector under a model handle. */
    model_eta: (h: { $handle: GlmModelHandle }, v: unknown, offset: unknown) => {
      const x = featureInput(v);
      const c = h.$handle.coef;
      let s = h.$handle.intercept + num(offset);
      if (Array.isArray(x) || ArrayBuffer.isView(x)) {
        const a = x as ArrayLike<number>;
        for (let j = 0; j < a.length; j++) s += c[j] * a[j];
      } else {
        const sp = x as { indices: ArrayLike<number>; values: ArrayLike<number> };
        for (let k = 0; k < sp.indices.length; k++) s += c[sp.indices[k]] * sp.values[k];
      }
      return mkFloat(s);
    },
    model_fitted: (h: { $handle: GlmModelHandle }, eta: unknown) => mkFloat(glmFitted(h.$handle.spec, num(eta))),
    fitted: (spec: unknown, eta: unknown) => guarded(() => mkFloat(glmFitted(specOf(spec), num(eta)))),
    link: (spec: unknown, mu: unknown) => guarded(() => mkFloat(glmLink(specOf(spec), num(mu)))),
    /** rows (y, mu, w, offset) → [count, Σw, deviance, Pearson χ², Σ(y - offset)w]. */
    sums: (spec: unknown, rows: unknown) => {
      const [y, mu, w, o] = columns(rows);
      return floats(glmSums(specOf(spec), y, mu, w, o));
    },
    null_deviance: (spec: unknown, intercept: unknown, rows: unknown) => {
      const [y, , w, o] = columns(rows);
      return mkFloat(glmNullDeviance(specOf(spec), num(intercept), y, w, o));
    },
    aic: (spec: unknown, rows: unknown, deviance: unknown, n: unknown, wSum: unknown) => guarded(() => {
      const [y, mu, w] = columns(rows);
      return mkFloat(glmAic(specOf(spec), y, mu, w, num(deviance), num(n), num(wSum)));
    }),
    residuals: (spec: unknown, type: string, rows: unknown) => {
      const [y, mu, w] = columns(rows);
      return floats(glmResiduals(specOf(spec), type, y, mu, w));
    },
    norm_pvalue: (t: unknown) => mkFloat(2 * (1 - normCdf(Math.abs(num(t))))),
    // ---- AFT ----
    /** Per-block [gradient, loss, count] at parameters x (ctx JSON from aft_fit). */
    aft_loss: (b: Block, ctx: string, x: unknown) => guarded(() => aftLossGrad(b, JSON.parse(ctx) as AftContext, numbers(x))),
    /** evaluate(ctx_json, x) runs a job summing aft_loss; returns (coefficients, intercept, scale, history). */
    aft_fit: (mean: unknown, std: unknown, fitIntercept: boolean, maxIter: number, tol: unknown, evaluate: unknown) => guarded(() => {
      const f = fitAft(numbers(mean), numbers(std), !!fitIntercept, num(maxIter), num(tol),
        (ctx, x) => call(evaluate, [JSON.stringify(ctx), floats(x)]) as Float64Array);
      return tuple([floats(f.coefficients), mkFloat(f.intercept), mkFloat(f.scale), floats(f.objectiveHistory)]);
    }),
    // ---- isotonic ----
    /** rows (label, feature, weight) → (boundaries, predictions). */
    iso_fit: (rows: unknown, isotonic: boolean) => guarded(() => {
      const items = toArray(rows);
      const y = new Float64Array(items.length);
      const x = new Float64Array(items.length);
      const w = new Float64Array(items.length);
      items.forEach((r, i) => {
        const t = toArray(r);
        y[i] = num(t[0]);
        x[i] = num(t[1]);
        w[i] = t.length > 2 ? num(t[2]) : 1;
      });
      const f = fitIsotonic(y, x, w, !!isotonic);
      return tuple([floats(f.boundaries), floats(f.predictions)]);
    }),
    iso_model: (boundaries: unknown, predictions: unknown) => ({ $handle: [Float64Array.from(numbers(boundaries)), Float64Array.from(numbers(predictions))] }),
    iso_predict: (h: { $handle: [Float64Array, Float64Array] }, x: unknown) => mkFloat(predictIsotonic(h.$handle[0], h.$handle[1], num(x))),
    // ---- frequent patterns (items as integer ids) ----
    /** transactions: lists of distinct ids → (itemsets, freqs). */
    fp_growth: (transactions: unknown, minCount: unknown, numParts: unknown) => {
      const f = fpGrowth(toArray(transactions).map(numbers), num(minCount), num(numParts));
      return tuple([f.itemsets, f.freqs]);
    },
    /** → list of (antecedent, consequent, confidence, lift, support). */
    assoc_rules: (itemsets: unknown, freqs: unknown, minConfidence: unknown, n: unknown) =>
      associationRules({ itemsets: toArray(itemsets).map(numbers), freqs: numbers(freqs) }, num(minConfidence), num(n))
        .map((r) => tuple([r.antecedent, r.consequent, mkFloat(r.confidence), mkFloat(r.lift), mkFloat(r.support)])),
    /** db: sequences of itemsets of ids → list of (sequence, freq). */
    prefix_span: (db: unknown, minCount: unknown, maxLen: unknown) =>
      prefixSpan(toArray(db).map((seq) => toArray(seq).map(numbers)), num(minCount), num(maxLen)).map((p) => tuple([p.sequence, p.freq])),
    // ---- ALS ----
    /** (user index, item index, rating) columns → (userFactors, itemFactors) as lists of float lists. */
    als_fit: (users: unknown, items: unknown, ratings: unknown, numUsers: unknown, numItems: unknown, params: string) => {
      const f = fitAls(numbers(users), numbers(items), numbers(ratings), num(numUsers), num(numItems), JSON.parse(params) as AlsParams);
      const out = (fs: Float32Array[]) => fs.map((v) => floats(v));
      return tuple([out(f.userFactors), out(f.itemFactors)]);
    },
    /** Ratings (index columns) split into `parts` blocks for the executors. */
    als_pack: (users: unknown, items: unknown, ratings: unknown, parts: unknown) => makeRatingBlocks(numbers(users), numbers(items), numbers(ratings), Math.max(1, num(parts))),
    als_init: (n: unknown, params: string, which: unknown) => alsInitFactors(num(n), JSON.parse(params) as AlsParams, num(which) ? 1 : 0),
    /** A partition's per-destination normal-equation sums (toItems: destinations are items). */
    als_stats: (b: RatingBlock, src: unknown, k: unknown, toItems: boolean, numDst: unknown, implicitPrefs: boolean, alpha: unknown) =>
      alsPartialStats(b, numbers(src), num(k), !!toItems, num(numDst), !!implicitPrefs, num(alpha)),
    /** Factors as a plain list of floats (what closures can ship to the executors). */
    als_list: (f: Float32Array) => floats(f),
    als_solve: (stats: Float64Array, numDst: unknown, src: Float32Array, numSrc: unknown, params: string) =>
      alsSolveStats(stats, num(numDst), src, num(numSrc), JSON.parse(params) as AlsParams),
    /** Row-major factors → list of float lists. */
    als_rows: (f: Float32Array, k: unknown) => {
      const kk = num(k);
      const out: unknown[] = [];
      for (let e = 0; e * kk < f.length; e++) out.push(floats(f.subarray(e * kk, (e + 1) * kk)));
      return out;
    },
    als_predict: (u: unknown, v: unknown) => (u === null || v === null ? mkFloat(NaN) : mkFloat(predictAls(numbers(u), numbers(v)))),
  };
  for (const [k, f] of Object.entries(fns)) {
    Object.defineProperty(f, 'name', { value: k });
    m.$d.set(k, f);
  }
  m.$d.set('__name__', 'pyspark.ml._glm');
  return m;
}
