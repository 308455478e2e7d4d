/**
 * Join conditions written with DataFrame columns (`a.join(b, a.k == b.k)`), whose references are
 * qualified by their DataFrame's internal alias (`__df<id>`.`k`, see scope.ts).
 *
 * When one side derives from the other (`df.join(df, df.k == df.k)`, `a.join(a.filter(...), ...)`)
 * a DataFrame's column is reachable on both sides. Spark's Dataset.join turns an equality whose
 * two operands are the same attribute (`=` or `<=>`, among the condition's AND-ed conjuncts) into
 * an equality of the left side's column and the right side's column (SPARK-6231); the same here for
 * two such references to a column of one name: each operand is bound to the one column of its side,
 * the first operand on the left when it can be.
 */
import type { Expr } from '../ast';
import type { Attribute } from '../logical';
import { isDataFrameQualifier, resolveColumn } from './scope';

/** A column reference's matches in `attrs`: its index when unique, 'many', or null. */
function lookup(attrs: readonly Attribute[], parts: string[]): number | 'many' | null {
  try {
    const m = resolveColumn(attrs, parts);
    return m && m.fields.length === 0 ? m.index : null;
  } catch {
    return 'many';
  }
}

const dataFrameColumn = (e: Expr): e is Extract<Expr, { kind: 'column' }> =>
  e.kind === 'column' && e.parts.length === 2 && isDataFrameQualifier(e.parts[0]!);

/** The qualifier given to the join's input column `i` while its condition binds (unique, never in SQL text). */
const sideQualifier = (i: number) => `__join_input_${i}`;

/**
 * The condition with the equalities described above bound to their sides, and the join's input
 * attributes the binder must see (each answering to its own qualifier as well), or null when
 * there is nothing to rewrite.
 */
export function bindSelfJoinKeys(on: Expr, left: readonly Attribute[], right: readonly Attribute[]): { on: Expr; attrs: Attribute[] } | null {
  const all = [...left, ...right];
  let changed = false;
  const column = (index: number, pos: number): Expr => ({ kind: 'column', parts: [sideQualifier(index), all[index]!.name], pos });
  const rewrite = (e: Expr): Expr => {
    if (e.kind === 'binary' && e.op === 'and') {
      const l = rewrite(e.left);
      const r = rewrite(e.right);
      return l === e.left && r === e.right ? e : { ...e, left: l, right: r };
    }
    if (e.kind !== 'binary' || (e.op !== '=' && e.op !== '<=>') || !dataFrameColumn(e.left) || !dataFrameColumn(e.right)) return e;
    const x = e.left.parts;
    const y = e.right.parts;
    // Spark's operands are one attribute (the same name); and only a condition the plain resolution
    // cannot bind changes: some operand matches on both sides.
    if (x[1]!.toLowerCase() !== y[1]!.toLowerCase()) return e;
    if (lookup(all, x) !== 'many' && lookup(all, y) !== 'many') return e;
    for (const [a, b] of [[x, y], [y, x]] as const) {
      const l = lookup(left, a);
      const r = lookup(right, b);
      if (typeof l === 'number' && typeof r === 'number') {
        changed = true;
        const [li, ri] = a === x ? [l, left.length + r] : [left.length + r, l];
        return { ...e, left: column(li, e.left.pos), right: column(ri, e.right.pos) };
      }
    }
    return e;
  };
  const out = rewrite(on);
  if (!changed) return null;
  return { on: out, attrs: all.map((a, i) => ({ ...a, alsoQualifiers: [...(a.alsoQualifiers ?? []), [sideQualifier(i)]] })) };
}
