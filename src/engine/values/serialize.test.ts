import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from './serialize';

describe('serialize', () => {
  it('round-trips the values tasks carry', () => {
    const values: unknown[] = [
      undefined, null, true, false, 0, -0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 1.5, NaN, Infinity, -Infinity,
      123456789012345678901234567890n, '', 'héllo ☃ 𝄞', [1, [2, [3]]], { a: 1, b: [true, null] },
      new Uint8Array([1, 2, 255]), new Float64Array([1.5, -2]), new Int32Array([7, -7]),
      new Map<unknown, unknown>([[1, 'one'], ['two', 2]]), new Set([1, 'x']), new Date(86400000),
    ];
    for (const v of values) expect(deserialize(serialize(v))).toEqual(v);
    expect(Object.is(deserialize(serialize(-0)), -0)).toBe(true);
    expect(Number.isNaN(deserialize(serialize(NaN)))).toBe(true);
  });

  it('grows its buffer for large values', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `s${i}`);
    expect(deserialize(serialize(big))).toEqual(big);
  });

  it('refuses class instances it has no codec for', () => {
    class Thing {}
    expect(() => serialize(new Thing())).toThrow(/cannot serialise an instance of Thing/);
    expect(() => serialize(() => 1)).toThrow(/cannot serialise a value of type function/);
  });
});
