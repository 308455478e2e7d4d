/**
 * set and frozenset as CPython lays them out: an open-addressing table probed linearly (9 slots)
 * then by perturbation, iterated in slot order. Following CPython's table exactly makes
 * printed sets match (`{3, 1, 2}` prints `{1, 2, 3}`) for every key whose hash matches CPython's
 * (ints, floats, tuples of them).
 */
import { T, setClassType } from './core';
import { pyHash } from './hash';
import { eqHook } from './hooks';

const DUMMY = Symbol('dummy');
const EMPTY = undefined;
const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** The low 32 bits and high 32 bits of a 64-bit two's complement hash. */
function split(h: number | bigint): [number, number] {
  if (typeof h === 'number') {
    const lo = ((h % 4294967296) + 4294967296) % 4294967296;
    const hi = (Math.floor(h / 4294967296) % 4294967296 + 4294967296) % 4294967296;
    return [lo, hi];
  }
  const u = BigInt.asUintN(64, h);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

export class PySet {
  private keys: unknown[] = new Array(MINSIZE);
  private hashes: (number | bigint)[] = new Array(MINSIZE);
  private mask = MINSIZE - 1;
  private fill = 0;
  private used = 0;

  constructor(items?: Iterable<unknown>) {
    if (items) for (const x of items) this.add(x);
  }

  get size(): number {
    return this.used;
  }

  /** The slot holding k, or -1. */
  private find(k: unknown, h: number | bigint): number {
    const mask = this.mask;
    let [lo, hi] = split(h);
    let i = lo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const key = this.keys[j];
        if (key === EMPTY) return -1;
        if (key !== DUMMY && this.hashes[j] === h && (key === k || eqHook.eq(key, k))) return j;
        j++;
      } while (probes-- > 0);
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  has(k: unknown): boolean {
    return this.find(k, pyHash(k)) >= 0;
  }

  add(k: unknown): void {
    const h = pyHash(k);
    const mask = this.mask;
    let [lo, hi] = split(h);
    let i = lo & mask;
    let free = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const key = this.keys[j];
        if (key === EMPTY) {
          if (free >= 0) {
            this.keys[free] = k;
            this.hashes[free] = h;
            this.used++;
            return;
          }
          this.keys[j] = k;
          this.hashes[j] = h;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (key === DUMMY) {
          if (free < 0) free = j;
        } else if (this.hashes[j] === h && (key === k || eqHook.eq(key, k))) return;
        j++;
      } while (probes-- > 0);
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  private insertClean(k: unknown, h: number | bigint): void {
    const mask = this.mask;
    let [lo, hi] = split(h);
    let i = lo & mask;
    for (;;) {
      if (this.keys[i] === EMPTY) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === EMPTY) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
    this.keys[i] = k;
    this.hashes[i] = h;
  }

  private resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(size);
    this.hashes = new Array(size);
    this.mask = size - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== EMPTY && k !== DUMMY) this.insertClean(k, oldHashes[i]!);
    }
    this.fill = this.used;
  }

  delete(k: unknown): boolean {
    const j = this.find(k, pyHash(k));
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** Copies another set's entries as CPython's set_merge does into an empty set. */
  mergeFrom(other: PySet): void {
    if (this.used === 0 && this.fill === 0 && other.mask === this.mask) {
      this.keys = other.keys.map((k) => (k === DUMMY ? EMPTY : k));
      this.hashes = other.hashes.slice();
      this.used = other.used;
      this.fill = other.used;
      return;
    }
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== EMPTY && k !== DUMMY) this.add(k);
    }
  }

  *values(): Generator<unknown> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== EMPTY && k !== DUMMY) yield k;
    }
  }

  toArray(): unknown[] {
    const out: unknown[] = [];
    for (const k of this.keys) if (k !== EMPTY && k !== DUMMY) out.push(k);
    return out;
  }

  /** Slot-order snapshot plus a version check for iteration. */
  slotKeys(): unknown[] {
    return this.keys;
  }
}
setClassType(PySet, T.set);

export class PyFrozenSet extends PySet {}
setClassType(PyFrozenSet, T.frozenset);

export function isDummy(k: unknown): boolean {
  return k === DUMMY || k === EMPTY;
}
