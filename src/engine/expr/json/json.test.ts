/** The JSON codec: the parser against CPython's json module, Spark's conversions and modes, Jackson's generator layout. */
import { describe, expect, it } from 'vitest';
import { Decimal, MapValue, setSessionTimeZone } from '../../types';
import type { DataType, StructField } from '../../types';
import {
  JNum, JsonConversionError, JsonSyntaxError, compactJson, jsonConverter, jsonGenerator, jsonRecordReader, jsonWriteOptions, parseJson,
} from '.';
import type { JValue } from '.';
import oracle from './testdata/parse-oracle.json';

/** A JSON text with every character outside ' '..'~' escaped, as CPython's json.dumps(ensure_ascii=True) writes it. */
function asciiJson(s: string): string {
  const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
  let out = '"';
  for (const ch of s.split('')) {
    const c = ch.charCodeAt(0);
    out += named[ch] ?? (c < 0x20 || c > 0x7e ? `\\u${c.toString(16).padStart(4, '0')}` : ch);
  }
  return `${out}"`;
}

/** The oracle's canonical text of a parsed value: numbers tagged `#i:` / `#f:` with their text. */
function canon(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return asciiJson(v);
  if (v instanceof JNum) return `#${v.isInt ? 'i' : 'f'}:${v.text}`;
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  return `{${[...v].map(([k, x]) => `${asciiJson(k)}:${canon(x)}`).join(',')}}`;
}

const T = (kind: string): DataType => ({ kind } as DataType);
const f = (name: string, type: DataType | string): StructField => ({ name, type: typeof type === 'string' ? T(type) : type, nullable: true });
const struct = (...fields: StructField[]): DataType => ({ kind: 'struct', fields } as DataType);

describe('parseJson against CPython', () => {
  const cases = oracle as { text: string; value: string | null }[];
  it(`agrees on all ${cases.length} cases (values, number text, rejections)`, () => {
    const got = cases.map(({ text }) => {
      try {
        const v = parseJson(text, { allowSingleQuotes: false });
        return v === undefined ? 'blank' : canon(v);
      } catch (e) {
        if (e instanceof JsonSyntaxError) return null;
        throw e;
      }
    });
    const diffs = cases.filter((c, i) => got[i] !== c.value).map((c, i) => ({ text: c.text, want: c.value, got: got[i] }));
    expect(diffs).toEqual([]);
    // The corpus has both sides: a check that only ever accepts (or rejects) would not catch much.
    expect(cases.filter((c) => c.value === null).length).toBeGreaterThan(100);
    expect(cases.filter((c) => c.value !== null).length).toBeGreaterThan(100);
  });

  it("takes Jackson's extras when asked: single quotes, \\' in them, unquoted names, leading zeros, +INF", () => {
    expect(canon(parseJson("{'a': 'it\\'s'}")!)).toBe('{"a":"it\'s"}');
    expect(() => parseJson("{'a': 1}", { allowSingleQuotes: false })).toThrow(JsonSyntaxError);
    expect(canon(parseJson('{a_1: 1}', { allowUnquotedFieldNames: true })!)).toBe('{"a_1":#i:1}');
    expect(() => parseJson('{a: 1}')).toThrow(JsonSyntaxError);
    expect(canon(parseJson('{"a": 007, "b": -01.5}', { allowNumericLeadingZeros: true })!)).toBe('{"a":#i:7,"b":#f:-1.5}');
    expect(canon(parseJson('[+INF, -INF, +Infinity]')!)).toBe('[#f:Infinity,#f:-Infinity,#f:Infinity]');
    expect(() => parseJson('[NaN]', { allowNonNumericNumbers: false })).toThrow(JsonSyntaxError);
    expect(canon(parseJson('{"a": /* c */ 1} // end', { allowComments: true })!)).toBe('{"a":#i:1}');
    expect(parseJson(' \t\n')).toBeUndefined();
  });
});

describe('jsonConverter (JacksonParser conversions)', () => {
  const parse1 = (text: string) => (parseJson(`[${text}]`) as JValue[])[0]!;
  const c = (t: DataType | string, text: string) => jsonConverter(typeof t === 'string' ? T(t) : t)(parse1(text));

  it('keeps longs past 2^53 exact and checks the integral ranges', () => {
    expect(c('long', '9007199254740993')).toBe(9007199254740993n);
    expect(c('long', '-9223372036854775808')).toBe(-9223372036854775808n);
    expect(() => c('long', '9223372036854775808')).toThrow(JsonConversionError);
    expect(() => c('int', '2147483648')).toThrow(JsonConversionError);
    expect(c('byte', '200')).toBe(-56);
    expect(() => c('long', '1.0')).toThrow(JsonConversionError);
    expect(() => c('int', '"1"')).toThrow(JsonConversionError);
  });

  it('reads decimals from the digits as written, HALF_UP to the scale, failing past the precision', () => {
    expect(c({ kind: 'decimal', precision: 10, scale: 2 } as DataType, '1.50')).toEqual(new Decimal(150n, 2));
    expect(c({ kind: 'decimal', precision: 38, scale: 18 } as DataType, '0.1000000000000000055511151231257827')).toEqual(new Decimal(100000000000000006n, 18));
    expect(c({ kind: 'decimal', precision: 5, scale: 0 } as DataType, '2.5')).toEqual(new Decimal(3n, 0));
    expect(c({ kind: 'decimal', precision: 10, scale: 2 } as DataType, '"1,234.5"')).toEqual(new Decimal(123450n, 2));
    expect(() => c({ kind: 'decimal', precision: 3, scale: 2 } as DataType, '12.5')).toThrow(JsonConversionError);
  });

  it('doubles from any number token and the non-numeric strings; timestamps from strings and epoch seconds', () => {
    expect(c('double', '1')).toBe(1);
    expect(c('double', '"-INF"')).toBe(-Infinity);
    expect(() => c('double', '"1.5"')).toThrow(JsonConversionError);
    expect(c('float', '0.1')).toBe(Math.fround(0.1));
    setSessionTimeZone('UTC');
    expect(c('timestamp', '1469501107')).toBe(1469501107_000_000);
    expect(c('timestamp', '"2016-07-26T02:45:07.123Z"')).toBe(1469501107_123_000);
    expect(c('timestamp', '"2016-07-26T04:45:07+02:00"')).toBe(1469501107_000_000);
    expect(() => c('timestamp', '1469501107.5')).toThrow(JsonConversionError);
    expect(c('date', '"2016-07-26"')).toBe(17008);
  });

  it('a non-string token read as string is written back as Spark 3.5 does (numbers through Double.toString)', () => {
    expect(c('string', '{"k": [1, 1.50, 2.0e3, -0, NaN, "x\\ty"]}')).toBe('{"k":[1,1.5,2000.0,0,"NaN","x\\ty"]}');
    expect(compactJson(parseJson('{"a": 123456789012345678901234567890}')!)).toBe('{"a":123456789012345678901234567890}');
  });

  it('maps keep key order; a nested failure fails the whole value', () => {
    expect(c({ kind: 'map', key: T('string'), value: T('int') } as DataType, '{"b": 1, "a": null}')).toEqual(new MapValue(['b', 'a'], [1, null]));
    expect(() => c(struct(f('x', { kind: 'array', element: T('int') } as DataType)), '{"x": [1, "two"]}')).toThrow(JsonConversionError);
  });
});

describe('jsonRecordReader (FailureSafeParser modes)', () => {
  const fields = [f('id', 'long'), f('amount', { kind: 'decimal', precision: 10, scale: 2 } as DataType), f('_corrupt_record', 'string')];
  const lines = ['{"id": 9007199254740993, "amount": 12.345}', '{"id": "x", "amount": 1}', '{"id": 2, "amount": 1', '', '[{"id": 3}, {"id": 4, "amount": 0.5}]'];
  const read = (mode: string) => lines.flatMap(jsonRecordReader(fields, { mode, arrayAsRows: true }));

  it('PERMISSIVE: partial rows for fields that do not convert, nulls for malformed JSON, the text in _corrupt_record', () => {
    expect(read('PERMISSIVE')).toEqual([
      [9007199254740993n, new Decimal(1235n, 2), null],
      [null, new Decimal(100n, 2), '{"id": "x", "amount": 1}'],
      [null, null, '{"id": 2, "amount": 1'],
      [3n, null, null],
      [4n, new Decimal(50n, 2), null],
    ]);
  });

  it('DROPMALFORMED drops both kinds; FAILFAST names the first bad record', () => {
    expect(read('DROPMALFORMED')).toEqual([[9007199254740993n, new Decimal(1235n, 2), null], [3n, null, null], [4n, new Decimal(50n, 2), null]]);
    // The error shows the bad record's result row as InternalRow.toString prints it.
    expect(() => read('FAILFAST')).toThrow('[MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [null,1.00,{"id": "x", "amount": 1}].');
    expect(() => jsonRecordReader([f('x', 'double'), f('s', struct(f('d', 'double')))], { mode: 'FAILFAST' })('{"x": 1e21, "s": {"d": "no"}}'))
      .toThrow('Malformed records are detected in record parsing: [1.0E21,null].');
  });
});

describe('jsonGenerator (JacksonGenerator)', () => {
  const t = struct(
    f('s', 'string'), f('n', 'int'), f('d', 'double'), f('m', { kind: 'map', key: T('string'), value: T('long') } as DataType),
    f('a', { kind: 'array', element: T('double') } as DataType), f('dec', { kind: 'decimal', precision: 20, scale: 10 } as DataType), f('ts', 'timestamp'),
  );
  const row = ['q"\n\u0001', null, 1e7, new MapValue(['k', 'z'], [1n, null]), [NaN, 0.5], new Decimal(0n, 10), 1469501107_123_000];

  it('compact: null fields left out, map nulls written, Java number text, BigDecimal.toString, the zone offset', () => {
    setSessionTimeZone('UTC');
    const w = jsonGenerator(t, jsonWriteOptions(() => undefined));
    expect(w(row)).toBe('{"s":"q\\"\\n\\u0001","d":1.0E7,"m":{"k":1,"z":null},"a":["NaN",0.5],"dec":0E-10,"ts":"2016-07-26T02:45:07.123Z"}');
  });

  it('ignoreNullFields=false, timestampFormat and pretty', () => {
    setSessionTimeZone('UTC');
    const opts: Record<string, string> = { ignorenullfields: 'false', timestampFormat: 'dd/MM/yyyy', pretty: 'true' };
    const w = jsonGenerator(t, jsonWriteOptions((k) => opts[k] ?? opts[k.toLowerCase()]));
    expect(w(row)).toBe([
      '{',
      '  "s" : "q\\"\\n\\u0001",',
      '  "n" : null,',
      '  "d" : 1.0E7,',
      '  "m" : {',
      '    "k" : 1,',
      '    "z" : null',
      '  },',
      '  "a" : [ "NaN", 0.5 ],',
      '  "dec" : 0E-10,',
      '  "ts" : "26/07/2016"',
      '}',
    ].join('\n'));
    expect(jsonGenerator(struct(f('e', struct()), f('l', { kind: 'array', element: struct(f('x', 'int')) } as DataType)), jsonWriteOptions((k) => (k === 'pretty' ? 'true' : undefined)))([[], [[1]]]))
      .toBe('{\n  "e" : { },\n  "l" : [ {\n    "x" : 1\n  } ]\n}');
  });
});
