/**
 * Serialisation codecs for the Python values that are not plain JS data, so an RDD of Python
 * values round-trips between workers exactly (ints, strs, bools, None and lists are native).
 */
import { registerCodec } from '../serialize';
import type { Reader, Writer } from '../serialize';
import { PyFloat } from './float';
import { PyTuple, tuple } from './tuple';
import { PyDict } from './dict';
import { PySet, PyFrozenSet } from './set';
import { PyRange } from './range';
import { PyBytes } from './bytes';
import { PyByteArray } from './bytearray';

registerCodec<PyFloat>({
  name: 'py.float',
  test: (v): v is PyFloat => v instanceof PyFloat,
  encode: (v, w) => w.f64(v.v),
  decode: (r) => new PyFloat(r.f64()),
});
registerCodec<PyTuple>({
  name: 'py.tuple',
  test: (v): v is PyTuple => v instanceof PyTuple,
  encode: (v, w) => {
    w.u32(v.items.length);
    for (const x of v.items) w.value(x);
  },
  decode: (r) => {
    const n = r.u32();
    const items: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) items[i] = r.value();
    return tuple(items);
  },
});
registerCodec<PyDict>({
  name: 'py.dict',
  test: (v): v is PyDict => v instanceof PyDict,
  encode: (v, w: Writer) => {
    w.u32(v.size);
    for (const [k, x] of v.entries()) {
      w.value(k);
      w.value(x);
    }
  },
  decode: (r: Reader) => {
    const n = r.u32();
    const d = new PyDict();
    for (let i = 0; i < n; i++) {
      const k = r.value();
      d.set(k, r.value());
    }
    return d;
  },
});
for (const [name, Cls] of [['py.set', PySet], ['py.frozenset', PyFrozenSet]] as const) {
  registerCodec<PySet>({
    name,
    test: (v): v is PySet => v !== null && typeof v === 'object' && v.constructor === Cls,
    encode: (v, w) => {
      w.u32(v.size);
      for (const x of v.values()) w.value(x);
    },
    decode: (r) => {
      const n = r.u32();
      const s = new Cls();
      for (let i = 0; i < n; i++) s.add(r.value());
      return s;
    },
  });
}
registerCodec<PyRange>({
  name: 'py.range',
  test: (v): v is PyRange => v instanceof PyRange,
  encode: (v, w) => {
    w.f64(v.start);
    w.f64(v.stop);
    w.f64(v.step);
  },
  decode: (r) => new PyRange(r.f64(), r.f64(), r.f64()),
});
registerCodec<PyByteArray>({
  name: 'py.bytearray',
  test: (v): v is PyByteArray => v instanceof PyByteArray,
  encode: (v, w) => w.bytes(v.b),
  decode: (r) => new PyByteArray(r.bytes().slice()),
});
registerCodec<PyBytes>({
  name: 'py.bytes',
  test: (v): v is PyBytes => v instanceof PyBytes,
  encode: (v, w) => w.bytes(v.b),
  decode: (r) => new PyBytes(r.bytes()),
});
