import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-repr';
import { parseFloatLiteral, parseIntLiteral } from './number-parse';
import { capture, expected, type Outcome } from './testdata/oracle-values';

interface Case extends Outcome {
  text: string;
  fn: 'int' | 'float';
  base?: number;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./testdata/number-parse.json', import.meta.url), 'utf8'));

describe('int(str, base) and float(str) against CPython', () => {
  it(`parse ${cases.length} strings`, () => {
    const failures = cases
      .map((c) => ({
        c,
        got: c.fn === 'int'
          ? capture(() => parseIntLiteral(c.text, c.base), (v) => ({ int: String(v) }))
          : capture(() => parseFloatLiteral(c.text), (v) => ({ float: floatRepr(v) })),
      }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(expected(c)))
      .map(({ c, got }) => `${c.fn}(${JSON.stringify(c.text).slice(0, 80)}${c.base === undefined ? '' : `, ${c.base}`}): got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(expected(c)).slice(0, 200)}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
