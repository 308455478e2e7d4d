/** Subscripting: x[i], x[a:b:c], assignment and deletion, with CPython's error messages. */
import { PyObject, PyType, typeOf } from './core';
import { PyTuple, tuple } from './tuple';
import { PyDict } from './dict';
import { PyRange } from './range';
import { pyErr } from './exceptions';
import { PySlice, asIndex, sliceArray, sliceIndices } from './slice';
import { hasSurrogates } from './strings';
import { call } from './call';
import { toArray } from './iter';
import { PyFloat } from './float';
import { PyBytes } from './bytes';
import { PyByteArray, bytearrayDel, bytearrayGet, bytearraySet } from './bytearray';

function idx(x: unknown, seqName: string): number {
  return asIndex(x, () => `${seqName} indices must be integers or slices, not ${typeOf(x).name}`);
}

function keyError(k: unknown): never {
  throw pyErr('KeyError', k);
}

export function getitem(x: unknown, k: unknown): unknown {
  if (Array.isArray(x)) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + x.length : k;
      if (i >= 0 && i < x.length) return x[i];
      throw pyErr('IndexError', 'list index out of range');
    }
    if (k instanceof PySlice) return sliceArray(x, k);
    return getitem(x, idx(k, 'list'));
  }
  if (x instanceof PyDict) {
    const v = x.get(k);
    if (v !== undefined) return v;
    return dictMissing(x, k);
  }
  if (x instanceof PyTuple) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + x.items.length : k;
      if (i >= 0 && i < x.items.length) return x.items[i];
      throw pyErr('IndexError', 'tuple index out of range');
    }
    if (k instanceof PySlice) return tuple(sliceArray(x.items, k));
    return getitem(x, idx(k, 'tuple'));
  }
  if (typeof x === 'string') {
    const s = hasSurrogates(x) ? Array.from(x) : null;
    const n = s ? s.length : x.length;
    if (k instanceof PySlice) {
      if (!s) {
        const [start, stop, step, cnt] = sliceIndices(k, n);
        if (step === 1) return x.slice(start, stop);
        let out = '';
        for (let i = 0, j = start; i < cnt; i++, j += step) out += x[j];
        return out;
      }
      return sliceArray(s, k).join('');
    }
    const i0 = asIndex(k, () => `string indices must be integers, not '${typeOf(k).name}'`);
    const i = i0 < 0 ? i0 + n : i0;
    if (i >= 0 && i < n) return s ? s[i] : x[i];
    throw pyErr('IndexError', 'string index out of range');
  }
  if (x instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, x.length);
      const first = x.at(start);
      return new PyRange(first, first + n * step * x.step, step * x.step);
    }
    const i0 = idx(k, 'range');
    const i = i0 < 0 ? i0 + x.length : i0;
    if (i >= 0 && i < x.length) return x.at(i);
    throw pyErr('IndexError', 'range object index out of range');
  }
  if (x instanceof PyBytes) {
    if (x instanceof PyByteArray) return bytearrayGet(x, k);
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray([...x.b], k)));
    const i0 = idx(k, 'byte');
    const i = i0 < 0 ? i0 + x.b.length : i0;
    if (i >= 0 && i < x.b.length) return x.b[i];
    throw pyErr('IndexError', 'index out of range');
  }
  return getitemSlow(x, k);
}

function dictMissing(d: PyDict, k: unknown): unknown {
  const missing = (d as { $missing?: (k: unknown) => unknown }).$missing;
  if (missing) return missing.call(d, k);
  if (Array.isArray(k) || k instanceof PyDict) throw pyErr('TypeError', `unhashable type: '${typeOf(k).name}'`);
  return keyError(k);
}

function getitemSlow(x: unknown, k: unknown): unknown {
  if (x instanceof PyType) {
    const cg = x.lookup('__class_getitem__');
    if (cg !== undefined) return call(cg, [x, k]);
    return x;
  }
  const t = typeOf(x);
  const f = t.lookup('__getitem__');
  if (f !== undefined && (x instanceof PyObject || typeof f === 'function')) return call(f, [x, k]);
  throw pyErr('TypeError', `'${t.name}' object is not subscriptable`);
}

export function setitem(x: unknown, k: unknown, v: unknown): void {
  if (Array.isArray(x)) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + x.length : k;
      if (i >= 0 && i < x.length) {
        x[i] = v;
        return;
      }
      throw pyErr('IndexError', 'list assignment index out of range');
    }
    if (k instanceof PySlice) {
      setSlice(x, k, v);
      return;
    }
    setitem(x, idx(k, 'list'), v);
    return;
  }
  if (x instanceof PyDict) {
    x.set(k, v);
    return;
  }
  if (x instanceof PyByteArray) {
    bytearraySet(x, k, v);
    return;
  }
  const t = typeOf(x);
  const f = t.lookup('__setitem__');
  if (f !== undefined && x instanceof PyObject) {
    call(f, [x, k, v]);
    return;
  }
  throw pyErr('TypeError', `'${t.name}' object does not support item assignment`);
}

function setSlice(x: unknown[], k: PySlice, v: unknown): void {
  const items = toArray(v);
  const [start, stop, step, n] = sliceIndices(k, x.length);
  if (step === 1) {
    x.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== n) {
    throw pyErr('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) x[j] = items[i];
}

export function delitem(x: unknown, k: unknown): void {
  if (Array.isArray(x)) {
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, x.length);
      if (step === 1) x.splice(start, Math.max(0, stop - start));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        const keep = x.filter((_, i) => !drop.has(i));
        x.length = 0;
        x.push(...keep);
      }
      return;
    }
    const i0 = idx(k, 'list');
    const i = i0 < 0 ? i0 + x.length : i0;
    if (i < 0 || i >= x.length) throw pyErr('IndexError', 'list assignment index out of range');
    x.splice(i, 1);
    return;
  }
  if (x instanceof PyDict) {
    if (x.delete(k) === undefined) keyError(k);
    return;
  }
  if (x instanceof PyByteArray) {
    bytearrayDel(x, k);
    return;
  }
  const t = typeOf(x);
  const f = t.lookup('__delitem__');
  if (f !== undefined && x instanceof PyObject) {
    call(f, [x, k]);
    return;
  }
  throw pyErr('TypeError', `'${t.name}' object doesn't support item deletion`);
}

export { PyFloat };
