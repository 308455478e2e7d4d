/**
 * The columnar probe of an inner equi-join: the build side (right rows) is hashed once;
 * each left batch's key vectors are looked up and the output batch is the left columns
 * gathered by matching row plus the right columns gathered by matched build row, in the
 * row join's order (left rows in order, each with its matches in build order).
 */
import { batchFromRows, batchesFromRows, gatherVector, getValue } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { compile, compileVector, hashKey, rowKey } from '../../expr';
import type { BoundExpr, Env, Row } from '../../expr';
import type { DataType } from '../../types';
import { UNREAD } from './exec';

const OBJECT_KEYS = new Set(['decimal', 'array', 'struct', 'map', 'binary']);

export function probeInnerJoin(
  left: readonly ColumnBatch[],
  right: readonly Row[],
  leftKeys: readonly BoundExpr[],
  rightKeys: readonly BoundExpr[],
  rightTypes: readonly DataType[],
  outTypes: readonly DataType[],
  env: Env,
  needed: ReadonlySet<number> | null,
): ColumnBatch[] {
  const ktypes = leftKeys.map((k) => k.type);
  // Same keys as the row join: a primitive single key is its own Map key, others hash to strings.
  const primitive = ktypes.length === 1 && !OBJECT_KEYS.has(ktypes[0]!.kind);
  const keyOf = (vals: unknown[]): unknown => {
    if (vals.some((v) => v === null)) return null;
    if (vals.length === 1) return primitive ? vals[0] : hashKey(vals[0], ktypes[0]!);
    return rowKey(vals, ktypes);
  };
  const rk = rightKeys.map(compile);
  const table = new Map<unknown, number[]>();
  for (let i = 0; i < right.length; i++) {
    const k = keyOf(rk.map((f) => f(right[i]!, env)));
    if (k === null) continue;
    const list = table.get(k);
    if (list) list.push(i);
    else table.set(k, [i]);
  }
  // Dictionary-encoded, so string columns gathered from the build side stay encoded for grouping.
  const build = right.length === 0 ? batchFromRows(rightTypes, right) : batchesFromRows(rightTypes, right, Math.max(1, right.length), true)[0]!;
  const lk = leftKeys.map(compileVector);
  const out: ColumnBatch[] = [];
  const vals = new Array<unknown>(lk.length);
  for (const b of left) {
    const kv: ColumnVector[] = lk.map((f) => f(b, env));
    const selL: number[] = [];
    const selR: number[] = [];
    const single = primitive ? kv[0]! : null;
    for (let i = 0; i < b.numRows; i++) {
      let k: unknown;
      if (single) k = getValue(single, i);
      else {
        for (let j = 0; j < kv.length; j++) vals[j] = getValue(kv[j]!, i);
        k = keyOf(vals);
      }
      if (k === null) continue;
      const list = table.get(k);
      if (!list) continue;
      for (const r of list) {
        selL.push(i);
        selR.push(r);
      }
    }
    const n = selL.length;
    if (n === 0) continue;
    const sl = Int32Array.from(selL);
    const sr = Int32Array.from(selR);
    const lw = b.columns.length;
    const take = (i: number) => !needed || needed.has(i);
    const columns = [...b.columns.map((c, i) => (take(i) ? gatherVector(c, sl, n) : UNREAD)), ...build.columns.map((c, j) => (take(lw + j) ? gatherVector(c, sr, n) : UNREAD))];
    out.push({ types: outTypes, numRows: n, columns });
  }
  return out;
}
