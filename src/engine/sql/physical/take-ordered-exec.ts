/**
 * TakeOrderedAndProject: ORDER BY ... LIMIT n as a bounded heap of the best offset+n rows,
 * so the input is scanned once instead of fully sorted. Ties keep input order, giving the
 * same rows as a stable sort followed by the limit. Over columnar input only the key
 * vectors are read and only the kept rows are ever materialised.
 */
import { batchRow, getValue } from '../../columnar';
import type { ColumnBatch } from '../../columnar';
import { compileVector } from '../../expr';
import type { BoundExpr, Env, Row } from '../../expr';
import type { Attribute, SortKey } from '../logical';
import { attrList, childBatches, compileAll, envFor } from './exec';
import type { Exec, ExecContext } from './exec';
import { evaluateColumn, KeyOrder } from './sort-keys';

export interface Entry {
  readonly keys: unknown[];
  /** Input position: the tie-breaker that makes the result equal a stable sort's. */
  readonly seq: number;
  readonly batch: ColumnBatch | null;
  readonly row: number | Row;
}

export class TakeOrderedAndProjectExec implements Exec {
  readonly name = 'TakeOrderedAndProject';
  readonly children: Exec[];
  constructor(
    readonly child: Exec,
    readonly keys: readonly SortKey[],
    readonly limit: number,
    readonly offset: number,
    /** Evaluated over the taken rows only; null keeps the child's rows. */
    readonly project: readonly BoundExpr[] | null,
    readonly output: readonly Attribute[],
  ) {
    this.children = [child];
  }

  describe(): string {
    return `TakeOrderedAndProject(limit=${this.limit}, output=[${attrList(this.output)}])`;
  }

  execute(ctx: ExecContext): Row[] {
    const env = envFor(ctx);
    const k = this.offset + this.limit;
    const heap = new TopHeap(new KeyOrder(this.keys), k);
    const batches = childBatches(this.child, ctx);
    if (batches) this.offerBatches(heap, batches, env);
    else this.offerRows(heap, this.child.execute(ctx), env);
    const taken = heap.sorted().slice(this.offset).map((e) => (e.batch ? batchRow(e.batch, e.row as number) : (e.row as Row)));
    if (!this.project) return taken;
    const fns = compileAll(this.project);
    return taken.map((r) => fns.map((f) => f(r, env)));
  }

  private offerRows(heap: TopHeap, rows: readonly Row[], env: Env): void {
    if (heap.capacity <= 0) return;
    const cols = this.keys.map((key) => evaluateColumn(key.expr, rows, env));
    for (let i = 0; i < rows.length; i++) heap.offer((k) => cols[k]![i], i, null, rows[i]!);
  }

  private offerBatches(heap: TopHeap, batches: readonly ColumnBatch[], env: Env): void {
    if (heap.capacity <= 0) return;
    const fns = this.keys.map((key) => compileVector(key.expr));
    let seq = 0;
    const ascending = this.keys[0]!.ascending;
    for (const b of batches) {
      const vecs = fns.map((f) => f(b, env));
      const first = vecs[0]!;
      const key = (k: number, i: number) => getValue(vecs[k]!, i);
      if (first.kind === 'float64' || first.kind === 'int32') {
        seq = offerNumericRows(heap, first.values, first.validity, b, key, seq, ascending);
        continue;
      }
      for (let i = 0; i < b.numRows; i++, seq++) {
        // Most rows lose to the worst kept row on the first key alone: test that without calls.
        const worst = heap.worst();
        if (worst !== null) {
          if (heap.order.compareKey(0, getValue(first, i), worst.keys[0]) > 0) continue;
        }
        heap.offer((k) => key(k, i), seq, b, i);
      }
    }
  }
}

/**
 * The rows of a batch whose first key is a number: once the heap is full, a present,
 * non-NaN first key strictly worse than the worst kept one is skipped by one comparison
 * (NaN and null fall to the full comparison, which knows Spark's order for them).
 */
function offerNumericRows(heap: TopHeap, xs: Float64Array | Int32Array, valid: Uint8Array, b: ColumnBatch, key: (k: number, i: number) => unknown, seq: number, ascending: boolean): number {
  const n = b.numRows;
  let w = worstFirstKey(heap);
  let i = 0;
  while (i < n) {
    if (w === w) {
      // Skip, in one tight loop, the rows whose present first key is strictly worse.
      if (ascending) while (i < n && xs[i]! > w && (valid[i >> 3]! >> (i & 7)) & 1) i++;
      else while (i < n && xs[i]! < w && (valid[i >> 3]! >> (i & 7)) & 1) i++;
      if (i >= n) break;
    }
    const row = i;
    heap.offer((k) => key(k, row), seq + row, b, row);
    w = worstFirstKey(heap);
    i++;
  }
  return seq + n;
}

/** The worst kept row's first key once the heap is full, when it is a number; NaN otherwise. */
function worstFirstKey(heap: TopHeap): number {
  const worst = heap.worst();
  const x = worst === null ? null : worst.keys[0];
  return typeof x === 'number' ? x : NaN;
}

/** A max-heap (worst kept entry on top) of at most `capacity` entries. */
export class TopHeap {
  private readonly heap: Entry[] = [];
  constructor(readonly order: KeyOrder, readonly capacity: number) {}

  private cmp(a: Entry, b: Entry): number {
    return this.order.compare(a.keys, b.keys) || a.seq - b.seq;
  }

  /** Offers the row whose key `k` is `key(k)`; keys are read lazily, most rows lose on the first. */
  offer(key: (k: number) => unknown, seq: number, batch: ColumnBatch | null, row: number | Row): void {
    const h = this.heap;
    const nKeys = this.order.size;
    if (h.length === this.capacity) {
      // A row that ties the worst kept row comes later in the input, so it loses.
      const top = h[0]!.keys;
      let c = 0;
      for (let k = 0; k < nKeys && c === 0; k++) c = this.order.compareKey(k, key(k), top[k]);
      if (c >= 0) return;
    }
    const keys = new Array<unknown>(nKeys);
    for (let k = 0; k < nKeys; k++) keys[k] = key(k);
    const e: Entry = { keys, seq, batch, row };
    if (h.length < this.capacity) {
      h.push(e);
      for (let c = h.length - 1; c > 0;) {
        const p = (c - 1) >> 1;
        if (this.cmp(h[c]!, h[p]!) <= 0) break;
        [h[c], h[p]] = [h[p]!, h[c]!];
        c = p;
      }
      return;
    }
    h[0] = e;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      if (l >= h.length) return;
      const r = l + 1;
      const big = r < h.length && this.cmp(h[r]!, h[l]!) > 0 ? r : l;
      if (this.cmp(h[big]!, h[i]!) <= 0) return;
      [h[i], h[big]] = [h[big]!, h[i]!];
      i = big;
    }
  }

  /** The worst kept entry once the heap is full (null before). */
  worst(): Entry | null {
    return this.heap.length === this.capacity ? this.heap[0]! : null;
  }

  entries(): readonly Entry[] {
    return this.heap;
  }

  sorted(): Entry[] {
    return this.heap.slice().sort((a, b) => this.cmp(a, b));
  }
}
