/**
 * Physical operators. Each `*Exec` consumes its children's output and produces rows of its
 * own `output`. Stages are cut at exchanges (aggregate, join, sort, window inputs), so
 * each operator is written to run over one partition's batch without shared state.
 */
import { compareValues, compile, newEnv } from '../../expr';
import type { BoundExpr, Compiled, Env, Row } from '../../expr';
import type { ColumnBatch } from '../../columnar';
import type { Attribute, SortKey } from '../logical';
import { assertNever } from '../../util/assert-never';

export interface ExecContext {
  /** Rows of the enclosing queries (correlated subqueries), innermost last. */
  readonly outer: Row[];
  runSubquery(plan: unknown, outer: Row[]): Row[];
}

export interface Exec {
  readonly name: string;
  readonly output: readonly Attribute[];
  readonly children: readonly Exec[];
  /** One line of EXPLAIN text (without the tree prefix). */
  describe(): string;
  execute(ctx: ExecContext): Row[];
  /**
   * The output as columnar batches, when this operator and its inputs can produce them
   * without row materialisation; null (decided before doing any work) means use `execute`.
   */
  batches?(ctx: ExecContext): ColumnBatch[] | null;
}

export function childBatches(e: Exec, ctx: ExecContext): ColumnBatch[] | null {
  return e.batches ? e.batches(ctx) : null;
}

export function envFor(ctx: ExecContext): Env {
  return newEnv(ctx.runSubquery, ctx.outer);
}

export function compileAll(es: readonly BoundExpr[]): Compiled[] {
  return es.map(compile);
}

export function sortComparator(keys: readonly SortKey[], env: Env): (a: Row, b: Row) => number {
  const fns = keys.map((k) => compile(k.expr));
  const meta = keys.map((k) => ({ asc: k.ascending ? 1 : -1, nullsFirst: k.nullsFirst, type: k.expr.type }));
  return (a, b) => {
    for (let i = 0; i < fns.length; i++) {
      const x = fns[i]!(a, env);
      const y = fns[i]!(b, env);
      const m = meta[i]!;
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null) === m.nullsFirst ? -1 : 1;
      }
      const c = compareValues(x, y, m.type);
      if (c !== 0) return c * m.asc;
    }
    return 0;
  };
}

/** False when evaluating `e` on fewer or other rows could change results (rand, ids, subqueries). */
export function isDeterministic(e: BoundExpr): boolean {
  switch (e.kind) {
    case 'stateful': case 'subquery': return false;
    case 'literal': case 'ref': case 'outerRef': case 'lambdaVar': return true;
    case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': return e.args.every(isDeterministic);
    case 'and': case 'or': return isDeterministic(e.left) && isDeterministic(e.right);
    case 'case': return e.branches.every(([c, v]) => isDeterministic(c) && isDeterministic(v)) && (e.elseExpr === null || isDeterministic(e.elseExpr));
    case 'in': return isDeterministic(e.expr) && e.list.every(isDeterministic);
    case 'lambda': return isDeterministic(e.body);
    default: return assertNever(e, 'bound expression');
  }
}

export function attrList(attrs: readonly Attribute[]): string {
  return attrs.map((a) => `${a.name}#${a.id}`).join(', ');
}
