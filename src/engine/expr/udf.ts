/**
 * User-defined scalar functions (Python `udf`, `spark.udf.register`): the session catalog
 * holds them by name and the analyzer binds a call to one as an expression that hands the
 * argument values to `invoke`. The engine never sees the language the function was written
 * in: the layer that registers it supplies `invoke` over engine values.
 */
import type { DataType } from '../types';
import type { BoundExpr } from './bound';

export interface UserFunction {
  /** The name calls use (case-insensitive). */
  readonly name: string;
  /** The name generated column names show (`slen`, `<lambda>`). */
  readonly display: string;
  readonly returnType: DataType;
  readonly deterministic: boolean;
  /** Called once per row with the arguments' engine values (nulls included) and types; returns an engine value. */
  readonly invoke: (args: unknown[], types: readonly DataType[]) => unknown;
}

/**
 * A call of `f` over already-bound arguments. It is a per-partition ('stateful') expression so
 * that it is never constant-folded nor shipped to executors: the function lives in the driver.
 */
export function bindUserFunction(f: UserFunction, args: BoundExpr[]): BoundExpr {
  const types = args.map((a) => a.type);
  return { kind: 'stateful', name: `udf:${f.name}`, args, type: f.returnType, nullable: true, init: () => (a) => f.invoke(a, types) };
}
