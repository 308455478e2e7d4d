/** Binds function calls: struct, EXTRACT, time-unit functions, casts, builtins with lambdas, and aggregates. */
import { bindUserFunction, buildAggregate, canCast, castTo, isAggregateName, lookupScalar } from '../../expr';
import type { BoundExpr } from '../../expr';
import { IntegerType, sqlName, StringType, structType, field } from '../../types';
import type { DataType } from '../../types';
import type { Expr } from '../ast';
import { AnalysisException } from '../errors';
import type { Binder } from './binder';
import { withDefaultArgs } from './defaults';
import { CAST_FUNCTIONS, TIME_UNITS, timestampAdd, timestampDiff } from './time-units';

export function bindFunc(b: Binder, e0: Extract<Expr, { kind: 'func' }>): BoundExpr {
  const e = withDefaultArgs(e0);
  const lname = e.name.toLowerCase();
  if (e.over !== undefined) {
    throw new AnalysisException(`Window function ${lname} is not allowed here.`, 'UNSUPPORTED_EXPR_FOR_WINDOW');
  }
  const udf = b.planner.lookupFunction?.(lname);
  if (udf) return bindUserFunction(udf, e.args.map((a) => b.bind(a)));
  if (isAggregateName(lname) || lname === 'grouping' || lname === 'grouping_id') {
    throw new AnalysisException(
      `Aggregate functions are not allowed in this context: ${b.name(e)}.`,
      lname === 'grouping' || lname === 'grouping_id' ? 'UNSUPPORTED_GROUPING_EXPRESSION' : 'INVALID_WHERE_CONDITION',
    );
  }
  if (lname === '__tuple' || lname === 'struct') {
    const fields = e.args.map((a, i) => {
      const bound = b.bind(a);
      const nm = a.kind === 'alias' ? a.names[0]! : a.kind === 'column' ? a.parts[a.parts.length - 1]! : `col${i + 1}`;
      return { bound, f: field(nm, bound.type, bound.nullable) };
    });
    return { kind: 'lenient', name: 'struct', args: fields.map((x) => x.bound), fn: (a) => a.slice(), type: structType(fields.map((x) => x.f)), nullable: false };
  }
  if (lname === 'extract' || lname === 'date_part' || lname === 'datepart') return bindExtract(b, e);
  const rewritten = functionAsOperator(lname, e);
  if (rewritten) return b.bind(rewritten);
  const a0 = e.args[0];
  const unit = e.args.length === 3 && a0!.kind === 'column' && a0!.parts.length === 1 ? a0!.parts[0]!.toUpperCase()
    : e.args.length === 3 && a0!.kind === 'literal' && typeof a0!.value === 'string' && (lname === 'timestampadd' || lname === 'timestampdiff') ? a0!.value.toUpperCase() : null;
  if (unit && TIME_UNITS.includes(unit)) {
    if (['dateadd', 'date_add', 'timestampadd'].includes(lname)) return timestampAdd(unit, b.bind(e.args[1]!), b.bind(e.args[2]!));
    if (['datediff', 'date_diff', 'timestampdiff'].includes(lname)) return timestampDiff(unit, b.bind(e.args[1]!), b.bind(e.args[2]!));
  }
  const castType = CAST_FUNCTIONS[lname];
  if (castType && e.args.length === 1) {
    const x = b.bind(e.args[0]!);
    if (!canCast(x.type, castType)) {
      throw new AnalysisException(`Cannot resolve "${b.name(e)}" due to data type mismatch: cannot cast "${sqlName(x.type)}" to "${sqlName(castType)}".`, 'DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION');
    }
    return castTo(x, castType);
  }
  const builder = lookupScalar(lname);
  if (!builder) {
    throw new AnalysisException(
      `A routine with name \`${e.name}\` cannot be found. Verify the spelling and correctness of the schema and catalog.`,
      'UNRESOLVED_ROUTINE', { routineName: `\`${e.name}\`` },
    );
  }
  const lambdaIdx = e.args.findIndex((a) => a.kind === 'lambda');
  const args: BoundExpr[] = [];
  e.args.forEach((a, i) => {
    if (a.kind === 'lambda') args.push(bindLambda(b, a, lname, args, i));
    else args.push(b.bind(a));
  });
  void lambdaIdx;
  return builder(args, b.site(e, lname));
}

function bindLambda(b: Binder, a: Extract<Expr, { kind: 'lambda' }>, fname: string, before: BoundExpr[], index: number): BoundExpr {
  const arr = before[0]?.type;
  const elem: DataType = arr && arr.kind === 'array' ? arr.element : StringType;
  const elemOf = (t: DataType | undefined): DataType => (t && t.kind === 'array' ? t.element : StringType);
  let types: DataType[];
  if ((fname === 'aggregate' || fname === 'reduce') && index === 2) types = [before[1]!.type, elem];
  else if ((fname === 'aggregate' || fname === 'reduce') && index === 3) types = [before[1]!.type];
  else if (arr && arr.kind === 'map' && ['map_filter', 'transform_keys', 'transform_values'].includes(fname)) types = [arr.key, arr.value];
  else if (fname === 'map_zip_with' && arr && arr.kind === 'map') {
    const other = before[1]?.type;
    types = [arr.key, arr.value, other && other.kind === 'map' ? other.value : StringType];
  } else if (fname === 'zip_with') types = [elem, elemOf(before[1]?.type)];
  else if (fname === 'array_sort') types = [elem, elem];
  else types = [elem, IntegerType];
  b.lambdas.push({ names: a.params, types });
  try {
    const body = b.bind(a.body);
    return { kind: 'lambda', params: a.params.length, body, type: body.type, nullable: true };
  } finally {
    b.lambdas.pop();
  }
}

function bindExtract(b: Binder, e: Extract<Expr, { kind: 'func' }>): BoundExpr {
  const fieldName = String(e.args[0]!.kind === 'literal' ? e.args[0]!.value : '').toLowerCase();
  const map: Record<string, string> = {
    year: 'year', years: 'year', y: 'year', month: 'month', months: 'month', mon: 'month', day: 'day', days: 'day', d: 'day',
    hour: 'hour', hours: 'hour', h: 'hour', minute: 'minute', minutes: 'minute', m: 'minute',
    second: '__second_with_fraction', seconds: '__second_with_fraction', s: '__second_with_fraction', sec: '__second_with_fraction', secs: '__second_with_fraction',
    dayofweek: 'dayofweek', dow: 'dayofweek', doy: 'dayofyear', quarter: 'quarter', week: 'weekofyear', dayofweek_iso: 'weekday',
  };
  const fn = map[fieldName];
  const builder = fn ? lookupScalar(fn) : undefined;
  if (!builder) throw new AnalysisException(`The value '${fieldName}' of field is invalid.`, 'INVALID_EXTRACT_FIELD');
  return builder([b.bind(e.args[1]!)], b.site(e, fn!));
}

/** Binds an aggregate call's arguments in this scope (used by the SELECT planner). */
export function bindAggregate(b: Binder, e: Extract<Expr, { kind: 'func' }>): ReturnType<typeof buildAggregate> {
  const lname = e.name.toLowerCase();
  const inner = b.withHook(null);
  const args = e.args.filter((a) => a.kind !== 'star').map((a) => {
    if (a.kind === 'func' && (isAggregateName(a.name.toLowerCase()) && a.over === undefined)) {
      throw new AnalysisException(`It is not allowed to use an aggregate function in the argument of another aggregate function. Please use the inner aggregate function in a sub-query.`, 'NESTED_AGGREGATE_FUNCTION');
    }
    return inner.bind(a);
  });
  // count(*) counts rows; the legacy count() with no argument counts nothing.
  if (lname === 'count' && args.length === 0) args.push({ kind: 'literal', value: e.args.length === 0 ? null : 1, type: IntegerType, nullable: e.args.length === 0 });
  if (e.orderWithin && e.orderWithin.length) {
    args.unshift(inner.bind(e.orderWithin[0]!.expr));
    if (!e.orderWithin[0]!.ascending) args.push({ kind: 'literal', value: true, type: { kind: 'boolean' }, nullable: false });
  }
  const filter = e.filter ? inner.boolean(inner.bind(e.filter), e.filter) : null;
  return buildAggregate(lname, args, b.site(e, lname), e.distinct, filter, e.ignoreNulls ?? false);
}

/** Functions Spark defines as another construct: like/ilike(str, pattern[, escape]), equal_null(a, b), create_map. */
function functionAsOperator(lname: string, e: Extract<Expr, { kind: 'func' }>): Expr | null {
  const a = e.args;
  if ((lname === 'like' || lname === 'ilike') && (a.length === 2 || a.length === 3)) {
    let escape: string | undefined;
    if (a.length === 3) {
      const esc = a[2]!;
      if (esc.kind !== 'literal' || typeof esc.value !== 'string' || esc.value.length !== 1) {
        throw new AnalysisException(`The escape character is not allowed to precede '${esc.kind === 'literal' ? String(esc.value) : ''}'.`, 'INVALID_FORMAT.ESC_IN_THE_MIDDLE');
      }
      escape = esc.value;
    }
    return { kind: 'like', op: lname, expr: a[0]!, pattern: a[1]!, ...(escape !== undefined ? { escape } : {}), negated: false, pos: e.pos };
  }
  if (lname === 'equal_null' && a.length === 2) return { kind: 'binary', op: '<=>', left: a[0]!, right: a[1]!, pos: e.pos };
  if (lname === 'create_map') return { ...e, name: 'map' };
  return null;
}
