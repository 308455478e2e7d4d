/** Binds `f(...) OVER (...)` into a WindowExpr and returns a placeholder reference to its output. */
import { buildAggregate, castTo, compile, isAggregateName, isFoldable, newEnv } from '../../expr';
import type { BoundExpr } from '../../expr';
import type { Expr, FrameBound, WindowSpec } from '../ast';
import { AnalysisException, ParseException } from '../errors';
import { sqlName } from '../../types';

function hasSubDay(x: BoundExpr): boolean {
  const v = x.kind === 'literal' ? (x.value as { micros?: number } | null) : null;
  return !!v && (v.micros ?? 0) !== 0;
}
import type { SortKey, WindowExpr, WindowFrameSpec, WindowFunction } from '../logical';
import type { Analyzer } from './analyzer';
import type { Binder } from './binder';

const RANKING = new Set(['rank', 'dense_rank', 'row_number', 'percent_rank', 'cume_dist', 'ntile']);

function constant(b: Binder, e: Expr): unknown {
  return compile(b.withHook(null).bind(e))([], newEnv(() => []));
}

function resolveSpec(over: WindowSpec | string, named: Record<string, WindowSpec>): WindowSpec {
  if (typeof over === 'string') {
    const w = named[over.toLowerCase()];
    if (!w) throw new AnalysisException(`Window specification ${over} is not defined in the WINDOW clause.`, 'MISSING_WINDOW_SPECIFICATION');
    return resolveSpec(w, named);
  }
  if (over.base) {
    const b = resolveSpec(over.base, named);
    return {
      partitionBy: over.partitionBy.length ? over.partitionBy : b.partitionBy,
      orderBy: over.orderBy.length ? over.orderBy : b.orderBy,
      frame: over.frame ?? b.frame,
    };
  }
  return over;
}

export function planWindow(
  _an: Analyzer,
  e: Extract<Expr, { kind: 'func' }>,
  b: Binder,
  windows: WindowExpr[],
  base: number,
  named: Record<string, WindowSpec>,
): BoundExpr {
  const spec = resolveSpec(e.over!, named);
  const name = e.name.toLowerCase();
  const inner = b;
  const partitionBy = spec.partitionBy.map((p) => inner.bind(p));
  const orderBy: SortKey[] = spec.orderBy.map((o) => ({ expr: inner.bind(o.expr), ascending: o.ascending, nullsFirst: o.nullsFirst }));
  let fn: WindowFunction;
  if (RANKING.has(name)) {
    if (orderBy.length === 0) {
      throw new AnalysisException(`Window function ${name}() requires window to be ordered, please add ORDER BY clause. For example SELECT ${name}()(value_expr) OVER (PARTITION BY window_partition ORDER BY window_ordering) from table.`, 'WINDOW_FUNCTION_WITHOUT_ORDER_BY');
    }
    if (spec.frame && name !== 'ntile') {
      const f = spec.frame;
      if (!(f.type === 'rows' && f.lower.kind === 'unboundedPreceding' && f.upper.kind === 'currentRow')) {
        throw new AnalysisException(`Cannot specify order by or frame for '${name}'.`, 'WINDOW_FUNCTION_AND_FRAME_MISMATCH');
      }
    }
    fn = name === 'ntile' ? { kind: 'ntile', buckets: Number(constant(b, e.args[0]!)) } : { kind: name as 'rank' };
  } else if (name === 'lag' || name === 'lead') {
    if (orderBy.length === 0) {
      throw new AnalysisException(`Window function ${name} requires window to be ordered.`, 'WINDOW_FUNCTION_WITHOUT_ORDER_BY');
    }
    const input = inner.bind(e.args[0]!);
    const offset = e.args[1] ? Number(constant(b, e.args[1])) : 1;
    const def = e.args[2] ? castTo(inner.bind(e.args[2]), input.type) : ({ kind: 'literal', value: null, type: input.type, nullable: true } as BoundExpr);
    fn = { kind: name, input, offset, defaultValue: def, ignoreNulls: e.ignoreNulls ?? false };
  } else if (name === 'nth_value') {
    const input = inner.bind(e.args[0]!);
    const n = Number(constant(b, e.args[1]!));
    if (!(n > 0)) throw new AnalysisException(`The 'offset' argument of nth_value must be a positive integer.`, 'DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE');
    fn = { kind: 'nth_value', input, n, ignoreNulls: e.ignoreNulls ?? false };
  } else if (isAggregateName(name)) {
    if (e.filter) throw new AnalysisException('window aggregate function with filter predicate is not supported yet.');
    if (e.orderWithin && (spec.orderBy.length || spec.frame)) throw new AnalysisException(`Cannot specify order by or frame for '${name}'.`);
    const args = e.args.filter((a) => a.kind !== 'star').map((a) => inner.bind(a));
    if (name === 'count' && args.length === 0) args.push({ kind: 'literal', value: 1, type: { kind: 'int' }, nullable: false });
    if (e.orderWithin && e.orderWithin.length) {
      args.unshift(inner.bind(e.orderWithin[0]!.expr));
      if (!e.orderWithin[0]!.ascending) args.push({ kind: 'literal', value: true, type: { kind: 'boolean' }, nullable: false });
    }
    const filter = e.filter ? inner.bind(e.filter) : null;
    if (e.distinct && spec.orderBy.length) {
      throw new AnalysisException(`Distinct window functions are not supported: ${b.name(e)}.`, 'UNSUPPORTED_FEATURE.DISTINCT_WINDOW_FUNCTION');
    }
    fn = { kind: 'agg', agg: buildAggregate(name, args, b.site(e, name), e.distinct, filter, e.ignoreNulls ?? false) };
  } else {
    throw new AnalysisException(`${name} is not a window function.`, 'UNSUPPORTED_EXPR_FOR_WINDOW');
  }
  const frame = frameOf(spec, b, orderBy.length > 0, fn);
  windows.push({ fn, partitionBy, orderBy, frame });
  const type = windowOutputType(fn);
  return { kind: 'ref', index: base - (windows.length - 1), type, nullable: true };
}

function windowOutputType(fn: WindowFunction): BoundExpr['type'] {
  switch (fn.kind) {
    case 'agg': return fn.agg.type;
    case 'rank': case 'dense_rank': case 'row_number': case 'ntile': return { kind: 'int' };
    case 'percent_rank': case 'cume_dist': return { kind: 'double' };
    case 'lag': case 'lead': case 'nth_value': return fn.input.type;
    default: {
      const never: never = fn;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

function boundValue(bd: FrameBound, b: Binder, type: 'rows' | 'range', orderType: BoundExpr['type'] | null): number | null {
  if (bd.kind === 'preceding' || bd.kind === 'following') {
    const x = b.withHook(null).bind(bd.offset);
    if (!isFoldable(x)) throw new ParseException('Frame bound value must be a literal.');
    if (type === 'rows' && x.type.kind !== 'int' && x.type.kind !== 'short' && x.type.kind !== 'byte') {
      throw new AnalysisException(`Cannot resolve window frame due to data type mismatch: The data type of the bound '${sqlName(x.type)}' does not match the expected data type 'INT'.`, 'DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE');
    }
    if (type === 'range' && orderType) {
      const xk = x.type.kind;
      const ok = orderType.kind === 'date' ? xk === 'int' || xk === 'yearmonth' || (xk === 'interval' && !hasSubDay(x)) || (x.type.kind === 'daytime' && x.type.to === 'day')
        : orderType.kind === 'timestamp' || orderType.kind === 'timestamp_ntz' ? xk === 'interval' || xk === 'daytime' || xk === 'yearmonth'
          : ['byte', 'short', 'int', 'long', 'float', 'double', 'decimal'].includes(orderType.kind) && x.type.kind !== 'interval';
      if (!ok) {
        throw new AnalysisException(`Cannot resolve window frame due to data type mismatch: The data type '${sqlName(orderType)}' used in the order specification does not match the data type '${sqlName(x.type)}' which is used in the range frame.`, 'DATATYPE_MISMATCH.RANGE_FRAME_INVALID_TYPE');
      }
    }
  }

  switch (bd.kind) {
    case 'unboundedPreceding': case 'unboundedFollowing': return null;
    case 'currentRow': return 0;
    case 'preceding': return -Number(constant(b, bd.offset));
    case 'following': return Number(constant(b, bd.offset));
    default: {
      const never: never = bd;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

function frameOf(spec: WindowSpec, b: Binder, ordered: boolean, fn: WindowFunction): WindowFrameSpec {
  if (fn.kind !== 'agg' && fn.kind !== 'nth_value') return { type: 'rows', lower: null, upper: 0 };
  const f = spec.frame;
  if (!f) return ordered ? { type: 'range', lower: null, upper: 0 } : { type: 'rows', lower: null, upper: null };
  const orderType = spec.orderBy.length === 1 ? b.typeOf(spec.orderBy[0]!.expr) : null;
  const lower = boundValue(f.lower, b, f.type, orderType);
  const upper = f.upper.kind === 'unboundedPreceding' ? -Infinity : boundValue(f.upper, b, f.type, orderType);
  if (f.lower.kind === 'unboundedFollowing') throw new AnalysisException('Window frame lower bound cannot be UNBOUNDED FOLLOWING.', 'INVALID_WINDOW_SPEC_FOR_AGGREGATION_FUNC');
  if (f.type === 'range' && ((lower !== null && lower !== 0) || (upper !== null && upper !== 0)) && spec.orderBy.length !== 1) {
    throw new AnalysisException('A range window frame with value boundaries cannot be used in a window specification with multiple order by expressions.', 'DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER');
  }
  if (f.type === 'range' && !ordered && ((lower !== null && lower !== 0) || (upper !== null && upper !== 0))) {
    throw new AnalysisException('A range window frame cannot be used in an unordered window specification.', 'DATATYPE_MISMATCH.RANGE_FRAME_WITHOUT_ORDER');
  }
  if (lower !== null && upper !== null && lower > upper) {
    throw new AnalysisException('The lower bound of a window frame must be less than or equal to the upper bound.', 'DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON');
  }
  const isYm = (bd: FrameBound) => (bd.kind === 'preceding' || bd.kind === 'following') && b.typeOf(bd.offset)?.kind === 'yearmonth';
  const dayBound = (bd: FrameBound) => (bd.kind === 'preceding' || bd.kind === 'following') && b.typeOf(bd.offset)?.kind === 'daytime' && orderType?.kind === 'date';
  // A day interval over a DATE order key counts in days.
  const scale = (v: number | null, bd: FrameBound) => (v !== null && dayBound(bd) ? v / 86_400_000_000 : v);
  return { type: f.type, lower: scale(lower, f.lower), upper: upper === -Infinity ? upper : scale(upper, f.upper), rangeValues: f.type === 'range', monthBounds: isYm(f.lower) || isYm(f.upper) };
}
