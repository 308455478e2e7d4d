import { afterEach, describe, expect, it } from 'vitest';
import { encodeCsv, encodeJsonLines, encodeText, formatTimestampPattern, textCompression } from './text-writers';
import { Decimal, MapValue, arrayType, decimalType, field, mapType, setSessionTimeZone, structType } from '../types';
import type { DataType } from '../types';

const T = (kind: string) => ({ kind }) as DataType;
// 2016-07-26T02:45:07.123Z in microseconds.
const TS = Date.UTC(2016, 6, 26, 2, 45, 7, 123) * 1000;
const DAY = Math.floor(Date.UTC(2016, 6, 26) / 86_400_000);

afterEach(() => setSessionTimeZone('UTC'));

describe('CSV writer', () => {
  const fields = [field('id', T('int'), true), field('s', T('string'), true), field('x', T('double'), true), field('d', T('date'), true), field('t', T('timestamp'), true)];

  it('quotes what needs quoting, escapes quotes with a backslash, trims white space, writes null as empty and "" for an empty string', () => {
    const out = encodeCsv(fields, [
      [1, 'a,b', 1.0, DAY, TS],
      [2, ' say "hi" ', 1e7, null, null],
      [3, '', null, null, null],
      [4, 'two\nlines', -0.5, null, null],
    ], { header: 'true' });
    expect(out).toBe([
      'id,s,x,d,t',
      '1,"a,b",1.0,2016-07-26,2016-07-26T02:45:07.123Z',
      '2,"say \\"hi\\"",1.0E7,,',
      '3,"",,,',
      '4,"two\nlines",-0.5,,',
      '',
    ].join('\n'));
  });

  it('honours sep, quoteAll, nullValue, emptyValue, dateFormat, timestampFormat and no trimming', () => {
    const out = encodeCsv(fields, [[1, ' a ', null, DAY, TS], [2, '', 2.5, null, null]], {
      sep: ';', quoteAll: 'true', nullValue: 'NA', emptyValue: 'EMPTY', dateFormat: 'dd/MM/yyyy', timestampFormat: 'yyyy-MM-dd HH:mm', ignoreLeadingWhiteSpace: 'false', ignoreTrailingWhiteSpace: 'false',
    });
    expect(out).toBe('"1";" a ";NA;"26/07/2016";"2016-07-26 02:45"\n"2";EMPTY;"2.5";NA;NA\n');
  });

  it('refuses nested types as Spark does', () => {
    expect(() => encodeCsv([field('a', arrayType(T('int'), true), true)], [[[1]]])).toThrow(/\[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE\] The CSV datasource doesn't support the column `a` of the type "ARRAY<INT>"/);
  });
});

describe('JSON writer', () => {
  it('writes fields in schema order, leaves nulls out, prints doubles as Java does, nested values and base64 binary', () => {
    const fields = [
      field('id', T('long'), true), field('x', T('double'), true), field('s', T('string'), true),
      field('a', arrayType(T('int'), true), true), field('m', mapType(T('string'), T('int'), true), true),
      field('st', structType([field('p', T('int'), true), field('q', T('string'), true)]), true),
      field('b', T('binary'), true), field('dec', decimalType(5, 2), true), field('t', T('timestamp'), true),
    ];
    const out = encodeJsonLines(fields, [
      [1n, 1.0, 'q"\\\n\u0001é', [1, null], new MapValue(['k'], [2]), [3, null], new Uint8Array([104, 105]), new Decimal(150n, 2), TS],
      [2n, null, null, null, null, null, null, null, null],
      [3n, 1e21, 'x', [], new MapValue([], []), [null, null], null, null, null],
    ]);
    expect(out).toBe([
      '{"id":1,"x":1.0,"s":"q\\"\\\\\\n\\u0001é","a":[1,null],"m":{"k":2},"st":{"p":3},"b":"aGk=","dec":1.50,"t":"2016-07-26T02:45:07.123Z"}',
      '{"id":2}',
      '{"id":3,"x":1.0E21,"s":"x","a":[],"m":{},"st":{}}',
      '',
    ].join('\n'));
  });

  it('keeps null fields with ignoreNullFields=false', () => {
    expect(encodeJsonLines([field('a', T('int'), true), field('b', T('string'), true)], [[null, 'x']], { ignoreNullFields: 'false' })).toBe('{"a":null,"b":"x"}\n');
  });
});

describe('text writer and shared pieces', () => {
  it('writes one line per row, an empty line for null, and refuses other shapes', () => {
    expect(encodeText([field('value', T('string'), true)], [['a'], [null], ['b']])).toBe('a\n\nb\n');
    expect(() => encodeText([field('a', T('string'), true), field('b', T('string'), true)], [])).toThrow('Text data source supports only a single column, and you have 2 columns.');
    expect(() => encodeText([field('n', T('int'), true)], [])).toThrow(/The Text datasource doesn't support the column `n` of the type "INT"/);
  });

  it('prints zone offsets as X, XX and XXX do, in the session time zone', () => {
    expect(formatTimestampPattern(TS, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2016-07-26T02:45:07.123Z');
    setSessionTimeZone('Asia/Kolkata');
    expect(formatTimestampPattern(TS, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2016-07-26T08:15:07.123+05:30');
    expect(formatTimestampPattern(TS, 'HH:mm XX')).toBe('08:15 +0530');
    setSessionTimeZone('America/New_York');
    expect(formatTimestampPattern(TS, 'HH:mm X')).toBe('22:45 -04');
  });

  it('writes none, gzip and deflate, and says which codecs it lacks', () => {
    expect(textCompression({ compression: 'none' }).suffix).toBe('');
    expect(textCompression({ compression: 'uncompressed' }).suffix).toBe('');
    expect(textCompression({ compression: 'GZIP' }).suffix).toBe('.gz');
    expect(textCompression({ codec: 'deflate' }).suffix).toBe('.deflate');
    expect(() => textCompression({ compression: 'bzip2' })).toThrow("the 'bzip2' codec is not available");
    expect(() => textCompression({ compression: 'foo' })).toThrow('Codec [foo] is not available.');
  });
});
