/** UNION / INTERSECT / EXCEPT, with ALL (multiset) or DISTINCT semantics; NULLs compare equal. */
import { rowKey } from '../../expr';
import type { Row } from '../../expr';
import type { Attribute } from '../logical';
import type { Exec, ExecContext } from './exec';

export class SetOpExec implements Exec {
  readonly name: string;
  readonly children: Exec[];
  constructor(
    readonly op: 'union' | 'intersect' | 'except',
    readonly all: boolean,
    readonly left: Exec,
    readonly right: Exec,
    readonly output: readonly Attribute[],
  ) {
    this.children = [left, right];
    this.name = op === 'union' ? 'Union' : op === 'intersect' ? 'Intersect' : 'Except';
  }
  describe(): string {
    return this.name;
  }
  execute(ctx: ExecContext): Row[] {
    const types = this.output.map((a) => a.type);
    const L = this.left.execute(ctx);
    const R = this.right.execute(ctx);
    const key = (r: Row) => rowKey(r, types);
    const distinct = (rows: Row[]): Row[] => {
      const seen = new Set<string>();
      return rows.filter((r) => {
        const k = key(r);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    };
    if (this.op === 'union') return this.all ? [...L, ...R] : distinct([...L, ...R]);
    const counts = new Map<string, number>();
    for (const r of R) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    if (this.op === 'intersect') {
      if (!this.all) return distinct(L.filter((r) => counts.has(key(r))));
      return L.filter((r) => {
        const k = key(r);
        const c = counts.get(k) ?? 0;
        if (c === 0) return false;
        counts.set(k, c - 1);
        return true;
      });
    }
    if (!this.all) return distinct(L.filter((r) => !counts.has(key(r))));
    return L.filter((r) => {
      const k = key(r);
      const c = counts.get(k) ?? 0;
      if (c === 0) return true;
      counts.set(k, c - 1);
      return false;
    });
  }
}
