/**
 * Binds parser expressions to typed expressions over a scope, applying Spark's implicit
 * casts. A `hook` lets the SELECT planner intercept nodes (aggregates, grouping
 * expressions, window functions) before the default binding.
 */
import {
  arithmetic, ArithmeticTypeError, DateArithmeticError, canCast, castTo, comparisonType, compareValues,
  lookupScalar, negate, subscript, valuesEqual,
} from '../../expr';
import type { BoundExpr, CallSite, UserFunction } from '../../expr';
import { BooleanType, sqlName, StringType, DoubleType, LongType } from '../../types';
import type { DataType } from '../../types';
import type { Expr, Plan } from '../ast';
import { AnalysisException } from '../errors';
import type { LPlan } from '../logical';
import { bindAggregate, bindFunc } from './bind-functions';
import { not, widerOrNull } from './bind-helpers';
import { bindLike } from './bind-like';
import { bindSubquery } from './bind-subquery';
import { exprName } from './naming';
import { lineAndPos, resolveColumn, unresolvedColumn } from './scope';
import type { Scope } from './scope';

export type BindHook = (e: Expr, b: Binder) => BoundExpr | undefined;

export interface SubqueryPlanner {
  /** Analyzes a subquery with `outer` as its enclosing scope; reports whether it referenced it. */
  planSubquery(plan: Plan, outer: Scope): { plan: LPlan; correlated: boolean };
  noteOuterReference(name: string): void;
  /** Names of the outer columns a subquery refers to (for `scalarsubquery(x, y)` names). */
  outerReferences(plan: Plan, outer: Scope): string[];
  /** A session function (registered UDF) by name. */
  lookupFunction?(name: string): UserFunction | undefined;
  readonly sql: string;
}

export class Binder {
  /** Lambda parameter frames, innermost last (pushed by bind-functions while binding a lambda body). */
  readonly lambdas: Array<{ names: string[]; types: DataType[] }> = [];
  /** Set when a column resolved in an outer scope (the subquery is correlated). */
  usedOuter = false;

  constructor(
    readonly scope: Scope,
    readonly planner: SubqueryPlanner,
    readonly hook: BindHook | null = null,
  ) {}

  withHook(hook: BindHook | null): Binder {
    return new Binder(this.scope, this.planner, hook);
  }

  name(e: Expr): string {
    return exprName(e, (parts) => this.columnName(parts), (x) => this.typeOf(x), (p) => {
      try {
        return this.planner.outerReferences(p, this.scope);
      } catch {
        return [];
      }
    }, (fn) => this.planner.lookupFunction?.(fn)?.display);
  }

  /** The type an expression would bind to here, or null (used only for naming). */
  typeOf(e: Expr): DataType | null {
    try {
      return new Binder(this.scope, this.planner, null).bind(e).type;
    } catch {
      return null;
    }
  }

  /** The name Spark prints for a column reference: as written, without its qualifier. */
  columnName(parts: string[]): string {
    try {
      const m = resolveColumn(this.scope.attrs, parts);
      if (m) return parts.slice(parts.length - m.fields.length - 1).join('.');
    } catch {
      /* ambiguous: fall back to the written name */
    }
    return parts[parts.length - 1]!;
  }

  site(e: Extract<Expr, { kind: 'func' }>, name = e.name.toLowerCase()): CallSite {
    return { name, argSql: e.args.map((a) => this.name(a)), sql: this.name(e) };
  }

  bind(e: Expr): BoundExpr {
    if (this.hook) {
      const r = this.hook(e, this);
      if (r) return r;
    }
    return this.bindNode(e);
  }

  private bindNode(e: Expr): BoundExpr {
    switch (e.kind) {
      case 'literal': return { kind: 'literal', value: e.value, type: e.type, nullable: e.value === null };
      case 'column': return this.column(e);
      case 'star': throw new AnalysisException(`Invalid usage of '*' in expression.`, 'INVALID_USAGE_OF_STAR_OR_REGEX');
      case 'alias': return this.bind(e.expr);
      case 'binary': return this.binary(e);
      case 'unary': {
        const x = this.bind(e.expr);
        if (e.op === 'not') return not(this.boolean(x, e.expr));
        if (e.op === '-') {
          const v = x.type.kind === 'string' ? castTo(x, DoubleType) : x;
          return negate(v);
        }
        if (e.op === '+') return x;
        const t = x.type;
        return { kind: 'strict', name: '~', args: [x], fn: t.kind === 'long' ? (a) => ~(a[0] as bigint) : (a) => ~(a[0] as number), type: t, nullable: x.nullable };
      }
      case 'isNull': {
        const x = this.bind(e.expr);
        return { kind: 'lenient', name: e.negated ? 'isnotnull' : 'isnull', args: [x], fn: e.negated ? (a) => a[0] !== null : (a) => a[0] === null, type: BooleanType, nullable: false };
      }
      case 'isBool': {
        const x = this.bind(e.expr);
        const want = e.value;
        const fn = (a: unknown[]) => (a[0] === want) !== e.negated;
        return { kind: 'lenient', name: `is${e.negated ? 'not' : ''}${String(want)}`, args: [x], fn, type: BooleanType, nullable: false };
      }
      case 'distinctFrom': {
        const [l, r] = this.comparable(this.bind(e.left), this.bind(e.right), e);
        const t = l.type;
        const neg = e.negated;
        return {
          kind: 'lenient', name: neg ? '<=>' : 'distinctfrom', args: [l, r], type: BooleanType, nullable: false,
          fn: (a) => {
            const same = a[0] === null || a[1] === null ? a[0] === a[1] : valuesEqual(a[0], a[1], t);
            return neg ? same : !same;
          },
        };
      }
      case 'between': {
        const x = this.bind(e.expr);
        const low = this.compare('>=', x, this.bind(e.low), e);
        const high = this.compare('<=', x, this.bind(e.high), e);
        const both: BoundExpr = { kind: 'and', left: low, right: high, type: BooleanType, nullable: low.nullable || high.nullable };
        return e.negated ? not(both) : both;
      }
      case 'in': {
        const x = this.bind(e.expr);
        const list = e.list.map((i) => this.bind(i));
        let t: DataType | null = x.type;
        for (const l of list) t = t ? comparisonType(t, l.type) : null;
        if (!t) {
          throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: Input to \`in\` should all be the same type, but it's [${[x, ...list].map((a) => `"${sqlName(a.type)}"`).join(', ')}].`, 'DATATYPE_MISMATCH.DATA_DIFF_TYPES');
        }
        const tt = t;
        const r: BoundExpr = { kind: 'in', expr: castTo(x, tt), list: list.map((l) => castTo(l, tt)), type: BooleanType, nullable: true };
        return e.negated ? not(r) : r;
      }
      case 'inSubquery':
      case 'exists':
      case 'scalarSubquery': return bindSubquery(this, e);
      case 'like': return bindLike(this, e);
      case 'case': {
        const operand = e.operand ? this.bind(e.operand) : null;
        const conds = e.branches.map(([c]) => (operand ? this.compare('=', operand, this.bind(c), e) : this.boolean(this.bind(c), c)));
        const values = e.branches.map(([, v]) => this.bind(v));
        const other = e.elseExpr ? this.bind(e.elseExpr) : null;
        const all = other ? [...values, other] : values;
        let t: DataType | null = all[0]!.type;
        for (const v of all.slice(1)) t = t ? widerOrNull(t, v.type) : null;
        if (!t) {
          throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: Input to \`casewhen\` should all be the same type, but it's [${all.map((a) => `"${sqlName(a.type)}"`).join(', ')}].`, 'DATATYPE_MISMATCH.DATA_DIFF_TYPES');
        }
        const tt = t;
        return {
          kind: 'case', branches: conds.map((c, i) => [c, castTo(values[i]!, tt)]), elseExpr: other ? castTo(other, tt) : null,
          type: tt, nullable: true,
        };
      }
      case 'cast': {
        const x = this.bind(e.expr);
        if (!canCast(x.type, e.type)) {
          throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: cannot cast "${sqlName(x.type)}" to "${sqlName(e.type)}".`, 'DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION');
        }
        const c = castTo(x, e.type);
        return c === x ? { kind: 'strict', name: 'cast', args: [x], fn: (a) => a[0], type: e.type, nullable: x.nullable } : c;
      }
      case 'subscript': {
        const base = this.bind(e.expr);
        return subscript(base, this.bind(e.index), false, this.name(e));
      }
      case 'field': return this.extractField(this.bind(e.expr), [e.name], e.pos);
      case 'func': return bindFunc(this, e);
      case 'lambda': throw new AnalysisException('A lambda function should only be used in a higher order function.');
      default: {
        const never: never = e;
        throw new Error(`unexpected ${JSON.stringify(never)}`);
      }
    }
  }

  private column(e: Extract<Expr, { kind: 'column' }>): BoundExpr {
    for (let d = this.lambdas.length - 1; d >= 0; d--) {
      const f = this.lambdas[d]!;
      const i = f.names.findIndex((n) => n.toLowerCase() === e.parts[0]!.toLowerCase());
      if (i >= 0 && d === this.lambdas.length - 1) {
        // A lambda parameter, possibly with struct fields after it (acc.count).
        const v: BoundExpr = { kind: 'lambdaVar', slot: i, type: f.types[i]!, nullable: true };
        return e.parts.length > 1 ? this.extractField(v, e.parts.slice(1), e.pos) : v;
      }
    }
    const m = resolveColumn(this.scope.attrs, e.parts);
    if (m) {
      const ref: BoundExpr = { kind: 'ref', index: m.index, type: m.attr.type, nullable: m.attr.nullable };
      return m.fields.length ? this.extractField(ref, m.fields, e.pos) : ref;
    }
    let outer = this.scope.outer;
    let depth = 0;
    while (outer) {
      const om = resolveColumn(outer.attrs, e.parts);
      if (om) {
        this.usedOuter = true;
        this.planner.noteOuterReference(e.parts[e.parts.length - 1 - om.fields.length]!);
        const ref: BoundExpr = { kind: 'outerRef', depth, index: om.index, type: om.attr.type, nullable: om.attr.nullable };
        return om.fields.length ? this.extractField(ref, om.fields, e.pos) : ref;
      }
      outer = outer.outer;
      depth++;
    }
    throw unresolvedColumn(e.parts, this.scope.attrs, e.pos, this.planner.sql);
  }

  extractField(base: BoundExpr, fields: string[], pos: number): BoundExpr {
    let cur = base;
    for (const f of fields) {
      const t = cur.type;
      if (t.kind === 'struct') {
        const i = t.fields.findIndex((x) => x.name.toLowerCase() === f.toLowerCase());
        if (i < 0) throw new AnalysisException(`No such struct field ${f} in ${t.fields.map((x) => x.name).join(', ')}.; ${lineAndPos(this.planner.sql, pos)}`, 'FIELD_NOT_FOUND');
        cur = { kind: 'strict', name: `getfield#${i}`, args: [cur], fn: (a) => (a[0] as unknown[])[i] ?? null, type: t.fields[i]!.type, nullable: true };
      } else if (t.kind === 'map') {
        cur = subscript(cur, { kind: 'literal', value: f, type: StringType, nullable: false }, false, f);
      } else {
        throw new AnalysisException(`Can't extract value from ${f}: need struct type but got ${sqlName(t).toLowerCase()}; ${lineAndPos(this.planner.sql, pos)}`, 'INVALID_EXTRACT_BASE_FIELD_TYPE');
      }
    }
    return cur;
  }

  boolean(x: BoundExpr, src: Expr): BoundExpr {
    if (x.type.kind === 'boolean') return x;
    if (x.type.kind === 'null') return castTo(x, BooleanType);
    if (x.type.kind === 'string') return castTo(x, BooleanType);
    throw new AnalysisException(`Cannot resolve "${this.name(src)}" due to data type mismatch: the input requires the "BOOLEAN" type, however it has the type "${sqlName(x.type)}".`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }

  comparable(l: BoundExpr, r: BoundExpr, src: Expr): [BoundExpr, BoundExpr] {
    const t = comparisonType(l.type, r.type);
    if (!t || t.kind === 'map') {
      throw new AnalysisException(`Cannot resolve "${this.name(src)}" due to data type mismatch: the left and right operands of the binary operator have incompatible types ("${sqlName(l.type)}" and "${sqlName(r.type)}").`, 'DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES');
    }
    return [castTo(l, t), castTo(r, t)];
  }

  compare(op: string, l0: BoundExpr, r0: BoundExpr, src: Expr): BoundExpr {
    const [l, r] = this.comparable(l0, r0, src);
    const t = l.type;
    const test: Record<string, (c: number) => boolean> = {
      '=': (c) => c === 0, '<>': (c) => c !== 0, '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0,
    };
    if (op === '<=>') {
      return { kind: 'lenient', name: op, args: [l, r], type: BooleanType, nullable: false, fn: (a) => (a[0] === null || a[1] === null ? a[0] === a[1] : valuesEqual(a[0], a[1], t)) };
    }
    const f = test[op]!;
    return { kind: 'strict', name: op, args: [l, r], type: BooleanType, nullable: l.nullable || r.nullable, fn: (a) => f(compareValues(a[0], a[1], t)) };
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>): BoundExpr {
    if (e.op === 'and' || e.op === 'or') {
      const l = this.boolean(this.bind(e.left), e.left);
      const r = this.boolean(this.bind(e.right), e.right);
      return { kind: e.op, left: l, right: r, type: BooleanType, nullable: l.nullable || r.nullable };
    }
    const l = this.bind(e.left);
    const r = this.bind(e.right);
    if (['=', '<>', '<', '<=', '>', '>=', '<=>'].includes(e.op)) return this.compare(e.op, l, r, e);
    if (e.op === '||') {
      const f = lookupScalar('concat')!;
      return f([l, r], { name: 'concat', argSql: [], sql: this.name(e) });
    }
    try {
      return arithmetic(e.op as '+', l, r);
    } catch (err) {
      if (err instanceof DateArithmeticError) {
        const bad = l.type.kind === 'date' ? r : l;
        throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: Parameter 2 requires the ("INT" or "SMALLINT" or "TINYINT") type, however "${this.name(l.type.kind === 'date' ? e.right : e.left)}" has the type "${sqlName(bad.type)}".`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
      }
      if (!(err instanceof ArithmeticTypeError)) throw err;
      const bad = [l, r].find((x) => !['byte', 'short', 'int', 'long', 'float', 'double', 'decimal', 'null', 'string'].includes(x.type.kind));
      if (l.type.kind !== r.type.kind && bad) {
        throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: the left and right operands of the binary operator have incompatible types ("${sqlName(l.type)}" and "${sqlName(r.type)}").`, 'DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES');
      }
      throw new AnalysisException(`Cannot resolve "${this.name(e)}" due to data type mismatch: the binary operator requires the input type "NUMERIC", not "${sqlName(l.type)}".`, 'DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE');
    }
  }

  /** Binds an aggregate call's arguments in this scope (used by the SELECT planner). */
  aggregate(e: Extract<Expr, { kind: 'func' }>): ReturnType<typeof bindAggregate> {
    return bindAggregate(this, e);
  }
}

export { likeRegex } from './bind-like';
export { LongType };
