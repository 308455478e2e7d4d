import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as libm from './libm';
import { floatFromBitsHex } from './testdata/oracle-values';

interface Case {
  fn: 'log' | 'log2' | 'log10' | 'exp' | 'sin' | 'cos' | 'tan' | 'pow' | 'atan' | 'atan2' | 'asin' | 'acos';
  args: string[];
  glibc: string;
  cr: string | null;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./testdata/libm.json', import.meta.url), 'utf8'));

function call(c: Case): number {
  const a = c.args.map(floatFromBitsHex);
  if (c.fn === 'pow' || c.fn === 'atan2') return libm[c.fn](a[0], a[1]);
  return libm[c.fn](a[0]);
}

describe('correctly rounded libm', () => {
  it('returns the correctly rounded double on every recorded case (45-digit decimal reference)', () => {
    const wrong = cases
      .filter((c) => c.cr !== null && !Object.is(call(c), floatFromBitsHex(c.cr)))
      .map((c) => `${c.fn}(${c.args.map(floatFromBitsHex)}) = ${call(c)}, exact rounds to ${floatFromBitsHex(c.cr as string)}`);
    expect(wrong).toEqual([]);
  });

  // glibc itself is off by a hair over half an ulp on about 0.1% of arguments, so CPython's
  // outputs cannot all be matched by a correctly rounded libm; JS's Math.* misses ~5%.
  it('agrees with CPython on glibc for at least 99.5% of arguments, per function', () => {
    const byFn = new Map<string, { n: number; same: number }>();
    for (const c of cases) {
      const s = byFn.get(c.fn) ?? { n: 0, same: 0 };
      s.n++;
      if (Object.is(call(c), floatFromBitsHex(c.glibc))) s.same++;
      byFn.set(c.fn, s);
    }
    const low = [...byFn].filter(([, s]) => s.same / s.n < 0.995).map(([fn, s]) => `${fn}: ${s.same}/${s.n}`);
    expect(low).toEqual([]);
  });

  it('follows C99 pow special cases', () => {
    expect(libm.pow(1, NaN)).toBe(1);
    expect(libm.pow(NaN, 0)).toBe(1);
    expect(libm.pow(-1, Infinity)).toBe(1);
    expect(libm.pow(-0, -3)).toBe(-Infinity);
    expect(libm.pow(-8, 1 / 3)).toBeNaN();
    expect(libm.pow(-2, 3)).toBe(-8);
    expect(libm.pow(2, 0.5)).toBe(Math.SQRT2);
  });
});
