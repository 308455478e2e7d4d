/**
 * The columnar CSV reader against the row reader on seeded random files: the same names,
 * types and values (as rows), across quoting, short and long records, blank lines, CR/LF
 * endings, every inferred type and the number forms the char-code parsers take or leave.
 */
import { describe, expect, it } from 'vitest';
import { batchesFromRows, batchesToRows } from '../columnar';
import { inferCsv, readCsv, readCsvWithFields } from './csv';
import { inferCsvFields, readCsvBatches, readCsvBatchesAs } from './csv-batches';
import type { CsvOptions } from './csv';

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const VALUES = ['0', '-7', '+12', '007', '123456789', '1234567890', '2147483647', '2147483648', '-2147483648', '-2147483649',
  '9007199254740993', '123456789012345', '-123456789012345', '9223372036854775807', '-9223372036854775808', '9223372036854775808',
  '000000000000000000001', '123456789012345678901234', '1.5', '-0.0', '-0', '.5', '5.', '0.1', '123456789.123456', '1234567890.1234567',
  '1e10', '1E-3', '2.5d', '3F', 'NaN', '-Infinity', 'Inf', '+Inf', '1e', '.', '+', '-', '', '""', '"1"', '"x,y"', '"a""b"',
  '2024-02-29', '2023-02-29', '2024-01-01 10:20', '2024-01-01T10:20:30', 'true', 'FALSE', 'True', 'truth', 'nan', 'inf', 'x', 'name 12',
  '١٢٣', '12a', ' 1', '0x10'];

/** Column pools of related values, so columns infer every type and not only string. */
const POOLS = [
  ['0', '-7', '+12', '007', '123456789', ''],
  ['2147483648', '-2147483649', '9007199254740993', '123456789012345', '-9223372036854775808', '12', ''],
  ['1.5', '-0.0', '.5', '5.', '0.1', '123456789.123456', '1234567890.1234567', '1e10', '2.5d', 'NaN', '-Infinity', '7', ''],
  ['true', 'FALSE', 'True', ''],
  ['2024-02-29', '2024-01-01', ''],
  ['2024-01-01 10:20', '2024-01-01T10:20:30', '2024-02-29', ''],
  ['123456789012345678901234', '1', ''],
  VALUES,
];

function randomFile(r: (n: number) => number): { text: string; o: CsvOptions } {
  const cols = 1 + r(5);
  const pools = Array.from({ length: cols }, () => POOLS[r(POOLS.length)]!);
  const eol = ['\n', '\r\n', '\r'][r(3)]!;
  const [sep, quote] = ([[',', '"'], [',', '"'], [';', "'"], ['\t', '"'], ['|', '"']] as const)[r(5)]!;
  const header = r(2) === 0;
  const lines: string[] = [];
  if (header) lines.push(pools.map((_, i) => (r(5) === 0 ? '' : `c${i % 3}`)).join(sep));
  const n = r(12);
  for (let k = 0; k < n; k++) {
    if (r(15) === 0) { lines.push(''); continue; }
    const width = r(8) === 0 ? r(cols + 2) : cols;
    lines.push(Array.from({ length: width }, (_, i) => { const p = pools[i % cols]!; return p[r(p.length)]!; }).join(sep));
  }
  const text = lines.join(eol) + (r(2) ? eol : '');
  return { text, o: { header, inferSchema: r(5) !== 0, sep, quote } };
}

const show = (rows: unknown[][]) => rows.map((row) => row.map((v) => (Object.is(v, -0) ? '-0' : typeof v === 'bigint' ? `${v}n` : v)));

describe('readCsvBatches against readCsv', () => {
  it('gives the same schema and values on random files', () => {
    const r = rng(17);
    for (let k = 0; k < 5_000; k++) {
      const { text, o } = randomFile(r);
      const want = readCsv(text, o);
      // Small batches, so files span several.
      const got = readCsvBatches(text, o, 8);
      expect(got.fields, text).toEqual(want.fields);
      // As a table holds them: an int column has no -0 once in an Int32Array.
      const table = batchesToRows(batchesFromRows(want.fields.map((f) => f.type), want.rows));
      expect(show(got.batches.flatMap((b) => batchesToRows([b]))), text).toEqual(show(table));
      expect(got.batches.every((b) => b.numRows > 0 && b.numRows <= 8)).toBe(true);
    }
  });

  it('infers the schema readCsv gives in every mode, without failing on a malformed record (FAILFAST fails when rows are parsed)', () => {
    const r = rng(23);
    let failed = 0;
    for (let k = 0; k < 3_000; k++) {
      const { text, o } = randomFile(r);
      const want = readCsv(text, o).fields;
      for (const mode of ['PERMISSIVE', 'DROPMALFORMED', 'FAILFAST']) {
        const om = { ...o, mode };
        const got = inferCsvFields(text, om);
        expect(got, JSON.stringify({ text, mode })).toEqual(want);
        // The general reader's inference (options the byte reader leaves to it) agrees too.
        expect(inferCsv(text, om), JSON.stringify({ text, mode })).toEqual(want);
        if (mode !== 'FAILFAST') continue;
        // Parsing the same rows against that schema is where FAILFAST raises.
        try {
          readCsvWithFields(text, got, om);
        } catch (e) {
          expect(String((e as Error).message)).toMatch(/^\[MALFORMED_RECORD_IN_PARSING\.WITHOUT_SUGGESTION\] Malformed records are detected in record parsing: /);
          failed++;
        }
      }
    }
    // The random files do hold malformed records (short and long ones), so the check above ran.
    expect(failed).toBeGreaterThan(100);
  });

  it('reads a split against the data set\'s schema as the general reader does, or leaves it to it (null)', () => {
    const r = rng(29);
    let fast = 0;
    for (let k = 0; k < 3_000; k++) {
      const { text, o } = randomFile(r);
      const fields = readCsv(text, o).fields;
      // Cut at a line end, as a split is: the second part has no header.
      const ends = [...text.matchAll(/\r\n|\n|\r/g)].map((m) => m.index! + m[0].length);
      const cut = ends.length > 0 ? ends[r(ends.length)]! : text.length;
      for (const [part, header] of [[text.slice(0, cut), o.header], [text.slice(cut), false]] as const) {
        const po = { ...o, header };
        const got = readCsvBatchesAs(part, fields, po, 4);
        if (got === null) continue;
        fast++;
        const want = batchesToRows(batchesFromRows(fields.map((f) => f.type), readCsvWithFields(part, fields, po)));
        expect(show(got.flatMap((b) => batchesToRows([b]))), JSON.stringify({ part, po })).toEqual(show(want));
      }
    }
    // Most parts fit their data set's types.
    expect(fast).toBeGreaterThan(4_000);
    // Values outside a field's type, a corrupt-record column, a header to check, other options: the general reader's.
    const o: CsvOptions = { header: true, inferSchema: false, sep: ',', quote: '"' };
    const f = (name: string, kind: 'int' | 'double' | 'string') => ({ name, type: { kind }, nullable: true });
    expect(readCsvBatchesAs('a\n1.5\n', [f('a', 'int')], o)).toBeNull();
    expect(readCsvBatchesAs('a\n1\n', [f('a', 'int'), f('_corrupt_record', 'string')], o)).toBeNull();
    expect(readCsvBatchesAs('a\n1\n', [f('a', 'int')], { ...o, enforceSchema: false })).toBeNull();
    expect(readCsvBatchesAs('a\n1\n', [f('a', 'int')], { ...o, mode: 'FAILFAST' })).toBeNull();
    expect(batchesToRows(readCsvBatchesAs('a,b\n1,x\n2\n3,y,z\n', [f('a', 'double'), f('b', 'string')], o)!)).toEqual([[1, 'x'], [2, null], [3, 'y']]);
  });

  it('tokenizes escapes, quotes running past their line, blank and white-space lines as the general reader does', () => {
    // Fields where the byte reader's escape, multiLine and blank-line handling matter.
    const PIECES = ['"a\\"b"', '"x\\\\"', '"q\\"', '"multi\nline"', '"cr\r\nlf"', '"\\\\\\""', 'a\\b', '"', '"open', '""', '"a""b"',
      '"t"ail', 'x"y', '1', '2.5', 'true', '2024-01-02', '', ' ', '\t', '\\', '"\\', 'é'];
    const r = rng(41);
    for (let k = 0; k < 5_000; k++) {
      const cols = 1 + r(4);
      const eol = ['\n', '\r\n', '\r'][r(3)]!;
      const lines: string[] = [];
      const n = 1 + r(8);
      for (let i = 0; i < n; i++) {
        if (r(8) === 0) { lines.push([' ', '', '\t ', '  '][r(4)]!); continue; }
        const width = r(6) === 0 ? 1 + r(cols + 1) : cols;
        lines.push(Array.from({ length: width }, () => PIECES[r(PIECES.length)]!).join(','));
      }
      const text = lines.join(eol) + (r(2) ? eol : '');
      const o: CsvOptions = { header: r(2) === 0, inferSchema: r(4) !== 0, sep: ',', quote: '"', multiLine: r(2) === 0, ...(r(6) === 0 ? { escape: '' } : {}) };
      const want = readCsv(text, o);
      const got = readCsvBatches(text, o, 4);
      const ctx = JSON.stringify({ text, o });
      expect(got.fields, ctx).toEqual(want.fields);
      const table = batchesToRows(batchesFromRows(want.fields.map((f) => f.type), want.rows));
      expect(show(got.batches.flatMap((b) => batchesToRows([b]))), ctx).toEqual(show(table));
    }
  });

  it('reads UTF-8 bytes (a byte order mark skipped) as the decoded text', () => {
    const r = rng(29);
    const enc = new TextEncoder();
    for (let k = 0; k < 3_000; k++) {
      const { text, o } = randomFile(r);
      const want = readCsv(text, o);
      const bytes = enc.encode(text);
      const withBom = new Uint8Array(bytes.length + 3);
      withBom.set([0xef, 0xbb, 0xbf]);
      withBom.set(bytes, 3);
      const table = show(batchesToRows(batchesFromRows(want.fields.map((f) => f.type), want.rows)));
      for (const input of [bytes, withBom]) {
        const got = readCsvBatches(input, o, 8);
        expect(got.fields, text).toEqual(want.fields);
        expect(show(got.batches.flatMap((b) => batchesToRows([b]))), text).toEqual(table);
      }
    }
  });

  it('dictionary-encodes repeated strings across batches, quoted or not, and gives up on a column of distinct values', () => {
    const lines = ['k,u'];
    for (let i = 0; i < 100_000; i++) lines.push(`${i % 3 === 0 ? '"a""b"' : i % 3 === 1 ? 'a"b' : 'é,'.slice(0, 1)},u${i}`);
    const { fields, batches } = readCsvBatches(new TextEncoder().encode(lines.join('\n')), { header: true, inferSchema: true, sep: ',', quote: '"' });
    expect(fields.map((f) => f.type.kind)).toEqual(['string', 'string']);
    const k = batches.map((b) => b.columns[0]!);
    expect(k.every((v) => v.kind === 'object' && v.dictionary?.entries.length === 2)).toBe(true);
    const rows = batchesToRows(batches);
    expect(rows.slice(0, 3)).toEqual([['a"b', 'u0'], ['a"b', 'u1'], ['é', 'u2']]);
    expect(rows[99_999]).toEqual(['a"b', 'u99999']);
    // The second column is all distinct: it ends in plain strings, each value still right.
    expect((batches.at(-1)!.columns[1] as { dictionary?: unknown }).dictionary).toBeUndefined();
    expect(rows.every((row, i) => row[1] === `u${i}`)).toBe(true);
  });

  it('reads quoted values as readCsv does, sliced from the text when nothing in them is unescaped', () => {
    const ascii = ['"plain"', '"x,y"', '"a""b"', '"a"b', '"say \\"hi\\""', '"back\\\\"', '"open', '""', '"a\r\nb"', '"q"x"y"',
      // Repeats, and a value of the same length after them.
      '"a""c"', '"a""c"', '"a""d"'];
    // An ASCII file (slices of its text) and one with a wider char (decoded values).
    for (const [quoted, multiLine] of [[ascii, false], [ascii, true], [[...ascii, '"é,"'], false], [[...ascii, '"é,"'], true]] as const) {
      const lines = ['id,v'];
      for (let i = 0; i < 40; i++) lines.push(`${i},${quoted[i % quoted.length]}`);
      const text = lines.join('\n');
      const o = { header: true, inferSchema: true, sep: ',', quote: '"', multiLine };
      const want = readCsv(text, o);
      for (const input of [text, new TextEncoder().encode(text)]) {
        // Four batches of 10 or fewer rows: the plain-string path (no dictionary), then the dictionary one.
        for (const batchRows of [64, 10]) {
          const got = readCsvBatches(input, o, batchRows);
          expect(got.fields).toEqual(want.fields);
          expect(batchesToRows(got.batches)).toEqual(batchesToRows(batchesFromRows(want.fields.map((f) => f.type), want.rows)));
        }
      }
    }
  });

  it('gives up a dictionary early on a column mostly of new values, and keeps one for a few thousand repeated values', () => {
    // Column m: four in five values new (1 row in 5 repeats one quoted value); column r: 2,000 values drawn in turn.
    const lines = ['m,r'];
    for (let i = 0; i < 100_000; i++) lines.push(`${i % 5 === 0 ? '"x ""y"""' : `note ${i}`},r${(i * 7919) % 2000}`);
    const { batches } = readCsvBatches(new TextEncoder().encode(lines.join('\r\n')), { header: true, inferSchema: true, sep: ',', quote: '"' });
    const dictOf = (b: (typeof batches)[number], c: number) => (b.columns[c] as { dictionary?: { entries: string[] } }).dictionary;
    // Past 4,096 values, more than three in four new ends the dictionary (not only past 65,536).
    expect(batches.slice(1).every((b) => dictOf(b, 0) === undefined)).toBe(true);
    expect(batches.every((b) => dictOf(b, 1)?.entries.length === 2000)).toBe(true);
    const rows = batchesToRows(batches);
    expect(rows.every((row, i) => row[0] === (i % 5 === 0 ? 'x "y"' : `note ${i}`) && row[1] === `r${(i * 7919) % 2000}`)).toBe(true);
  });

  it('converts a column when it is first read, to the same values and codes whichever batch is read first', () => {
    const lines = ['id,k,x,name'];
    for (let i = 0; i < 30_000; i++) lines.push(`${i},${['a', 'b', '"c,d"'][(i * 7) % 3]},${i % 11 === 0 ? '' : (i / 8).toString()},n${i}`);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const o = { header: true, inferSchema: true, sep: ',', quote: '"' };
    const forward = readCsvBatches(bytes, o, 1000);
    const backward = readCsvBatches(bytes, o, 1000);
    const rowsF = forward.batches.map((b) => batchesToRows([b]));
    const rowsB = [...backward.batches].reverse().map((b) => batchesToRows([b])).reverse();
    expect(rowsB).toEqual(rowsF);
    expect(rowsF[29]!.at(-1)).toEqual([29_999, 'c,d', 29_999 / 8, 'n29999']);
    const codes = (r: typeof forward) => r.batches.map((b) => [...(b.columns[1] as { dictionary?: { codes: Int32Array } }).dictionary!.codes]);
    expect(codes(backward)).toEqual(codes(forward));
  });

  it('reads numbers the same when the separator is a digit, sign or dot', () => {
    for (const sep of ['-', '+', '.', '5', '0']) {
      const rows = [['12', '-3', '4.5', ''], ['7', '8', '9', '1.25'], ['', '+6', '.5', '2024-01-02']];
      const text = rows.map((r) => r.join(sep)).join('\n');
      for (const header of [false, true]) {
        const o = { header, inferSchema: true, sep, quote: '"' };
        const want = readCsv(text, o);
        const got = readCsvBatches(text, o);
        expect(got.fields, sep).toEqual(want.fields);
        expect(show(batchesToRows(got.batches)), sep).toEqual(show(batchesToRows(batchesFromRows(want.fields.map((f) => f.type), want.rows))));
      }
    }
  });

  it('falls back to the general reader for other separators and quotes', () => {
    const text = 'a::b\n1::x\n2::\'y::z\'\n';
    const o = { header: true, inferSchema: true, sep: '::', quote: "'" };
    expect(batchesToRows(readCsvBatches(text, o).batches)).toEqual(readCsv(text, o).rows);
  });

  it('reads a million records into typed columns', () => {
    const text = `a,b,c\n${'1,x,2.5\n'.repeat(1_000_000)}`;
    const { fields, batches } = readCsvBatches(text, { header: true, inferSchema: true, sep: ',', quote: '"' });
    expect(fields.map((f) => `${f.name}:${f.type.kind}`)).toEqual(['a:int', 'b:string', 'c:double']);
    expect(batches.reduce((s, b) => s + b.numRows, 0)).toBe(1_000_000);
    expect(batches[0]!.columns.map((c) => c.kind)).toEqual(['int32', 'object', 'float64']);
  });
});
