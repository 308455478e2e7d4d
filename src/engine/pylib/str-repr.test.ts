import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strAscii, strRepr } from './str-repr';

const cases: { text: string; repr: string; ascii: string }[] = JSON.parse(
  readFileSync(new URL('./testdata/str-repr.json', import.meta.url), 'utf8'),
);

describe('repr(str) and ascii(str) against CPython', () => {
  it(`match on ${cases.length} strings`, () => {
    const failures = cases
      .filter((c) => strRepr(c.text) !== c.repr || strAscii(c.text) !== c.ascii)
      .map((c) => `${JSON.stringify(c.text)}: got ${strRepr(c.text)} ${strAscii(c.text)}, want ${c.repr} ${c.ascii}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
