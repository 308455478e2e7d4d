/** spark.read.json without a schema: Spark 3.5's inference, merging and parse modes. */
import { describe, expect, it } from 'vitest';
import { readJsonTexts } from './json';
import { simpleString, structType, Decimal } from '../types';
import type { StructField } from '../types';

const schema = (fields: StructField[]) => simpleString(structType(fields));

describe('JSON inference', () => {
  it('keeps 1 and 1.0 apart, sorts fields, widens long and double, and makes big integers decimal', () => {
    const r = readJsonTexts(['{"b": 1, "a": 1.0}\n{"b": 2.5, "a": 2}\n{"c": 123456789012345678901234, "d": true}']);
    expect(schema(r.fields)).toBe('struct<a:double,b:double,c:decimal(24,0),d:boolean>');
    expect(r.rows).toEqual([[1, 1, null, null], [2, 2.5, null, null], [null, null, new Decimal(123456789012345678901234n, 0), true]]);
  });

  it('reads longs exactly, NaN and Infinity as doubles, and single-quoted strings', () => {
    const r = readJsonTexts(["{'a': 9007199254740993, 'x': NaN}\n{\"a\": -1, \"x\": -Infinity}"]);
    expect(schema(r.fields)).toBe('struct<a:bigint,x:double>');
    expect(r.rows[0]![0]).toBe(9007199254740993n);
    expect(Number.isNaN(r.rows[0]![1])).toBe(true);
    expect(r.rows[1]).toEqual([-1n, -Infinity]);
  });

  it('falls back to string for conflicting types, writing other values back as compact JSON', () => {
    const r = readJsonTexts(['{"a": "x"}\n{"a": 1.50}\n{"a": {"k": [1, true, null]}}\n{"a": null}']);
    expect(schema(r.fields)).toBe('struct<a:string>');
    // Spark 3.5 writes a non-string token back through Jackson's generator: 1.50 goes through a double (1.5).
    expect(r.rows).toEqual([['x'], ['1.5'], ['{"k":[1,true,null]}'], [null]]);
  });

  it('merges nested structs and arrays, turns null-only fields into strings and drops empty structs', () => {
    const r = readJsonTexts(['{"s": {"p": 1}, "arr": [1, 2], "n": null, "e": {}}\n{"s": {"q": "z"}, "arr": [3.5], "ea": [{}]}']);
    expect(schema(r.fields)).toBe('struct<arr:array<double>,n:string,s:struct<p:bigint,q:string>>');
    expect(r.rows).toEqual([[[1, 2], null, [1n, null]], [[3.5], null, [null, 'z']]]);
    expect(schema(readJsonTexts(['{"n": null, "a": 1}'], { dropFieldIfAllNull: true }).fields)).toBe('struct<a:bigint>');
  });

  it('infers one schema over several files, a row per element of a top-level array, and whole files with multiLine', () => {
    const r = readJsonTexts(['{"a": 1}', '[{"b": "x"}, {"a": 2, "b": "y"}]']);
    expect(schema(r.fields)).toBe('struct<a:bigint,b:string>');
    expect(r.rows).toEqual([[1n, null], [null, 'x'], [2n, 'y']]);
    const m = readJsonTexts(['{\n  "a": 1,\n  "b": [1,\n 2]\n}\n'], { multiLine: true });
    expect(m.rows).toEqual([[1n, [1n, 2n]]]);
  });

  it('primitivesAsString reads every primitive as its text', () => {
    const r = readJsonTexts(['{"a": 1, "b": 1.0, "c": true, "d": [2]}'], { primitivesAsString: true });
    expect(schema(r.fields)).toBe('struct<a:string,b:string,c:string,d:array<string>>');
    expect(r.rows).toEqual([['1', '1.0', 'true', ['2']]]);
  });
});

describe('JSON parse modes', () => {
  const text = '{"a": 1}\n{"a": 2\nnot json\n{"a": 3}\n[1, 2]\n{"a": 01}\n';
  it('PERMISSIVE keeps malformed records as nulls with their text in _corrupt_record', () => {
    const r = readJsonTexts([text]);
    expect(schema(r.fields)).toBe('struct<_corrupt_record:string,a:bigint>');
    expect(r.rows).toEqual([[null, 1n], ['{"a": 2', null], ['not json', null], [null, 3n], ['[1, 2]', null], ['{"a": 01}', null]]);
    expect(readJsonTexts([text], { columnNameOfCorruptRecord: 'bad' }).fields.map((f) => f.name)).toEqual(['a', 'bad']);
  });

  it('DROPMALFORMED drops them and FAILFAST stops', () => {
    const r = readJsonTexts([text], { mode: 'DROPMALFORMED' });
    expect(schema(r.fields)).toBe('struct<a:bigint>');
    expect(r.rows).toEqual([[1n], [3n]]);
    expect(() => readJsonTexts([text], { mode: 'FAILFAST' })).toThrow('Malformed records are detected in schema inference. Parse Mode: FAILFAST.');
  });

  it('takes 10,000 malformed lines without trouble', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `{"i": ${i}}` : `{"i": ${i},,}`)).join('\n');
    const r = readJsonTexts([lines]);
    expect(r.rows.length).toBe(10_000);
    expect(r.rows.filter((row) => row[0] === null).length).toBe(3334);
    expect(readJsonTexts([lines], { mode: 'DROPMALFORMED' }).rows.length).toBe(3334);
  });
});
