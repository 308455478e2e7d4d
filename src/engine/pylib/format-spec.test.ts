import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from './format-spec';
import { capture, decodeFloat, decodeInt, expected, type Encoded, type Outcome } from './testdata/oracle-values';

interface Case extends Outcome {
  kind: 'int' | 'float' | 'str';
  value: Encoded;
  spec: string;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./testdata/format-spec.json', import.meta.url), 'utf8'));

function run(c: Case): Outcome {
  switch (c.kind) {
    case 'int':
      return capture(() => formatInt(decodeInt(c.value), c.spec), (s) => s);
    case 'float':
      return capture(() => formatFloat(decodeFloat(c.value), c.spec), (s) => s);
    case 'str':
      return capture(() => formatStr(c.value as string, c.spec), (s) => s);
  }
}

describe('format(x, spec) against CPython', () => {
  it(`matches all ${cases.length} recorded cases`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = run(c);
      if (JSON.stringify(got) !== JSON.stringify(expected(c))) {
        failures.push(`format(${JSON.stringify(c.value)}, ${JSON.stringify(c.spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
    expect(cases.length).toBeGreaterThan(10000);
  });

  it('accepts ints as JS numbers too', () => {
    expect(formatInt(1234567, ',')).toBe('1,234,567');
    expect(formatInt(-255, '#x')).toBe('-0xff');
  });
});
