/**
 * Resolved (bound) expressions: every node knows its result type and nullability, and
 * column references are ordinals into the input row. `compile.ts` turns them into closures.
 */
import type { DataType } from '../types';

export type Row = unknown[];

/** Evaluation context: the outer rows of correlated subqueries, innermost last. */
export interface EvalContext {
  readonly outer: readonly Row[];
}

export type BoundExpr =
  | { kind: 'literal'; value: unknown; type: DataType; nullable: boolean }
  | { kind: 'ref'; index: number; type: DataType; nullable: boolean }
  /** A column of an enclosing query's row (correlated subquery); depth 0 is the nearest. */
  | { kind: 'outerRef'; depth: number; index: number; type: DataType; nullable: boolean }
  /** A null-intolerant scalar function: any null argument gives null without calling `fn`. */
  | { kind: 'strict'; name: string; args: BoundExpr[]; fn: (args: unknown[]) => unknown; type: DataType; nullable: boolean }
  /** A function that sees null arguments itself (coalesce, concat_ws, ...). */
  | { kind: 'lenient'; name: string; args: BoundExpr[]; fn: (args: unknown[]) => unknown; type: DataType; nullable: boolean }
  | { kind: 'and'; left: BoundExpr; right: BoundExpr; type: DataType; nullable: boolean }
  | { kind: 'or'; left: BoundExpr; right: BoundExpr; type: DataType; nullable: boolean }
  | { kind: 'case'; branches: Array<[BoundExpr, BoundExpr]>; elseExpr: BoundExpr | null; type: DataType; nullable: boolean }
  | { kind: 'coalesce'; args: BoundExpr[]; type: DataType; nullable: boolean }
  | { kind: 'in'; expr: BoundExpr; list: BoundExpr[]; type: DataType; nullable: boolean }
  /** A subquery evaluated per row (or once when uncorrelated) by the executor. */
  | { kind: 'subquery'; mode: 'scalar' | 'exists' | 'in'; plan: unknown; exprs: BoundExpr[]; correlated: boolean; type: DataType; nullable: boolean }
  | { kind: 'lambda'; params: number; body: BoundExpr; type: DataType; nullable: boolean }
  /** A lambda parameter: slot `index` of the lambda frame `depth` levels out. */
  | { kind: 'lambdaVar'; slot: number; type: DataType; nullable: boolean }
  | { kind: 'higherOrder'; name: string; args: BoundExpr[]; fn: (args: unknown[], call: (f: number, vals: unknown[]) => unknown) => unknown; type: DataType; nullable: boolean }
  /** Non-deterministic functions get a per-partition state object. */
  | { kind: 'stateful'; name: string; args: BoundExpr[]; init: () => (args: unknown[]) => unknown; type: DataType; nullable: boolean };

export function literal(value: unknown, type: DataType): BoundExpr {
  return { kind: 'literal', value, type, nullable: value === null };
}

export function isFoldable(e: BoundExpr): boolean {
  switch (e.kind) {
    case 'literal': return true;
    case 'ref': case 'outerRef': case 'subquery': case 'lambdaVar': case 'stateful': case 'lambda': return false;
    case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': return e.args.every(isFoldable);
    case 'and': case 'or': return isFoldable(e.left) && isFoldable(e.right);
    case 'case': return e.branches.every(([c, v]) => isFoldable(c) && isFoldable(v)) && (e.elseExpr === null || isFoldable(e.elseExpr));
    case 'in': return isFoldable(e.expr) && e.list.every(isFoldable);
    default: {
      const never: never = e;
      throw new Error(`unexpected ${JSON.stringify(never)}`);
    }
  }
}

/** The conjuncts of an AND tree, left to right (Spark's splitConjunctivePredicates). */
export function splitConjuncts(e: BoundExpr): BoundExpr[] {
  return e.kind === 'and' ? [...splitConjuncts(e.left), ...splitConjuncts(e.right)] : [e];
}
