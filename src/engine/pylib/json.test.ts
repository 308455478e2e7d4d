import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonLoads } from './json-decode';
import { jsonDumps, type DumpsOptions, type JsonValue } from './json-encode';
import { capture, expected, parseFloatRepr, type Outcome } from './testdata/oracle-values';

/** JsonValue as the oracle records it: ints and floats as text. */
type Recorded =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: string }
  | { kind: 'float'; value: string }
  | { kind: 'str'; value: string }
  | { kind: 'list'; items: Recorded[] }
  | { kind: 'dict'; entries: [Recorded, Recorded][] }
  | { kind: 'other'; typeName: string };

interface Data {
  dumps: (Outcome & { value: Recorded; options: Record<string, unknown> })[];
  loads: { text: string; ok?: Recorded; err?: string; msg?: string }[];
}

const data: Data = JSON.parse(readFileSync(new URL('./testdata/json.json', import.meta.url), 'utf8'));

function decode(r: Recorded): JsonValue {
  switch (r.kind) {
    case 'int': return { kind: 'int', value: BigInt(r.value) };
    case 'float': return { kind: 'float', value: parseFloatRepr(r.value) };
    case 'list': return { kind: 'list', items: r.items.map(decode) };
    case 'dict': return { kind: 'dict', entries: r.entries.map(([k, v]) => [decode(k), decode(v)] as const) };
    case 'other': return { kind: 'other', typeName: r.typeName, ref: null };
    default: return r;
  }
}

function record(v: JsonValue): Recorded {
  switch (v.kind) {
    case 'int': return { kind: 'int', value: String(v.value) };
    case 'float': return { kind: 'float', value: v.value === Infinity ? 'inf' : v.value === -Infinity ? '-inf' : Number.isNaN(v.value) ? 'nan' : String(v.value) };
    case 'list': return { kind: 'list', items: v.items.map(record) };
    case 'dict': {
      // What dict(pairs) keeps: first position, last value.
      const seen = new Map<string, [Recorded, Recorded]>();
      for (const [k, x] of v.entries) {
        const key = JSON.stringify(record(k));
        const prev = seen.get(key);
        if (prev) prev[1] = record(x);
        else seen.set(key, [record(k), record(x)]);
      }
      return { kind: 'dict', entries: [...seen.values()] };
    }
    case 'other': return { kind: 'other', typeName: v.typeName };
    default: return v;
  }
}

function options(o: Record<string, unknown>): DumpsOptions {
  return {
    ensureAscii: o.ensure_ascii as boolean | undefined,
    allowNan: o.allow_nan as boolean | undefined,
    indent: o.indent as number | string | undefined,
    separators: o.separators as [string, string] | undefined,
    sortKeys: o.sort_keys as boolean | undefined,
    skipkeys: o.skipkeys as boolean | undefined,
  };
}

describe('json against CPython', () => {
  it(`dumps ${data.dumps.length} values like json.dumps`, () => {
    const failures = data.dumps
      .map((c) => ({ c, got: capture(() => jsonDumps(decode(c.value), options(c.options)), (s) => s) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(expected(c)))
      .map(({ c, got }) => `dumps(${JSON.stringify(c.value).slice(0, 150)}, ${JSON.stringify(c.options)}): got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it(`loads ${data.loads.length} documents like json.loads`, () => {
    const failures: string[] = [];
    for (const c of data.loads) {
      let got: { ok?: Recorded; err?: string; msg?: string };
      try {
        got = { ok: record(jsonLoads(c.text)) };
      } catch (e) {
        const err = e as { pyType?: string; pyMessage?: string };
        if (err.pyType === undefined) throw e;
        got = { err: err.pyType === 'json.JSONDecodeError' ? 'JSONDecodeError' : err.pyType, msg: err.pyMessage };
      }
      const want = c.err !== undefined ? { err: c.err, msg: c.msg } : { ok: c.ok };
      // Floats are recorded by repr; compare them as numbers.
      const norm = (x: unknown) => JSON.stringify(x, (_k, v) => (v && v.kind === 'float' ? { kind: 'float', value: parseFloatRepr(v.value) } : v));
      if (norm(got) !== norm(want)) failures.push(`loads(${JSON.stringify(c.text)}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
