/**
 * WindowGroupLimit (Spark 3.5's InferWindowGroupLimit): under `rank() <= k` or
 * `row_number() <= k`, each partition only needs its best k rows (and, for rank, the rows
 * tying the k-th), so they are picked with one bounded heap per partition before the window
 * sorts anything. The filter above still runs; this only drops rows it would drop.
 */
import { batchRow, getValue } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { compileVector } from '../../expr';
import type { BoundExpr, Env, Row } from '../../expr';
import type { Attribute, SortKey } from '../logical';
import { childBatches, envFor } from './exec';
import type { Exec, ExecContext } from './exec';
import { GroupTable } from './group-table';
import { evaluateColumn, KeyOrder } from './sort-keys';
import { TopHeap } from './take-ordered-exec';

export class WindowGroupLimitExec implements Exec {
  readonly name = 'WindowGroupLimit';
  readonly children: Exec[];
  constructor(
    readonly child: Exec,
    readonly partitionBy: readonly BoundExpr[],
    readonly orderBy: readonly SortKey[],
    readonly fn: 'rank' | 'row_number',
    readonly limit: number,
    readonly output: readonly Attribute[],
  ) {
    this.children = [child];
  }

  describe(): string {
    return `WindowGroupLimit ${this.fn}, ${this.limit}`;
  }

  execute(ctx: ExecContext): Row[] {
    const env = envFor(ctx);
    const batches = childBatches(this.child, ctx);
    const inputs = batches ? batches.map((b) => this.batchInput(b, env)) : [this.rowInput(this.child.execute(ctx), env)];
    const order = new KeyOrder(this.orderBy);
    const table = new GroupTable(this.partitionBy.map((p) => p.type));
    const heaps: TopHeap[] = [];
    const gidsOf: Int32Array[] = [];
    let seq = 0;
    for (const inp of inputs) {
      const gids = table.assign(inp.partitionKeys, inp.n).slice(0, inp.n);
      gidsOf.push(gids);
      for (let i = 0; i < inp.n; i++) {
        const g = gids[i]!;
        const heap = (heaps[g] ??= new TopHeap(order, this.limit));
        heap.offer((k) => inp.orderKey(k, i), seq++, inp.batch, inp.batch ? i : inp.row(i));
      }
    }
    const out: Row[] = [];
    if (this.fn === 'row_number') {
      // The kept entries, back in input order.
      const kept = heaps.flatMap((h) => [...h.entries()]).sort((a, b) => a.seq - b.seq);
      for (const e of kept) out.push(e.batch ? batchRow(e.batch, e.row as number) : (e.row as Row));
      return out;
    }
    // rank() <= k keeps every row not worse than the k-th best of its partition.
    inputs.forEach((inp, j) => {
      const gids = gidsOf[j]!;
      for (let i = 0; i < inp.n; i++) {
        const worst = heaps[gids[i]!]!.worst();
        if (worst) {
          let c = 0;
          for (let k = 0; k < this.orderBy.length && c === 0; k++) c = order.compareKey(k, inp.orderKey(k, i), worst.keys[k]);
          if (c > 0) continue;
        }
        out.push(inp.row(i));
      }
    });
    return out;
  }

  private batchInput(b: ColumnBatch, env: Env): LimitInput {
    const keys = this.orderBy.map((o) => compileVector(o.expr)(b, env));
    return {
      n: b.numRows,
      batch: b,
      partitionKeys: this.partitionBy.map((p) => compileVector(p)(b, env)),
      orderKey: (k, i) => getValue(keys[k]!, i),
      row: (i) => batchRow(b, i),
    };
  }

  private rowInput(rows: Row[], env: Env): LimitInput {
    const cols = this.orderBy.map((o) => evaluateColumn(o.expr, rows, env));
    const parts = this.partitionBy.map((p) => ({ t: p.type, values: evaluateColumn(p, rows, env) }));
    return {
      n: rows.length,
      batch: null,
      partitionKeys: parts.map(({ values }) => ({ kind: 'object', values })),
      orderKey: (k, i) => cols[k]![i],
      row: (i) => rows[i]!,
    };
  }
}

interface LimitInput {
  readonly n: number;
  readonly batch: ColumnBatch | null;
  readonly partitionKeys: ColumnVector[];
  orderKey(k: number, i: number): unknown;
  row(i: number): Row;
}
