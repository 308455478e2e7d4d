/** Hash aggregation, including GROUPING SETS (one pass per set, with the grouping id). */
import { compile, compileVector, rowKey } from '../../expr';
import type { AggState, BoundAggregate, BoundExpr, Env, Row } from '../../expr';
import { DEFAULT_BATCH_ROWS, buildVector, lazyObjectVector } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import type { Attribute } from '../logical';
import { childBatches, compileAll, envFor, referencedColumns } from './exec';
import type { Exec, ExecContext } from './exec';
import { GroupTable } from './group-table';
import { groupedAccumulator, kernelArgs } from './grouped-accumulators';

export class HashAggregateExec implements Exec {
  readonly name = 'HashAggregate';
  readonly children: Exec[];
  constructor(
    readonly child: Exec,
    readonly groups: readonly BoundExpr[],
    readonly aggs: readonly BoundAggregate[],
    readonly sets: readonly number[][] | null,
    readonly output: readonly Attribute[],
  ) {
    this.children = [child];
  }

  describe(): string {
    const keys = this.output.slice(0, this.groups.length).map((a) => a.name).join(', ');
    const fns = this.aggs.map((a) => `${a.name}(${a.distinct ? 'distinct ' : ''}...)`).join(', ');
    return `HashAggregate(keys=[${keys}], functions=[${fns}])`;
  }

  /** No GROUP BY: one state per aggregate, one output row even for empty input. */
  private global(rows: Row[], env: ReturnType<typeof envFor>, argFns: ReturnType<typeof compileAll>[], filterFns: Array<ReturnType<typeof compile> | null>): Row {
    const states = this.aggs.map((a) => a.create());
    const bufs = argFns.map((fs) => new Array<unknown>(fs.length));
    for (const row of rows) {
      for (let a = 0; a < states.length; a++) {
        const ff = filterFns[a];
        if (ff && ff(row, env) !== true) continue;
        const fs = argFns[a]!;
        const buf = bufs[a]!;
        for (let i = 0; i < fs.length; i++) buf[i] = fs[i]!(row, env);
        states[a]!.update(buf);
      }
    }
    return states.map((s) => s.result());
  }

  /** Group ids from key vectors, typed per-group accumulators: no row is ever materialised. */
  private columnar(batches: readonly ColumnBatch[], env: Env): Row[] {
    const { table, accs } = this.accumulate(batches, env);
    const out = new Array<Row>(table.size);
    const nG = this.groups.length;
    for (let g = 0; g < table.size; g++) {
      const row = new Array<unknown>(nG + accs.length);
      table.writeKey(g, row);
      for (let a = 0; a < accs.length; a++) row[nG + a] = accs[a]!.result(g);
      out[g] = row;
    }
    return out;
  }

  /**
   * The groups as batches, for a consumer reading columns (GROUP BY keys without grouping
   * sets over a columnar child): one string key coded by one dictionary stays coded.
   */
  batches(ctx: ExecContext): ColumnBatch[] | null {
    if (this.sets !== null || this.groups.length === 0) return null;
    const used = referencedColumns([...this.groups, ...this.aggs.flatMap((a) => [...a.args, ...(a.filter ? [a.filter] : [])])]);
    const input = childBatches(this.child, ctx, used);
    if (!input) return null;
    const { table, accs } = this.accumulate(input, envFor(ctx));
    const types = this.output.map((a) => a.type);
    const nG = this.groups.length;
    const coded = table.keyCodes();
    const out: ColumnBatch[] = [];
    for (let start = 0; start < table.size; start += DEFAULT_BATCH_ROWS) {
      const n = Math.min(DEFAULT_BATCH_ROWS, table.size - start);
      const columns: ColumnVector[] = [];
      for (let j = 0; j < nG; j++) {
        if (coded) {
          const codes = coded.codes.subarray(start, start + n);
          const entries = coded.entries;
          columns.push(lazyObjectVector(n, (values) => {
            for (let i = 0; i < n; i++) values[i] = codes[i]! < 0 ? null : entries[codes[i]!]!;
          }, { entries, codes }));
        } else columns.push(buildVector(types[j]!, n, (i) => table.keyAt(start + i, j)));
      }
      accs.forEach((acc, a) => columns.push(buildVector(types[nG + a]!, n, (i) => acc.result(start + i))));
      out.push({ types, numRows: n, columns });
    }
    return out;
  }

  private accumulate(batches: readonly ColumnBatch[], env: Env): { table: GroupTable; accs: ReturnType<typeof groupedAccumulator>[] } {
    const keyFns = this.groups.map(compileVector);
    const table = new GroupTable(this.groups.map((g) => g.type));
    // count(*) / count(1) reads no argument: skip building a constant vector per batch.
    const argFns = this.aggs.map((a) => (a.name === 'count' && !a.distinct && a.args.every((x) => x.kind === 'literal') ? [] : kernelArgs(a).map(compileVector)));
    const filterFns = this.aggs.map((a) => (a.filter ? compileVector(a.filter) : null));
    const accs = this.aggs.map(groupedAccumulator);
    for (const b of batches) {
      const n = b.numRows;
      if (n === 0) continue;
      const gids = table.assign(keyFns.map((f) => f(b, env)), n);
      for (let a = 0; a < accs.length; a++) {
        const mask = filterFns[a] ? filterFns[a]!(b, env) : null;
        accs[a]!.update(gids, n, argFns[a]!.map((f) => f(b, env)), mask, table.size);
      }
    }
    return { table, accs };
  }

  execute(ctx: ExecContext): Row[] {
    const env = envFor(ctx);
    if (this.sets === null) {
      const used = referencedColumns([...this.groups, ...this.aggs.flatMap((a) => [...a.args, ...(a.filter ? [a.filter] : [])])]);
      const batches = childBatches(this.child, ctx, used);
      if (batches) return this.columnar(batches, env);
    }
    const rows = this.child.execute(ctx);
    const groupFns = compileAll(this.groups);
    const argFns = this.aggs.map((a) => compileAll(a.args));
    const filterFns = this.aggs.map((a) => (a.filter ? compile(a.filter) : null));
    const types = this.groups.map((g) => g.type);
    const nG = this.groups.length;
    const sets = this.sets ?? [Array.from({ length: nG }, (_, i) => i)];
    if (nG === 0 && this.sets === null) return [this.global(rows, env, argFns, filterFns)];
    const table = new Map<string, { keys: unknown[]; states: AggState[]; gid: bigint }>();
    const order: string[] = [];
    for (let s = 0; s < sets.length; s++) {
      const inSet = new Array<boolean>(nG).fill(false);
      for (const i of sets[s]!) inSet[i] = true;
      let gid = 0n;
      for (let i = 0; i < nG; i++) gid = (gid << 1n) | (inSet[i] ? 0n : 1n);
      for (const row of rows) {
        const keys = groupFns.map((f, i) => (inSet[i] ? f(row, env) : null));
        const k = `${s}|${rowKey(keys, types)}`;
        let entry = table.get(k);
        if (!entry) {
          entry = { keys, states: this.aggs.map((a) => a.create()), gid };
          table.set(k, entry);
          order.push(k);
        }
        for (let a = 0; a < this.aggs.length; a++) {
          const ff = filterFns[a];
          if (ff && ff(row, env) !== true) continue;
          entry.states[a]!.update(argFns[a]!.map((f) => f(row, env)));
        }
      }
    }
    return order.map((k) => {
      const e = table.get(k)!;
      const out: Row = [...e.keys, ...e.states.map((s) => s.result())];
      if (this.sets) out.push(e.gid);
      return out;
    });
  }
}
