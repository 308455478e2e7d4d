/**
 * The columnar probe of an inner equi-join: the build side (right rows) is hashed once;
 * each left batch's key vectors are looked up and the output batch is the left columns
 * gathered by matching row plus the right columns gathered by matched build row, in the
 * row join's order (left rows in order, each with its matches in build order).
 */
import { batchFromRows, batchesFromRows, gatherVector, getValue, layoutOf } from '../../columnar';
import type { ColumnBatch, ColumnVector } from '../../columnar';
import { compile, compileVector, hashKey, rowKey } from '../../expr';
import type { BoundExpr, Env, Row } from '../../expr';
import type { DataType } from '../../types';
import { UNREAD } from './exec';
import { DenseIntIndex, PairMultiMap } from './int-hash';
import type { KeyIndex } from './int-hash';

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
  // Dictionary-encoded, so string columns gathered from the build side stay encoded for grouping.
  const build = right.length === 0 ? batchFromRows(rightTypes, right) : batchesFromRows(rightTypes, right, Math.max(1, right.length), true)[0]!;
  const lk = leftKeys.map(compileVector);
  const layout = ktypes.length === 1 ? layoutOf(ktypes[0]!) : 'object';
  if ((layout === 'int32' || layout === 'int64' || layout === 'float64') && rightKeys[0]!.type.kind === ktypes[0]!.kind) {
    const rk0 = rk[0]!;
    const keys = right.map((r) => rk0(r, env) ?? null);
    const table = layout === 'int32' ? denseIndex(keys as (number | null)[]) ?? hashIndex(keys, layout) : hashIndex(keys, layout);
    return left.map((b) => typedProbe(b, lk[0]!(b, env), table, build, outTypes, needed)).filter((b): b is ColumnBatch => b !== null);
  }
  const table = new Map<unknown, number[]>();
  for (let i = 0; i < right.length; i++) {
    const k = keyOf(rk.map((f) => f(right[i]!, env)));
    if (k === null) continue;
    const list = table.get(k);
    if (list) list.push(i);
    else table.set(k, [i]);
  }
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

/** Scratch for one key's two words: an int is (value, 0), a long its low and high words, a double its bits. */
const WORDS = new Int32Array(2);
const BITS = new Float64Array(WORDS.buffer);

function keyWords(k: unknown, layout: 'int32' | 'int64' | 'float64'): void {
  if (layout === 'int32') {
    WORDS[0] = k as number;
    WORDS[1] = 0;
  } else if (layout === 'int64') {
    const x = k as bigint;
    WORDS[0] = Number(BigInt.asIntN(32, x));
    WORDS[1] = Number(BigInt.asIntN(32, x >> 32n));
  } else {
    // Spark normalises join keys: -0.0 joins 0.0 and every NaN joins every NaN.
    const x = k as number;
    BITS[0] = x === 0 ? 0 : x !== x ? NaN : x;
  }
}

function hashIndex(keys: readonly unknown[], layout: 'int32' | 'int64' | 'float64'): KeyIndex {
  const table = new PairMultiMap(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    keyWords(k, layout);
    table.add(WORDS[0]!, WORDS[1]!, i);
  }
  return table;
}

/** Int keys spanning a range of at most max(1024, 4 x rows) values index an array; null otherwise. */
function denseIndex(keys: readonly (number | null)[]): KeyIndex | null {
  let min = Infinity;
  let max = -Infinity;
  for (const k of keys) {
    if (k === null) continue;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  if (min === Infinity) return null;
  const range = max - min + 1;
  if (range > Math.max(1024, 4 * keys.length)) return null;
  const index = new DenseIntIndex(min, range, keys.length);
  for (let i = 0; i < keys.length; i++) if (keys[i] !== null) index.add(keys[i]!, i);
  return index;
}

let selL = new Int32Array(4096);
let selR = new Int32Array(4096);

function ensureSel(n: number): void {
  if (selL.length >= n) return;
  const cap = Math.max(n, selL.length * 2);
  const l = new Int32Array(cap);
  const r = new Int32Array(cap);
  l.set(selL);
  r.set(selR);
  selL = l;
  selR = r;
}

/** One left batch against a numeric-key build table; null when nothing matches. */
function typedProbe(b: ColumnBatch, kv: ColumnVector, table: KeyIndex, build: ColumnBatch, outTypes: readonly DataType[], needed: ReadonlySet<number> | null): ColumnBatch | null {
  const rows = b.numRows;
  if (kv.kind === 'object' || kv.kind === 'bool') throw new Error('numeric join key vector expected');
  ensureSel(rows);
  const next = table.next;
  const valid = kv.validity;
  let n = 0;
  if (table instanceof DenseIntIndex && table.unique && kv.kind === 'int32') {
    // At most one build row per key, found by one array read: no chain to follow.
    const { heads, min } = table;
    const range = heads.length;
    const xs = kv.values;
    const ls = selL;
    const rs = selR;
    for (let i = 0; i < rows; i++) {
      const s = xs[i]! - min;
      if (s < 0 || s >= range) continue;
      const r = heads[s]!;
      if (r < 0 || !((valid[i >> 3]! >> (i & 7)) & 1)) continue;
      ls[n] = i;
      rs[n++] = r;
    }
  } else {
    for (let i = 0; i < rows; i++) {
      if (!((valid[i >> 3]! >> (i & 7)) & 1)) continue;
      let r: number;
      if (kv.kind === 'int32') r = table.first(kv.values[i]!, 0);
      else {
        keyWords(kv.values[i]!, kv.kind);
        r = table.first(WORDS[0]!, WORDS[1]!);
      }
      for (; r >= 0; r = next[r]!) {
        if (n === selL.length) ensureSel(n + 1);
        selL[n] = i;
        selR[n++] = r;
      }
    }
  }
  if (n === 0) return null;
  // Every left row matched once, in order: the left columns pass through ungathered.
  const whole = n === rows && table.unique;
  const sl = selL.subarray(0, n);
  const sr = selR.subarray(0, n);
  const lw = b.columns.length;
  const take = (i: number) => !needed || needed.has(i);
  const columns = [
    ...b.columns.map((c, i) => (!take(i) ? UNREAD : whole ? c : gatherVector(c, sl, n))),
    ...build.columns.map((c, j) => (take(lw + j) ? gatherVector(c, sr, n) : UNREAD)),
  ];
  return { types: outTypes, numRows: n, columns };
}
