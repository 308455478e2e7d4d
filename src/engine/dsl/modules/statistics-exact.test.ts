import { describe, expect, it } from 'vitest';
import { frac, fracOfFloat, sqrtToFloat, toFloat, add, mul, div, sub } from './statistics-exact';

// IEEE-754 sqrt and division are correctly rounded, so Math.sqrt and exact fractions are an oracle here.
function* doubles(seed: number, n: number): Generator<number> {
  const view = new DataView(new ArrayBuffer(8));
  let s = BigInt(seed);
  for (let i = 0; i < n; i++) {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    view.setBigUint64(0, s);
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) yield x;
  }
}

describe('exact fractions for statistics', () => {
  it('represents every finite double exactly (round trip through toFloat)', () => {
    for (const x of doubles(1, 3000)) expect(toFloat(fracOfFloat(x))).toBe(x);
    for (const x of [0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, -1e16]) expect(toFloat(fracOfFloat(x))).toBe(x);
  });

  it('rounds square roots correctly: equal to Math.sqrt on doubles', () => {
    for (const x of doubles(7, 3000)) {
      const a = Math.abs(x);
      expect(sqrtToFloat(fracOfFloat(a))).toBe(Math.sqrt(a));
    }
  });

  it('takes exact roots of perfect-square fractions', () => {
    for (let a = 1n; a < 60n; a += 7n) {
      for (let b = 1n; b < 60n; b += 5n) expect(sqrtToFloat(frac(a * a, b * b))).toBe(toFloat(frac(a, b)));
    }
  });

  it('keeps arithmetic exact where doubles round', () => {
    const tenth = fracOfFloat(0.1);
    const three = add(add(tenth, tenth), tenth);
    expect(toFloat(div(three, frac(3n)))).toBe(0.1);
    expect(toFloat(sub(mul(tenth, frac(10n)), frac(1n)))).toBe(5.551115123125783e-17);
  });
});
