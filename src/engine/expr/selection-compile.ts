/**
 * Filter conditions as selection vectors. A condition that is an AND of comparisons between
 * a column and a non-null constant is read conjunct by conjunct: the first one scans the
 * batch and lists the rows it holds for, each next one tests only the rows still listed and
 * keeps those it holds for. No boolean vector, validity bitmap or AND pass is built, and a
 * selective first conjunct leaves little work for the rest. A row is kept exactly when every
 * conjunct is true for it (a null is not true), which is when the whole AND is true.
 *
 * Every conjunct here is a plain comparison, which the row path may evaluate on any row
 * without a side effect, so skipping rows an earlier conjunct dropped changes nothing.
 */
import type { ColumnBatch, ColumnVector } from '../columnar';
import type { BoundExpr } from './bound';
import { splitConjuncts } from './bound';
import type { Env } from './compile';
import { compareDoubles, valueComparator } from './value-compare';
import { compileVector } from './vector-compile';

export interface Selection {
  /** Rows sel[0..n) of the batch, ascending. */
  readonly sel: Int32Array;
  readonly n: number;
}

export type SelectionFn = (b: ColumnBatch, env: Env) => Selection;

/** Result of a comparison for an order of -1, 0, 1. */
const TESTS: Record<string, Uint8Array> = {
  '=': Uint8Array.of(0, 1, 0),
  '<>': Uint8Array.of(1, 0, 1),
  '<': Uint8Array.of(1, 0, 0),
  '<=': Uint8Array.of(1, 1, 0),
  '>': Uint8Array.of(0, 0, 1),
  '>=': Uint8Array.of(0, 1, 1),
};
const FLIPPED: Record<string, string> = { '=': '=', '<>': '<>', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Narrows sel[0..n) (or, when `all`, the rows 0..n-1) to the rows a conjunct holds for; returns the count kept. */
type Step = (b: ColumnBatch, env: Env, sel: Int32Array, n: number, all: boolean) => number;

/** The selection kernel of `cond`, or null when it is not an AND of column-to-constant comparisons. */
export function compileSelection(cond: BoundExpr): SelectionFn | null {
  const steps: Step[] = [];
  const cs = splitConjuncts(cond);
  // A comparison of a column with a constant already drops the column's nulls: an
  // isnotnull(column) conjunct next to it needs no pass of its own.
  const compared = new Set(cs.map(comparedColumn).filter((i): i is number => i !== null));
  // Columns of isnotnull conjuncts: when nothing else is tested and none holds a null, every row is kept.
  const notNullOnly: number[] = [];
  for (const c of cs) {
    if (c.kind === 'lenient' && c.name === 'isnotnull' && c.args[0]?.kind === 'ref') {
      if (compared.has(c.args[0].index)) continue;
      notNullOnly.push(c.args[0].index);
    }
    const s = comparisonStep(c);
    if (!s) return null;
    steps.push(s);
  }
  const onlyNotNull = notNullOnly.length === steps.length;
  return (b, env) => {
    // Every row (an inferred isnotnull over a column without nulls): the shared 0..n-1 run, nothing written.
    if (onlyNotNull && notNullOnly.every((c) => noNulls(b.columns[c]!, b.numRows))) return { sel: identityRun(b.numRows).subarray(0, b.numRows), n: b.numRows };
    const sel = new Int32Array(b.numRows);
    let n = steps[0]!(b, env, sel, b.numRows, true);
    for (let k = 1; k < steps.length && n > 0; k++) n = steps[k]!(b, env, sel, n, false);
    return { sel, n };
  };
}

/** The column a comparison with a non-null constant (maybe under NOT) tests, or null. */
function comparedColumn(e: BoundExpr): number | null {
  const x = e.kind === 'strict' && e.name === 'not' && e.args.length === 1 ? e.args[0]! : e;
  if (x.kind !== 'strict' || x.args.length !== 2 || !(x.name in TESTS)) return null;
  const [a, b] = x.args as [BoundExpr, BoundExpr];
  const [col, lit] = a.kind === 'ref' ? [a, b] : [b, a];
  return col.kind === 'ref' && lit.kind === 'literal' && lit.value !== null && lit.value !== undefined && col.type.kind === lit.type.kind ? col.index : null;
}

/** NOT of a comparison: the opposite comparison (values are totally ordered, NaN last; null stays null). */
const NEGATED: Record<string, string> = { '=': '<>', '<>': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

function comparisonStep(e: BoundExpr): Step | null {
  // isnotnull(col), as the optimizer infers it in front of comparisons: the rows where col is valid.
  if (e.kind === 'lenient' && e.name === 'isnotnull' && e.args.length === 1 && e.args[0]!.kind === 'ref') return notNullStep(e.args[0]!.index);
  if (e.kind === 'strict' && e.name === 'not' && e.args.length === 1) {
    const x = e.args[0]!;
    if (x.kind !== 'strict' || x.args.length !== 2 || !(x.name in NEGATED)) return null;
    return comparisonOp(x, NEGATED[x.name]!, e);
  }
  if (e.kind !== 'strict' || e.args.length !== 2 || !(e.name in TESTS)) return null;
  return comparisonOp(e, e.name, e);
}

/** Whether a typed vector of `n` rows has no null (object vectors are not checked: false). */
function noNulls(v: ColumnVector, n: number): boolean {
  if (v.kind === 'object') return false;
  const valid = v.validity;
  const full = n >> 3;
  for (let j = 0; j < full; j++) if (valid[j] !== 0xff) return false;
  for (let i = full << 3; i < n; i++) if (!((valid[i >> 3]! >> (i & 7)) & 1)) return false;
  return true;
}

let identity = new Int32Array(0);

/** 0, 1, ..., n-1 (at least), shared. */
function identityRun(n: number): Int32Array {
  if (identity.length < n) {
    identity = new Int32Array(Math.max(n, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

function notNullStep(index: number): Step {
  return (b, _env, sel, n, all) => {
    const v = b.columns[index]!;
    let m = 0;
    if (v.kind === 'object') {
      const codes = v.dictionary?.codes;
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        if (codes ? codes[i]! >= 0 : v.values[i] !== null && v.values[i] !== undefined) sel[m++] = i;
      }
      return m;
    }
    const valid = v.validity;
    if (all) {
      const full = n >> 3;
      let j = 0;
      while (j < full && valid[j] === 0xff) j++;
      if (j === full && (n & 7) === 0) {
        // No nulls (the common case): every row, copied from a shared 0, 1, 2, ... run.
        sel.set(identityRun(n).subarray(0, n));
        return n;
      }
      // A byte of eight valid rows takes them all at once.
      for (let j = 0; j < full; j++) {
        const byte = valid[j]!;
        const base = j << 3;
        if (byte === 0xff) {
          for (let t = 0; t < 8; t++) sel[m++] = base + t;
        } else if (byte !== 0) {
          for (let t = 0; t < 8; t++) if ((byte >> t) & 1) sel[m++] = base + t;
        }
      }
      for (let i = full << 3; i < n; i++) if ((valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      return m;
    }
    for (let k = 0; k < n; k++) {
      const i = sel[k]!;
      if ((valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
    }
    return m;
  };
}

/** `e` (a comparison) tested as `name`; `whole` is the conjunct itself, for layouts without a kernel here. */
function comparisonOp(e: Extract<BoundExpr, { kind: 'strict' }>, name: string, whole: BoundExpr): Step | null {
  let [col, lit] = e.args as [BoundExpr, BoundExpr];
  let op = name;
  if (col.kind === 'literal' && lit.kind === 'ref') {
    [col, lit] = [lit, col];
    op = FLIPPED[op]!;
  }
  if (col.kind !== 'ref' || lit.kind !== 'literal' || lit.value === null || lit.value === undefined || col.type.kind !== lit.type.kind) return null;
  const index = col.index;
  const c = lit.value;
  const test = TESTS[op]!;
  const cmp = valueComparator(col.type);
  // Any other layout: the comparison's own vector kernel, read through the selection.
  const general = compileVector(whole);
  const memos = new WeakMap<readonly string[], Uint8Array>();
  return (b, env, sel, n, all) => {
    const v = b.columns[index]!;
    if ((v.kind === 'int32' || v.kind === 'float64') && typeof c === 'number') {
      if (c !== c) return narrowByOrder(v.values, v.validity, (x) => test[compareDoubles(x, c) + 1] === 1, sel, n, all);
      return narrowNumeric(op, v.values, v.validity, c, sel, n, all);
    }
    if (v.kind === 'object' && v.dictionary) {
      // Against a constant, a dictionary column is compared once per distinct value.
      const { entries, codes } = v.dictionary;
      let memo = memos.get(entries);
      if (!memo || memo.length < entries.length) {
        const grown = new Uint8Array(entries.length);
        if (memo) grown.set(memo);
        memos.set(entries, (memo = grown));
      }
      let m = 0;
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        const code = codes[i]!;
        if (code < 0) continue;
        let r = memo[code]!;
        if (r === 0) memo[code] = r = test[cmp(entries[code], c) + 1] === 1 ? 2 : 1;
        if (r === 2) sel[m++] = i;
      }
      return m;
    }
    return narrowByMask(general(b, env), sel, n, all);
  };
}

/** Keeps the rows whose boolean is true (valid and 1). */
function narrowByMask(mask: ColumnVector, sel: Int32Array, n: number, all: boolean): number {
  let m = 0;
  if (mask.kind === 'bool') {
    const { values, validity } = mask;
    for (let k = 0; k < n; k++) {
      const i = all ? k : sel[k]!;
      if (values[i] === 1 && (validity[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
    }
  } else {
    const values = mask.values as unknown[];
    for (let k = 0; k < n; k++) {
      const i = all ? k : sel[k]!;
      if (values[i] === true) sel[m++] = i;
    }
  }
  return m;
}

function narrowByOrder(xs: Int32Array | Float64Array, valid: Uint8Array, holds: (x: number) => boolean, sel: Int32Array, n: number, all: boolean): number {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = all ? k : sel[k]!;
    if ((valid[i >> 3]! >> (i & 7)) & 1 && holds(xs[i]!)) sel[m++] = i;
  }
  return m;
}

/**
 * `xs[i] op c` for a non-NaN constant. A NaN element is above every number in Spark's order
 * (JS says false to every comparison but <>), so > and >= keep it.
 */
function narrowNumeric(op: string, xs: Int32Array | Float64Array, valid: Uint8Array, c: number, sel: Int32Array, n: number, all: boolean): number {
  let m = 0;
  switch (op) {
    case '=':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        if (xs[i] === c && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    case '<>':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        if (xs[i] !== c && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    case '<':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        if (xs[i]! < c && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    case '<=':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        if (xs[i]! <= c && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    case '>':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        const x = xs[i]!;
        if ((x > c || x !== x) && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    case '>=':
      for (let k = 0; k < n; k++) {
        const i = all ? k : sel[k]!;
        const x = xs[i]!;
        if ((x >= c || x !== x) && (valid[i >> 3]! >> (i & 7)) & 1) sel[m++] = i;
      }
      return m;
    default:
      throw new Error(`unexpected comparison ${op}`);
  }
}
