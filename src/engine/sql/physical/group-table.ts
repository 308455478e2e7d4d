/**
 * Assigns a dense group id to each row of a batch from its key vectors. One key of a
 * primitive type is its own hash key (JS Map's SameValueZero already equates -0.0 with 0.0
 * and NaN with NaN, as Spark's grouping does); small non-negative ints index an array;
 * several keys or non-primitive types fall back to `hashKey` strings.
 */
import { getValue } from '../../columnar';
import type { ColumnVector } from '../../columnar';
import { hashKey } from '../../expr';
import { allValid } from './grouped-accumulators';
import type { DataType } from '../../types';

const DENSE_LIMIT = 4096;
const PRIMITIVE_KEYS = new Set(['byte', 'short', 'int', 'long', 'date', 'float', 'double', 'string', 'boolean', 'timestamp', 'timestamp_ntz']);

export class GroupTable {
  /** Each group's key values (first row's), in order of first appearance: one value per group with one key column, else an array. */
  private readonly keys: unknown[] = [];
  private readonly map = new Map<unknown, number>();
  private readonly dense = new Int32Array(DENSE_LIMIT).fill(-1);
  private nullGroup = -1;
  /** Per string dictionary: the group of each code (-1 = not seen yet). */
  private readonly dictGroups = new Map<readonly string[], Int32Array>();
  /**
   * The first dictionary seen, while it is the only source of string keys: its codes get
   * groups without a map entry each (entries are distinct). Any other source first copies
   * its groups into `map` (`syncMap`).
   */
  private soleDict: readonly string[] | null = null;
  /** The code of each group while every group came from the sole dictionary (-1: the null group). */
  private soleCodes: number[] = [];
  private gids: Int32Array = new Int32Array(0);
  private readonly direct: boolean;

  constructor(private readonly types: readonly DataType[]) {
    this.direct = types.length === 1 && PRIMITIVE_KEYS.has(types[0]!.kind);
    if (types.length === 0) this.keys.push([]);
  }

  /** Writes group `g`'s key values into `row[0..keys)`. */
  writeKey(g: number, row: unknown[]): void {
    if (this.types.length === 1) row[0] = this.keys[g];
    else {
      const k = this.keys[g] as unknown[];
      for (let j = 0; j < k.length; j++) row[j] = k[j];
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** A new group with key `key` (the value itself for one key column, else the array of values). */
  private add(key: unknown): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }

  /** Group ids of rows 0..n-1 (valid until the next call). */
  assign(vecs: readonly ColumnVector[], n: number): Int32Array {
    if (this.gids.length < n) this.gids = new Int32Array(n);
    const gids = this.gids;
    if (vecs.length === 0) {
      gids.fill(0, 0, n);
      return gids;
    }
    const v = vecs[0]!;
    if (this.direct && v.kind === 'int32') {
      const { values, validity } = v;
      if (allValid(validity, n)) {
        const dense = this.dense;
        for (let i = 0; i < n; i++) {
          const x = values[i]!;
          if (x >= 0 && x < DENSE_LIMIT) {
            let g = dense[x]!;
            if (g < 0) dense[x] = g = this.add(x);
            gids[i] = g;
          } else gids[i] = this.lookup(x);
        }
        return gids;
      }
      for (let i = 0; i < n; i++) {
        if (!((validity[i >> 3]! >> (i & 7)) & 1)) {
          gids[i] = this.nullGroup >= 0 ? this.nullGroup : (this.nullGroup = this.add(null));
          continue;
        }
        const x = values[i]!;
        if (x >= 0 && x < DENSE_LIMIT) {
          let g = this.dense[x]!;
          if (g < 0) this.dense[x] = g = this.add(x);
          gids[i] = g;
        } else gids[i] = this.lookup(x);
      }
      return gids;
    }
    if (this.direct && v.kind === 'object' && v.dictionary) {
      const { entries, codes } = v.dictionary;
      let groups = this.dictGroups.get(entries);
      if (!groups) {
        if (this.dictGroups.size === 0 && this.map.size === 0) this.soleDict = entries;
        else this.syncMap();
        this.dictGroups.set(entries, (groups = new Int32Array(entries.length).fill(-1)));
      }
      if (this.soleDict === entries) {
        for (let i = 0; i < n; i++) {
          const code = codes[i]!;
          if (code < 0) {
            if (this.nullGroup < 0) {
              this.soleCodes.push(-1);
              this.nullGroup = this.add(null);
            }
            gids[i] = this.nullGroup;
            continue;
          }
          let g = groups[code]!;
          if (g < 0) {
            this.soleCodes.push(code);
            groups[code] = g = this.add(entries[code]!);
          }
          gids[i] = g;
        }
        return gids;
      }
      for (let i = 0; i < n; i++) {
        const code = codes[i]!;
        if (code < 0) {
          gids[i] = this.nullGroup >= 0 ? this.nullGroup : (this.nullGroup = this.add(null));
          continue;
        }
        let g = groups[code]!;
        // Through the value map once per distinct string, so batches without a dictionary agree.
        if (g < 0) groups[code] = g = this.lookup(entries[code]!);
        gids[i] = g;
      }
      return gids;
    }
    if (this.direct) {
      for (let i = 0; i < n; i++) {
        const x = getValue(v, i);
        gids[i] = x === null ? (this.nullGroup >= 0 ? this.nullGroup : (this.nullGroup = this.add(null))) : this.lookup(x);
      }
      return gids;
    }
    const types = this.types;
    const row = new Array<unknown>(vecs.length);
    for (let i = 0; i < n; i++) {
      let k = '';
      for (let j = 0; j < vecs.length; j++) {
        const x = getValue(vecs[j]!, i);
        row[j] = x;
        k += hashKey(x, types[j]!) + '\u0003';
      }
      let g = this.map.get(k);
      // One key column keeps its value itself (a struct key is an array too: do not store the row).
      if (g === undefined) this.map.set(k, (g = this.add(vecs.length === 1 ? row[0] : row.slice())));
      gids[i] = g;
    }
    return gids;
  }

  /**
   * The one key column as codes of the dictionary every group's key came from (groups in
   * order), or null when some group did not come through it.
   */
  keyCodes(): { entries: readonly string[]; codes: Int32Array } | null {
    if (!this.soleDict || this.types.length !== 1 || this.soleCodes.length !== this.keys.length) return null;
    return { entries: this.soleDict, codes: Int32Array.from(this.soleCodes) };
  }

  /** Key column `j` of group `g`. */
  keyAt(g: number, j: number): unknown {
    return this.types.length === 1 ? this.keys[g] : (this.keys[g] as unknown[])[j];
  }

  /** Gives every group of the sole dictionary its map entry, so other sources find them. */
  private syncMap(): void {
    const entries = this.soleDict;
    if (!entries) return;
    this.soleDict = null;
    const groups = this.dictGroups.get(entries)!;
    for (let code = 0; code < groups.length; code++) if (groups[code]! >= 0) this.map.set(entries[code]!, groups[code]!);
  }

  private lookup(x: unknown): number {
    if (this.soleDict) this.syncMap();
    let g = this.map.get(x);
    if (g === undefined) this.map.set(x, (g = this.add(x)));
    return g;
  }
}
