/** Row-at-a-time operators: scan, project, filter, limit, distinct, generate. */
import { batchesToRows, layoutOf, sourceBatches } from '../../columnar';
import type { ColumnBatch } from '../../columnar';
import { compile, compileSelection, compileVector, rowKey } from '../../expr';
import type { BoundExpr, Row } from '../../expr';
import { MapValue } from '../../types';
import type { Attribute } from '../logical';
import { UNREAD, attrList, childBatches, compileAll, envFor, gatherColumns, referencedColumns } from './exec';
import type { Exec, ExecContext } from './exec';

export class ScanExec implements Exec {
  readonly name = 'LocalTableScan';
  readonly children: Exec[] = [];
  constructor(
    readonly output: readonly Attribute[],
    private readonly rows: () => Row[],
    readonly relation: string,
    /** A table's batches, read without building its row view (scans that offer them; given the columns needed, a file source may read only those). */
    private readonly tableBatches?: (needed?: ReadonlySet<number>) => readonly ColumnBatch[],
  ) {}
  describe(): string {
    return this.relation === 'LocalRelation' || this.relation === 'OneRowRelation'
      ? `LocalTableScan [${attrList(this.output)}]`
      : `Scan ${this.relation}[${attrList(this.output)}]`;
  }
  execute(): Row[] {
    return this.rows();
  }
  /**
   * The table's own batches when its rows are a cached view of them. `needed`: the columns
   * the caller reads; a source that reads columns separately (Parquet) may leave the others
   * as placeholders.
   */
  batches(_ctx?: ExecContext, needed: ReadonlySet<number> | null = null): ColumnBatch[] | null {
    // Commands have side effects and ranges are generated: calling `rows` twice is not free.
    if (this.relation === 'Command' || this.relation === 'Range') return null;
    const src = this.tableBatches ? this.tableBatches(needed ?? undefined) : sourceBatches(this.rows());
    if (!src) return null;
    const want = this.output.map((a) => layoutOf(a.type));
    const fits = (b: ColumnBatch) => b.columns.length === want.length && b.columns.every((c, i) => (needed !== null && !needed.has(i)) || c.kind === want[i]);
    return src.every(fits) ? [...src] : null;
  }
}



export class ProjectExec implements Exec {
  readonly name = 'Project';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly exprs: readonly BoundExpr[], readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return `Project [${attrList(this.output)}]`;
  }
  /** `needed`: the output columns the caller reads; the others are not computed (and their inputs not read). */
  batches(ctx: ExecContext, needed: ReadonlySet<number> | null = null): ColumnBatch[] | null {
    const exprs = needed ? this.exprs.filter((_, i) => needed.has(i)) : this.exprs;
    const used = referencedColumns(exprs);
    let input: ColumnBatch[] | null;
    if (this.child instanceof FilterExec) {
      const sels = this.child.selections(ctx, used);
      if (!sels) return null;
      input = sels.map(({ batch, sel, n }) => (n === batch.numRows ? batch : gatherColumns(batch, sel, n, used)));
    } else {
      input = childBatches(this.child, ctx, used);
      if (!input) return null;
    }
    const fns = this.exprs.map((e, i) => (needed && !needed.has(i) ? null : compileVector(e)));
    const env = envFor(ctx);
    const types = this.output.map((a) => a.type);
    return input.map((b) => ({ types, numRows: b.numRows, columns: fns.map((f) => (f ? f(b, env) : UNREAD)) }));
  }
  execute(ctx: ExecContext): Row[] {
    const batches = this.batches(ctx);
    if (batches) return batchesToRows(batches);
    const rows = this.child.execute(ctx);
    const fns = compileAll(this.exprs);
    const env = envFor(ctx);
    const n = fns.length;
    const out = new Array<Row>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const o = new Array<unknown>(n);
      for (let i = 0; i < n; i++) o[i] = fns[i]!(row, env);
      out[r] = o;
    }
    return out;
  }
}

export class FilterExec implements Exec {
  readonly name = 'Filter';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly cond: BoundExpr, readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return 'Filter';
  }
  /**
   * The selected row indexes of each input batch (null when the input is not columnar).
   * `needed`: the columns the caller reads (the input's other columns need not be read).
   */
  selections(ctx: ExecContext, needed: ReadonlySet<number> | null = null): Array<{ batch: ColumnBatch; sel: Int32Array; n: number }> | null {
    const own = needed && referencedColumns([this.cond]);
    const input = childBatches(this.child, ctx, own ? new Set([...needed!, ...own]) : null);
    if (!input) return null;
    const env = envFor(ctx);
    // An AND of column-to-constant comparisons narrows a selection conjunct by conjunct.
    const s = compileSelection(this.cond);
    if (s) {
      return input.map((batch) => {
        const { sel, n } = s(batch, env);
        return { batch, sel, n };
      });
    }
    const f = compileVector(this.cond);
    return input.map((batch) => {
      const m = f(batch, env);
      const sel = new Int32Array(batch.numRows);
      let n = 0;
      if (m.kind === 'bool') {
        for (let i = 0; i < batch.numRows; i++) if (m.values[i] === 1 && (m.validity[i >> 3]! >> (i & 7)) & 1) sel[n++] = i;
      } else {
        for (let i = 0; i < batch.numRows; i++) if (m.values[i] === true) sel[n++] = i;
      }
      return { batch, sel, n };
    });
  }
  batches(ctx: ExecContext, needed: ReadonlySet<number> | null = null): ColumnBatch[] | null {
    const sels = this.selections(ctx, needed);
    return sels && sels.map(({ batch, sel, n }) => (n === batch.numRows ? batch : gatherColumns(batch, sel, n, needed)));
  }
  execute(ctx: ExecContext): Row[] {
    // Over a cached table the selection indexes its row view: no row is copied.
    if (this.child instanceof ScanExec) {
      const sels = this.selections(ctx);
      if (sels) {
        const rows = this.child.execute();
        const out: Row[] = [];
        let base = 0;
        for (const { batch, sel, n } of sels) {
          for (let i = 0; i < n; i++) out.push(rows[base + sel[i]!]!);
          base += batch.numRows;
        }
        return out;
      }
    }
    const f = compile(this.cond);
    const env = envFor(ctx);
    return this.child.execute(ctx).filter((r) => f(r, env) === true);
  }
}

export class LimitExec implements Exec {
  readonly name = 'CollectLimit';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly limit: number, readonly offset: number, readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return `CollectLimit ${this.limit}`;
  }
  execute(ctx: ExecContext): Row[] {
    const rows = this.child.execute(ctx);
    return rows.slice(this.offset, this.limit === Infinity ? undefined : this.offset + this.limit);
  }
}

export class DistinctExec implements Exec {
  readonly name = 'HashAggregate';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return `HashAggregate(keys=[${attrList(this.output)}], functions=[])`;
  }
  execute(ctx: ExecContext): Row[] {
    const types = this.output.map((a) => a.type);
    const seen = new Set<string>();
    const out: Row[] = [];
    for (const r of this.child.execute(ctx)) {
      const k = rowKey(r, types);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(r);
      }
    }
    return out;
  }
}

export class GenerateExec implements Exec {
  readonly name = 'Generate';
  readonly children: Exec[];
  constructor(
    readonly child: Exec,
    readonly generator: BoundExpr,
    readonly outer: boolean,
    readonly position: boolean,
    readonly output: readonly Attribute[],
  ) {
    this.children = [child];
  }
  describe(): string {
    return `Generate explode, [${attrList(this.output)}]`;
  }
  execute(ctx: ExecContext): Row[] {
    const f = compile(this.generator);
    const env = envFor(ctx);
    const width = this.output.length - this.children[0]!.output.length;
    const inline = this.generator.type.kind === 'array' && this.generator.type.element.kind === 'struct' && width > 1 + (this.position ? 1 : 0);
    const out: Row[] = [];
    for (const row of this.child.execute(ctx)) {
      const v = f(row, env);
      const items: Row[] = [];
      if (Array.isArray(v)) v.forEach((e, i) => items.push(inline ? [...(this.position ? [i] : []), ...((e as unknown[] | null) ?? new Array(width).fill(null))] : this.position ? [i, e] : [e]));
      else if (v instanceof MapValue) v.keys.forEach((k, i) => items.push(this.position ? [i, k, v.values[i]] : [k, v.values[i]]));
      if (items.length === 0 && this.outer) items.push(new Array(width).fill(null));
      for (const it of items) out.push([...row, ...it]);
    }
    return out;
  }
}
