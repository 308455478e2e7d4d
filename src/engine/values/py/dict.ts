/** dict: insertion-ordered, keyed by Python equality (see key-index.ts). */
import { T, setClassType } from './core';
import { KeyIndex } from './key-index';

export class PyDict {
  readonly m = new Map<unknown, unknown>();
  readonly idx = new KeyIndex();

  get size(): number {
    return this.m.size;
  }

  get(k: unknown): unknown {
    const t = this.idx.find(k);
    return t === undefined ? undefined : this.m.get(t);
  }

  has(k: unknown): boolean {
    const t = this.idx.find(k);
    return t !== undefined && this.m.has(t);
  }

  set(k: unknown, v: unknown): void {
    if (typeof k === 'string') {
      this.m.set(k, v);
      return;
    }
    const t = this.idx.find(k);
    if (t !== undefined && this.m.has(t)) {
      this.m.set(t, v);
      return;
    }
    const tok = t === undefined ? this.idx.intern(k) : t;
    this.idx.fresh(tok, k);
    this.m.set(tok, v);
  }

  /** Removes k; returns its value or undefined when absent. */
  delete(k: unknown): unknown {
    const t = this.idx.find(k);
    if (t === undefined || !this.m.has(t)) return undefined;
    const v = this.m.get(t);
    this.m.delete(t);
    this.idx.forget(t);
    return v;
  }

  clear(): void {
    this.m.clear();
    this.idx.clear();
  }

  *keys(): Generator<unknown> {
    for (const t of this.m.keys()) yield this.idx.key(t);
  }

  *entries(): Generator<[unknown, unknown]> {
    for (const [t, v] of this.m) yield [this.idx.key(t), v];
  }

  keyArray(): unknown[] {
    const out: unknown[] = [];
    for (const t of this.m.keys()) out.push(this.idx.key(t));
    return out;
  }

  copy(): PyDict {
    const d = new PyDict();
    for (const [k, v] of this.entries()) d.set(k, v);
    return d;
  }

  static from(entries: Iterable<[unknown, unknown]>): PyDict {
    const d = new PyDict();
    for (const [k, v] of entries) d.set(k, v);
    return d;
  }
}
setClassType(PyDict, T.dict);
