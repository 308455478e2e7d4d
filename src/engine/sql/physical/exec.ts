/**
 * Physical operators. Each `*Exec` consumes its children's output and produces rows of its
 * own `output`. Stages are cut at exchanges (aggregate, join, sort, window inputs), so
 * each operator is written to run over one partition's batch without shared state.
 */
import { compareValues, compile, newEnv } from '../../expr';
import type { BoundExpr, Compiled, Env, Row } from '../../expr';
import { gatherVector } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
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
  batches?(ctx: ExecContext, needed?: ReadonlySet<number> | null): ColumnBatch[] | null;
}

/** `needed`: the columns the caller reads (null = all); others may come back as placeholders. */
export function childBatches(e: Exec, ctx: ExecContext, needed: ReadonlySet<number> | null = null): ColumnBatch[] | null {
  return e.batches ? e.batches(ctx, needed) : null;
}

/** Stands for a column nobody reads, so operators skip gathering it. */
export const UNREAD: ColumnVector = { kind: 'object', values: [] };

/** Rows `sel[0..n)` of the `needed` columns of `b` (null = all). */
export function gatherColumns(b: ColumnBatch, sel: Int32Array, n: number, needed: ReadonlySet<number> | null): ColumnBatch {
  return { types: b.types, numRows: n, columns: b.columns.map((c, i) => (!needed || needed.has(i) ? gatherVector(c, sel, n) : UNREAD)) };
}
/**
 * Columns any of `exprs` reads (a projection over a filter gathers only those); null when a
 * correlated subquery may read any column of the row.
 */
export function referencedColumns(exprs: readonly BoundExpr[]): Set<number> | null {
  const out = new Set<number>();
  let all = false;
  const visit = (e: BoundExpr): void => {
    switch (e.kind) {
      case 'ref': out.add(e.index); return;
      case 'literal': case 'outerRef': case 'lambdaVar': return;
      case 'strict': case 'lenient': case 'coalesce': case 'higherOrder': case 'stateful': e.args.forEach(visit); return;
      case 'subquery': all = true; return;
      case 'and': case 'or': visit(e.left); visit(e.right); return;
      case 'case': e.branches.forEach(([c, v]) => { visit(c); visit(v); }); if (e.elseExpr) visit(e.elseExpr); return;
      case 'in': visit(e.expr); e.list.forEach(visit); return;
      case 'lambda': visit(e.body); return;
      default: {
        const never: never = e;
        throw new Error(`unexpected ${JSON.stringify(never)}`);
      }
    }
  };
  exprs.forEach(visit);
  return all ? null : out;
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
