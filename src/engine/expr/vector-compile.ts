/**
 * Bound expressions evaluated a batch at a time over typed vectors. Column references are
 * the batch's own vectors; comparisons, AND/OR/NOT, CASE and widening casts run as loops
 * over typed arrays. Other functions run per row on vector values where the row path would
 * call them for every row too; anything else (subqueries, lambdas, non-deterministic
 * functions, functions under CASE or the right side of AND/OR) evaluates the whole
 * expression with the row closures over the batch's rows, so results never change.
 */
import { batchToRows, buildVector, constantVector, getValue, layoutOf } from '../columnar';
import type { ColumnBatch, ColumnVector, DictionaryCodes } from '../columnar';
import { BooleanType } from '../types';
import type { DataType } from '../types';
import type { BoundExpr } from './bound';
import { compile } from './compile';
import type { Env } from './compile';
import { compareDoubles, valueComparator } from './value-compare';

export type VectorFn = (b: ColumnBatch, env: Env) => ColumnVector;

type BoolVector = Extract<ColumnVector, { kind: 'bool' }>;

const COMPARISONS: Record<string, Uint8Array> = {
  // Result of the comparison for an order of -1, 0, 1.
  '=': Uint8Array.of(0, 1, 0),
  '<>': Uint8Array.of(1, 0, 1),
  '<': Uint8Array.of(1, 0, 0),
  '<=': Uint8Array.of(1, 1, 0),
  '>': Uint8Array.of(0, 0, 1),
  '>=': Uint8Array.of(0, 1, 1),
};

const SMALL_INTS = new Set(['byte', 'short', 'int', 'date']);

export function compileVector(e: BoundExpr): VectorFn {
  const k = kernel(e, true);
  if (k) return k;
  const f = compile(e);
  const t = e.type;
  return (b, env) => {
    const rows = batchToRows(b);
    return buildVector(t, rows.length, (i) => f(rows[i]!, env));
  };
}

/** A vector kernel for `e`, or null. `eager`: the row path evaluates `e` on every row. */
function kernel(e: BoundExpr, eager: boolean): VectorFn | null {
  switch (e.kind) {
    case 'ref': {
      const c = e.index;
      return (b) => b.columns[c]!;
    }
    case 'literal': {
      const { type, value } = e;
      return (b) => constantVector(type, value, b.numRows);
    }
    case 'and': case 'or': {
      const l = kernel(e.left, eager);
      const r = kernel(e.right, false);
      if (!l || !r) return null;
      const isAnd = e.kind === 'and';
      return (b, env) => logic(isAnd, l(b, env) as BoolVector, r(b, env) as BoolVector, b.numRows);
    }
    case 'strict': {
      if (e.name === 'not' && e.args.length === 1 && e.args[0]!.type.kind === 'boolean') {
        const a = kernel(e.args[0]!, eager);
        return a ? (b, env) => not(a(b, env) as BoolVector, b.numRows) : null;
      }
      const test = COMPARISONS[e.name];
      if (test && e.args.length === 2 && e.args[0]!.type.kind === e.args[1]!.type.kind) {
        const l = kernel(e.args[0]!, eager);
        const r = kernel(e.args[1]!, eager);
        return l && r ? comparison(test, e.args[0]!.type, l, r, e.args[1]!.kind === 'literal') : null;
      }
      if (e.name === 'cast' && SMALL_INTS.has(e.args[0]!.type.kind) && e.args[0]!.type.kind !== 'date' && (e.type.kind === 'double' || e.type.kind === 'float')) {
        const a = kernel(e.args[0]!, eager);
        return a ? (b, env) => intToDouble(a(b, env), b.numRows) : null;
      }
      if (!eager) return null;
      const args = e.args.map((x) => kernel(x, true));
      if (args.some((a) => a === null)) return null;
      const varying = e.args.map((x, i) => (x.kind === 'literal' ? -1 : i)).filter((i) => i >= 0);
      return strictPerRow(e.fn, args as VectorFn[], e.type, varying.length === 1 ? varying[0]! : -1);
    }
    case 'case': {
      const conds = e.branches.map(([c], i) => kernel(c, eager && i === 0));
      const vals = e.branches.map(([, v]) => kernel(v, false));
      const other = e.elseExpr ? kernel(e.elseExpr, false) : null;
      if (conds.some((c) => !c) || vals.some((v) => !v) || (e.elseExpr && !other)) return null;
      return caseWhen(conds as VectorFn[], vals as VectorFn[], other, e.type);
    }
    case 'lenient': case 'coalesce': case 'in': case 'outerRef': case 'subquery': case 'lambda':
    case 'lambdaVar': case 'higherOrder': case 'stateful':
      return null;
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

const bit = (v: Uint8Array, i: number) => (v[i >> 3]! >> (i & 7)) & 1;

function logic(isAnd: boolean, l: BoolVector, r: BoolVector, n: number): ColumnVector {
  const values = new Uint8Array(n);
  const validity = new Uint8Array((n + 7) >> 3);
  // The dominant value (false for AND, true for OR) wins over null; two nulls stay null.
  const dom = isAnd ? 0 : 1;
  for (let i = 0; i < n; i++) {
    const lv = bit(l.validity, i);
    const rv = bit(r.validity, i);
    const x = l.values[i]!;
    const y = r.values[i]!;
    if ((lv && x === dom) || (rv && y === dom)) values[i] = dom;
    else if (lv && rv) values[i] = 1 - dom;
    else continue;
    validity[i >> 3]! |= 1 << (i & 7);
  }
  return { kind: 'bool', values, validity };
}

function not(a: BoolVector, n: number): ColumnVector {
  const values = new Uint8Array(n);
  for (let i = 0; i < n; i++) values[i] = a.values[i]! ^ 1;
  return { kind: 'bool', values, validity: a.validity };
}

function intToDouble(a: ColumnVector, n: number): ColumnVector {
  if (a.kind !== 'int32') throw new Error('int vector expected');
  return { kind: 'float64', values: Float64Array.from(a.values.subarray(0, n)), validity: a.validity };
}

function comparison(test: Uint8Array, t: DataType, l: VectorFn, r: VectorFn, constRight: boolean): VectorFn {
  const cmp = valueComparator(t);
  const memo = new DictionaryMemo();
  return (b, env) => {
    const x = l(b, env);
    const y = r(b, env);
    const n = b.numRows;
    const values = new Uint8Array(n);
    if (constRight && x.kind === 'object' && x.dictionary && n > 0) {
      // Against a literal, a dictionary column is compared once per distinct value.
      const c = getValue(y, 0);
      if (c === null) return { kind: 'bool', values, validity: new Uint8Array((n + 7) >> 3) };
      return memo.map(x.dictionary, n, (s) => test[cmp(s, c) + 1] === 1, BooleanType);
    }
    if (x.kind === 'object' || y.kind === 'object') {
      const validity = new Uint8Array((n + 7) >> 3);
      for (let i = 0; i < n; i++) {
        const a = getValue(x, i);
        const c = getValue(y, i);
        if (a === null || c === null) continue;
        values[i] = test[cmp(a, c) + 1]!;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'bool', values, validity };
    }
    const validity = new Uint8Array((n + 7) >> 3);
    for (let j = 0; j < validity.length; j++) validity[j] = x.validity[j]! & y.validity[j]!;
    const xs = x.values;
    const ys = y.values;
    if (x.kind === 'float64') {
      for (let i = 0; i < n; i++) values[i] = test[compareDoubles(xs[i] as number, ys[i] as number) + 1]!;
    } else {
      for (let i = 0; i < n; i++) {
        const a = xs[i]!;
        const c = ys[i]!;
        values[i] = test[a < c ? 0 : a > c ? 2 : 1]!;
      }
    }
    return { kind: 'bool', values, validity };
  };
}

function strictPerRow(fn: (args: unknown[]) => unknown, args: VectorFn[], t: DataType, varying: number): VectorFn {
  const m = args.length;
  const memo = new DictionaryMemo();
  // Rows share a memoized result, so only immutable (primitive) results qualify.
  const memoizable = t.kind === 'string' || layoutOf(t) !== 'object';
  return (b, env) => {
    const vs = args.map((a) => a(b, env));
    const n = b.numRows;
    const dv = varying >= 0 ? vs[varying]! : null;
    if (dv && dv.kind === 'object' && dv.dictionary && n > 0 && memoizable) {
      // The other arguments are literals: one call per distinct value of the dictionary column.
      const consts = vs.map((v) => getValue(v, 0));
      if (consts.some((c, j) => j !== varying && c === null)) return buildVector(t, n, () => null);
      return memo.map(dv.dictionary, n, (s) => {
        const vals = consts.slice();
        vals[varying] = s;
        return fn(vals);
      }, t);
    }
    const out = new Array<unknown>(n);
    outer: for (let i = 0; i < n; i++) {
      const vals = new Array<unknown>(m);
      for (let j = 0; j < m; j++) {
        const v = getValue(vs[j]!, i);
        if (v === null) {
          out[i] = null;
          continue outer;
        }
        vals[j] = v;
      }
      out[i] = fn(vals);
    }
    return buildVector(t, n, (i) => out[i]);
  };
}

/** Results per dictionary code, computed on first use and kept for the dictionary's lifetime. */
class DictionaryMemo {
  private readonly results = new WeakMap<readonly string[], unknown[]>();
  map(d: DictionaryCodes, n: number, f: (s: string) => unknown, t: DataType): ColumnVector {
    let res = this.results.get(d.entries);
    if (!res) this.results.set(d.entries, (res = new Array<unknown>(d.entries.length)));
    const memo = res;
    if (t.kind === 'boolean') {
      const values = new Uint8Array(n);
      const validity = new Uint8Array((n + 7) >> 3);
      for (let i = 0; i < n; i++) {
        const code = d.codes[i]!;
        if (code < 0) continue;
        let v = memo[code];
        if (v === undefined) memo[code] = v = f(d.entries[code]!);
        if (v === null) continue;
        values[i] = v ? 1 : 0;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'bool', values, validity };
    }
    return buildVector(t, n, (i) => {
      const code = d.codes[i]!;
      if (code < 0) return null;
      let v = memo[code];
      if (v === undefined) memo[code] = v = f(d.entries[code]!);
      return v;
    });
  }
}

function caseWhen(conds: VectorFn[], vals: VectorFn[], other: VectorFn | null, t: DataType): VectorFn {
  return (b, env) => {
    const n = b.numRows;
    const cs = conds.map((c) => c(b, env) as BoolVector);
    const vs = vals.map((v) => v(b, env));
    const els = other ? other(b, env) : null;
    return buildVector(t, n, (i) => {
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!;
        if (c.values[i] === 1 && bit(c.validity, i)) return getValue(vs[k]!, i);
      }
      return els ? getValue(els, i) : null;
    });
  };
}
