/** Sort (global ORDER BY and per-partition SORT BY are the same in one partition). */
import type { Row } from '../../expr';
import type { Attribute, SortKey } from '../logical';
import { envFor } from './exec';
import type { Exec, ExecContext } from './exec';
import { sortRows } from './sort-keys';

export class SortExec implements Exec {
  readonly name = 'Sort';
  readonly children: Exec[];
  constructor(readonly child: Exec, readonly keys: readonly SortKey[], readonly global: boolean, readonly output: readonly Attribute[]) {
    this.children = [child];
  }
  describe(): string {
    return `Sort [${this.keys.map((k) => `${k.ascending ? 'ASC' : 'DESC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`).join(', ')}], ${this.global}, 0`;
  }
  execute(ctx: ExecContext): Row[] {
    return sortRows(this.child.execute(ctx), this.keys, envFor(ctx));
  }
}
