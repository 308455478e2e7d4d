import { describe, expect, it } from 'vitest';
import { arrayType, IntegerType, mapType, StringType, structType, field } from './data-type';
import { formatDouble, formatFloat, formatValue } from './format';
import { MapValue } from './map-value';

describe('Spark result formatting', () => {
  it('prints doubles as Java does', () => {
    expect(formatDouble(1e10)).toBe('1.0E10');
    expect(formatDouble(0.1)).toBe('0.1');
    expect(formatDouble(1e-4)).toBe('1.0E-4');
    expect(formatDouble(123.456)).toBe('123.456');
    expect(formatDouble(1234567.0)).toBe('1234567.0');
    expect(formatDouble(12345678.0)).toBe('1.2345678E7');
    expect(formatDouble(-0)).toBe('-0.0');
    expect(formatFloat(Math.fround(0.1))).toBe('0.1');
  });
  it('prints nested values the HiveResult way', () => {
    expect(formatValue(null, IntegerType)).toBe('NULL');
    expect(formatValue([1, null], arrayType(IntegerType))).toBe('[1,null]');
    expect(formatValue(new MapValue(['a'], [1]), mapType(StringType, IntegerType))).toBe('{"a":1}');
    expect(formatValue([1, 'x'], structType([field('a', IntegerType), field('b', StringType)]))).toBe('{"a":1,"b":"x"}');
  });
});
