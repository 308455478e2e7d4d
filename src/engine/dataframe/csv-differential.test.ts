/**
 * The sliced CSV reader against a character-at-a-time reference (the reader it replaced) and
 * the regex/BigInt type test, on seeded random text: quotes, doubled quotes, quote-then-text,
 * empty fields, blank lines, CR / LF / CRLF, multiline quoted fields, unicode, odd options.
 */
import { describe, expect, it } from 'vitest';
import { castFn } from '../expr';
import { parseDate, parseTimestamp } from '../types';
import type { DataType } from '../types';
import { parseCsv, readCsv } from './csv';
import { inferField } from './csv-infer';
import type { CsvOptions } from './csv';

function refParse(text: string, sep: string, quote: string): (string | null)[][] {
  const records: (string | null)[][] = [];
  let rec: (string | null)[] = [];
  let cur = '';
  let quoted = false;
  let inQuotes = false;
  const endField = () => { rec.push(cur === '' && !quoted ? null : cur); cur = ''; quoted = false; };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === quote && text[i + 1] === quote) { cur += quote; i++; } else if (c === quote) inQuotes = false;
      else cur += c;
    } else if (c === quote && cur === '') {
      inQuotes = true;
      quoted = true;
    } else if (c === sep) endField();
    else if (c === '\n' || c === '\r') {
      endField();
      records.push(rec);
      rec = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cur += c;
  }
  if (cur !== '' || quoted || rec.length > 0) { endField(); records.push(rec); }
  return records.filter((r) => !(r.length === 1 && r[0] === null));
}

function refInfer(v: string): DataType {
  if (/^[+-]?\d+$/.test(v)) {
    const n = BigInt(v);
    if (n >= -(2n ** 31n) && n < 2n ** 31n) return { kind: 'int' };
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { kind: 'long' };
    return { kind: 'decimal', precision: v.replace(/^[+-]/, '').length, scale: 0 };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$|^[+-]?(NaN|Infinity)$|^-?Inf$/.test(v)) return { kind: 'double' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v) !== null) return { kind: 'date' };
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(v) && parseTimestamp(v) !== null) return { kind: 'timestamp' };
  if (/^(true|false)$/i.test(v)) return { kind: 'boolean' };
  return { kind: 'string' };
}

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const PIECES = ['a', 'b', 'é', '日本', '😀', ' ', '"', '""', ',', ';', '\n', '\r', '\r\n', "'", '1', '-', '.', 'x"y', '\t'];

function randomText(r: (n: number) => number): string {
  let s = '';
  const len = r(40);
  for (let i = 0; i < len; i++) s += PIECES[r(PIECES.length)]!;
  return s;
}

const VALUES = ['0', '-7', '+12', '2147483647', '2147483648', '-2147483648', '-2147483649', '9223372036854775807',
  '9223372036854775808', '-9223372036854775808', '000000000000000000001', '123456789012345678901234', '1.5', '.5', '5.',
  '1e10', '1E-3', '2.5d', '3F', 'NaN', '-Infinity', 'Inf', '+Inf', '1e', 'e5', '.', '+', '-', '', '2024-02-29',
  '2023-02-29', '2024-01-01 10:20', '2024-01-01T10:20:30', '2024-13-01 10:20', '2024-1-01', 'true', 'FALSE', 'True',
  'truth', 'falſe', 'x', '١٢٣', '12a', ' 1', '1 ', '0x10', '1_000'];

function randomValue(r: (n: number) => number): string {
  if (r(3) > 0) return VALUES[r(VALUES.length)]!;
  let s = '';
  const len = 1 + r(20);
  const chars = '0123456789+-.eEdDfFTtrueals: ';
  for (let i = 0; i < len; i++) s += chars[r(chars.length)]!;
  return s;
}

describe('parseCsv against the character-at-a-time reference', () => {
  it('splits random text the same way', () => {
    const r = rng(7);
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(r);
      for (const [sep, quote] of [[',', '"'], [';', "'"], ['\t', '"']] as const) {
        expect(parseCsv(text, sep, quote), JSON.stringify({ text, sep, quote })).toEqual(refParse(text, sep, quote));
      }
    }
  });

  it('keeps the reference behaviour for options the fast path leaves alone', () => {
    const r = rng(11);
    for (let n = 0; n < 2_000; n++) {
      const text = randomText(r);
      for (const [sep, quote] of [['"', '"'], [',', ''], ['::', '"'], ['\n', '"']] as const) {
        expect(parseCsv(text, sep, quote), JSON.stringify({ text, sep, quote })).toEqual(refParse(text, sep, quote));
      }
    }
  });
});

describe('inferField against the regex / BigInt reference', () => {
  it('gives the same type for every listed and random value', () => {
    const r = rng(3);
    for (const v of VALUES) expect(inferField(v), v).toEqual(refInfer(v));
    for (let n = 0; n < 50_000; n++) {
      const v = randomValue(r);
      expect(inferField(v), v).toEqual(refInfer(v));
    }
  });
});

const RANK: Record<string, number> = { null: 0, int: 1, long: 2, decimal: 3, double: 4 };

function refMerge(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null' || a.kind === b.kind) return a;
  if (a.kind in RANK && b.kind in RANK) {
    if (a.kind === 'decimal' || b.kind === 'decimal') return (a.kind === 'double' || b.kind === 'double') ? { kind: 'double' } : (a.kind === 'decimal' ? a : b);
    return RANK[a.kind]! >= RANK[b.kind]! ? a : b;
  }
  if ((a.kind === 'date' && b.kind === 'timestamp') || (a.kind === 'timestamp' && b.kind === 'date')) return { kind: 'timestamp' };
  return { kind: 'string' };
}

function refValue(v: string | null, t: DataType): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'int': return Number(v);
    case 'long': return BigInt(v);
    case 'double': return v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : Number(v.replace(/[dDfF]$/, ''));
    case 'boolean': return v.toLowerCase() === 'true';
    case 'date': return parseDate(v);
    case 'timestamp': return parseTimestamp(v);
    case 'decimal': return castFn({ kind: 'string' }, t)(v);
    default: return v;
  }
}

/** The reader as it was before ingest was sped up: records, a reduce per column, rows. */
function refRead(text: string, header: boolean): { names: string[]; types: DataType[]; rows: unknown[][] } {
  const records = refParse(text, ',', '"');
  // The first record (header or data) fixes the width, as CSVInferSchema does.
  const width = records.length > 0 ? records[0]!.length : 0;
  const head = header ? records.shift() ?? [] : [];
  const names = Array.from({ length: header ? head.length : width }, (_, i) => (header ? head[i] ?? `_c${i}` : `_c${i}`));
  const types = names.map((_, i) => {
    const t = records.reduce<DataType>((acc, r) => refMerge(acc, r[i] === null || r[i] === undefined || r[i] === '' ? { kind: 'null' } : refInfer(r[i]!)), { kind: 'null' });
    return t.kind === 'null' ? ({ kind: 'string' } as DataType) : t;
  });
  return { names, types, rows: records.map((r) => types.map((t, i) => refValue(r[i] || null, t))) };
}

describe('readCsv with inferSchema against the reference reader', () => {
  it('names, types and converts random columns mixing values of several kinds', () => {
    const r = rng(5);
    for (let n = 0; n < 2_000; n++) {
      const kinds = Array.from({ length: 1 + r(4) }, () => Array.from({ length: 1 + r(3) }, () => VALUES[r(VALUES.length)]!));
      const lines = Array.from({ length: 1 + r(6) }, () => kinds.map((pool) => pool[r(pool.length)]!).join(','));
      const header = r(2) === 0;
      const text = `${header ? `${kinds.map((_, i) => (r(4) === 0 ? '' : `c${i}`)).join(',')}\n` : ''}${lines.join(r(2) ? '\r\n' : '\n')}`;
      const got = readCsv(text, { header, inferSchema: true, sep: ',', quote: '"' });
      const want = refRead(text, header);
      expect({ names: got.fields.map((f) => f.name), types: got.fields.map((f) => f.type), rows: got.rows }, text).toEqual(want);
    }
  });
});

describe('CSV options against DuckDB read_csv', () => {
  // Where the dialects agree: well-formed records of equal width, values quoted when they hold
  // the separator, a quote, a backslash or a line break, a quote inside escaped with backslash
  // (Spark's default escape, DuckDB's escape='\'), a null marker (nullValue / nullstr), and
  // multiLine for quoted line breaks. (A quoted empty value differs: null in Spark, '' in DuckDB.)
  it('reads the same strings and nulls from random files', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readCsvBatches } = await import('./csv-batches');
    const { batchesToRows } = await import('../columnar');
    const dir = mkdtempSync(join(tmpdir(), 'flint-csv-duck-'));
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const r = rng(23);
    // (No backslash in a value: whether univocity reads an escaped escape not before a quote as
    // one backslash or two is not settled here, and DuckDB reads one.)
    const WORDS = ['a', 'b c', 'x,y', 'say "hi"', 'two\nlines', 'é', '12', '-3.5', 'NA', 'tab\there', ';', '|', ''];
    try {
      for (let k = 0; k < 60; k++) {
        const sep = [',', ';', '|', '\t'][r(4)]!;
        const cols = 1 + r(4);
        const nullValue = r(2) === 0 ? 'NA' : '';
        const cell = (v: string): string => {
          if (v === '') return '';
          if (v === nullValue) return v;
          const needs = v.includes(sep) || v.includes('"') || v.includes('\n') || v.includes('\t') || v.startsWith(' ') || v.endsWith(' ');
          return needs ? `"${v.replace(/"/g, '\\"')}"` : v;
        };
        // An unquoted empty field is null in Spark whatever nullValue is; DuckDB reads '' then.
        const rows = Array.from({ length: 1 + r(20) }, () => Array.from({ length: cols }, () => WORDS[r(WORDS.length)]! || nullValue));
        const text = [Array.from({ length: cols }, (_, i) => `c${i}`).join(sep), ...rows.map((row) => row.map(cell).join(sep))].join('\n') + '\n';
        const path = join(dir, `f${k}.csv`);
        writeFileSync(path, text);
        const o: CsvOptions = { header: true, inferSchema: false, sep, quote: '"', multiLine: true, nullValue };
        const ours = batchesToRows(readCsvBatches(new TextEncoder().encode(text), o).batches);
        const colSpec = Array.from({ length: cols }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
        const q = `SELECT * FROM read_csv('${path}', header=true, auto_detect=false, columns={${colSpec}}, delim='${sep === '\t' ? '\\t' : sep}', quote='"', escape='\\', nullstr='${nullValue}', new_line='\\n')`;
        const theirs = (await con.runAndReadAll(q)).getRowsJson();
        expect(ours, JSON.stringify({ text, sep, nullValue })).toEqual(theirs);
      }
    } finally {
      con.closeSync();
    }
  });
});
