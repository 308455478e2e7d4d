import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floatFromHex, floatRepr, floatToHex } from './float-repr';
import { capture, expected, floatFromBitsHex, type Outcome } from './testdata/oracle-values';

interface Recorded {
  values: { bits: string; repr: string; hex: string }[];
  fromhex: (Outcome & { text: string })[];
}

const data: Recorded = JSON.parse(readFileSync(new URL('./testdata/float-repr.json', import.meta.url), 'utf8'));

describe('float repr and hex against CPython', () => {
  it(`repr() and float.hex() match on ${data.values.length} doubles`, () => {
    const failures: string[] = [];
    for (const c of data.values) {
      const x = floatFromBitsHex(c.bits);
      const got = [floatRepr(x), floatToHex(x)];
      if (got[0] !== c.repr || got[1] !== c.hex) failures.push(`${c.bits}: got ${got}, want ${c.repr},${c.hex}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it(`float.fromhex() matches on ${data.fromhex.length} strings`, () => {
    const failures: string[] = [];
    for (const c of data.fromhex) {
      const got = capture(() => floatToHex(floatFromHex(c.text)), (s) => s);
      if (JSON.stringify(got) !== JSON.stringify(expected(c))) failures.push(`${c.text}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
