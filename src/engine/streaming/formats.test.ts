/** Reading with a user schema: JSON/CSV conversions and the parse modes for malformed records. */
import { describe, expect, it } from 'vitest';
import { readWithSchema } from './formats';
import type { StructField } from '../types';

const f = (name: string, kind: string): StructField => ({ name, type: { kind } as StructField['type'], nullable: true });
const TEXT = '{"time": 1469501107, "action": "Open"}\n{"time": "oops", "action": "Close"}\n{broken\n{"action": "Close"}\n';

describe('readWithSchema', () => {
  it('JSON: numbers as epoch seconds for timestamps, missing fields null; PERMISSIVE keeps malformed records as nulls', () => {
    const fields = [f('time', 'timestamp'), f('action', 'string'), f('_corrupt_record', 'string')];
    // A top-level field that does not convert is null and the record's other fields stay (JacksonParser's partial result at the root, SPARK-33134).
    expect(readWithSchema('json', TEXT, fields)).toEqual([
      [1469501107_000_000, 'Open', null],
      [null, 'Close', '{"time": "oops", "action": "Close"}'],
      [null, null, '{broken'],
      [null, 'Close', null],
    ]);
  });

  it('JSON: DROPMALFORMED drops them, FAILFAST stops with Spark\'s message', () => {
    const fields = [f('time', 'timestamp'), f('action', 'string')];
    expect(readWithSchema('json', TEXT, fields, { mode: 'DROPMALFORMED' })).toEqual([[1469501107_000_000, 'Open'], [null, 'Close']]);
    expect(() => readWithSchema('json', TEXT, fields, { mode: 'FAILFAST' })).toThrow(
      // The error shows the record's result row (InternalRow.toString): the partial result of {"time": "oops", "action": "Close"}.
      /^\[MALFORMED_RECORD_IN_PARSING\.WITHOUT_SUGGESTION\] Malformed records are detected in record parsing: \[null,Close\]\.\nParse Mode: FAILFAST\./,
    );
  });

  it('JSON: integer ranges, doubles, booleans, nested structs and arrays; non-string values read as string keep their JSON text', () => {
    const fields = [f('i', 'int'), f('d', 'double'), f('b', 'boolean'), f('s', 'string'), { name: 'st', type: { kind: 'struct', fields: [f('x', 'long')] }, nullable: true } as StructField, { name: 'a', type: { kind: 'array', element: { kind: 'int' }, containsNull: true }, nullable: true } as StructField];
    expect(readWithSchema('json', '{"i": 7, "d": 1, "b": true, "s": {"k": 1}, "st": {"x": 5}, "a": [1, 2]}\n{"i": 3000000000}\n', fields, { mode: 'DROPMALFORMED' }))
      .toEqual([[7, 1, true, '{"k":1}', [5n], [1, 2]]]);
  });

  it('CSV with a header and typed columns; text as one value per line', () => {
    expect(readWithSchema('csv', 'n,name\n1,a\nx,b\n', [f('n', 'int'), f('name', 'string')], { header: true, mode: 'DROPMALFORMED' })).toEqual([[1, 'a']]);
    expect(readWithSchema('text', 'one\ntwo\n', [f('value', 'string')])).toEqual([['one'], ['two']]);
  });
});
