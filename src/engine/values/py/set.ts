/** set and frozenset: a token → original key map (see key-index.ts). */
import { T, setClassType } from './core';
import { KeyIndex } from './key-index';

export class PySet {
  readonly m = new Map<unknown, unknown>();
  readonly idx = new KeyIndex();

  constructor(items?: Iterable<unknown>) {
    if (items) for (const x of items) this.add(x);
  }

  get size(): number {
    return this.m.size;
  }

  has(k: unknown): boolean {
    const t = this.idx.find(k);
    return t !== undefined && this.m.has(t);
  }

  add(k: unknown): void {
    const t = this.idx.find(k);
    if (t !== undefined && this.m.has(t)) return;
    const tok = t === undefined ? this.idx.intern(k) : t;
    this.m.set(tok, k);
  }

  delete(k: unknown): boolean {
    const t = this.idx.find(k);
    if (t === undefined || !this.m.has(t)) return false;
    this.m.delete(t);
    this.idx.forget(t);
    return true;
  }

  clear(): void {
    this.m.clear();
    this.idx.clear();
  }

  values(): IterableIterator<unknown> {
    return this.m.values();
  }

  toArray(): unknown[] {
    return [...this.m.values()];
  }
}
setClassType(PySet, T.set);

export class PyFrozenSet extends PySet {}
setClassType(PyFrozenSet, T.frozenset);
