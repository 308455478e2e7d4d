/**
 * Plans one SELECT block in Spark's clause order: FROM → LATERAL VIEW → WHERE → GROUP BY /
 * aggregates → HAVING → window functions → projection → DISTINCT → ORDER BY.
 */
import { isAggregateName } from '../../expr';
import type { BoundAggregate, BoundExpr } from '../../expr';
import { IntegerType, LongType } from '../../types';
import type { DataType } from '../../types';
import type { Expr, SortOrder } from '../ast';
import { AnalysisException } from '../errors';
import { newAttribute } from '../logical';
import type { Attribute, LPlan, SortKey, WindowExpr } from '../logical';
import type { Analyzer } from './analyzer';
import { Binder } from './binder';
import type { BindHook } from './binder';
import { exprKey, remapRefs } from './rewrite';
import { resolveColumn } from './scope';
import type { Scope } from './scope';
import { isGenerator, planLateral } from './pivot-lateral';
import { planWindow } from './window-planner';
import { hasNondeterministic, pullOutNondeterministic } from './pull-out-nondeterministic';
import { expandFunctionStars, hasAggregate, hasWindow, inlineWindows, substituteAliases } from './ast-rewrites';
import { containsInputRef, GID_PLACEHOLDER, groupingCall, missingAggregation } from './select-aggregation';
import { expandItems, resolveGroupAst, resolveGroupAsts, safeResolve } from './select-items';
import type { Item, Select } from './select-items';

export { hasAggregate, visitChildren } from './ast-rewrites';

const WINDOW_BASE = -1_000_000;

export function oneRow(): LPlan {
  return { kind: 'scan', name: 'OneRowRelation', rows: () => [[]], output: [] };
}

export function planSelect(an: Analyzer, sel0: Select, orders0: SortOrder[] | null, outer: Scope | null, globalSort = true): LPlan {
  let sel: Select = { ...sel0, items: sel0.items.map((e) => inlineWindows(e, sel0.windows)) };
  if (sel.having && !sel.groupBy && an.flag('spark.sql.legacy.parser.havingWithoutGroupByAsWhere', false)) {
    const having = sel.having;
    sel = { ...sel, having: undefined, where: sel.where ? { kind: 'binary', op: 'and', left: sel.where, right: having, pos: having.pos } : having };
  }
  const orders = orders0 ? orders0.map((o) => ({ ...o, expr: inlineWindows(o.expr, sel0.windows) })) : null;
  let child: LPlan = sel.from ? an.plan(sel.from, outer) : oneRow();
  for (const lv of sel.lateralViews) child = planLateral(an, child, lv, outer);
  sel = { ...sel, items: sel.items.map((e) => (e.kind === 'star' ? e : expandFunctionStars(e, child.output, an))) };
  let base = an.binder(child.output, outer);
  if (sel.where) {
    if (hasAggregate(sel.where)) {
      throw new AnalysisException(`The WHERE condition ${base.name(sel.where)} contains invalid expressions: ${base.name(sel.where)}.\nRewrite the query to avoid window functions, aggregate functions, and generator functions in the WHERE clause.`, 'INVALID_WHERE_CONDITION');
    }
    const cond = base.boolean(base.bind(sel.where), sel.where);
    child = { kind: 'filter', child, cond, output: child.output };
  }
  // A generator in the SELECT list (SELECT explode(xs) ...) becomes a Generate below the
  // projection, its columns taking the generator's place among the items.
  const genIndex = sel.items.findIndex((e) => {
    const x = e.kind === 'alias' ? e.expr : e;
    return x.kind === 'func' && x.over === undefined && isGenerator(x.name);
  });
  if (genIndex >= 0) {
    const item = sel.items[genIndex]!;
    const call = (item.kind === 'alias' ? item.expr : item) as Extract<Expr, { kind: 'func' }>;
    const aliases = item.kind === 'alias' ? item.names : [];
    const before = child.output.length;
    child = planLateral(an, child, { func: call, tableAlias: '', columnAliases: aliases, outer: call.name.toLowerCase().endsWith('_outer') }, outer);
    // The generated columns answer to a qualifier of their own too, so an input column of the same
    // name (SELECT explode(list1) AS list1 ...) does not make them ambiguous.
    const generated = child.output.slice(before).map((a) => ({ ...a, alsoQualifiers: [...(a.alsoQualifiers ?? []), [`__generated#${a.id}`]] }));
    child = { ...child, output: [...child.output.slice(0, before), ...generated] } as LPlan;
    const genCols = generated.map((a) => ({ kind: 'column', parts: [`__generated#${a.id}`, a.name], pos: call.pos }) as Expr);
    sel = { ...sel, items: [...sel.items.slice(0, genIndex), ...genCols, ...sel.items.slice(genIndex + 1)] };
    base = an.binder(child.output, outer);
  }
  const items = expandItems(sel.items, child.output, base);
  const extraAsts = [...(sel.having ? [sel.having] : []), ...(orders ?? []).map((o) => o.expr)];
  const isAgg = !!sel.groupBy || !!sel.having || items.some((i) => i.ast !== null && hasAggregate(i.ast)) || extraAsts.some(hasAggregate);

  const windows: WindowExpr[] = [];
  let hook: BindHook;
  let preWindow: LPlan;
  let groups: BoundExpr[] = [];
  const aggs: BoundAggregate[] = [];
  let sets: number[][] | null = null;
  if (isAgg) {
    const groupAsts = resolveGroupAsts(sel, items, child.output, an.flag('spark.sql.groupByAliases', true));
    groups = groupAsts.map((g) => base.bind(g));
    const groupKeys = groups.map(exprKey);
    // A non-deterministic grouping key is matched by its text (two binds of rand(1) or
    // spark_partition_id() are different expressions): the SELECT list's copy is the key itself.
    const nondeterministicKeys = groups.map((g, i) => (hasNondeterministic(g) ? base.name(groupAsts[i]!) : null));
    if (sel.groupBy?.sets) {
      sets = sel.groupBy.sets.map((set) => set.map((g) => groupKeys.indexOf(exprKey(base.bind(resolveGroupAst(g, items, child.output, true))))));
    }
    const aggKeys: string[] = [];
    const nGroups = groups.length;
    // Subqueries in an aggregate query see the grouping columns, i.e. the aggregate's output.
    const groupAttrs = groups.map((g, i) => {
      const ast = groupAsts[i]!;
      const m = ast.kind === 'column' ? safeResolve(child.output, ast.parts) : null;
      return newAttribute(m ? m.attr.name : base.name(ast), g.type, true, m ? m.attr.qualifier : []);
    });
    const aggHook: BindHook = (e, b) => {
      if (e.kind === 'scalarSubquery' || e.kind === 'exists' || e.kind === 'inSubquery') {
        return new Binder({ attrs: groupAttrs, outer: base.scope.outer }, an).bind(e);
      }
      if (e.kind === 'func' && e.over !== undefined) return planWindow(an, e, b, windows, WINDOW_BASE, sel.windows);
      if (e.kind === 'func') {
        const n = e.name.toLowerCase();
        if (isAggregateName(n)) {
          const key = b.name(e);
          let i = aggKeys.indexOf(key);
          if (i < 0) {
            aggs.push(base.aggregate(e));
            aggKeys.push(key);
            i = aggs.length - 1;
          }
          const a = aggs[i]!;
          return { kind: 'ref', index: nGroups + i, type: a.type, nullable: a.nullable };
        }
        if (n === 'grouping' || n === 'grouping_id') return groupingCall(e, b, base, groupKeys, sets);
      }
      if (e.kind === 'column' && e.parts.length === 1 && e.parts[0]!.toLowerCase() === 'grouping__id' && sets) {
        return { kind: 'ref', index: GID_PLACEHOLDER, type: LongType, nullable: false };
      }
      if (e.kind === 'literal' || e.kind === 'alias') return undefined;
      if (!hasAggregate(e) && !hasWindow(e)) {
        let bound: BoundExpr | null = null;
        try {
          bound = base.bind(e);
        } catch (err) {
          if (e.kind === 'column') throw err;
        }
        if (bound) {
          let gi = groupKeys.indexOf(exprKey(bound));
          const nondeterministic = hasNondeterministic(bound);
          if (gi < 0 && nondeterministic) gi = nondeterministicKeys.indexOf(base.name(e));
          if (gi >= 0) return { kind: 'ref', index: gi, type: groups[gi]!.type, nullable: true };
          // One holding a non-deterministic key deeper (`floor(rand(1) * 3) + 1`) is bound part by part.
          if (!containsInputRef(bound) && !(nondeterministic && nondeterministicKeys.some((k) => k !== null))) return bound;
          if (e.kind === 'column') throw missingAggregation(b, e, sel.groupBy !== undefined);
        }
      }
      return undefined;
    };
    hook = aggHook;
    const aggOut = [
      ...groups.map((g, i) => newAttribute(groupAsts[i]!.kind === 'column' ? base.columnName((groupAsts[i] as { parts: string[] }).parts) : base.name(groupAsts[i]!), g.type, true)),
    ];
    preWindow = { kind: 'aggregate', child, groups, aggs, sets, output: aggOut };
  } else {
    hook = (e, b) => (e.kind === 'func' && e.over !== undefined ? planWindow(an, e, b, windows, WINDOW_BASE, sel.windows) : undefined);
    preWindow = child;
  }
  const binder = base.withHook(hook);
  const bindItem = (it: Item): BoundExpr => {
    if (it.ref !== null) {
      const a = child.output[it.ref]!;
      const plain: Expr = { kind: 'column', parts: [...a.qualifier, a.name], pos: 0 };
      return isAgg ? binder.bind(plain) : { kind: 'ref', index: it.ref, type: a.type, nullable: a.nullable };
    }
    return binder.bind(it.ast!);
  };
  let exprs = items.map(bindItem);
  let having: BoundExpr | null = null;
  if (sel.having) {
    const h = substituteAliases(sel.having, items, child.output);
    having = binder.boolean(binder.bind(h), h);
  }
  // Output attributes of the projection.
  const output: Attribute[] = items.map((it, i) => {
    const e = exprs[i]!;
    if (!isAgg && it.attr && e.kind === 'ref') return { ...it.attr, name: it.name, hidden: false };
    const out = newAttribute(it.name, e.type, e.nullable, it.attr && !isAgg ? it.attr.qualifier : it.attr ? it.attr.qualifier : []);
    // A grouping column keeps the DataFrame lineage its input column had (Spark's Aggregate outputs the attribute).
    return it.attr?.alsoQualifiers ? { ...out, alsoQualifiers: it.attr.alsoQualifiers } : out;
  });
  // ORDER BY: select outputs first, then expressions over the input (hidden columns).
  const keys: SortKey[] = [];
  const hidden: BoundExpr[] = [];
  for (const o of orders ?? []) {
    if (o.expr.kind === 'literal' && o.expr.type.kind === 'int' && an.flag('spark.sql.orderByOrdinal', true)) {
      keys.push(an.sortKey(o, binder, output));
      continue;
    }
    let idx = -1;
    if (o.expr.kind === 'column') {
      try {
        const m = resolveColumn(output, o.expr.parts);
        if (m && m.fields.length === 0) idx = m.index;
      } catch {
        idx = -1;
      }
    }
    if (idx >= 0) {
      const a = output[idx]!;
      keys.push({ expr: { kind: 'ref', index: idx, type: a.type, nullable: a.nullable }, ascending: o.ascending, nullsFirst: o.nullsFirst });
      continue;
    }
    if (sel.distinct) {
      throw new AnalysisException(`Column ${binder.name(o.expr)} not in SELECT DISTINCT list.`, 'UNRESOLVED_COLUMN.WITH_SUGGESTION');
    }
    const ast = isAgg ? substituteAliases(o.expr, items, child.output) : o.expr;
    const e = binder.bind(ast);
    const same = exprs.findIndex((x) => exprKey(x) === exprKey(e));
    if (same >= 0) {
      keys.push({ expr: { kind: 'ref', index: same, type: e.type, nullable: e.nullable }, ascending: o.ascending, nullsFirst: o.nullsFirst });
      continue;
    }
    hidden.push(e);
    keys.push({ expr: { kind: 'ref', index: items.length + hidden.length - 1, type: e.type, nullable: e.nullable }, ascending: o.ascending, nullsFirst: o.nullsFirst });
  }
  // Fix placeholders now that every aggregate and window function is known.
  const preWidth = isAgg ? groups.length + aggs.length + (sets ? 1 : 0) : child.output.length;
  const fix = (e: BoundExpr): BoundExpr => remapRefs(e, (i) => (i === GID_PLACEHOLDER ? groups.length + aggs.length : i <= WINDOW_BASE + 0 && i > WINDOW_BASE - 100000 ? preWidth + (WINDOW_BASE - i) : i));
  exprs = exprs.map(fix);
  const hiddenFixed = hidden.map(fix);
  let plan: LPlan = preWindow;
  if (isAgg && plan.kind === 'aggregate') {
    const aggOutput = [
      ...plan.output,
      ...aggs.map((a, i) => newAttribute(`agg${i}`, a.type, a.nullable)),
      ...(sets ? [newAttribute('spark_grouping_id', LongType, false)] : []),
    ];
    plan = pullOutNondeterministic({ ...plan, aggs, output: aggOutput });
    if (having) plan = { kind: 'filter', child: plan, cond: fix(having), output: plan.output };
  }
  if (windows.length) {
    const fixedWindows = windows.map((w) => ({
      ...w,
      partitionBy: w.partitionBy.map(fix),
      orderBy: w.orderBy.map((k) => ({ ...k, expr: fix(k.expr) })),
      fn: fixWindowFn(w.fn, fix),
    }));
    plan = {
      kind: 'window', child: plan, windows: fixedWindows,
      // Ranking functions never give null (Spark's rank() is not nullable): filters on them infer no isnotnull.
      output: [...plan.output, ...windows.map((_, i) => newAttribute(`w${i}`, windowType(windows[i]!), !RANKING_FNS.has(windows[i]!.fn.kind)))],
    };
  }
  // A sort key that is an input column is that column (Spark adds the attribute to the projection).
  const projOutput = [...output, ...hiddenFixed.map((h, i) => (!isAgg && h.kind === 'ref' && h.index < child.output.length
    ? { ...child.output[h.index]!, hidden: false } : newAttribute(`__sort${i}`, h.type, h.nullable)))];
  plan = { kind: 'project', child: plan, exprs: [...exprs, ...hiddenFixed], output: projOutput };
  if (sel.distinct) plan = { kind: 'distinct', child: plan, output: plan.output };
  if (keys.length) plan = { kind: 'sort', child: plan, keys, global: globalSort, output: plan.output };
  if (hidden.length) {
    plan = { kind: 'project', child: plan, exprs: output.map((a, i) => ({ kind: 'ref', index: i, type: a.type, nullable: a.nullable })), output };
  }
  return plan;
}

function fixWindowFn(fn: WindowExpr['fn'], fix: (e: BoundExpr) => BoundExpr): WindowExpr['fn'] {
  switch (fn.kind) {
    case 'agg': return { kind: 'agg', agg: { ...fn.agg, args: fn.agg.args.map(fix), filter: fn.agg.filter ? fix(fn.agg.filter) : null } };
    case 'lag': case 'lead': return { ...fn, input: fix(fn.input), defaultValue: fix(fn.defaultValue) };
    case 'nth_value': return { ...fn, input: fix(fn.input) };
    default: return fn;
  }
}

const RANKING_FNS = new Set(['rank', 'dense_rank', 'row_number', 'ntile', 'percent_rank', 'cume_dist']);

function windowType(w: WindowExpr): DataType {
  const fn = w.fn;
  switch (fn.kind) {
    case 'agg': return fn.agg.type;
    case 'rank': case 'dense_rank': case 'row_number': case 'ntile': return IntegerType;
    case 'percent_rank': case 'cume_dist': return { kind: 'double' };
    case 'lag': case 'lead': case 'nth_value': return fn.input.type;
    default: {
      const never: never = fn;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}
