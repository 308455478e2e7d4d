/**
 * The scalar function table. Each entry turns already-bound arguments into a bound
 * expression, inserting Spark's implicit casts (ImplicitCastInputTypes) or raising
 * DATATYPE_MISMATCH the way the analyzer reports it.
 */
import { BooleanType, DoubleType, IntegerType, LongType, simpleString, sqlName, StringType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { canCast } from '../cast';
import { castTo } from '../coerce';
import { AnalysisException } from '../sql-errors';

export interface CallSite {
  /** The function's display name as written (lower-cased), for messages. */
  readonly name: string;
  /** The SQL text of each argument, for messages (`"x"`). */
  readonly argSql: readonly string[];
  /** The call's SQL for `sqlExpr` in messages. */
  readonly sql: string;
}

export type ScalarBuilder = (args: BoundExpr[], site: CallSite) => BoundExpr;

const scalars = new Map<string, ScalarBuilder>();

export function registerScalar(names: string | string[], b: ScalarBuilder): void {
  for (const n of Array.isArray(names) ? names : [names]) scalars.set(n, b);
}

export function lookupScalar(name: string): ScalarBuilder | undefined {
  return scalars.get(name.toLowerCase());
}

export function scalarNames(): string[] {
  return [...scalars.keys()];
}

/** Expected argument kinds; `numeric` accepts any number (strings cast to double). */
export type ArgSpec = DataType | 'any' | 'numeric' | 'integral' | 'string' | 'datetime';

export function wrongArgs(site: CallSite, expected: string, actual: number): AnalysisException {
  return new AnalysisException(
    `The \`${site.name}\` requires ${expected} parameters but the actual number is ${actual}. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.`,
    'WRONG_NUM_ARGS.WITHOUT_SUGGESTION', { functionName: `\`${site.name}\``, expectedNum: expected, actualNum: String(actual) },
  );
}

export function unexpectedType(site: CallSite, index: number, arg: BoundExpr, required: string): AnalysisException {
  return new AnalysisException(
    `Cannot resolve "${site.sql}" due to data type mismatch: Parameter ${index + 1} requires the ${required} type, however "${site.argSql[index]}" has the type "${sqlName(arg.type)}".`,
    'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE', { paramIndex: String(index + 1), requiredType: required, inputType: `"${sqlName(arg.type)}"` },
  );
}

/** Casts `arg` to satisfy `spec`, or throws DATATYPE_MISMATCH. */
export function coerceArg(arg: BoundExpr, spec: ArgSpec, site: CallSite, index: number): BoundExpr {
  const k = arg.type.kind;
  if (spec === 'any') return arg;
  if (spec === 'numeric') {
    if (['byte', 'short', 'int', 'long', 'float', 'double', 'decimal'].includes(k)) return arg;
    if (k === 'string' || k === 'null' || k === 'timestamp') return castTo(arg, DoubleType);
    throw unexpectedType(site, index, arg, '"NUMERIC"');
  }
  if (spec === 'integral') {
    if (['byte', 'short', 'int', 'long'].includes(k)) return arg;
    if (k === 'string' || k === 'null') return castTo(arg, LongType);
    throw unexpectedType(site, index, arg, '"INTEGRAL"');
  }
  if (spec === 'string') {
    if (k === 'string') return arg;
    if (k === 'array' || k === 'map' || k === 'struct') throw unexpectedType(site, index, arg, '"STRING"');
    return castTo(arg, StringType);
  }
  if (spec === 'datetime') return arg;
  if (simpleString(spec) === simpleString(arg.type)) return arg;
  if (k === 'null') return castTo(arg, spec);
  // ImplicitCastInputTypes casts any numeric to a required INT (bigint included).
  if (spec.kind === 'int' && (k === 'byte' || k === 'short' || k === 'string' || k === 'long')) return castTo(arg, spec);
  if (spec.kind === 'date' && (k === 'string' || k === 'timestamp' || k === 'timestamp_ntz')) return castTo(arg, spec);
  if (spec.kind === 'timestamp' && (k === 'string' || k === 'date')) return castTo(arg, spec);
  if ((spec.kind === 'double' || spec.kind === 'long') && ['byte', 'short', 'int', 'long', 'float', 'decimal', 'string'].includes(k)) return castTo(arg, spec);
  if (spec.kind === 'string' && k !== 'array' && k !== 'map' && k !== 'struct' && k !== 'binary') return castTo(arg, spec);
  if (spec.kind === 'binary' && k === 'string') return castTo(arg, spec);
  if (spec.kind === 'boolean' && k === 'string') return castTo(arg, spec);
  if (canCast(arg.type, spec) && spec.kind !== 'boolean' && !(spec.kind === 'int' && k === 'long')) {
    if (!['array', 'map', 'struct', 'date', 'timestamp', 'boolean'].includes(k)) return castTo(arg, spec);
  }
  throw unexpectedType(site, index, arg, `"${sqlName(spec)}"`);
}

export function checkArity(site: CallSite, args: BoundExpr[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? String(min) : max === Infinity ? `> ${min - 1}` : `[${min}, ${max}]`;
    throw wrongArgs(site, expected, args.length);
  }
}

/** Defines a strict (null in, null out) function with fixed argument specs. */
export function strictFn(
  names: string | string[],
  specs: ArgSpec[],
  ret: DataType | ((args: BoundExpr[]) => DataType),
  fn: (a: unknown[], args: BoundExpr[]) => unknown,
  opts: { optional?: number; nullable?: boolean } = {},
): void {
  registerScalar(names, (args, site) => {
    checkArity(site, args, specs.length - (opts.optional ?? 0), specs.length);
    const cast = args.map((a, i) => coerceArg(a, specs[i]!, site, i));
    const type = typeof ret === 'function' ? ret(cast) : ret;
    return { kind: 'strict', name: site.name, args: cast, fn: (a) => fn(a, cast), type, nullable: opts.nullable ?? true };
  });
}

export { BooleanType, DoubleType, IntegerType, LongType, StringType };
