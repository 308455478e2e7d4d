/** The factorization-machine kernel: Spark's doctest coefficients bit for bit, java.util.Random, and the FM gradient against finite differences. */
import { describe, expect, it } from 'vitest';
import { makeBlock } from './dataset';
import type { Block } from './dataset';
import { JavaRandom, fitFm, fmAgg, fmInit, fmPredict } from './fm';
import type { FmShape } from './fm';

const sum = (bs: Block[], s: FmShape, w: Float64Array, logistic: boolean): Float64Array => {
  const acc = new Float64Array(w.length + 2);
  for (const b of bs) fmAgg(b, s, w, logistic).forEach((v, i) => { acc[i] += v; });
  return acc;
};
const params = { solver: 'adamW' as const, maxIter: 100, stepSize: 1, regParam: 0, tol: 1e-6, miniBatchFraction: 1 };

describe('factorization machines kernel', () => {
  it('draws java.util.Random gaussians', () => {
    expect(new JavaRandom(42n).nextGaussian()).toBe(1.1419053154730547);
    expect(new JavaRandom(0n).nextGaussian()).toBe(0.8025330637390305);
  });

  it("reproduces FMClassifier's doctest (seed 11, factorSize 2): intercept -7.316665276826291", () => {
    const s: FmShape = { numFeatures: 1, factorSize: 2, fitIntercept: true, fitLinear: true };
    // PySpark's doctest session is local[2]: one row per partition
    const parts = [makeBlock([[1]], [1], null, 1), makeBlock([[0]], [0], null, 1)];
    const f = fitFm(fmInit(s, 11n, 0.01), params, (w) => sum(parts, s, w, true));
    expect(f.coefficients[3]).toBe(-7.316665276826291);
    expect(f.coefficients[2]).toBeCloseTo(14.8232, 4);
    expect(f.coefficients[0]).toBeCloseTo(0.0163, 4);
    expect(f.coefficients[1]).toBeCloseTo(-0.0051, 4);
    expect(fmPredict(s, f.coefficients, [-1])).toBeCloseTo(-22.1399, 4);
  });

  it("reproduces FMRegressor's doctest (seed 16) on local[2]'s partitions: intercept -0.0032501766849261557", () => {
    const s: FmShape = { numFeatures: 1, factorSize: 2, fitIntercept: true, fitLinear: true };
    const parts = [makeBlock([[2]], [2], null, 1), makeBlock([[1], [0]], [1, 0], null, 1)];
    const f = fitFm(fmInit(s, 16n, 0.01), params, (w) => sum(parts, s, w, false));
    expect(f.coefficients[3]).toBe(-0.0032501766849261557);
    expect(fmPredict(s, f.coefficients, [-2])).toBe(-1.9989237712341565);
  });

  it('gradient of the summed loss matches finite differences (logistic and squared)', () => {
    const s: FmShape = { numFeatures: 3, factorSize: 2, fitIntercept: true, fitLinear: true };
    const b = makeBlock([[1, 0, 2], [0.5, -1, 0], [0, 0, 3], [2, 1, -1]], [1, 0, 1, 0], null, 3);
    const w = fmInit(s, 3n, 0.5);
    w[6] = 0.3; w[7] = -0.2; w[9] = 0.1;
    for (const logistic of [true, false]) {
      const g = fmAgg(b, s, w, logistic);
      const n = w.length;
      for (let k = 0; k < n; k++) {
        const h = 1e-6;
        const p = Float64Array.from(w); p[k] += h;
        const m = Float64Array.from(w); m[k] -= h;
        expect(g[k]).toBeCloseTo((fmAgg(b, s, p, logistic)[n] - fmAgg(b, s, m, logistic)[n]) / (2 * h), 5);
      }
    }
  });
});
