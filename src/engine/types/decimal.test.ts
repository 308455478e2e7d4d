import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal';

interface Case { a: string; b: string; scale: number; add: string; sub: string; mul: string; div: string | null }

const cases = JSON.parse(readFileSync(new URL('./decimal-oracle.json', import.meta.url), 'utf8')) as Case[];
const eq = (x: Decimal | null, text: string | null) => {
  if (text === null) return x === null;
  return x !== null && x.compare(Decimal.fromString(text)!) === 0;
};

describe('Decimal against Python decimal (ROUND_HALF_UP)', () => {
  it('adds, subtracts, multiplies and divides like the oracle', () => {
    for (const c of cases) {
      const a = Decimal.fromString(c.a)!;
      const b = Decimal.fromString(c.b)!;
      expect(eq(a.add(b), c.add), `${c.a} + ${c.b}`).toBe(true);
      expect(eq(a.sub(b), c.sub), `${c.a} - ${c.b}`).toBe(true);
      expect(eq(a.mul(b), c.mul), `${c.a} * ${c.b}`).toBe(true);
      expect(eq(a.div(b, c.scale), c.div), `${c.a} / ${c.b} @${c.scale}`).toBe(true);
    }
  });
  it('prints with exactly its scale', () => {
    expect(new Decimal(-5n, 3).toString()).toBe('-0.005');
    expect(Decimal.fromString('1.50')!.toString()).toBe('1.50');
    expect(Decimal.fromString('1e3')!.toString()).toBe('1000');
  });
});
