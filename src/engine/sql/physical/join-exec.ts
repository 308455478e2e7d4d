/**
 * Joins: equi-join keys extracted from the condition go through a hash table on the right
 * side (BroadcastHashJoin / ShuffledHashJoin shape); anything else is a nested loop.
 */
import { compile, hashKey, rowKey, splitConjuncts } from '../../expr';
import type { BoundExpr, Row } from '../../expr';
import { BooleanType, Decimal } from '../../types';
import type { DataType } from '../../types';
import type { JoinType } from '../ast';
import type { Attribute } from '../logical';
import type { ColumnBatch } from '../../columnar';
import { childBatches, envFor, referencedColumns } from './exec';
import { probeInnerJoin } from './hash-join-probe';
import type { Exec, ExecContext } from './exec';

export interface EquiKeys {
  left: BoundExpr[];
  right: BoundExpr[];
  residual: BoundExpr | null;
}

type Compiled = ReturnType<typeof compile>;

/**
 * A row's join key as the hash tables hold it, or null when a key is null (null keys never
 * match): a primitive single key indexes the Map itself (SameValueZero already equates NaN
 * with NaN and -0 with 0); composite or object keys go through hashKey / rowKey.
 */
function joinKeyOf(ktypes: readonly DataType[], env: ReturnType<typeof envFor>): (fs: readonly Compiled[], row: Row) => unknown {
  const primitive = ktypes.length === 1 && !['decimal', 'array', 'struct', 'map', 'binary'].includes(ktypes[0]!.kind);
  return (fs, row) => {
    if (fs.length === 1) {
      const v = fs[0]!(row, env);
      return v === null ? null : primitive ? v : hashKey(v, ktypes[0]!);
    }
    const vals = new Array<unknown>(fs.length);
    for (let i = 0; i < fs.length; i++) {
      const v = fs[i]!(row, env);
      if (v === null) return null;
      vals[i] = v;
    }
    return rowKey(vals, ktypes as DataType[]);
  };
}

function refRange(e: BoundExpr): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const visit = (x: BoundExpr): void => {
    if (x.kind === 'ref') {
      lo = Math.min(lo, x.index);
      hi = Math.max(hi, x.index);
    }
    if (x.kind === 'subquery') {
      lo = -Infinity;
      hi = Infinity;
    }
    if ('args' in x) x.args.forEach(visit);
    if (x.kind === 'and' || x.kind === 'or') {
      visit(x.left);
      visit(x.right);
    }
    if (x.kind === 'case') x.branches.forEach(([c, v]) => { visit(c); visit(v); });
    if (x.kind === 'case' && x.elseExpr) visit(x.elseExpr);
    if (x.kind === 'in') { visit(x.expr); x.list.forEach(visit); }
  };
  visit(e);
  return [lo, hi];
}

function shift(e: BoundExpr, by: number): BoundExpr {
  if (e.kind === 'ref') return { ...e, index: e.index - by };
  if (e.kind === 'strict' || e.kind === 'lenient' || e.kind === 'coalesce') return { ...e, args: e.args.map((a) => shift(a, by)) } as BoundExpr;
  if (e.kind === 'and' || e.kind === 'or') return { ...e, left: shift(e.left, by), right: shift(e.right, by) };
  if (e.kind === 'case') return { ...e, branches: e.branches.map(([c, v]) => [shift(c, by), shift(v, by)] as [BoundExpr, BoundExpr]), elseExpr: e.elseExpr ? shift(e.elseExpr, by) : null };
  if (e.kind === 'in') return { ...e, expr: shift(e.expr, by), list: e.list.map((x) => shift(x, by)) };
  return e;
}

/** Literal.default for the atomic types a null-safe key can be rewritten over (null: no rewrite). */
function defaultLiteral(t: DataType): BoundExpr | null {
  const lit = (value: unknown): BoundExpr => ({ kind: 'literal', value, type: t, nullable: false });
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'float': case 'double': case 'date': case 'timestamp': case 'timestamp_ntz': case 'yearmonth': case 'daytime': return lit(0);
    case 'long': return lit(0n);
    case 'decimal': return lit(Decimal.fromBigInt(0n));
    case 'string': return lit('');
    case 'boolean': return lit(false);
    default: return null;
  }
}

/**
 * Spark's ExtractEquiJoinKeys for `l <=> r`: the key pair (coalesce(l, default), coalesce(r,
 * default)) and (isnull(l), isnull(r)), so nulls match each other and nothing else.
 */
function nullSafeKeys(l: BoundExpr, r: BoundExpr): [BoundExpr[], BoundExpr[]] | null {
  const d = defaultLiteral(l.type);
  if (!d || l.type.kind !== r.type.kind) return null;
  const coalesce = (x: BoundExpr): BoundExpr => ({ kind: 'coalesce', args: [x, d], type: x.type, nullable: false });
  const isNull = (x: BoundExpr): BoundExpr => ({ kind: 'lenient', name: 'isnull', args: [x], fn: (a) => a[0] === null, type: BooleanType, nullable: false });
  return [[coalesce(l), isNull(l)], [coalesce(r), isNull(r)]];
}

export function extractEquiKeys(cond: BoundExpr | null, leftWidth: number): EquiKeys {
  const keys: EquiKeys = { left: [], right: [], residual: null };
  if (!cond) return keys;
  const rest: BoundExpr[] = [];
  for (const c of splitConjuncts(cond)) {
    if (c.kind === 'strict' && c.name === '=' && c.args.length === 2) {
      const [a, b] = c.args as [BoundExpr, BoundExpr];
      const [alo, ahi] = refRange(a);
      const [blo, bhi] = refRange(b);
      if (ahi < leftWidth && alo >= 0 && blo >= leftWidth && bhi < Infinity && ahi >= 0) {
        keys.left.push(a);
        keys.right.push(shift(b, leftWidth));
        continue;
      }
      if (bhi < leftWidth && blo >= 0 && alo >= leftWidth && ahi < Infinity && bhi >= 0) {
        keys.left.push(b);
        keys.right.push(shift(a, leftWidth));
        continue;
      }
    }
    if (c.kind === 'lenient' && c.name === '<=>' && c.args.length === 2) {
      const [a, b] = c.args as [BoundExpr, BoundExpr];
      const [alo, ahi] = refRange(a);
      const [blo, bhi] = refRange(b);
      // Each side reads columns of one input only (a constant reads none).
      const leftOnly = (lo: number, hi: number) => lo >= 0 && hi >= 0 && hi < leftWidth;
      const rightOnly = (lo: number, hi: number) => lo >= leftWidth && hi < Infinity;
      const pair = leftOnly(alo, ahi) && rightOnly(blo, bhi) ? [a, b] : leftOnly(blo, bhi) && rightOnly(alo, ahi) ? [b, a] : null;
      const ks = pair && nullSafeKeys(pair[0]!, shift(pair[1]!, leftWidth));
      if (ks) {
        keys.left.push(...ks[0]);
        keys.right.push(...ks[1]);
        continue;
      }
    }
    rest.push(c);
  }
  keys.residual = rest.length === 0 ? null : rest.reduce((l, r) => ({ kind: 'and', left: l, right: r, type: l.type, nullable: true }));
  return keys;
}

export class JoinExec implements Exec {
  readonly name: string;
  readonly children: Exec[];
  private readonly keys: EquiKeys;
  constructor(
    readonly left: Exec,
    readonly right: Exec,
    readonly type: JoinType,
    readonly cond: BoundExpr | null,
    readonly output: readonly Attribute[],
  ) {
    this.children = [left, right];
    this.keys = extractEquiKeys(cond, left.output.length);
    this.name = this.keys.left.length ? 'BroadcastHashJoin' : type === 'cross' || type === 'inner' ? 'BroadcastNestedLoopJoin' : 'BroadcastNestedLoopJoin';
  }

  describe(): string {
    const jt = { inner: 'Inner', left: 'LeftOuter', right: 'RightOuter', full: 'FullOuter', semi: 'LeftSemi', anti: 'LeftAnti', cross: 'Cross' }[this.type];
    return `${this.name} ${jt}`;
  }

  /** Inner equi-joins without a residual condition probe the left input's batches. */
  batches(ctx: ExecContext, needed: ReadonlySet<number> | null = null): ColumnBatch[] | null {
    if (this.type !== 'inner' || this.keys.left.length === 0 || this.keys.residual) return null;
    const lw = this.left.output.length;
    const keyCols = referencedColumns(this.keys.left);
    const leftNeeded = needed && keyCols ? new Set([...keyCols, ...[...needed].filter((i) => i < lw)]) : null;
    const left = childBatches(this.left, ctx, leftNeeded);
    if (!left) return null;
    const types = (attrs: readonly Attribute[]) => attrs.map((a) => a.type);
    return probeInnerJoin(left, this.right.execute(ctx), this.keys.left, this.keys.right, types(this.right.output), types(this.output), envFor(ctx), needed);
  }

  execute(ctx: ExecContext): Row[] {
    if (this.type === 'right') return this.executeRight(ctx);
    const L = this.left.execute(ctx);
    const R = this.right.execute(ctx);
    const env = envFor(ctx);
    const lw = this.left.output.length;
    const rw = this.right.output.length;
    const residual = this.keys.residual ? compile(this.keys.residual) : null;
    const lk = this.keys.left.map(compile);
    const rk = this.keys.right.map(compile);
    const ktypes = this.keys.left.map((k) => k.type);
    const matchedR = new Uint8Array(R.length);
    const out: Row[] = [];
    const nullL = new Array(lw).fill(null);
    const nullR = new Array(rw).fill(null);
    let candidates: (l: Row) => number[];
    if (lk.length) {
      // Build side: the right input keyed by its join keys (null keys never match).
      const keyOf = joinKeyOf(ktypes, env);
      const table = new Map<unknown, number[]>();
      for (let i = 0; i < R.length; i++) {
        const k = keyOf(rk, R[i]!);
        if (k === null) continue;
        const list = table.get(k);
        if (list) list.push(i);
        else table.set(k, [i]);
      }
      const none: number[] = [];
      candidates = (l) => {
        const k = keyOf(lk, l);
        return k === null ? none : (table.get(k) ?? none);
      };
    } else {
      const all = R.map((_, i) => i);
      candidates = () => all;
    }
    for (const l of L) {
      let matched = false;
      for (const i of candidates(l)) {
        const r = R[i]!;
        const joined = l.concat(r);
        if (residual && residual(joined, env) !== true) continue;
        matched = true;
        matchedR[i] = 1;
        if (this.type === 'semi' || this.type === 'anti') break;
        out.push(joined);
      }
      if (this.type === 'semi' && matched) out.push(l);
      if (this.type === 'anti' && !matched) out.push(l);
      if (!matched && (this.type === 'left' || this.type === 'full')) out.push(l.concat(nullR));
    }
    if (this.type === 'full') {
      R.forEach((r, i) => {
        if (!matchedR[i]) out.push(nullL.concat(r));
      });
    }
    return out;
  }

  /**
   * A right outer join streams its right side, as Spark's BroadcastHashJoin BuildLeft does (the
   * plan AQE gives a small right outer join): the rows come in right-row order, each right row
   * with its matching left rows (in left-row order) or with nulls.
   */
  private executeRight(ctx: ExecContext): Row[] {
    const L = this.left.execute(ctx);
    const R = this.right.execute(ctx);
    const env = envFor(ctx);
    const nullL = new Array(this.left.output.length).fill(null);
    const residual = this.keys.residual ? compile(this.keys.residual) : null;
    const lk = this.keys.left.map(compile);
    const rk = this.keys.right.map(compile);
    const ktypes = this.keys.left.map((k) => k.type);
    // Keys as the streaming path keys them.
    const keyOf = joinKeyOf(ktypes, env);
    // Build side: the left input keyed by its join keys (null keys never match).
    const all = L.map((_, i) => i);
    const table = new Map<unknown, number[]>();
    if (lk.length) {
      for (let i = 0; i < L.length; i++) {
        const k = keyOf(lk, L[i]!);
        if (k === null) continue;
        const list = table.get(k);
        if (list) list.push(i);
        else table.set(k, [i]);
      }
    }
    const none: number[] = [];
    const out: Row[] = [];
    for (const r of R) {
      let candidates = all;
      if (lk.length) {
        const k = keyOf(rk, r);
        candidates = k === null ? none : (table.get(k) ?? none);
      }
      let matched = false;
      for (const i of candidates) {
        const joined = L[i]!.concat(r);
        if (residual && residual(joined, env) !== true) continue;
        matched = true;
        out.push(joined);
      }
      if (!matched) out.push(nullL.concat(r));
    }
    return out;
  }
}
