import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strftime, timezoneName, type BrokenDownTime } from './strftime';
import { strptime } from './strptime';
import { capture, expected, type Encoded, type Outcome } from './testdata/oracle-values';

const load = <T,>(name: string): T[] => JSON.parse(readFileSync(new URL(`./testdata/${name}.json`, import.meta.url), 'utf8'));

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'utcOffsetMicros', 'tzName'] as const;

/** The recorded dict shape: [key, value] pairs with ints tagged. */
function encodeFields(t: Omit<BrokenDownTime, never>): Encoded {
  return {
    dict: FIELDS.map((k): [Encoded, Encoded] => {
      const v = t[k];
      return [k, v === null ? null : typeof v === 'number' ? { int: String(v) } : v];
    }),
  };
}

/** What datetime.strptime builds: aware only with %z, named by %Z or the default name. */
function asDatetime(p: ReturnType<typeof strptime>): BrokenDownTime {
  const off = p.utcOffsetMicros;
  return { ...p, tzName: off === null ? null : (p.tzName ?? timezoneName(off)) };
}

describe('strftime against CPython (Linux, C locale)', () => {
  const cases = load<Outcome & { fields: BrokenDownTime; format: string }>('strftime');
  it(`formats ${cases.length} datetimes`, () => {
    const failures = cases
      .map((c) => ({ c, got: capture(() => strftime(c.format, c.fields), (s) => s) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(expected(c)))
      .map(({ c, got }) => `${JSON.stringify(c.format)} on ${JSON.stringify(c.fields)}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('datetime.strptime against CPython', () => {
  const cases = load<Outcome & { text: string; format: string }>('strptime');
  it(`parses ${cases.length} strings`, () => {
    const failures = cases
      .map((c) => ({ c, got: capture(() => asDatetime(strptime(c.text, c.format)), encodeFields) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(expected(c)))
      .map(({ c, got }) => `strptime(${JSON.stringify(c.text)}, ${JSON.stringify(c.format)}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
