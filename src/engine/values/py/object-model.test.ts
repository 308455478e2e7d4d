import { describe, expect, it } from 'vitest';
import {
  PyDict, PyFloat, PyFrozenSet, PySet, PyTuple, T, floatRepr, pyHash, repr, str, tuple, typeOf, eq, lessThan, arith, getitem,
  PyRange, PyBytes,
} from './index';
import { deserialize, serialize } from '../serialize';

describe('numbers', () => {
  it('keeps int and float apart, boxing integral floats', () => {
    expect(typeOf(2)).toBe(T.int);
    expect(typeOf(2.5)).toBe(T.float);
    expect(typeOf(new PyFloat(2))).toBe(T.float);
    expect(typeOf(2n ** 80n)).toBe(T.int);
    expect(repr(arith.add(0.5, 0.5))).toBe('1.0');
    expect(repr(arith.add(1, 1))).toBe('2');
    expect(repr(arith.mul(2 ** 40, 2 ** 40))).toBe('1208925819614629174706176');
    expect(arith.sub(2n ** 60n, 2n ** 60n - 5n)).toBe(5);
  });

  it('prints floats as CPython does', () => {
    const cases: [number, string][] = [
      [0.1 + 0.2, '0.30000000000000004'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [1.5e-5, '1.5e-05'],
      [0.0001, '0.0001'], [-0, '-0.0'], [Infinity, 'inf'], [NaN, 'nan'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'],
    ];
    for (const [v, s] of cases) expect(floatRepr(v)).toBe(s);
  });

  it('hashes numbers like CPython', () => {
    expect(pyHash(1)).toBe(1);
    expect(pyHash(new PyFloat(1))).toBe(1);
    expect(pyHash(true)).toBe(1);
    expect(pyHash(-1)).toBe(-2);
    expect(pyHash(0.5)).toBe(1152921504606846976n);
    expect(pyHash(2n ** 61n)).toBe(1);
    expect(pyHash(tuple([1, 2]))).toBe(-3550055125485641917n);
  });
});

describe('containers', () => {
  it('dict keys follow Python equality and keep the first key', () => {
    const d = new PyDict();
    d.set(1, 'a');
    d.set(true, 'b');
    d.set(new PyFloat(1), 'c');
    d.set(tuple([1, 2]), 't');
    expect(repr(d)).toBe("{1: 'c', (1, 2): 't'}");
    expect(d.get(tuple([new PyFloat(1), 2]))).toBe('t');
    expect(d.delete(true)).toBe('c');
    expect(repr(d)).toBe("{(1, 2): 't'}");
  });

  it('sets iterate in CPython table order', () => {
    expect(repr(new PySet([3, 1, 2]))).toBe('{1, 2, 3}');
    expect(repr(new PySet([8, 16, 0]))).toBe('{8, 16, 0}');
    expect(repr(new PyFrozenSet([-1, -2]))).toBe('frozenset({-1, -2})');
    const big = new PySet(Array.from({ length: 100 }, (_, i) => 99 - i));
    expect(big.toArray()).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('compares and orders sequences lexicographically', () => {
    expect(eq([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(eq(tuple([1]), [1])).toBe(false);
    expect(lessThan(tuple([1, 2]), tuple([1, 2, 0]))).toBe(true);
    expect(getitem(new PyRange(0, 10, 3), -1)).toBe(9);
  });

  it('reprs nested and self-referencing containers', () => {
    const a: unknown[] = [1, 'x'];
    a.push(a);
    expect(repr(a)).toBe("[1, 'x', [...]]");
    expect(repr(tuple([1]))).toBe('(1,)');
    expect(str("it's")).toBe("it's");
    expect(repr("it's")).toBe('"it\'s"');
    expect(repr(new PyBytes(new Uint8Array([104, 0, 39])))).toBe('b"h\\x00\'"');
  });
});

describe('serialisation', () => {
  it('round-trips Python values exactly', () => {
    const d = new PyDict();
    d.set('k', tuple([1, new PyFloat(2), 2.5, null]));
    d.set(tuple([1, 'a']), new PySet([1, 2]));
    const values: unknown[] = [
      new PyFloat(3), new PyFloat(-0), 2n ** 70n, tuple([]), tuple(['a', [1, 2]]), d, new PyFrozenSet([3]), new PyRange(0, 9, 2),
    ];
    for (const v of values) {
      const back = deserialize(serialize(v));
      expect(repr(back)).toBe(repr(v));
      expect(typeOf(back)).toBe(typeOf(v));
    }
    expect(deserialize(serialize(tuple([1]))) instanceof PyTuple).toBe(true);
  });
});
