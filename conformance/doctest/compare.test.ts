import { describe, expect, it } from 'vitest';
import { exceptionLine, exceptionMatches, outputMatches } from './compare';

const plain = { ellipsis: false, normalizeWhitespace: false };
const both = { ellipsis: true, normalizeWhitespace: true };

describe('doctest output comparison', () => {
  it('compares exactly without flags', () => {
    expect(outputMatches('[1, 2]', '[1, 2]\n', plain)).toBe(true);
    expect(outputMatches('[1, 2]', '[1,  2]', plain)).toBe(false);
  });

  it('normalizes whitespace and matches ellipses when asked', () => {
    expect(outputMatches('[1,\n 2]', '[1, 2]', both)).toBe(true);
    expect(outputMatches('Accumulator<id=..., value=0>', 'Accumulator<id=3, value=0>', both)).toBe(true);
    expect(outputMatches('a...b...c', 'axxbyyc', both)).toBe(true);
    expect(outputMatches('a...b...c', 'axxcyyb', both)).toBe(false);
    expect(outputMatches('ab...ba', 'aba', both)).toBe(false);
  });

  it('treats <BLANKLINE> as an empty line', () => {
    expect(outputMatches('a\n<BLANKLINE>\nb', 'a\n\nb', plain)).toBe(true);
  });

  it('compares only the last line of a traceback', () => {
    const want = 'Traceback (most recent call last):\n  ...\nValueError: bad';
    expect(exceptionLine(want)).toBe('ValueError: bad');
    expect(exceptionMatches(want, 'Traceback (most recent call last):\n  File "x", line 1\n    f()\nValueError: bad', plain)).toBe(true);
    expect(exceptionMatches(want, 'TypeError: bad', plain)).toBe(false);
  });
});
