/**
 * Turns parsed query plans into resolved logical plans: relations from the catalog and
 * CTEs, joins, set operations, VALUES, ORDER BY / LIMIT; SELECT blocks go to select-planner.
 */
import { castTo, coerceAll, compile, isFoldable, newEnv } from '../../expr';
import type { BoundExpr, Row, UserFunction } from '../../expr';
import { LongType, sqlName, widerCommonType, IntegerType } from '../../types';
import type { DataType } from '../../types';
import type { Expr, Hint, Plan, SortOrder } from '../ast';
import { AnalysisException } from '../errors';
import { newAttribute, requalify } from '../logical';
import type { Attribute, LPlan, SortKey } from '../logical';
import { Binder } from './binder';
import type { SubqueryPlanner } from './binder';
import { isDataFrameQualifier, lineAndPos, resolveColumn } from './scope';
import type { Scope } from './scope';
import { planSelect } from './select-planner';
import { bindSelfJoinKeys } from './dataframe-join';
import { applyJoinHints, markSubtreeHint, withSubtreeHints } from './join-hints';
import { defaultParallelism } from '../partitions';

/** What the analyzer needs from the catalog: a fresh plan per table reference. */
export interface RelationResolver {
  lookupRelation(parts: string[]): LPlan | null;
  /** A session function (a registered UDF), when the catalog holds any. */
  lookupFunction?(name: string): UserFunction | undefined;
}

/** Gives a plan fresh attribute ids and a qualifier (each table reference is a new relation). */
export function freshRelation(plan: LPlan, qualifier: string[], names?: string[]): LPlan {
  const internal = qualifier.length === 1 && qualifier[0]!.startsWith('__');
  const output = plan.output.map((a, i) => {
    const attr = newAttribute(names?.[i] ?? a.name, a.type, a.nullable, qualifier);
    if (names) return attr;
    // Flint's own subquery aliases (the DataFrame API's __df<id>, __t, ...) keep the inner qualifiers
    // reachable; another alias (df.alias("p"), a view) keeps only the DataFrame lineage (`__df<id>`), as a
    // Spark DataFrame's columns stay its plan's attributes under SubqueryAlias.
    const inner = [...(a.qualifier.length ? [a.qualifier] : []), ...(a.alsoQualifiers ?? [])];
    const also = internal ? inner : inner.filter((q) => q.length === 1 && q[0]!.startsWith('__df'));
    // A DataFrame's plan: its columns also answer to their position (`__df<id>#<i>`.k), so the
    // DataFrame API can name one of several columns of the same name (drop, withColumn after a join).
    // Nearest first: references mostly name the DataFrame just below (resolution scans in order).
    if (internal && isDataFrameQualifier(qualifier[0]!)) also.unshift([`${qualifier[0]}#${i}`]);
    return also.length ? { ...attr, alsoQualifiers: also } : attr;
  });
  return { kind: 'project', child: plan, exprs: plan.output.map((a, i) => ({ kind: 'ref', index: i, type: a.type, nullable: a.nullable })), output };
}

export class Analyzer implements SubqueryPlanner {
  private ctes: Array<Map<string, LPlan>> = [];
  /** Already-planned inputs reachable by name while planning a rewritten query (PIVOT). */
  readonly injected = new Map<string, LPlan>();
  private outerRefs = 0;

  constructor(
    readonly catalog: RelationResolver,
    readonly sql: string,
    /** Session configuration (`SET k=v`); only the keys that change analysis are read. */
    readonly conf: ReadonlyMap<string, string> = new Map(),
  ) {}

  lookupFunction(name: string): UserFunction | undefined {
    return this.catalog.lookupFunction?.(name);
  }

  flag(key: string, fallback: boolean): boolean {
    const v = this.conf.get(key);
    return v === undefined ? fallback : v.toLowerCase() === 'true';
  }

  private collectors: string[][] = [];

  noteOuterReference(name: string): void {
    this.outerRefs++;
    this.collectors[this.collectors.length - 1]?.push(name);
  }

  outerReferences(plan: Plan, outer: Scope): string[] {
    const names: string[] = [];
    this.collectors.push(names);
    try {
      this.plan(plan, outer);
    } finally {
      this.collectors.pop();
    }
    return [...new Set(names)];
  }

  planSubquery(plan: Plan, outer: Scope): { plan: LPlan; correlated: boolean } {
    const before = this.outerRefs;
    const p = this.plan(plan, outer);
    return { plan: p, correlated: this.outerRefs !== before };
  }

  binder(attrs: readonly Attribute[], outer: Scope | null): Binder {
    return new Binder({ attrs, outer }, this);
  }

  plan(p: Plan, outer: Scope | null = null): LPlan {
    switch (p.kind) {
      case 'select': return this.applyHints(p.hints, planSelect(this, p, null, outer), outer);
      case 'relation': return this.relation(p);
      case 'values': return this.values(p.rows, outer);
      case 'tableFunction': return this.tableFunction(p);
      case 'alias': {
        const child = this.plan(p.plan, outer);
        if (p.columns && p.columns.length !== child.output.length) {
          throw new AnalysisException(
            `Number of column aliases does not match number of columns. Number of column aliases: ${p.columns.length}; number of columns: ${child.output.length}.`,
            'ASSIGNMENT_ARITY_MISMATCH',
          );
        }
        return freshRelation(child, [p.alias], p.columns);
      }
      case 'join': return withSubtreeHints(this.join(p, outer));
      case 'setOp': return this.setOp(p, outer);
      case 'sort': {
        if (p.plan.kind === 'select' && !p.plan.hints) return planSelect(this, p.plan, p.orders, outer, p.global);
        const child = this.plan(p.plan, outer);
        const b = this.binder(child.output, outer);
        const keys = p.orders.map((o) => this.sortKey(o, b, child.output));
        return { kind: 'sort', child, keys, global: p.global, output: child.output };
      }
      case 'limit': return this.limit(p.limit, this.plan(p.plan, outer), 'limit');
      case 'offset': return this.limit(p.offset, this.plan(p.plan, outer), 'offset');
      case 'with': {
        const scope = new Map<string, LPlan>();
        this.ctes.push(scope);
        try {
          for (const cte of p.ctes) {
            const planned = this.plan(cte.plan, outer);
            if (cte.columns && cte.columns.length !== planned.output.length) {
              throw new AnalysisException(`Number of column aliases does not match number of columns.`, 'ASSIGNMENT_ARITY_MISMATCH');
            }
            scope.set(cte.name.toLowerCase(), cte.columns ? freshRelation(planned, [], cte.columns) : planned);
          }
          return this.plan(p.plan, outer);
        } finally {
          this.ctes.pop();
        }
      }
      case 'pivot': return this.pivot(p, outer);
      case 'lateral': {
        const child = this.plan(p.plan, outer);
        return planLateral(this, child, p.view, outer);
      }
      default: {
        const never: never = p;
        throw new Error(`unexpected ${JSON.stringify(never)}`);
      }
    }
  }

  /**
   * Spark's ResolveCoalesceHints over a SELECT's plan: REPARTITION(n[, cols]), COALESCE(n),
   * REPARTITION_BY_RANGE([n, ]cols) (without n: spark.sql.shuffle.partitions); join strategy
   * hints go on the joins over the relations they name (join-hints.ts). REBALANCE is ignored.
   */
  private applyHints(hints: readonly Hint[] | undefined, plan: LPlan, outer: Scope | null): LPlan {
    if (!hints) return plan;
    plan = markSubtreeHint(applyJoinHints(plan, hints), hints);
    for (const h of [...hints].reverse()) {
      const name = h.name.toUpperCase();
      if (name !== 'REPARTITION' && name !== 'COALESCE' && name !== 'REPARTITION_BY_RANGE') continue;
      const b = this.binder(plan.output, outer);
      const first = h.args[0]?.expr;
      const hasNum = first?.kind === 'literal' && first.type.kind === 'int';
      const num = hasNum ? (first.value as number) : Number(this.conf.get('spark.sql.shuffle.partitions') ?? 200);
      if (hasNum && num <= 0) throw new AnalysisException(`Number of partitions (${num}) must be positive.`);
      const cols = h.args.slice(hasNum ? 1 : 0);
      if (name === 'COALESCE') {
        if (!hasNum || cols.length > 0) throw new AnalysisException(`COALESCE Hint expects a partition number as a parameter`, '_LEGACY_ERROR_TEMP_1093');
        plan = { kind: 'repartition', child: plan, mode: 'coalesce', num, exprs: [], keys: [], output: plan.output };
      } else if (name === 'REPARTITION_BY_RANGE') {
        if (cols.length === 0) throw new AnalysisException(`REPARTITION_BY_RANGE Hint expects column names as parameters`);
        const keys = cols.map((c) => ({ expr: b.bind(c.expr), ascending: c.ascending, nullsFirst: c.nullsFirst }));
        plan = { kind: 'repartition', child: plan, mode: 'range', num, exprs: [], keys, output: plan.output };
      } else {
        const exprs = cols.map((c) => b.bind(c.expr));
        plan = { kind: 'repartition', child: plan, mode: exprs.length ? 'hash' : 'roundRobin', num, exprs, keys: [], output: plan.output };
      }
    }
    return plan;
  }

  sortKey(o: SortOrder, b: Binder, output: readonly Attribute[]): SortKey {
    if (o.expr.kind === 'literal' && o.expr.type.kind === 'int' && this.flag('spark.sql.orderByOrdinal', true)) {
      const n = o.expr.value as number;
      if (n < 1 || n > output.length) {
        throw new AnalysisException(`ORDER BY position ${n} is not in select list (valid range is [1, ${output.length}]).`, 'ORDER_BY_POS_OUT_OF_RANGE');
      }
      const a = output[n - 1]!;
      return { expr: { kind: 'ref', index: n - 1, type: a.type, nullable: a.nullable }, ascending: o.ascending, nullsFirst: o.nullsFirst };
    }
    return { expr: b.bind(o.expr), ascending: o.ascending, nullsFirst: o.nullsFirst };
  }

  private relation(p: Extract<Plan, { kind: 'relation' }>): LPlan {
    if (p.name.length === 1) {
      const inj = this.injected.get(p.name[0]!);
      if (inj) return inj;
      for (let i = this.ctes.length - 1; i >= 0; i--) {
        const c = this.ctes[i]!.get(p.name[0]!.toLowerCase());
        if (c) return freshRelation(c, [p.name[0]!]);
      }
    }
    const found = this.catalog.lookupRelation(p.name);
    if (!found) {
      const name = p.name.map((n) => '`' + n + '`').join('.');
      throw new AnalysisException(
        `The table or view ${name} cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.; ${lineAndPos(this.sql, p.pos)}`,
        'TABLE_OR_VIEW_NOT_FOUND', { relationName: name },
      );
    }
    return freshRelation(found, p.name.length > 1 ? p.name : [p.name[0]!]);
  }

  /** Inline tables are evaluated once at analysis time, like Spark's ResolveInlineTables. */
  values(rows: Expr[][], outer: Scope | null): LPlan {
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) {
      throw new AnalysisException('expected ' + width + ' columns but found ' + rows.find((r) => r.length !== width)!.length + ' columns in row 1.', 'INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH');
    }
    const b = this.binder([], outer);
    const bound: BoundExpr[][] = rows.map((r) => r.map((e): BoundExpr => {
      const x = b.bind(e);
      if (x.kind === 'subquery' || hasRefs(x) || !isFoldable(x)) {
        throw new AnalysisException(`Cannot evaluate the expression ${b.name(e)} in inline table definition.`, 'INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE');
      }
      return x;
    }));
    const types: DataType[] = [];
    for (let c = 0; c < width; c++) {
      const col = bound.map((r) => r[c]!);
      const cast = coerceAll(col);
      if (!cast) {
        throw new AnalysisException(`Incompatible types found in column col${c + 1} for inline table.`, 'INVALID_INLINE_TABLE.INCOMPATIBLE_TYPES_IN_INLINE_TABLE');
      }
      types.push(cast[0]!.type.kind === 'null' ? cast[0]!.type : cast[0]!.type);
      cast.forEach((x, r) => (bound[r]![c] = x));
    }
    const env = newEnv(() => []);
    const data: Row[] = bound.map((r) => r.map((x) => compile(x)([], env)));
    const output = types.map((t, i) => newAttribute(`col${i + 1}`, t, data.some((r) => r[i] === null)));
    return { kind: 'scan', name: 'LocalRelation', rows: () => data, output };
  }

  private tableFunction(p: Extract<Plan, { kind: 'tableFunction' }>): LPlan {
    if (p.name !== 'range') {
      throw new AnalysisException(`could not resolve \`${p.name}\` to a table-valued function.`, 'UNRESOLVABLE_TABLE_VALUED_FUNCTION');
    }
    const b = this.binder([], null);
    const env = newEnv(() => []);
    const vals = p.args.map((a) => compile(castTo(b.bind(a), LongType))([], env) as bigint | null);
    if (vals.length < 1 || vals.length > 4) throw new AnalysisException(`Table-valued function range with alternatives ... cannot be applied to ${vals.length} arguments.`);
    const [start, end, step] = vals.length === 1 ? [0n, vals[0]!, 1n] : [vals[0]!, vals[1]!, vals[2] ?? 1n];
    const output = [newAttribute('id', LongType, false)];
    // numSlices (the 4th argument) or SparkContext.defaultParallelism, as Spark's Range splits.
    const slices = vals[3] !== undefined && vals[3] !== null ? Number(vals[3]) : null;
    if (slices !== null && slices <= 0) throw new AnalysisException(`The numSlices of range must be positive, got ${slices}.`);
    return {
      kind: 'scan', name: 'Range', output, partitions: () => slices ?? defaultParallelism(),
      detail: () => `(${start}, ${end}, step=${step}, splits=${slices ?? defaultParallelism()})`,
      rows: () => {
        const out: Row[] = [];
        if (step === 0n) throw new AnalysisException('step cannot be 0');
        for (let i = start!; step! > 0n ? i < end! : i > end!; i += step!) out.push([i]);
        return out;
      },
    };
  }

  private join(p: Extract<Plan, { kind: 'join' }>, outer: Scope | null): LPlan {
    const left = this.plan(p.left, outer);
    const right = this.plan(p.right, outer);
    const all = [...left.output, ...right.output];
    let using = p.using;
    if (p.natural) {
      const rightNames = new Set(visible(right.output).map((r) => r.name.toLowerCase()));
      using = [...new Set(visible(left.output).map((a) => a.name).filter((n) => rightNames.has(n.toLowerCase())))];
    }
    if (using) return this.usingJoin(left, right, p.type, using, outer);
    const keys = p.on ? bindSelfJoinKeys(p.on, left.output, right.output) : null;
    const on = keys ? keys.on : p.on;
    const b = this.binder(keys ? keys.attrs : all, outer);
    const cond = on ? b.boolean(b.bind(on), on) : null;
    const output = p.type === 'semi' || p.type === 'anti' ? left.output
      : all.map((a, i) => {
        const fromLeft = i < left.output.length;
        const nullable = a.nullable || (fromLeft ? p.type === 'right' || p.type === 'full' : p.type === 'left' || p.type === 'full');
        return nullable === a.nullable ? a : { ...a, nullable };
      });
    return { kind: 'join', left, right, type: p.type === 'cross' && cond ? 'inner' : p.type, cond, output };
  }

  private usingJoin(left: LPlan, right: LPlan, type: Extract<Plan, { kind: 'join' }>['type'], using: string[], outer: Scope | null): LPlan {
    const pairs = using.map((name) => {
      const l = resolveColumn(left.output, [name]);
      const r = resolveColumn(right.output, [name]);
      if (!l || !r) {
        throw new AnalysisException(`USING column \`${name}\` cannot be resolved on the ${l ? 'right' : 'left'} side of the join. The ${l ? 'right' : 'left'}-side columns: [${(l ? right : left).output.map((a) => '`' + a.name + '`').join(', ')}].`, 'UNRESOLVED_USING_COLUMN_FOR_JOIN');
      }
      return [l, r] as const;
    });
    const all = [...left.output, ...right.output];
    const b = this.binder(all, outer);
    let cond: BoundExpr | null = null;
    for (const [l, r] of pairs) {
      const eq = b.compare('=', { kind: 'ref', index: l.index, type: l.attr.type, nullable: true }, { kind: 'ref', index: left.output.length + r.index, type: r.attr.type, nullable: true }, { kind: 'column', parts: [l.attr.name], pos: 0 });
      cond = cond ? { kind: 'and', left: cond, right: eq, type: eq.type, nullable: true } : eq;
    }
    const jt = type === 'cross' ? 'inner' : type;
    const join: LPlan = { kind: 'join', left, right, type: jt, cond, output: all };
    if (jt === 'semi' || jt === 'anti') return { ...join, output: left.output };
    const exprs: BoundExpr[] = [];
    const output: Attribute[] = [];
    for (const [l, r] of pairs) {
      const lr: BoundExpr = { kind: 'ref', index: l.index, type: l.attr.type, nullable: true };
      const rr: BoundExpr = { kind: 'ref', index: left.output.length + r.index, type: r.attr.type, nullable: true };
      const t = widerCommonType(l.attr.type, r.attr.type) ?? l.attr.type;
      if (jt === 'full') {
        exprs.push({ kind: 'coalesce', args: [castTo(lr, t), castTo(rr, t)], type: t, nullable: true });
        output.push(newAttribute(l.attr.name, t, true, []));
      } else if (jt === 'right') {
        exprs.push(rr);
        output.push(r.attr);
      } else {
        exprs.push(lr);
        output.push(l.attr);
      }
    }
    const usedL = new Set(pairs.map(([l]) => l.index));
    const usedR = new Set(pairs.map(([, r]) => r.index));
    left.output.forEach((a, i) => {
      if (usedL.has(i)) return;
      exprs.push({ kind: 'ref', index: i, type: a.type, nullable: true });
      output.push(jt === 'right' || jt === 'full' ? { ...a, nullable: true } : a);
    });
    right.output.forEach((a, i) => {
      if (usedR.has(i)) return;
      exprs.push({ kind: 'ref', index: left.output.length + i, type: a.type, nullable: true });
      output.push(jt === 'left' || jt === 'full' ? { ...a, nullable: true } : a);
    });
    // Hidden: each side's key columns stay reachable by qualified name (t1.k, t2.k) and `t.*`.
    for (const [l, r] of pairs) {
      for (const [m, off] of [[l, 0], [r, left.output.length]] as const) {
        if (output.some((a) => a.id === m.attr.id)) continue;
        exprs.push({ kind: 'ref', index: off + m.index, type: m.attr.type, nullable: true });
        output.push({ ...m.attr, nullable: true, hidden: true });
      }
    }
    return { kind: 'project', child: join, exprs, output };
  }

  private setOp(p: Extract<Plan, { kind: 'setOp' }>, outer: Scope | null): LPlan {
    let left = this.plan(p.left, outer);
    let right = this.plan(p.right, outer);
    const lo = visible(left.output);
    const ro = visible(right.output);
    if (lo.length !== ro.length) {
      const opName = p.op === 'union' ? 'UNION' : p.op === 'intersect' ? 'INTERSECT' : 'EXCEPT';
      throw new AnalysisException(
        `${opName} can only be performed on inputs with the same number of columns, but the first input has ${lo.length} columns and the second input has ${ro.length} columns.`,
        'NUM_COLUMNS_MISMATCH',
      );
    }
    const types = lo.map((a, i) => {
      const t = widerCommonType(a.type, ro[i]!.type);
      if (!t) {
        throw new AnalysisException(`${p.op.toUpperCase()} can only be performed on inputs with compatible column types. The ${ordinal(i + 1)} column of the second table is "${sqlName(ro[i]!.type)}" type which is not compatible with "${sqlName(a.type)}" at the same column of the first table.`, 'INCOMPATIBLE_COLUMN_TYPE');
      }
      return t;
    });
    left = castPlan(left, types);
    right = castPlan(right, types);
    const output = left.output.map((a, i) => lineage(a, newAttribute(a.name, types[i]!, a.nullable || right.output[i]!.nullable, [])));
    return { kind: 'setOp', op: p.op, all: p.all, left, right, output };
  }

  private limit(e: Expr, child: LPlan, what: 'limit' | 'offset'): LPlan {
    const b = this.binder([], null);
    let x: BoundExpr;
    try {
      x = b.bind(e);
    } catch {
      throw new AnalysisException(`The ${what} like expression "${b.name(e)}" is invalid. The ${what} expression must evaluate to a constant value.`, 'INVALID_LIMIT_LIKE_EXPRESSION.IS_UNFOLDABLE');
    }
    if (x.kind === 'subquery' || hasRefs(x)) throw new AnalysisException(`The ${what} like expression "${b.name(e)}" is invalid.`, 'INVALID_LIMIT_LIKE_EXPRESSION.IS_UNFOLDABLE');
    if (x.type.kind !== 'int' && x.type.kind !== 'short' && x.type.kind !== 'byte' && x.type.kind !== 'null') {
      throw new AnalysisException(`The ${what} like expression "${b.name(e)}" is invalid. The ${what} expression must be integer type, but got "${sqlName(x.type)}".`, 'INVALID_LIMIT_LIKE_EXPRESSION.DATA_TYPE');
    }
    const v = compile(castTo(x, IntegerType))([], newEnv(() => []));
    if (v === null) throw new AnalysisException(`The ${what} like expression "${b.name(e)}" is invalid. The evaluated ${what} expression must not be null.`, 'INVALID_LIMIT_LIKE_EXPRESSION.IS_NULL');
    if ((v as number) < 0) throw new AnalysisException(`The ${what} like expression "${b.name(e)}" is invalid. The ${what} expression must be equal to or greater than 0, but got ${String(v)}.`, 'INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE');
    if (what === 'limit') {
      if (child.kind === 'limit' && child.limit === Infinity) return { ...child, limit: v as number };
      return { kind: 'limit', child, limit: v as number, offset: 0, output: child.output };
    }
    return { kind: 'limit', child, limit: Infinity, offset: v as number, output: child.output };
  }

  private pivot(p: Extract<Plan, { kind: 'pivot' }>, outer: Scope | null): LPlan {
    return planPivot(this, p, outer);
  }
}

import { planLateral, planPivot } from './pivot-lateral';

function ordinal(n: number): string {
  return n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}

/**
 * A set operation's column keeps the DataFrame lineage of its first input's (Spark's Union
 * outputs the first child's attributes): `a.union(b).select(a.k)` finds `a`'s column.
 */
function lineage(from: Attribute, to: Attribute): Attribute {
  const also = [...(from.qualifier[0]?.startsWith('__') ? [from.qualifier] : []), ...(from.alsoQualifiers ?? [])];
  return also.length ? { ...to, alsoQualifiers: also } : to;
}

export function visible(attrs: readonly Attribute[]): Attribute[] {
  return attrs.filter((a) => !a.hidden);
}

function castPlan(plan: LPlan, types: DataType[]): LPlan {
  const out = visible(plan.output);
  if (out.length === plan.output.length && out.every((a, i) => sqlName(a.type) === sqlName(types[i]!))) return plan;
  return {
    kind: 'project', child: plan,
    exprs: out.map((a, i) => castTo({ kind: 'ref', index: plan.output.indexOf(a), type: a.type, nullable: a.nullable }, types[i]!)),
    output: out.map((a, i) => ({ ...a, type: types[i]! })),
  };
}

function hasRefs(e: BoundExpr): boolean {
  if (e.kind === 'ref' || e.kind === 'outerRef') return true;
  if ('args' in e) return e.args.some(hasRefs);
  if (e.kind === 'and' || e.kind === 'or') return hasRefs(e.left) || hasRefs(e.right);
  if (e.kind === 'case') return e.branches.some(([c, v]) => hasRefs(c) || hasRefs(v)) || (e.elseExpr !== null && hasRefs(e.elseExpr));
  if (e.kind === 'in') return hasRefs(e.expr) || e.list.some(hasRefs);
  return false;
}

export { requalify };
