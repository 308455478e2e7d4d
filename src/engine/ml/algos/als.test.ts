/** ALS: the partitioned half-steps (per-partition sums merged, then solved) equal the single-machine fit. */
import { describe, expect, it } from 'vitest';
import { alsInitFactors, alsPartialStats, alsSolveStats, fitAls, makeRatingBlocks, nnls } from './als';
import type { AlsParams } from './als';
import { rng } from './testdata/oracle.mjs';

describe('ALS kernel', () => {
  const r = rng(5);
  const us: number[] = [];
  const is: number[] = [];
  const rs: number[] = [];
  for (let u = 0; u < 9; u++) for (let i = 0; i < 7; i++) if (r() < 0.6) { us.push(u); is.push(i); rs.push(Math.round(r() * 10) / 2 - (i === 3 ? 1 : 0)); }

  for (const implicitPrefs of [false, true]) {
    it(`${implicitPrefs ? 'implicit' : 'explicit'}: three partitions give the single-machine factors`, () => {
      const p: AlsParams = { rank: 3, maxIter: 4, regParam: 0.1, implicitPrefs, alpha: 1.5, nonnegative: false, seed: 11 };
      const want = fitAls(us, is, rs, 9, 7, p);
      const blocks = makeRatingBlocks(us, is, rs, 3);
      let U = alsInitFactors(9, p, 0);
      let V = alsInitFactors(7, p, 1);
      const merged = (src: Float32Array, toItems: boolean, n: number) => blocks.map((b) => alsPartialStats(b, src, 3, toItems, n, implicitPrefs, 1.5))
        .reduce((a, b) => a.map((x, k) => x + b[k]));
      for (let it = 0; it < 4; it++) {
        V = alsSolveStats(merged(U, true, 7), 7, U, 9, p);
        U = alsSolveStats(merged(V, false, 9), 9, V, 7, p);
      }
      want.userFactors.forEach((f, e) => f.forEach((v, k) => expect(U[e * 3 + k]).toBeCloseTo(v, 5)));
      want.itemFactors.forEach((f, e) => f.forEach((v, k) => expect(V[e * 3 + k]).toBeCloseTo(v, 5)));
    });
  }

  it('nnls: the non-negative solution of a small problem (KKT conditions)', () => {
    const a = Float64Array.from([4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2]);
    const b = Float64Array.from([1, -2, 0.7]);
    const x = nnls(a, b, 3);
    for (let i = 0; i < 3; i++) {
      let g = -b[i];
      for (let j = 0; j < 3; j++) g += a[i * 3 + j] * x[j];
      expect(x[i]).toBeGreaterThanOrEqual(0);
      if (x[i] > 0) expect(Math.abs(g)).toBeLessThan(1e-9);
      else expect(g).toBeGreaterThanOrEqual(-1e-9);
    }
  });
});
