import { describe, expect, it } from 'vitest';
import { IntegerType, StringType } from '../types';
import { buildVector, getValue, lazyObjectVector, lazyVector } from './vector';
import type { ColumnVector } from './vector';

describe('lazyVector', () => {
  it('builds its vector once, when values, validity or dictionary is first read', () => {
    let built = 0;
    const v = lazyVector('int32', () => {
      built++;
      return buildVector(IntegerType, 3, (i) => (i === 1 ? null : i * 10));
    });
    expect(v.kind).toBe('int32');
    expect(built).toBe(0);
    expect([0, 1, 2].map((i) => getValue(v, i))).toEqual([0, null, 20]);
    expect(built).toBe(1);
    void v.values;
    expect(built).toBe(1);
  });

  it('gives a string vector its dictionary, or none, from the built vector', () => {
    const entries = ['a', 'b'];
    const codes = Int32Array.of(1, -1, 0);
    const coded = lazyVector('object', () => lazyObjectVector(3, (out) => codes.forEach((c, i) => (out[i] = c < 0 ? null : entries[c])), { entries, codes }));
    expect((coded as { dictionary?: unknown }).dictionary).toEqual({ entries, codes });
    expect(coded.values).toEqual(['b', null, 'a']);
    const plain = lazyVector('object', () => buildVector(StringType, 2, (i) => `s${i}`));
    expect((plain as { dictionary?: unknown }).dictionary).toBeUndefined();
    expect(plain.values).toEqual(['s0', 's1']);
  });

  it('refuses a built vector of another layout', () => {
    const v: ColumnVector = lazyVector('float64', () => buildVector(IntegerType, 1, () => 1));
    expect(() => v.values).toThrow(/lazy float64 vector built as int32/);
  });
});
