/**
 * The engine-side ML helpers: Spark's HashingTF term indices (values from PySpark's HashingTF
 * and FeatureHasher doctests), VectorAssembler's assembly and handleInvalid modes, column
 * statistics and the affine scaling on engine rows.
 */
import { describe, expect, it } from 'vitest';
import { createSqlSession } from '../catalog';
import { DoubleType, VectorUDT, field } from '../types';
import { InvalidAssemblyError, affineVectors, assembleVectors, denseVector, frameRows, sparseVector, vectorStats, vectorToArray } from './frame';
import { termIndex } from './hashing';

describe('HashingTF term index (murmur3 x86_32, seed 42, Spark 3)', () => {
  it('gives the indices PySpark documents', () => {
    expect(['a', 'b', 'c'].map((t) => termIndex(t, 10)).sort()).toEqual([5, 7, 8]);
    expect(termIndex('b', 10)).toBe(5);
    expect(['a', 'b', 'c'].map((t) => termIndex(t, 5)).sort()).toEqual([0, 2, 3]);
    // FeatureHasher's doctest: the string/bool columns hash "col=value" into 2^18 features.
    expect(termIndex('real', 1 << 18)).toBe(174475);
    expect(termIndex('real=2.0', 1 << 18)).toBe(171257);
  });
});

describe('vector columns on engine rows', () => {
  const s = createSqlSession();
  s.registerView('t', [field('a', DoubleType), field('b', DoubleType), field('v', VectorUDT)], [
    [1, 0, denseVector([2, 3])],
    [0, null, sparseVector(2, [1], [4])],
    [NaN, 5, denseVector([0, 0])],
  ]);
  const col = (view: string, name: string) => {
    const f = frameRows(s, `SELECT * FROM ${view}`);
    const i = f.fields.findIndex((x) => x.name === name);
    return f.rows.map((r) => (r[i] === null ? null : Array.from(vectorToArray(r[i]))));
  };

  it('assembles numeric and vector columns, keeping NaN for nulls under "keep"', () => {
    const view = assembleVectors(s, 'SELECT * FROM t', ['a', 'b', 'v'], 'f', 'keep', [1, 1, 2], 'asm1');
    expect(col(view, 'f')).toEqual([[1, 0, 2, 3], [0, NaN, 0, 4], [NaN, 5, 0, 0]]);
  });

  it('drops rows with a null or NaN under "skip" and fails on a null under "error"', () => {
    expect(col(assembleVectors(s, 'SELECT * FROM t', ['a', 'b'], 'f', 'skip', [1, 1], 'asm2'), 'f')).toEqual([[1, 0]]);
    expect(() => assembleVectors(s, 'SELECT * FROM t', ['a', 'b'], 'f', 'error', [1, 1], 'asm3')).toThrow(InvalidAssemblyError);
  });

  it('stores a mostly-zero row sparse, as Spark\'s compressed', () => {
    const view = assembleVectors(s, 'SELECT * FROM t WHERE b = 5', ['v', 'v', 'v', 'b'], 'f', 'error', [2, 2, 2, 1], 'asm4');
    const f = frameRows(s, `SELECT f FROM ${view}`);
    expect(f.rows[0]![0]).toEqual([0, 7, [6], [5]]);
  });

  it('computes mean, sample variance, min and max, and scales affinely', () => {
    const st = vectorStats(s, 'SELECT * FROM t', 'v');
    expect(st.count).toBe(3);
    // Online (Welford) updates, as Spark's MultivariateOnlineSummarizer: equal up to rounding.
    expect(st.mean[0]).toBeCloseTo(2 / 3, 15);
    expect(st.mean[1]).toBeCloseTo(7 / 3, 15);
    expect(st.variance[0]).toBeCloseTo(4 / 3, 12);
    expect(Array.from(st.min)).toEqual([0, 0]);
    expect(Array.from(st.max)).toEqual([2, 4]);
    const view = affineVectors(s, 'SELECT * FROM t', 'v', 'w', null, [10, 100], null, 'aff1');
    expect(frameRows(s, `SELECT w FROM ${view}`).rows.map((r) => r[0])).toEqual([[1, null, null, [20, 300]], [0, 2, [1], [400]], [1, null, null, [0, 0]]]);
    expect(col(affineVectors(s, 'SELECT * FROM t', 'v', 'w', [1, 1], [2, 2], [0.5, 0.5], 'aff2'), 'w')).toEqual([[2.5, 4.5], [-1.5, 6.5], [-1.5, -1.5]]);
  });
});
