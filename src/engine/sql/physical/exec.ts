/**
 * Physical operators. Each `*Exec` consumes its children's output and produces rows of its
 * own `output`. Stages are cut at exchanges (aggregate, join, sort, window inputs), so
 * each operator is written to run over one partition's batch without shared state.
 */
import { compareValues, compile, newEnv } from '../../expr';
import type { BoundExpr, Compiled, Env, Row } from '../../expr';
import type { Attribute, SortKey } from '../logical';

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

export function attrList(attrs: readonly Attribute[]): string {
  return attrs.map((a) => `${a.name}#${a.id}`).join(', ');
}
