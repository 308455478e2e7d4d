/**
 * Open-addressing hash tables on typed arrays, for kernels whose keys are numbers: no Map,
 * no boxing, no per-entry objects. A key is two 32-bit words, so int, long (its two words)
 * and double (its bits, after Spark's -0.0/NaN normalisation) keys share one table.
 */

const EMPTY = -1;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

/** Dense ids (1, 2, ... in order of first appearance) of (a, b) pairs of int32 values; also a set of the pairs. */
export class PairIds {
  private mask: number;
  private words: Int32Array;
  /** The id at each slot (0: empty). */
  private ids: Int32Array;
  size = 0;

  constructor(capacity = 64) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.mask = cap - 1;
    this.words = new Int32Array(2 * cap);
    this.ids = new Int32Array(cap);
  }

  /** The id of (a, b), a new one when the pair was not there yet. */
  id(a: number, b: number): number {
    let s = mix(a, b) & this.mask;
    const w = this.words;
    const ids = this.ids;
    for (;;) {
      const id = ids[s]!;
      if (id === 0) break;
      if (w[2 * s] === a && w[2 * s + 1] === b) return id;
      s = (s + 1) & this.mask;
    }
    const id = ++this.size;
    ids[s] = id;
    w[2 * s] = a;
    w[2 * s + 1] = b;
    if (this.size * 2 > this.mask) this.grow();
    return id;
  }

  /** Adds (a, b); true when it was not there yet. */
  add(a: number, b: number): boolean {
    const before = this.size;
    this.id(a, b);
    return this.size > before;
  }

  private grow(): void {
    const oldW = this.words;
    const oldIds = this.ids;
    const cap = oldIds.length * 2;
    this.mask = cap - 1;
    this.words = new Int32Array(2 * cap);
    this.ids = new Int32Array(cap);
    for (let s = 0; s < oldIds.length; s++) {
      const id = oldIds[s]!;
      if (id === 0) continue;
      const a = oldW[2 * s]!;
      const b = oldW[2 * s + 1]!;
      let t = mix(a, b) & this.mask;
      while (this.ids[t] !== 0) t = (t + 1) & this.mask;
      this.ids[t] = id;
      this.words[2 * t] = a;
      this.words[2 * t + 1] = b;
    }
  }
}

/** Build rows by key, as the probe reads them: `first(a, b)` then `next[row]` until EMPTY. */
export interface KeyIndex {
  readonly next: Int32Array;
  readonly unique: boolean;
  first(a: number, b: number): number;
}

/**
 * Build rows of int keys in a small range: the key minus the smallest one indexes the
 * chain heads directly, so a probe is one array read (only the first word is a key).
 */
export class DenseIntIndex implements KeyIndex {
  /** The first build row of key `min + s` at `heads[s]` (EMPTY: none). */
  readonly heads: Int32Array;
  private readonly tails: Int32Array;
  readonly next: Int32Array;
  unique = true;

  constructor(readonly min: number, range: number, rows: number) {
    this.heads = new Int32Array(range).fill(EMPTY);
    this.tails = new Int32Array(range).fill(EMPTY);
    this.next = new Int32Array(Math.max(rows, 1)).fill(EMPTY);
  }

  add(key: number, row: number): void {
    const s = key - this.min;
    if (this.heads[s] === EMPTY) this.heads[s] = row;
    else {
      this.next[this.tails[s]!] = row;
      this.unique = false;
    }
    this.tails[s] = row;
  }

  first(a: number): number {
    const s = a - this.min;
    return s >= 0 && s < this.heads.length ? this.heads[s]! : EMPTY;
  }
}

/**
 * Rows of a join's build side by key: `first(a, b)` is the first build row with that key
 * and `next[row]` the following one (EMPTY ends the chain), in build order.
 */
export class PairMultiMap implements KeyIndex {
  private mask: number;
  private words: Int32Array;
  private heads: Int32Array;
  private tails: Int32Array;
  readonly next: Int32Array;
  /** True when no key has more than one row. */
  unique = true;
  private size = 0;

  constructor(rows: number) {
    let cap = 16;
    while (cap < rows * 2) cap *= 2;
    this.mask = cap - 1;
    this.words = new Int32Array(2 * cap);
    this.heads = new Int32Array(cap).fill(EMPTY);
    this.tails = new Int32Array(cap).fill(EMPTY);
    this.next = new Int32Array(Math.max(rows, 1)).fill(EMPTY);
  }

  /** Appends build row `row` (rows are added in increasing order) under key (a, b). */
  add(a: number, b: number, row: number): void {
    let s = mix(a, b) & this.mask;
    const w = this.words;
    while (this.heads[s] !== EMPTY) {
      if (w[2 * s] === a && w[2 * s + 1] === b) {
        this.next[this.tails[s]!] = row;
        this.tails[s] = row;
        this.unique = false;
        return;
      }
      s = (s + 1) & this.mask;
    }
    w[2 * s] = a;
    w[2 * s + 1] = b;
    this.heads[s] = row;
    this.tails[s] = row;
    this.size++;
  }

  /** The first build row of key (a, b), or EMPTY (-1). */
  first(a: number, b: number): number {
    let s = mix(a, b) & this.mask;
    const w = this.words;
    const heads = this.heads;
    for (;;) {
      const h = heads[s]!;
      if (h === EMPTY) return EMPTY;
      if (w[2 * s] === a && w[2 * s + 1] === b) return h;
      s = (s + 1) & this.mask;
    }
  }
}
