import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from './format-spec';
import { PyLibError } from './py-error';
import { strFormat, type StrFormatHost } from './str-format';
import { capture, expected, parseFloatRepr, pyRepr, pyTypeName, recordedHost, type Encoded, type Outcome } from './testdata/oracle-values';

interface Data {
  args: Encoded[];
  kwargs: [string, Encoded][];
  cases: (Outcome & { template: string })[];
}

const data: Data = JSON.parse(readFileSync(new URL('./testdata/str-format.json', import.meta.url), 'utf8'));

const isObj = (e: Encoded): e is Exclude<Encoded, string | null> => e !== null && typeof e === 'object';

/** The host the object model would provide, over recorded values. */
const host: StrFormatHost<Encoded> = {
  argCount: data.args.length,
  positional: (i) => data.args[i],
  keyword(name) {
    const hit = data.kwargs.find(([k]) => k === name);
    if (!hit) throw new PyLibError('KeyError', pyRepr(name));
    return hit[1];
  },
  getattr(v, name) {
    if (isObj(v) && ('int' in v || 'float' in v) && (name === 'real' || name === 'imag')) {
      if (name === 'real') return v;
      return 'int' in v ? { int: '0' } : { float: '0.0' };
    }
    throw new PyLibError('AttributeError', `'${pyTypeName(v)}' object has no attribute '${name}'`);
  },
  getitem(v, key) {
    if (isObj(v) && 'list' in v) {
      if (typeof key === 'string') throw new PyLibError('TypeError', 'list indices must be integers or slices, not str');
      if (key >= v.list.length) throw new PyLibError('IndexError', 'list index out of range');
      return v.list[key];
    }
    if (isObj(v) && 'dict' in v) {
      const want: Encoded = typeof key === 'number' ? { int: String(key) } : key;
      const hit = v.dict.find(([k]) => JSON.stringify(k) === JSON.stringify(want));
      if (!hit) throw new PyLibError('KeyError', pyRepr(want));
      return hit[1];
    }
    if (typeof v === 'string' && typeof key === 'number') return Array.from(v)[key];
    throw new PyLibError('TypeError', `'${pyTypeName(v)}' object is not subscriptable`);
  },
  convert: (v, c) => (c === 'r' ? recordedHost.repr(v) : c === 's' ? recordedHost.str(v) : recordedHost.ascii(v)),
  format(v, spec) {
    if (typeof v === 'string') return formatStr(v, spec);
    if (isObj(v) && 'int' in v) return formatInt(BigInt(v.int), spec);
    if (isObj(v) && 'float' in v) return formatFloat(parseFloatRepr(v.float), spec);
    if (spec === '') return recordedHost.str(v);
    throw new PyLibError('TypeError', `unsupported format string passed to ${pyTypeName(v)}.__format__`);
  },
};

describe('str.format against CPython', () => {
  it(`renders ${data.cases.length} templates`, () => {
    const failures = data.cases
      .map((c) => ({ c, got: capture(() => strFormat(c.template, host), (s) => s) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(expected(c)))
      .map(({ c, got }) => `${JSON.stringify(c.template)}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected(c))}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
