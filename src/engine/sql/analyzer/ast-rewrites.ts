/** Rewrites over parsed expressions done before binding a SELECT block. */
import { isAggregateName } from '../../expr';
import type { Expr, WindowSpec } from '../ast';
import { AnalysisException } from '../errors';
import type { Attribute } from '../logical';
import type { Analyzer } from './analyzer';
import { visible } from './analyzer';
import { resolveColumn } from './scope';

/** Items of a SELECT list as the rewrites see them. */
export interface AliasItem {
  ast: Expr | null;
  name: string;
}

/** Whether an expression contains an aggregate call outside any OVER clause or subquery. */
export function hasAggregate(e: Expr): boolean {
  let found = false;
  const visit = (x: Expr): void => {
    if (found) return;
    if (x.kind === 'func') {
      const n = x.name.toLowerCase();
      if (x.over === undefined && (isAggregateName(n) || n === 'grouping' || n === 'grouping_id')) {
        found = true;
        return;
      }
      if (x.over !== undefined) {
        // Arguments of a window aggregate may still contain plain aggregates (sum(sum(x)) OVER ...).
        x.args.forEach((a) => { if (a.kind === 'func') visit(a); else visitChildren(a, visit); });
        return;
      }
    }
    if (x.kind === 'scalarSubquery' || x.kind === 'exists' || x.kind === 'inSubquery') {
      if (x.kind === 'inSubquery') x.exprs.forEach(visit);
      return;
    }
    visitChildren(x, visit);
  };
  visit(e);
  return found;
}

export function visitChildren(e: Expr, f: (x: Expr) => void): void {
  switch (e.kind) {
    case 'literal': case 'column': case 'star': case 'exists': case 'scalarSubquery': return;
    case 'func': e.args.forEach(f); if (e.filter) f(e.filter); return;
    case 'binary': f(e.left); f(e.right); return;
    case 'unary': case 'isNull': case 'isBool': case 'cast': case 'alias': case 'field': f(e.expr); return;
    case 'distinctFrom': f(e.left); f(e.right); return;
    case 'between': f(e.expr); f(e.low); f(e.high); return;
    case 'in': f(e.expr); e.list.forEach(f); return;
    case 'inSubquery': e.exprs.forEach(f); return;
    case 'like': f(e.expr); f(e.pattern); (e.patterns ?? []).forEach(f); return;
    case 'case': if (e.operand) f(e.operand); e.branches.forEach(([c, v]) => { f(c); f(v); }); if (e.elseExpr) f(e.elseExpr); return;
    case 'subscript': f(e.expr); f(e.index); return;
    case 'lambda': f(e.body); return;
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

export function hasWindow(e: Expr): boolean {
  let found = false;
  const visit = (x: Expr): void => {
    if (x.kind === 'func' && x.over !== undefined) found = true;
    else visitChildren(x, visit);
  };
  visit(e);
  return found;
}

/** Replaces columns that only name a SELECT alias (HAVING / ORDER BY / GROUP BY use). */
export function substituteAliases(e: Expr, items: AliasItem[], input: readonly Attribute[]): Expr {
  const sub = (x: Expr): Expr => {
    if (x.kind === 'column' && x.parts.length === 1) {
      let inInput: boolean;
      try {
        inInput = resolveColumn(input, x.parts) !== null;
      } catch {
        inInput = true;
      }
      if (!inInput) {
        const it = items.find((i) => i.ast && i.ast.kind === 'alias' && i.name.toLowerCase() === x.parts[0]!.toLowerCase());
        if (it && it.ast && it.ast.kind === 'alias') return it.ast.expr;
      }
      return x;
    }
    if (x.kind === 'scalarSubquery' || x.kind === 'exists' || x.kind === 'inSubquery') return x;
    const copy = { ...x } as Record<string, unknown>;
    for (const [k, v] of Object.entries(copy)) {
      if (k === 'plan' || k === 'over') continue;
      if (Array.isArray(v)) copy[k] = v.map((y) => (Array.isArray(y) ? y.map((z) => (isExpr(z) ? sub(z) : z)) : isExpr(y) ? sub(y) : y));
      else if (isExpr(v)) copy[k] = sub(v);
    }
    return copy as Expr;
  };
  return sub(e);
}

export function isExpr(v: unknown): v is Expr {
  return typeof v === 'object' && v !== null && 'kind' in v && 'pos' in v;
}

/** Inlines named windows (`OVER w`, `OVER (w ...)`) so names and plans see the full spec. */
export function inlineWindows(e: Expr, named: Record<string, WindowSpec>): Expr {
  if (Object.keys(named).length === 0) return e;
  const resolve = (over: WindowSpec | string): WindowSpec => {
    if (typeof over === 'string') {
      const w = named[over.toLowerCase()];
      if (!w) throw new AnalysisException(`Window specification ${over} is not defined in the WINDOW clause.`, 'MISSING_WINDOW_SPECIFICATION');
      return resolve(w);
    }
    if (!over.base) return over;
    const b = resolve(over.base);
    return { partitionBy: over.partitionBy.length ? over.partitionBy : b.partitionBy, orderBy: over.orderBy.length ? over.orderBy : b.orderBy, frame: over.frame ?? b.frame };
  };
  const walk = (x: Expr): Expr => {
    if (x.kind === 'func' && x.over !== undefined) return { ...x, over: resolve(x.over), args: x.args.map(walk) };
    if (x.kind === 'scalarSubquery' || x.kind === 'exists' || x.kind === 'inSubquery' || x.kind === 'literal' || x.kind === 'column' || x.kind === 'star') return x;
    const copy = { ...x } as Record<string, unknown>;
    for (const [k, v] of Object.entries(copy)) {
      if (Array.isArray(v)) copy[k] = v.map((y) => (Array.isArray(y) ? y.map((z) => (isExpr(z) ? walk(z) : z)) : isExpr(y) ? walk(y) : y));
      else if (isExpr(v)) copy[k] = walk(v);
    }
    return copy as Expr;
  };
  return walk(e);
}

/** `f(t.*)` / `count(DISTINCT *)` take every column as arguments; plain `count(*)` stays count(1). */
export function expandFunctionStars(e: Expr, input: readonly Attribute[], an: Analyzer): Expr {
  const columns = (q: string[]): Expr[] => {
    // `s.*` on a struct column means its fields.
    if (q.length) {
      let m: ReturnType<typeof resolveColumn>;
      try {
        m = resolveColumn(input, q);
      } catch {
        m = null;
      }
      if (m && m.attr.type.kind === 'struct') return m.attr.type.fields.map((f) => ({ kind: 'column', parts: [...q, f.name], pos: e.pos }) as Expr);
    }
    return tableColumns(q);
  };
  const tableColumns = (q: string[]): Expr[] => visible(input)
    .filter((a) => q.length === 0 || (a.qualifier.length >= q.length && q.every((p, k) => p.toLowerCase() === a.qualifier[a.qualifier.length - q.length + k]!.toLowerCase())))
    .map((a) => ({ kind: 'column', parts: [...a.qualifier, a.name], pos: e.pos }) as Expr);
  const walk = (x: Expr): Expr => {
    if (x.kind === 'func' && x.args.some((a) => a.kind === 'star')) {
      const name = x.name.toLowerCase();
      const onlyStar = x.args.length === 1 && x.args[0]!.kind === 'star';
      if (name === 'count' && onlyStar && (x.args[0] as { qualifier: string[] }).qualifier.length === 0 && !x.distinct) return x;
      if (name === 'count' && onlyStar && !x.distinct && !an.flag('spark.sql.legacy.allowStarWithSingleTableIdentifierInCount', false)) {
        throw new AnalysisException(`count(${(x.args[0] as { qualifier: string[] }).qualifier.join('.')}.*) is not allowed. Please use count(*) or expand the columns manually, e.g. count(col1, col2).`, 'INVALID_USAGE_OF_STAR_WITH_SINGLE_TABLE_IDENTIFIER_IN_COUNT');
      }
      return { ...x, args: x.args.flatMap((a) => (a.kind === 'star' ? columns(a.qualifier) : [walk(a)])) };
    }
    if (x.kind === 'func' && x.name.toLowerCase() === 'count' && x.args.length === 0 && x.over === undefined && !an.flag('spark.sql.legacy.allowParameterlessCount', false)) {
      throw new AnalysisException('count requires at least one argument. If you have to call the function count without arguments, set the legacy configuration `spark.sql.legacy.allowParameterlessCount` as true.', 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
    }
    if (x.kind === 'scalarSubquery' || x.kind === 'exists' || x.kind === 'inSubquery' || x.kind === 'literal' || x.kind === 'column' || x.kind === 'star') return x;
    const copy = { ...x } as Record<string, unknown>;
    for (const [k, v] of Object.entries(copy)) {
      if (Array.isArray(v)) copy[k] = v.map((y) => (Array.isArray(y) ? y.map((z) => (isExpr(z) ? walk(z) : z)) : isExpr(y) ? walk(y) : y));
      else if (isExpr(v)) copy[k] = walk(v);
    }
    return copy as Expr;
  };
  return walk(e);
}

