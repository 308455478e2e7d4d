import { describe, expect, it } from 'vitest';
import { exceptionLine, exceptionMatches, outputMatches } from './compare';
import { moduleOf } from './suite';

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

  it('compares the exception text from its first unindented line, multi-line messages whole', () => {
    const want = 'Traceback (most recent call last):\n  ...\npy4j.protocol.Py4JJavaError: An error occurred\n: org.apache.spark.SparkException: Job aborted';
    expect(exceptionLine(want)).toBe('py4j.protocol.Py4JJavaError: An error occurred\n: org.apache.spark.SparkException: Job aborted');
    expect(exceptionMatches(want, 'Traceback (most recent call last):\n  File "x", line 1\npy4j.protocol.Py4JJavaError: An error occurred\n: org.apache.spark.SparkException: Job aborted\n', plain)).toBe(true);
    expect(exceptionMatches(want, 'Traceback (most recent call last):\npy4j.protocol.Py4JJavaError: other', { ...plain, ignoreExceptionDetail: true })).toBe(true);
    expect(exceptionMatches(want, 'Traceback (most recent call last):\nValueError: other', { ...plain, ignoreExceptionDetail: true })).toBe(false);
  });

  it('compares only the exception part of a traceback', () => {
    const want = 'Traceback (most recent call last):\n  ...\nValueError: bad';
    expect(exceptionLine(want)).toBe('ValueError: bad');
    expect(exceptionMatches(want, 'Traceback (most recent call last):\n  File "x", line 1\n    f()\nValueError: bad', plain)).toBe(true);
    expect(exceptionMatches(want, 'TypeError: bad', plain)).toBe(false);
  });

  it('takes an unindented ... line after the header as the stack, as doctest does', () => {
    const want = 'Traceback (most recent call last):\n...\npyspark.errors.exceptions.captured.AnalysisException: [AMBIGUOUS_REFERENCE] Reference...';
    expect(exceptionLine(want)).toBe('pyspark.errors.exceptions.captured.AnalysisException: [AMBIGUOUS_REFERENCE] Reference...');
    const got = 'Traceback (most recent call last):\n  File "x", line 1\npyspark.errors.exceptions.captured.AnalysisException: [AMBIGUOUS_REFERENCE] Reference `k` is ambiguous';
    expect(exceptionMatches(want, got, { ellipsis: true, normalizeWhitespace: true })).toBe(true);
    expect(exceptionMatches(want, got.replace('AMBIGUOUS_REFERENCE', 'UNRESOLVED_COLUMN'), { ellipsis: true, normalizeWhitespace: true })).toBe(false);
  });
});

describe('doctest ELLIPSIS at the end of the output', () => {
  it('lets a trailing ... line cover the blank line show() prints, as doctest does', () => {
    const ellipsis = { ellipsis: true, normalizeWhitespace: false };
    expect(outputMatches('+-+\n|a|\n+-+\n...', '+-+\n|a|\n+-+\n\n', ellipsis)).toBe(true);
    expect(outputMatches('+-+\n|a|\n+-+\n...', '+-+\n|b|\n+-+\n\n', ellipsis)).toBe(false);
    expect(outputMatches('+-+\n...', '+-+\n', plain)).toBe(false);
  });
});

describe('doctest module globals', () => {
  it('maps a docstring source to the module whose names doctest puts in scope', () => {
    expect(moduleOf('python/pyspark/core/rdd.py::RDD.map')).toBe('pyspark.rdd');
    expect(moduleOf('python/pyspark/accumulators.py::Accumulator')).toBe('pyspark.accumulators');
    expect(moduleOf('python/pyspark/sql/functions/builtin.py::col')).toBe('pyspark.sql.functions');
    expect(moduleOf('pyspark/rdd.py::RDD')).toBeNull();
  });
});
