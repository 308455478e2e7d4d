/** The MLP kernel: Spark's doctest network (seeded init, l-bfgs), and the back-propagated gradient against finite differences. */
import { describe, expect, it } from 'vitest';
import { makeBlock } from './dataset';
import { fitMlp, initWeights, mlpAgg, predictRaw } from './mlp';

const xor = makeBlock([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], null, 2);

describe('multilayer perceptron kernel', () => {
  it("trains the doctest's XOR network from seed 123 to Spark's raw output [-16.208, 16.344]", () => {
    const layers = [2, 2, 2];
    const w0 = initWeights(layers, 123n);
    expect(w0.length).toBe(12);
    const f = fitMlp(w0, { layers, solver: 'l-bfgs', maxIter: 100, tol: 1e-6, stepSize: 0.03 }, (w) => mlpAgg(xor, layers, w, 1));
    const raw = predictRaw(layers, f.weights, [1, 0]);
    expect(raw[0]).toBeCloseTo(-16.208, 3);
    expect(raw[1]).toBeCloseTo(16.344, 3);
    expect(predictRaw(layers, f.weights, [0, 0])[0]).toBeGreaterThan(0);
  });

  it('back-propagates the gradient of the averaged cross-entropy (finite differences, blocks of 1 and 3)', () => {
    const layers = [2, 3, 4, 3];
    const b = makeBlock([[0.5, -1], [2, 0.3], [-0.7, 0.1], [1.5, 1.5], [0, -2]], [0, 2, 1, 2, 0], null, 2);
    const w = initWeights(layers, 7n);
    for (const blockSize of [1, 3]) {
      const acc = mlpAgg(b, layers, w, blockSize);
      const n = w.length;
      const f = (x: Float64Array) => { const a = mlpAgg(b, layers, x, blockSize); return a[n] / a[n + 1]; };
      for (let k = 0; k < n; k++) {
        const h = 1e-6;
        const p = Float64Array.from(w); p[k] += h;
        const m = Float64Array.from(w); m[k] -= h;
        expect(acc[k] / acc[n + 1]).toBeCloseTo((f(p) - f(m)) / (2 * h), 6);
      }
    }
  });
});
