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
        if (!l || !r) return null;
        const right = e.args[1]!;
        if (right.kind === 'literal' && right.value !== null && right.value !== undefined) return comparisonToConstant(test, right.type, l, right.value);
        return comparison(test, e.args[0]!.type, l, r, right.kind === 'literal');
      }
      if (e.name === 'cast' && SMALL_INTS.has(e.args[0]!.type.kind) && e.args[0]!.type.kind !== 'date' && (e.type.kind === 'double' || e.type.kind === 'float')) {
        const a = kernel(e.args[0]!, eager);
        return a ? (b, env) => intToDouble(a(b, env), b.numRows) : null;
      }
      if (!eager) return null;
      const args = e.args.map((x) => kernel(x, true));
      if (args.some((a) => a === null)) return null;
      const varying = e.args.map((x, i) => (x.kind === 'literal' ? -1 : i)).filter((i) => i >= 0);
      const lits = varying.length === 1 ? e.args.map((x) => (x.kind === 'literal' ? (x.value ?? null) : null)) : null;
      return strictPerRow(e.fn, args as VectorFn[], e.type, varying.length === 1 ? varying[0]! : -1, lits);
    }
    case 'case': {
      const conds = e.branches.map(([c], i) => kernel(c, eager && i === 0));
      const vals = e.branches.map(([, v]) => kernel(v, false));
      const other = e.elseExpr ? kernel(e.elseExpr, false) : null;
      if (conds.some((c) => !c) || vals.some((v) => !v) || (e.elseExpr && !other)) return null;
      const results = [...e.branches.map(([, v]) => v), ...(e.elseExpr ? [e.elseExpr] : [])];
      if (results.every((v) => v.kind === 'literal')) {
        return caseOfConstants(conds as VectorFn[], results.map((v) => (v as Extract<BoundExpr, { kind: 'literal' }>).value), e.elseExpr !== null, e.type);
      }
      return caseWhen(conds as VectorFn[], vals as VectorFn[], other, e.type);
    }
    case 'lenient': {
      // isnull(x) / isnotnull(x) (as the optimizer infers them for filters): read from x's validity.
      if ((e.name === 'isnotnull' || e.name === 'isnull') && e.args.length === 1) {
        const a = kernel(e.args[0]!, eager);
        return a ? (b, env) => nullTest(a(b, env), b.numRows, e.name === 'isnotnull') : null;
      }
      return null;
    }
    case 'coalesce': case 'in': case 'outerRef': case 'subquery': case 'lambda':
    case 'lambdaVar': case 'higherOrder': case 'stateful':
      return null;
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

const bit = (v: Uint8Array, i: number) => (v[i >> 3]! >> (i & 7)) & 1;

/** Whether each value of `v` is (not) null, as a never-null boolean vector. */
function nullTest(v: ColumnVector, n: number, notNull: boolean): ColumnVector {
  const values = new Uint8Array(n);
  const validity = new Uint8Array((n + 7) >> 3).fill(0xff);
  const hit = notNull ? 1 : 0;
  if (v.kind === 'object') {
    const codes = v.dictionary?.codes;
    if (codes) for (let i = 0; i < n; i++) values[i] = codes[i]! >= 0 ? hit : 1 - hit;
    else for (let i = 0; i < n; i++) values[i] = v.values[i] === null || v.values[i] === undefined ? 1 - hit : hit;
  } else {
    for (let i = 0; i < n; i++) values[i] = bit(v.validity, i) ? hit : 1 - hit;
  }
  return { kind: 'bool', values, validity };
}

function logic(isAnd: boolean, l: BoolVector, r: BoolVector, n: number): ColumnVector {
  const values = new Uint8Array(n);
  if (allValid(l.validity, n) && allValid(r.validity, n)) {
    // No nulls on either side: plain bitwise AND / OR of 0/1 bytes.
    const x = l.values;
    const y = r.values;
    if (isAnd) for (let i = 0; i < n; i++) values[i] = x[i]! & y[i]!;
    else for (let i = 0; i < n; i++) values[i] = x[i]! | y[i]!;
    return { kind: 'bool', values, validity: l.validity };
  }
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
  const values = new Float64Array(n);
  values.set(a.values.subarray(0, n));
  return { kind: 'float64', values, validity: a.validity };
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

/**
 * A column against a non-null constant: one typed loop, no constant vector. Doubles keep
 * Spark's order (NaN above everything and equal to itself), so NaN takes the slow branch.
 */
function comparisonToConstant(test: Uint8Array, t: DataType, l: VectorFn, c: unknown): VectorFn {
  const cmp = valueComparator(t);
  const memo = new DictionaryMemo();
  const lt = test[0]!;
  const eq = test[1]!;
  const op = Object.keys(COMPARISONS).find((k) => COMPARISONS[k] === test)!;
  return (b, env) => {
    const x = l(b, env);
    const n = b.numRows;
    if (x.kind === 'object' && x.dictionary) return memo.map(x.dictionary, n, (s) => test[cmp(s, c) + 1] === 1, BooleanType);
    const values = new Uint8Array(n);
    if ((x.kind === 'float64' || x.kind === 'int32') && typeof c === 'number') {
      const xs = x.values;
      if (c !== c) {
        for (let i = 0; i < n; i++) values[i] = xs[i] !== xs[i] ? eq : lt;
      } else {
        numericToConstant(op, xs, c, values, n);
      }
      return { kind: 'bool', values, validity: x.validity };
    }
    if (x.kind === 'object') {
      const validity = new Uint8Array((n + 7) >> 3);
      const xs = x.values;
      for (let i = 0; i < n; i++) {
        const a = xs[i];
        if (a === null || a === undefined) continue;
        values[i] = test[cmp(a, c) + 1]!;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'bool', values, validity };
    }
    if (x.kind === 'bool') {
      const cb = c ? 1 : 0;
      for (let i = 0; i < n; i++) values[i] = test[x.values[i]! - cb + 1]!;
      return { kind: 'bool', values, validity: x.validity };
    }
    for (let i = 0; i < n; i++) values[i] = test[cmp(x.values[i], c) + 1]!;
    return { kind: 'bool', values, validity: x.validity };
  };
}

/**
 * `xs[i] op c` for a non-NaN constant, branch-free. A NaN element is above every number in
 * Spark's order (JS says false to every comparison but <>), so > and >= add it.
 */
function numericToConstant(op: string, xs: Float64Array | Int32Array, c: number, out: Uint8Array, n: number): void {
  switch (op) {
    case '=': for (let i = 0; i < n; i++) out[i] = +(xs[i]! === c); return;
    case '<>': for (let i = 0; i < n; i++) out[i] = +(xs[i]! !== c); return;
    case '<': for (let i = 0; i < n; i++) out[i] = +(xs[i]! < c); return;
    case '<=': for (let i = 0; i < n; i++) out[i] = +(xs[i]! <= c); return;
    case '>': for (let i = 0; i < n; i++) { const a = xs[i]!; out[i] = +(a > c) | +(a !== a); } return;
    case '>=': for (let i = 0; i < n; i++) { const a = xs[i]!; out[i] = +(a >= c) | +(a !== a); } return;
    default: throw new Error(`unexpected comparison ${op}`);
  }
}

/**
 * CASE whose results are all constants: each row's first true branch picks a constant. A
 * string result comes out dictionary-encoded over the distinct constants (one entries array
 * for every batch), so grouping by the CASE groups by code.
 */
function caseOfConstants(conds: VectorFn[], results: unknown[], hasElse: boolean, t: DataType): VectorFn {
  const k = conds.length;
  const entries: string[] = [];
  const codeOf = results.map((v) => {
    if (v === null || v === undefined || typeof v !== 'string') return -1;
    let c = entries.indexOf(v);
    if (c < 0) c = entries.push(v) - 1;
    return c;
  });
  const dictionary = t.kind === 'string' && results.every((v) => v === null || v === undefined || typeof v === 'string');
  // By branch taken (index k: no branch was true): the code and value it gives.
  const pickCode = Int32Array.from([...codeOf, -1]);
  if (!hasElse) pickCode[k] = -1;
  const pickValue = [...results.map((v) => v ?? null), null];
  if (!hasElse) pickValue[k] = null;
  return (b, env) => {
    const n = b.numRows;
    const cs = conds.map((c) => c(b, env) as BoolVector);
    // The branch each row takes: the first true condition, else k.
    const pick = new Uint8Array(n).fill(k);
    for (let j = k - 1; j >= 0; j--) {
      const cv = cs[j]!.values;
      const cval = cs[j]!.validity;
      if (allValid(cval, n)) {
        for (let i = 0; i < n; i++) if (cv[i] === 1) pick[i] = j;
      } else {
        for (let i = 0; i < n; i++) if (cv[i] === 1 && (cval[i >> 3]! >> (i & 7)) & 1) pick[i] = j;
      }
    }
    if (dictionary) {
      const codes = new Int32Array(n);
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        const p = pick[i]!;
        codes[i] = pickCode[p]!;
        values[i] = pickValue[p];
      }
      return { kind: 'object', values, dictionary: { entries, codes } };
    }
    return buildVector(t, n, (i) => pickValue[pick[i]!]);
  };
}

/** Whether bits 0..n-1 of a validity bitmap are all set. */
function allValid(validity: Uint8Array, n: number): boolean {
  const full = n >> 3;
  for (let j = 0; j < full; j++) if (validity[j] !== 0xff) return false;
  const rest = n & 7;
  return rest === 0 || (validity[full]! & ((1 << rest) - 1)) === (1 << rest) - 1;
}

function strictPerRow(fn: (args: unknown[]) => unknown, args: VectorFn[], t: DataType, varying: number, literals: readonly unknown[] | null): VectorFn {
  const m = args.length;
  const memo = new DictionaryMemo();
  // Rows share a memoized result, so only immutable (primitive) results qualify.
  const memoizable = t.kind === 'string' || layoutOf(t) !== 'object';
  return (b, env) => {
    const n = b.numRows;
    if (literals && n > 0 && memoizable) {
      // One column and literals: a dictionary column needs no constant vectors built at all.
      const dv = args[varying]!(b, env);
      if (dv.kind === 'object' && dv.dictionary) {
        if (literals.some((c, j) => j !== varying && c === null)) return buildVector(t, n, () => null);
        return memo.map(dv.dictionary, n, (s) => {
          const vals = literals.slice();
          vals[varying] = s;
          return fn(vals);
        }, t);
      }
    }
    const vs = args.map((a) => a(b, env));
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
  /** Boolean results per code: 0 unknown, 1 false, 2 true, 3 null (a typed array: a large holey array can fall to dictionary mode). */
  private readonly bools = new WeakMap<readonly string[], Uint8Array>();
  map(d: DictionaryCodes, n: number, f: (s: string) => unknown, t: DataType): ColumnVector {
    if (t.kind === 'boolean') {
      let memo = this.bools.get(d.entries);
      if (!memo) this.bools.set(d.entries, (memo = new Uint8Array(d.entries.length)));
      const values = new Uint8Array(n);
      const validity = new Uint8Array((n + 7) >> 3);
      const codes = d.codes;
      for (let i = 0; i < n; i++) {
        const code = codes[i]!;
        if (code < 0) continue;
        let v = memo[code]!;
        if (v === 0) {
          const r = f(d.entries[code]!);
          memo[code] = v = r === null || r === undefined ? 3 : r ? 2 : 1;
        }
        if (v === 3) continue;
        values[i] = v - 1;
        validity[i >> 3]! |= 1 << (i & 7);
      }
      return { kind: 'bool', values, validity };
    }
    let res = this.results.get(d.entries);
    if (!res) this.results.set(d.entries, (res = new Array<unknown>(d.entries.length)));
    const memo = res;
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
