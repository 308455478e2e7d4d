/**
 * Spark's auto-generated column names (toPrettySQL of the expression before implicit
 * casts): `(a + b)`, `sum(x)`, `CAST(x AS INT)`, `count(1)`, `CASE WHEN ... END`.
 */
import { formatDate, formatDouble, formatFloat, formatInterval, formatTimestamp, sqlName, toLocalMicros } from '../../types';
import type { DataType, Decimal, Interval } from '../../types';
import type { Expr, FrameBound, Plan, SortOrder, WindowSpec } from '../ast';
import { withDefaultArgs } from './defaults';

export type ColumnNamer = (parts: string[]) => string;
export type TypeOf = (e: Expr) => DataType | null;
export type OuterRefs = (p: Plan) => string[];
/** The display name of a session function (UDF), if `name` is one. */
export type FunctionDisplay = (name: string) => string | undefined;

/** Function names Spark prints differently from how they were called. */
const PRETTY: Record<string, string> = {
  // Aliases resolved to another expression whose prettyName differs.
  ucase: 'ucase', lcase: 'lcase', std: 'std', stddev_samp: 'stddev_samp', var_samp: 'var_samp',
  char_length: 'char_length', character_length: 'character_length', ifnull: 'ifnull', dateadd: 'date_add',
  // Math expressions whose prettyName is their upper-case name (aliases such as ceiling keep theirs).
  acos: 'ACOS', asin: 'ASIN', atan: 'ATAN', cbrt: 'CBRT', ceil: 'CEIL', cos: 'COS', sec: 'SEC', cosh: 'COSH', acosh: 'ACOSH',
  asinh: 'ASINH', atanh: 'ATANH', exp: 'EXP', expm1: 'EXPM1', floor: 'FLOOR', log2: 'LOG2', log10: 'LOG10', log1p: 'LOG1P',
  signum: 'SIGNUM', sin: 'SIN', csc: 'CSC', sinh: 'SINH', sqrt: 'SQRT', tan: 'TAN', cot: 'COT', tanh: 'TANH', degrees: 'DEGREES',
  radians: 'RADIANS', pi: 'PI', e: 'E', atan2: 'ATAN2', hypot: 'HYPOT',
  mean: 'avg', array_agg: 'collect_list', try_make_interval: 'make_interval', regexp_like: 'REGEXP_LIKE', regexp: 'REGEXP', rlike: 'RLIKE', sign: 'sign', power: 'POWER', day: 'day', cardinality: 'size', iff: 'if', len: 'length', create_map: 'map',
  spark_partition_id: 'SPARK_PARTITION_ID',
};

/** Cast aliases print as their argument: only a written CAST(...) is shown (USER_SPECIFIED_CAST). */
const CAST_NAMES = new Set(['boolean', 'tinyint', 'smallint', 'int', 'bigint', 'float', 'double', 'decimal', 'string', 'binary', 'date', 'timestamp']);

export function literalSql(e: Extract<Expr, { kind: 'literal' }>): string {
  if (e.text) return e.text;
  const v = e.value;
  if (v === null) return 'NULL';
  switch (e.type.kind) {
    case 'string': return v as string;
    case 'double': return formatDouble(v as number);
    case 'float': return formatFloat(v as number);
    case 'decimal': return (v as Decimal).toString();
    case 'date': return `DATE '${formatDate(v as number)}'`;
    case 'timestamp': return `TIMESTAMP '${formatTimestamp(toLocalMicros(v as number))}'`;
    case 'timestamp_ntz': return `TIMESTAMP_NTZ '${formatTimestamp(v as number)}'`;
    case 'interval': return `INTERVAL '${formatInterval(v as Interval)}'`;
    default: return String(v);
  }
}

export function exprName(e: Expr, col: ColumnNamer, typeOf: TypeOf = () => null, outerRefs: OuterRefs = () => [], fnDisplay: FunctionDisplay = () => undefined): string {
  const n = (x: Expr) => exprName(x, col, typeOf, outerRefs, fnDisplay);
  switch (e.kind) {
    case 'literal': return literalSql(e);
    case 'column': return col(e.parts);
    case 'star': return '*';
    case 'alias': return e.names[0]!;
    case 'func': {
      const udf = fnDisplay(e.name);
      if (udf !== undefined) return `${udf}(${e.args.map(n).join(', ')})`;
      return funcName(e.over === undefined ? withDefaultArgs(e) : e, col, typeOf, outerRefs, fnDisplay);
    }
    case 'binary': {
      if (e.op === '||') return `concat(${n(e.left)}, ${n(e.right)})`;
      if (e.op === '+' || e.op === '-') {
        const lt = typeOf(e.left)?.kind;
        const rt = typeOf(e.right)?.kind;
        const intLike = (k: string | undefined) => k === 'int' || k === 'short' || k === 'byte' || k === 'null';
        if (lt === 'date' && intLike(rt)) return `${e.op === '+' ? 'date_add' : 'date_sub'}(${n(e.left)}, ${n(e.right)})`;
        if (rt === 'date' && intLike(lt) && e.op === '+') return `date_add(${n(e.right)}, ${n(e.left)})`;
      }
      const op = e.op === 'and' ? 'AND' : e.op === 'or' ? 'OR' : e.op === '<>' ? '<>' : e.op;
      if (op === '<>') return `(NOT (${n(e.left)} = ${n(e.right)}))`;
      return `(${n(e.left)} ${op} ${n(e.right)})`;
    }
    case 'unary':
      if (e.op === 'not') return `(NOT ${n(e.expr)})`;
      if (e.op === '-') return `(- ${n(e.expr)})`;
      if (e.op === '+') return `(+ ${n(e.expr)})`;
      return `~${n(e.expr)}`;
    case 'isNull': return `(${n(e.expr)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
    case 'isBool': return `(${n(e.expr)} IS ${e.negated ? 'NOT ' : ''}${String(e.value).toUpperCase()})`;
    case 'distinctFrom': return e.negated ? `(${n(e.left)} <=> ${n(e.right)})` : `(NOT (${n(e.left)} <=> ${n(e.right)}))`;
    case 'between': {
      const s = `(${n(e.expr)} BETWEEN ${n(e.low)} AND ${n(e.high)})`;
      return e.negated ? `(NOT ${s})` : s;
    }
    case 'in': {
      const s = `(${n(e.expr)} IN (${e.list.map(n).join(', ')}))`;
      return e.negated ? `(NOT ${s})` : s;
    }
    case 'inSubquery': {
      const left = e.exprs.length === 1 ? n(e.exprs[0]!) : `named_struct(${e.exprs.map((x, i) => `col${i + 1}, ${n(x)}`).join(', ')})`;
      const s = `(${left} IN (listquery(${outerRefs(e.plan).join(', ')})))`;
      return e.negated ? `(NOT ${s})` : s;
    }
    case 'exists': {
      const s = `exists(${outerRefs(e.plan).join(', ')})`;
      return e.negated ? `(NOT ${s})` : s;
    }
    case 'scalarSubquery': return `scalarsubquery(${outerRefs(e.plan).join(', ')})`;
    case 'like': {
      const op = e.op.toUpperCase();
      let s: string;
      if (e.quantifier) s = `${n(e.expr)} ${op} ${e.quantifier.toUpperCase()} (${(e.patterns ?? []).map(n).join(', ')})`;
      else if (e.op === 'rlike') s = `RLIKE(${n(e.expr)}, ${n(e.pattern)})`;
      else if (e.op === 'ilike') s = `ilike(${n(e.expr)}, ${n(e.pattern)})`;
      else s = `${n(e.expr)} ${op} ${n(e.pattern)}${e.escape !== undefined && e.escape !== '\\' ? ` ESCAPE '${e.escape}'` : ''}`;
      if (e.quantifier && e.negated) return `${n(e.expr)} NOT ${op} ${e.quantifier.toUpperCase()} (${(e.patterns ?? []).map(n).join(', ')})`;
      return e.negated ? `(NOT ${s})` : s;
    }
    case 'case': {
      const parts = e.branches.map(([c, v]) => (e.operand ? `WHEN (${n(e.operand)} = ${n(c)}) THEN ${n(v)}` : `WHEN ${n(c)} THEN ${n(v)}`));
      return `CASE ${parts.join(' ')}${e.elseExpr ? ` ELSE ${n(e.elseExpr)}` : ''} END`;
    }
    case 'cast': return `${e.tryCast ? 'TRY_CAST' : 'CAST'}(${n(e.expr)} AS ${sqlName(e.type)})`;
    case 'subscript':
      // ExtractValue on a struct prints as a field access (the DataFrame API's getField).
      if (e.index.kind === 'literal' && typeof e.index.value === 'string' && typeOf(e.expr)?.kind === 'struct') return `${n(e.expr)}.${e.index.value}`;
      return `${n(e.expr)}[${n(e.index)}]`;
    case 'field': return `${n(e.expr)}.${e.name}`;
    case 'lambda': {
      // Lambda variables print as namedlambdavariable() wherever the body uses them.
      const params = new Set(e.params.map((p) => p.toLowerCase()));
      const lambdaCol: ColumnNamer = (parts) => (parts.length === 1 && params.has(parts[0]!.toLowerCase()) ? 'namedlambdavariable()' : col(parts));
      return `lambdafunction(${exprName(e.body, lambdaCol, typeOf, outerRefs)}, ${e.params.map(() => `namedlambdavariable()`).join(', ')})`;
    }
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

function funcName(e: Extract<Expr, { kind: 'func' }>, col: ColumnNamer, typeOf: TypeOf, outerRefs: OuterRefs, fnDisplay: FunctionDisplay): string {
  const n = (x: Expr) => exprName(x, col, typeOf, outerRefs, fnDisplay);
      const lname = e.name.toLowerCase();
    let name = PRETTY[lname] ?? lname;
  const first = e.args[0];
  if (e.args.length === 3 && first?.kind === 'column' && first.parts.length === 1 && /^(MICROSECOND|MILLISECOND|SECOND|MINUTE|HOUR|DAY|DAYOFYEAR|WEEK|MONTH|QUARTER|YEAR)$/i.test(first.parts[0]!)) {
    const unitName = ['dateadd', 'date_add', 'timestampadd'].includes(lname) ? 'timestampadd' : ['datediff', 'date_diff', 'timestampdiff'].includes(lname) ? 'timestampdiff' : null;
    if (unitName) return `${unitName}(${first.parts[0]!.toUpperCase()}, ${n(e.args[1]!)}, ${n(e.args[2]!)})`;
  }
  // The DataFrame API passes the unit as a string and Spark prints it as given (timestamp_diff('year', ...)).
  if (e.args.length === 3 && first?.kind === 'literal' && typeof first.value === 'string' && (lname === 'timestampadd' || lname === 'timestampdiff')) {
    return `${lname}(${first.value}, ${n(e.args[1]!)}, ${n(e.args[2]!)})`;
  }
    if (CAST_NAMES.has(lname) && e.args.length === 1) return n(e.args[0]!);
  // JsonToStructs / StructsToJson are unary: schema and options are not part of the name.
  if (['from_json', 'to_json', 'schema_of_json', 'schema_of_csv', 'from_csv', 'to_csv', 'from_xml', 'to_xml', 'schema_of_xml'].includes(lname) && e.args.length > 1) return `${lname}(${n(e.args[0]!)})`;
  // Shuffle's seed is not a child expression, so it is not part of the name.
  if (lname === 'shuffle' && e.args.length === 2) return `shuffle(${n(e.args[0]!)})`;
  // UnaryMinus called as negative() keeps that name; UnaryPositive always prints as (+ x).
  if (lname === 'positive' && e.args.length === 1) return `(+ ${n(e.args[0]!)})`;
  if (lname === 'bitwise_not' && e.args.length === 1) return `~${n(e.args[0]!)}`;
    if (lname === '__tuple') return `named_struct(${e.args.map((a, i) => `${a.kind === 'column' ? a.parts[a.parts.length - 1] : `col${i + 1}`}, ${n(a)}`).join(', ')})`;
    let args = e.args.map((a) => (a.kind === 'star' ? (lname === 'count' ? '1' : '*') : n(a)));
    if (lname === 'count' && e.args.length === 0 && e.distinct) args = ['1'];
    if (lname === 'struct') {
      args = e.args.map((a) => n(a));
      name = 'struct';
    }
    if (lname === 'if') return `(IF(${args.join(', ')}))`;
    if (lname === 'extract') return `extract(${e.args[0]!.kind === 'literal' ? String(e.args[0]!.value) : args[0]} FROM ${args[1]})`;
    if (lname === 'position' && e.fromIn) name = 'locate';
    // First/Last/AnyValue keep ignoreNulls out of their children, so it is not part of the name (since 3.0).
    if (['first', 'last', 'first_value', 'last_value', 'any_value'].includes(lname) && args.length === 2) args = args.slice(0, 1);
    if ((lname === 'ceil' || lname === 'floor') && args.length === 2) name = lname;
    if (lname === 'trim' || lname === 'ltrim' || lname === 'rtrim' || lname === 'btrim') {
      if (e.args.length === 2) {
        const mode = lname === 'trim' ? 'BOTH' : lname === 'ltrim' ? 'LEADING' : 'TRAILING';
        return lname === 'btrim' ? `btrim(${args.join(', ')})` : `TRIM(${mode} ${args[1]} FROM ${args[0]})`;
      }
    }
    let s = `${name}(${e.distinct ? 'DISTINCT ' : ''}${args.join(', ')})`;
    if (e.orderWithin) {
    // Spark's percentile_cont/_disc print their ordering through a fixed `v` placeholder.
    s += lname.startsWith('percentile')
      ? ` WITHIN GROUP (ORDER BY v${e.orderWithin[0]?.ascending === false ? ' DESC' : ''})`
      : ` WITHIN GROUP (ORDER BY ${e.orderWithin.map((o) => sortSql(o, col)).join(', ')})`;
  }
    if (e.filter) s += ` FILTER (WHERE ${n(e.filter)})`;
    if (e.over !== undefined) s += ` OVER ${typeof e.over === 'string' ? e.over : windowSql(e.over, lname, col)}`;
    return s;
  }

function sortSql(o: SortOrder, col: ColumnNamer): string {
  return `${exprName(o.expr, col)} ${o.ascending ? 'ASC' : 'DESC'} NULLS ${o.nullsFirst ? 'FIRST' : 'LAST'}`;
}

const RANK_LIKE = new Set(['rank', 'dense_rank', 'row_number', 'ntile', 'percent_rank', 'cume_dist', 'lag', 'lead']);

function boundSql(b: FrameBound, col: ColumnNamer): string {
  switch (b.kind) {
    case 'unboundedPreceding': return 'UNBOUNDED PRECEDING';
    case 'unboundedFollowing': return 'UNBOUNDED FOLLOWING';
    case 'currentRow': return 'CURRENT ROW';
    case 'preceding': return `-${exprName(b.offset, col)}`;
    case 'following': return `${exprName(b.offset, col)}`;
    default: {
      const never: never = b;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

export function windowSql(w: WindowSpec, fname: string, col: ColumnNamer): string {
  const parts: string[] = [];
  if (w.partitionBy.length) parts.push(`PARTITION BY ${w.partitionBy.map((p) => exprName(p, col)).join(', ')}`);
  if (w.orderBy.length) parts.push(`ORDER BY ${w.orderBy.map((o) => sortSql(o, col)).join(', ')}`);
  let frame: string;
  if (w.frame) {
    const b = (x: FrameBound) => {
      const s = boundSql(x, col);
      return x.kind === 'preceding' ? `${s} FOLLOWING`.replace('--', '') : x.kind === 'following' ? `${s} FOLLOWING` : s;
    };
    const lower = w.frame.lower.kind === 'preceding' ? `${exprName(w.frame.lower.offset, col)} PRECEDING` : b(w.frame.lower);
    const upper = w.frame.upper.kind === 'preceding' ? `${exprName(w.frame.upper.offset, col)} PRECEDING` : b(w.frame.upper);
    frame = `${w.frame.type.toUpperCase()} BETWEEN ${lower} AND ${upper}`;
  } else if (RANK_LIKE.has(fname)) {
    frame = fname === 'lag' || fname === 'lead' ? '' : 'ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW';
  } else if (w.orderBy.length) frame = 'RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW';
  else frame = 'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING';
  if (frame) parts.push(frame);
  return `(${parts.join(' ')})`;
}
