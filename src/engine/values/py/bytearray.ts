/**
 * bytearray: a mutable byte string. It extends PyBytes so every place that accepts a bytes-like
 * object (`instanceof PyBytes`: file.write, io.BytesIO, b''.join, the bytes methods) takes it
 * too; its Python type is `bytearray` (not a subclass of `bytes`), and it is unhashable.
 */
import { T, setClassType, typeOf } from './core';
import { PyBytes, bytesLiteral } from './bytes';
import { E, pyErr, isPyException } from './exceptions';
import { PySlice, asIndex, sliceIndices } from './slice';
import { iter, STOP } from './iter';

export class PyByteArray extends PyBytes {
  /** The live bytes: a view of the first `length` bytes of `buf`, replaced on every resize. */
  declare b: Uint8Array;
  private buf: Uint8Array;

  constructor(init: Uint8Array) {
    super(init);
    this.buf = init;
    this.b = init;
  }

  override pyRepr(): string {
    return `bytearray(${bytesLiteral(this.b, true)})`;
  }

  override pyHash(): number {
    throw pyErr('TypeError', "unhashable type: 'bytearray'");
  }

  /** Replaces bytes [start, stop) with `data` (which may alias this array). */
  splice(start: number, stop: number, data: Uint8Array): void {
    const n = this.b.length;
    const ins = data.slice();
    const len = n - (stop - start) + ins.length;
    if (len > this.buf.length) {
      const grown = new Uint8Array(Math.max(len, this.buf.length * 2, 16));
      grown.set(this.b.subarray(0, start));
      grown.set(this.b.subarray(stop), start + ins.length);
      this.buf = grown;
    } else {
      this.buf.copyWithin(start + ins.length, stop, n);
    }
    this.buf.set(ins, start);
    this.b = this.buf.subarray(0, len);
  }

  setAll(data: Uint8Array): void {
    this.splice(0, this.b.length, data);
  }
}
setClassType(PyByteArray, T.bytearray);

/** An int in range(0, 256), with CPython's errors for other values. */
export function byteValue(x: unknown): number {
  const v = asIndex(x, () => `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (v < 0 || v > 255) throw pyErr('ValueError', 'byte must be in range(0, 256)');
  return v;
}

/** The bytes of an iterable of ints (bytes-like objects directly). */
export function bytesOfIterable(x: unknown, rangeMsg = 'byte must be in range(0, 256)'): Uint8Array {
  if (x instanceof PyBytes) return x.b.slice();
  const out: number[] = [];
  const it = iter(x);
  for (let v = it.nx(); v !== STOP; v = it.nx()) {
    const n = asIndex(v, () => `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw pyErr('ValueError', rangeMsg);
    out.push(n);
  }
  return Uint8Array.from(out);
}

/** bytes(...) / bytearray(...) arguments: size, iterable of ints, bytes-like, or str + encoding. */
export function bytesFromArgs(name: 'bytes' | 'bytearray', source: unknown, encoding: unknown, errors: unknown): Uint8Array {
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw pyErr('TypeError', `${errors !== undefined && encoding === undefined ? 'errors' : 'encoding'} without a string argument`);
    return new Uint8Array(0);
  }
  if (typeof source === 'string') {
    if (encoding === undefined) throw pyErr('TypeError', 'string argument without an encoding');
    const enc = T.str.dict.get('encode') as (s: string, e: unknown, err?: unknown) => unknown;
    const r = errors === undefined ? enc(source, encoding) : enc(source, encoding, errors);
    return (r as PyBytes).b.slice();
  }
  if (encoding !== undefined) throw pyErr('TypeError', 'encoding without a string argument');
  if (errors !== undefined) throw pyErr('TypeError', 'errors without a string argument');
  if (typeOf(source) === T.float) throw pyErr('TypeError', `cannot convert 'float' object to ${name}`);
  if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean') {
    const n = asIndex(source, () => '');
    if (n < 0) throw pyErr('ValueError', 'negative count');
    return new Uint8Array(n);
  }
  if (source instanceof PyBytes) return source.b.slice();
  try {
    iter(source);
  } catch (e) {
    if (isPyException(e) && typeOf(e).isSubtype(E.TypeError)) throw pyErr('TypeError', `cannot convert '${typeOf(source).name}' object to ${name}`);
    throw e;
  }
  return bytesOfIterable(source, name === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
}

function index(ba: PyByteArray, k: unknown): number {
  const i0 = asIndex(k, () => `bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  const i = i0 < 0 ? i0 + ba.b.length : i0;
  if (i < 0 || i >= ba.b.length) throw pyErr('IndexError', 'bytearray index out of range');
  return i;
}

export function bytearrayGet(ba: PyByteArray, k: unknown): unknown {
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, ba.b.length);
    if (step === 1) return new PyByteArray(ba.b.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = ba.b[j]!;
    return new PyByteArray(out);
  }
  return ba.b[index(ba, k)];
}

export function bytearraySet(ba: PyByteArray, k: unknown, v: unknown): void {
  if (!(k instanceof PySlice)) {
    const i = index(ba, k);
    ba.b[i] = byteValue(v);
    return;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v === null) {
    throw pyErr('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  const data = bytesOfIterable(v);
  const [start, stop, step, n] = sliceIndices(k, ba.b.length);
  if (step === 1) {
    ba.splice(start, Math.max(start, stop), data);
    return;
  }
  if (data.length !== n) throw pyErr('ValueError', `attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) ba.b[j] = data[i]!;
}

export function bytearrayDel(ba: PyByteArray, k: unknown): void {
  if (!(k instanceof PySlice)) {
    const i = index(ba, k);
    ba.splice(i, i + 1, new Uint8Array(0));
    return;
  }
  const [start, stop, step, n] = sliceIndices(k, ba.b.length);
  if (step === 1) {
    ba.splice(start, Math.max(start, stop), new Uint8Array(0));
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  ba.setAll(ba.b.filter((_, i) => !drop.has(i)));
}

/** ba += x / ba *= n in place (CPython's bytearray_iconcat / irepeat). */
export function bytearrayInplace(op: string, ba: PyByteArray, x: unknown): PyByteArray | undefined {
  if (op === 'add') {
    if (!(x instanceof PyBytes)) throw pyErr('TypeError', `can't concat ${typeOf(x).name} to bytearray`);
    ba.splice(ba.b.length, ba.b.length, x.b);
    return ba;
  }
  if (op === 'mul' && (typeof x === 'number' || typeof x === 'boolean') && Number.isInteger(Number(x))) {
    ba.setAll(repeatBytes(ba.b, Number(x)));
    return ba;
  }
  return undefined;
}

export function repeatBytes(b: Uint8Array, n: number): Uint8Array {
  const times = Math.max(0, n);
  if (times * b.length > 2 ** 31) throw pyErr('MemoryError');
  const out = new Uint8Array(b.length * times);
  for (let i = 0; i < times; i++) out.set(b, i * b.length);
  return out;
}
