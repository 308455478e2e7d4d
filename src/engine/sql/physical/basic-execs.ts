/** Row-at-a-time operators: scan, project, filter, limit, distinct, generate. */
import { compile, rowKey } from '../../expr';
import type { BoundExpr, Row } from '../../expr';
import { MapValue } from '../../types';
import type { Attribute } from '../logical';
import { attrList, compileAll, envFor } from './exec';
import type { Exec, ExecContext } from './exec';

export class ScanExec implements Exec {
  readonly name = 'LocalTableScan';
  readonly children: Exec[] = [];
  constructor(readonly output: readonly Attribute[], private readonly rows: () => Row[], readonly relation: string) {}
  describe(): string {
    return this.relation === 'LocalRelation' || this.relation === 'OneRowRelation'
      ? `LocalTableScan [${attrList(this.output)}]`
      : `Scan ${this.relation}[${attrList(this.output)}]`;
  }
  execute(): Row[] {
    return this.rows();
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
  execute(ctx: ExecContext): Row[] {
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
  execute(ctx: ExecContext): Row[] {
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
