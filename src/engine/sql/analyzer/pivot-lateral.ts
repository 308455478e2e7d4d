/** LATERAL VIEW generators and PIVOT, both rewritten onto generate / aggregate plans. */
import { castTo, castToString, compile, isAggregateName, newEnv } from '../../expr';
import type { BoundExpr } from '../../expr';
import { IntegerType, NullType, simpleString } from '../../types';
import type { Expr, LateralView, Plan } from '../ast';
import { AnalysisException } from '../errors';
import { newAttribute } from '../logical';
import type { LPlan } from '../logical';
import type { Analyzer } from './analyzer';
import type { Scope } from './scope';
import { hasAggregate, planSelect } from './select-planner';

const GENERATORS = new Set(['explode', 'explode_outer', 'posexplode', 'posexplode_outer', 'inline', 'inline_outer', 'json_tuple', 'stack']);

export function isGenerator(name: string): boolean {
  return GENERATORS.has(name.toLowerCase());
}

export function planLateral(an: Analyzer, child: LPlan, view: LateralView, outer: Scope | null): LPlan {
  if (view.func.kind !== 'func' || !isGenerator(view.func.name)) {
    throw new AnalysisException(`${view.func.kind === 'func' ? view.func.name : 'expression'} is not a generator.`, 'UNSUPPORTED_GENERATOR.NOT_GENERATOR');
  }
  const func = rowsGenerator(view.func);
  const name = func.name.toLowerCase();
  const b = an.binder(child.output, outer);
  const arg = b.bind(func.args[0]!);
  const position = name.startsWith('posexplode');
  const outerFlag = view.outer || name.endsWith('_outer');
  const q = view.tableAlias ? [view.tableAlias] : [];
  const genOut = generatorOutput(arg, position, view.columnAliases, name);
  const output = [...child.output, ...genOut.map(([n, t]) => newAttribute(n, t, true, q))];
  return { kind: 'generate', child, generator: arg, outer: outerFlag, position, output };
}

/**
 * json_tuple(json, f1, ...) and stack(n, e1, ...) as inline(array(struct(...))): each output row is a
 * struct whose fields are the generator's columns (c0, c1, ... / col0, col1, ...).
 */
function rowsGenerator(f: Extract<Expr, { kind: 'func' }>): Extract<Expr, { kind: 'func' }> {
  const lname = f.name.toLowerCase();
  const pos = f.pos;
  const call = (name: string, args: Expr[]): Expr => ({ kind: 'func', name, args, distinct: false, pos });
  const alias = (e: Expr, n: string): Expr => ({ kind: 'alias', expr: e, names: [n], pos });
  if (lname === 'json_tuple') {
    if (f.args.length < 2) throw new AnalysisException(`The \`json_tuple\` requires > 1 parameters but the actual number is ${f.args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
    const [json, ...fields] = f.args;
    // Each field is a top-level key of the object (a name like 'a.b' is that key, not a path).
    const row = call('struct', fields.map((k, i) => alias(call('__flint_json_field', [json!, k]), `c${i}`)));
    return { ...f, name: 'inline', args: [call('array', [row])] };
  }
  if (lname === 'stack') {
    const n = f.args[0];
    if (!n || n.kind !== 'literal' || typeof n.value !== 'number' || n.value < 1) {
      throw new AnalysisException('The number of rows must be a positive constant integer.', 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
    }
    const rows = n.value;
    const values = f.args.slice(1);
    const cols = Math.ceil(values.length / rows);
    const structs: Expr[] = [];
    for (let r = 0; r < rows; r++) {
      const items: Expr[] = [];
      for (let c = 0; c < cols; c++) items.push(alias(values[r * cols + c] ?? { kind: 'literal', value: null, type: NullType, pos }, `col${c}`));
      structs.push(call('struct', items));
    }
    return { ...f, name: 'inline', args: [call('array', structs)] };
  }
  return f;
}

export function generatorOutput(arg: BoundExpr, position: boolean, aliases: string[], name: string): Array<[string, BoundExpr['type']]> {
  const t = arg.type;
  const cols: Array<[string, BoundExpr['type']]> = [];
  if (position) cols.push(['pos', IntegerType]);
  if (t.kind === 'array') {
    if (name.startsWith('inline') && t.element.kind === 'struct') t.element.fields.forEach((f) => cols.push([f.name, f.type]));
    else cols.push(['col', t.element]);
  } else if (t.kind === 'map') {
    cols.push(['key', t.key], ['value', t.value]);
  } else {
    throw new AnalysisException(`Cannot resolve "${name}(...)" due to data type mismatch: Parameter 1 requires the ("ARRAY" or "MAP") type.`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }
  if (aliases.length) {
    if (aliases.length !== cols.length) {
      throw new AnalysisException(`The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF expected ${cols.length} aliases but got ${aliases.join(',')} `, 'UDTF_ALIAS_NUMBER_MISMATCH');
    }
    return cols.map(([, ty], i) => [aliases[i]!, ty]);
  }
  return cols;
}

/**
 * PIVOT = GROUP BY (the columns not used by aggregates or the pivot column) with one
 * aggregate per (value, aggregate) pair, each filtered to rows where the pivot column matches.
 */
export function planPivot(an: Analyzer, p: Extract<Plan, { kind: 'pivot' }>, outer: Scope | null): LPlan {
  const child = an.plan(p.plan, outer);
  const b = an.binder(child.output, outer);
  const used = new Set<number>();
  const mark = (e: Expr): void => {
    if (e.kind === 'column') {
      const i = child.output.findIndex((a) => a.name.toLowerCase() === e.parts[e.parts.length - 1]!.toLowerCase());
      if (i >= 0) used.add(i);
    }
    for (const v of Object.values(e)) {
      if (Array.isArray(v)) v.forEach((x) => { if (x && typeof x === 'object' && 'kind' in x) mark(x as Expr); });
      else if (v && typeof v === 'object' && 'kind' in v && 'pos' in v) mark(v as Expr);
    }
  };
  p.aggregates.forEach(mark);
  mark(p.column);
  for (const agg of p.aggregates) {
    const inner = agg.kind === 'alias' ? agg.expr : agg;
    if (!hasAggregate(inner)) {
      throw new AnalysisException(`Aggregate expression required for pivot, but '${b.name(inner)}' did not appear in any aggregate function.`, 'NON_AGGREGATE_PIVOT_EXPRESSION');
    }
  }
  const groupCols = child.output.filter((_, i) => !used.has(i));
  const pivotCols = p.column.kind === 'func' && p.column.name === '__tuple' ? p.column.args : [p.column];
  const pivotBound = pivotCols.map((c) => b.bind(c));
  const env = newEnv(() => []);
  const valueInfo = p.values.map((v) => {
    const inner = v.kind === 'alias' ? v.expr : v;
    const isTuple = inner.kind === 'func' && inner.name === '__tuple';
    if (pivotCols.length > 1 && (!isTuple || inner.args.length !== pivotCols.length)) {
      const colType = `struct<${pivotCols.map((c, i) => `${c.kind === 'column' ? c.parts[c.parts.length - 1] : `col${i + 1}`}:${simpleString(pivotBound[i]!.type)}`).join(',')}>`;
      throw new AnalysisException(`Invalid pivot value '${b.name(inner)}': value data type ${simpleString(b.bind(inner).type)} does not match pivot column data type ${colType}`, 'PIVOT_VALUE_DATA_TYPE_MISMATCH');
    }
    const vals = isTuple && pivotCols.length > 1 ? (inner as Extract<Expr, { kind: 'func' }>).args : [inner];
    const bound = vals.map((x, i) => {
      const bx = b.bind(x);
      if (bx.kind === 'ref') throw new AnalysisException(`Literal expressions required for pivot values, found '${b.name(x)}'.`, 'NON_LITERAL_PIVOT_VALUES');
      return compile(castTo(bx, pivotBound[i]!.type))([], env);
    });
    const text = (x: unknown, i: number) => (x === null ? 'null' : castToString(x, pivotBound[i]!.type));
    const label = v.kind === 'alias' ? v.names[0]! : bound.length === 1 ? text(bound[0], 0) : `{${bound.map(text).join(', ')}}`;
    return { bound, label, ast: vals };
  });
  const items: Expr[] = groupCols.map((a) => ({ kind: 'column', parts: [a.name], pos: 0 }) as Expr);
  const multi = p.aggregates.length > 1;
  for (const v of valueInfo) {
    for (const agg of p.aggregates) {
      const inner = agg.kind === 'alias' ? agg.expr : agg;
      const cond = pivotCols.map((c, i) => ({ kind: 'distinctFrom', left: c, right: { kind: 'literal', value: v.bound[i], type: pivotBound[i]!.type, pos: 0 }, negated: true, pos: 0 }) as Expr)
        .reduce((l, r) => ({ kind: 'binary', op: 'and', left: l, right: r, pos: 0 }) as Expr);
      const filtered = withFilter(inner, cond);
      const aggName = agg.kind === 'alias' ? agg.names[0]! : b.name(inner);
      const name = multi ? `${v.label}_${aggName}` : v.label;
      items.push({ kind: 'alias', expr: filtered, names: [name], pos: 0 });
    }
  }
  const sel: Extract<Plan, { kind: 'select' }> = {
    kind: 'select', items, distinct: false, windows: {}, lateralViews: [], pos: 0,
    groupBy: { exprs: groupCols.map((a) => ({ kind: 'column', parts: [a.name], pos: 0 }) as Expr) },
  };
  return planSelectOver(an, sel, child, outer);
}

/** Adds the pivot condition as a FILTER to every aggregate call inside `e`. */
function withFilter(e: Expr, cond: Expr): Expr {
  if (e.kind === 'func' && isAggregateName(e.name.toLowerCase()) && e.over === undefined) {
    return { ...e, filter: e.filter ? { kind: 'binary', op: 'and', left: e.filter, right: cond, pos: 0 } : cond };
  }
  if (e.kind === 'func') return { ...e, args: e.args.map((a) => withFilter(a, cond)) };
  if (e.kind === 'binary') return { ...e, left: withFilter(e.left, cond), right: withFilter(e.right, cond) };
  if (e.kind === 'unary' || e.kind === 'cast') return { ...e, expr: withFilter(e.expr, cond) };
  return e;
}

function planSelectOver(an: Analyzer, sel: Extract<Plan, { kind: 'select' }>, child: LPlan, outer: Scope | null): LPlan {
  const name = `__pivot_input_${an.injected.size}`;
  an.injected.set(name, child);
  try {
    return planSelect(an, { ...sel, from: { kind: 'relation', name: [name], pos: 0, end: 0 } }, null, outer);
  } finally {
    an.injected.delete(name);
  }
}
