/**
 * Maps Python keys to JS Map keys ("tokens") so that Python-equal keys share one entry:
 * str/int/float keys are their own token (True and 1.0 become 1), and other hashable keys are
 * found through a bucket of equal-hash keys compared with Python equality.
 */
import { PyFloat } from './float';
import { keyHash } from './hash';
import { eqHook } from './hooks';
import { PyBoxed, userDunder } from './core';

/** A subclassed builtin (class S(str)) keys like its value unless it redefines equality or hashing. */
function keyValue(k: PyBoxed): unknown {
  return userDunder(k, '__hash__') === undefined && userDunder(k, '__eq__') === undefined ? k.$v : undefined;
}

export class KeyIndex {
  /** Original keys that differ from their token (True for 1), by token. */
  orig: Map<unknown, unknown> | null = null;
  buckets: Map<number, unknown[]> | null = null;

  /** The token for k, or undefined when k is an object key not present yet. */
  find(k: unknown): unknown {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
      default:
        if (k === null) return null;
        if (k instanceof PyFloat) return Number.isSafeInteger(k.v) ? k.v : BigInt(k.v);
        if (k instanceof PyBoxed) {
          const v = keyValue(k);
          if (v !== undefined) return this.find(v);
        }
        return this.findObject(k, keyHash(k));
    }
  }

  private findObject(k: unknown, h: number): unknown {
    const bucket = this.buckets?.get(h);
    if (!bucket) return undefined;
    for (const cand of bucket) if (cand === k || eqHook.eq(cand, k)) return cand;
    return undefined;
  }

  /** The token for k, registering it when absent (the caller then inserts it). */
  intern(k: unknown): unknown {
    if (k instanceof PyBoxed) {
      const v = keyValue(k);
      if (v !== undefined) {
        const t = this.intern(v);
        this.noteOrig(t, k);
        return t;
      }
    }
    const t = this.find(k);
    if (t !== undefined) {
      if (t !== k && typeof k !== 'object') this.noteOrig(t, k);
      if (k instanceof PyFloat) this.noteOrig(t, k);
      return t;
    }
    const h = keyHash(k);
    if (!this.buckets) this.buckets = new Map();
    const b = this.buckets.get(h);
    if (b) b.push(k);
    else this.buckets.set(h, [k]);
    return k;
  }

  /** Records the original key for a primitive token, unless a key is already stored for it. */
  private noteOrig(t: unknown, k: unknown): void {
    (this.orig ??= new Map()).set(t, this.orig.get(t) ?? k);
  }

  /** Called when a token's entry is being inserted fresh (so the original key wins). */
  fresh(t: unknown, k: unknown): void {
    if (t !== k) (this.orig ??= new Map()).set(t, k);
    else this.orig?.delete(t);
  }

  forget(t: unknown): void {
    this.orig?.delete(t);
    if (typeof t === 'object' && t !== null && this.buckets) {
      const h = keyHash(t);
      const b = this.buckets.get(h);
      if (b) {
        const i = b.indexOf(t);
        if (i >= 0) b.splice(i, 1);
        if (!b.length) this.buckets.delete(h);
      }
    }
  }

  key(t: unknown): unknown {
    if (this.orig) {
      const o = this.orig.get(t);
      if (o !== undefined) return o;
    }
    return t;
  }

  clear(): void {
    this.orig = null;
    this.buckets = null;
  }
}
