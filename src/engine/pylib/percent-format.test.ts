import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentArgs } from './percent-format';
import { capture, expected, recordedHost, type Encoded, type Outcome } from './testdata/oracle-values';

interface Case extends Outcome {
  template: string;
  args: Encoded;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('./testdata/percent-format.json', import.meta.url), 'utf8'));

function argsOf(e: Encoded): PercentArgs<Encoded> {
  if (e !== null && typeof e === 'object' && 'tuple' in e) return { kind: 'tuple', items: e.tuple };
  const mapping = e !== null && typeof e === 'object' && ('dict' in e || 'list' in e);
  return { kind: 'single', value: e, mapping };
}

describe('str % args against CPython', () => {
  it(`matches all ${cases.length} recorded cases`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = capture(() => percentFormat(c.template, argsOf(c.args), recordedHost), (s) => s);
      if (JSON.stringify(got) !== JSON.stringify(expected(c))) {
        failures.push(`${JSON.stringify(c.template)} % ${JSON.stringify(c.args)}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
  });
});
