/**
 * Parquet codec: write → read round trips for every Spark type, nulls and nested values;
 * Spark's schema metadata; a Spark sample file; DuckDB as an independent reader and writer.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { batchToRows } from '../columnar';
import { Decimal, MapValue, arrayType, decimalType, field, mapType, simpleString, structType } from '../types';
import type { DataType, StructField } from '../types';
import { SPARK_ROW_METADATA, int96Bytes, parquetCodec, parquetFileInfo, readParquet, sparkSchemaJson, fieldsFromSparkJson, writeParquet } from './parquet';

const t = (kind: string): DataType => ({ kind } as DataType);

const ALL: StructField[] = [
  field('b', t('boolean')),
  field('y', t('byte')),
  field('s', t('short')),
  field('i', t('int')),
  field('l', t('long')),
  field('f', t('float')),
  field('d', t('double')),
  field('d1', decimalType(5, 2)),
  field('d2', decimalType(15, 3)),
  field('d3', decimalType(38, 10)),
  field('str', t('string')),
  field('bin', t('binary')),
  field('dt', t('date')),
  field('ts', t('timestamp')),
  field('ntz', t('timestamp_ntz')),
  field('arr', arrayType(t('int'))),
  field('m', mapType(t('string'), t('long'))),
  field('st', structType([field('x', t('int')), field('y', arrayType(t('string')))])),
  field('deep', arrayType(structType([field('k', t('string')), field('v', mapType(t('int'), decimalType(7, 1)))]))),
];

const ROWS: unknown[][] = [
  [true, 1, 300, 70000, 1n << 40n, 1.5, 2.25, new Decimal(12345n, 2), new Decimal(-123456789012345n, 3), new Decimal(10n ** 37n + 7n, 10), 'héllo', new Uint8Array([0, 255, 7]),
    19000, 1_700_000_000_123_456, 1_600_000_000_000_001, [1, null, 3], new MapValue(['a', 'b'], [1n, null]), [5, ['p', null]],
    [['k1', new MapValue([1, 2], [new Decimal(15n, 1), null])], null]],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [false, -128, -32768, -2147483648, -(1n << 63n), -0.0, Number.NaN, new Decimal(-99999n, 2), new Decimal(0n, 3), new Decimal(-(10n ** 38n - 1n), 10), '', new Uint8Array([]),
    -719162, -62135596800000000, 0, [], new MapValue([], []), [null, []], []],
];

const norm = (v: unknown): unknown => {
  if (v instanceof Decimal) return `D${v.unscaled}e-${v.scale}`;
  if (v instanceof MapValue) return { map: v.keys.map((k, i) => [norm(k), norm(v.values[i])]) };
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (Array.isArray(v)) return v.map(norm);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return v;
};

const readRows = (bytes: Uint8Array) => {
  const got = readParquet(bytes);
  return { fields: got.fields, rows: got.batches.flatMap((b) => batchToRows(b)) };
};

describe('parquet round trip', () => {
  it('keeps every type, nulls and nested values', () => {
    const bytes = writeParquet(ALL, ROWS);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x41, 0x52, 0x31]);
    const { fields, rows } = readRows(bytes);
    expect(fields.map((f) => `${f.name}:${simpleString(f.type)}`)).toEqual(ALL.map((f) => `${f.name}:${simpleString(f.type)}`));
    expect(rows.map(norm)).toEqual(ROWS.map(norm));
  });

  it('writes Spark schema JSON in the footer and reads the schema back as nullable', () => {
    const fields = [field('a', t('byte'), false), field('b', arrayType(t('short'), false), false)];
    const bytes = writeParquet(fields, [[1, [2, 3]]]);
    const info = parquetFileInfo(bytes);
    const json = info.metadata.key_value_metadata?.find((kv) => kv.key === SPARK_ROW_METADATA)?.value;
    expect(json).toBe('{"type":"struct","fields":[{"name":"a","type":"byte","nullable":false,"metadata":{}},{"name":"b","type":{"type":"array","elementType":"short","containsNull":false},"nullable":false,"metadata":{}}]}');
    expect(fieldsFromSparkJson(json!).map((f) => [f.name, simpleString(f.type), f.nullable])).toEqual([['a', 'tinyint', false], ['b', 'array<smallint>', false]]);
    expect(info.fields.map((f) => [f.name, simpleString(f.type), f.nullable, f.type.kind === 'array' && f.type.containsNull])).toEqual([['a', 'tinyint', true, false], ['b', 'array<smallint>', true, true]]);
    expect(info.metadata.schema.map((e) => [e.name, e.repetition_type ?? '', e.type ?? '', e.converted_type ?? ''])).toEqual([
      ['spark_schema', '', '', ''], ['a', 'REQUIRED', 'INT32', 'INT_8'], ['b', 'REQUIRED', '', 'LIST'], ['list', 'REPEATED', '', ''], ['element', 'REQUIRED', 'INT32', 'INT_16'],
    ]);
  });

  it('maps Parquet types without Spark metadata as Spark does', () => {
    // Dropping the Spark schema entry leaves the Parquet types: tinyint comes back as int.
    const bytes = writeParquet([field('a', t('byte')), field('d', decimalType(20, 2)), field('ts', t('timestamp'))], [[1, new Decimal(5n, 2), 0]]);
    const info = parquetFileInfo(bytes);
    const tree = info.tree.children.map((c) => c.element.name);
    expect(tree).toEqual(['a', 'd', 'ts']);
    expect(sparkSchemaJson(info.fields)).toContain('"byte"');
  });

  it('splits large files into batches and keeps string dictionaries', () => {
    const fields = [field('id', t('long'), false), field('k', t('string'))];
    const rows = Array.from({ length: 10_000 }, (_, i) => [BigInt(i), i % 7 === 0 ? null : `k${i % 13}`]);
    const got = readParquet(writeParquet(fields, rows));
    expect(got.batches.length).toBe(3);
    expect(got.batches.reduce((n, b) => n + b.numRows, 0)).toBe(10_000);
    const col = got.batches[1]!.columns[1]!;
    expect(col.kind === 'object' && col.dictionary !== undefined).toBe(true);
    expect(got.batches.flatMap((b) => batchToRows(b))).toEqual(rows);
  });

  it('decodes flat columns with nulls across pages and row groups', () => {
    const fields = [field('i', t('int')), field('d', t('double')), field('b', t('boolean')), field('dt', t('date')), field('ts', t('timestamp')), field('dec', decimalType(12, 2)), field('s', t('string'))];
    const rows = Array.from({ length: 9_001 }, (_, i) => i % 3 === 0 ? [null, null, null, null, null, null, null]
      : [i - 4500, i / 8, i % 2 === 0, i % 400, i * 1_000_003, new Decimal(BigInt(i * 7 - 30_000), 2), i % 5 === 0 ? 'five' : `s${i % 11}`]);
    const got = readParquet(writeParquet(fields, rows, { rowGroupSize: 2_500 }), { batchRows: 1000 });
    expect(got.batches.map((b) => b.numRows).slice(0, 4)).toEqual([1000, 1000, 500, 1000]);
    expect(got.batches.flatMap((b) => batchToRows(b)).map(norm)).toEqual(rows.map(norm));
  });

  it('reads only the requested schema, missing columns as null', () => {
    const bytes = writeParquet([field('a', t('int')), field('b', t('string'))], [[1, 'x'], [2, 'y']]);
    const got = readParquet(bytes, { fields: [field('B', t('string')), field('c', t('double'))] });
    expect(got.batches.flatMap((b) => batchToRows(b))).toEqual([['x', null], ['y', null]]);
  });

  it('rejects what Parquet cannot store with Spark errors', () => {
    expect(() => writeParquet([field('v', t('null'))], [[null]])).toThrow(/UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE.*`v`.*"VOID"/);
    expect(() => writeParquet([field('a', t('int')), field('A', t('int'))], [])).toThrow(/COLUMN_ALREADY_EXISTS/);
    expect(() => writeParquet([field('a', t('int'))], [], { compression: 'foo' })).toThrow(/CODEC_NOT_AVAILABLE/);
    expect(() => parquetFileInfo(new TextEncoder().encode('not parquet at all'), 'file:/x.parquet')).toThrow(/CANNOT_READ_FILE_FOOTER/);
  });
});

describe('parquet writer options', () => {
  // Instants around the epoch, before it, with microseconds, a leap day, year 1 and the end of 2099, nested too.
  const TS = [0, -1, 1, 1_700_000_000_123_456, -86_400_000_001, 951_782_400_000_000, -62_135_596_800_000_000, 4_102_444_799_999_999, null];
  const tsFields = [field('ts', t('timestamp')), field('arr', arrayType(t('timestamp'))), field('st', structType([field('t', t('timestamp')), field('n', t('int'))]))];
  const tsRows = TS.map((v, i) => [v, v === null ? null : [v, null, i], [v, i]]);

  it('writes timestamps as INT96 by default (Spark 3.5), as INT64 with TIMESTAMP_MICROS / TIMESTAMP_MILLIS', () => {
    expect([...int96Bytes(0)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x3d, 0x25, 0]); // Julian day 2440588, 0 ns
    expect([...int96Bytes(-1)].slice(8)).toEqual([0x8b, 0x3d, 0x25, 0]); // the day before, at 23:59:59.999999
    const types = (o: Parameters<typeof writeParquet>[2]) => {
      const info = parquetFileInfo(writeParquet(tsFields, tsRows, o));
      const leaves = info.metadata.schema.filter((e) => e.type !== undefined).map((e) => [e.name, e.type, e.converted_type ?? '']);
      const stats = info.metadata.row_groups[0]!.columns.map((c) => c.meta_data?.statistics?.min_value !== undefined);
      return { leaves, stats, chunkTypes: info.metadata.row_groups[0]!.columns.map((c) => c.meta_data!.type) };
    };
    expect(types({})).toEqual({ leaves: [['ts', 'INT96', ''], ['element', 'INT96', ''], ['t', 'INT96', ''], ['n', 'INT32', '']], stats: [false, false, false, false], chunkTypes: ['INT96', 'INT96', 'INT96', 'INT32'] });
    expect(types({ timestampType: 'TIMESTAMP_MICROS' }).leaves[0]).toEqual(['ts', 'INT64', 'TIMESTAMP_MICROS']);
    expect(types({ timestampType: 'timestamp_millis' }).leaves[0]).toEqual(['ts', 'INT64', 'TIMESTAMP_MILLIS']);
    for (const timestampType of [undefined, 'INT96', 'TIMESTAMP_MICROS']) {
      const { fields, rows } = readRows(writeParquet(tsFields, tsRows, { timestampType }));
      expect(fields.map((f) => simpleString(f.type))).toEqual(['timestamp', 'array<timestamp>', 'struct<t:timestamp,n:int>']);
      expect(rows).toEqual(tsRows);
    }
  });

  it('reads back the same instants in DuckDB as in Flint (INT96 and INT64)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flint-parquet-ts-'));
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      for (const timestampType of ['INT96', 'TIMESTAMP_MICROS']) {
        const f = join(dir, `${timestampType}.parquet`);
        writeFileSync(f, writeParquet(tsFields, tsRows, { timestampType }));
        const got = await con.runAndReadAll(`SELECT epoch_us(ts::TIMESTAMP)::VARCHAR, epoch_us(arr[1]::TIMESTAMP)::VARCHAR, epoch_us(st.t::TIMESTAMP)::VARCHAR, st.n FROM read_parquet('${f}')`);
        const want = tsRows.map((r, i) => [r[0] === null ? null : String(r[0]), r[0] === null ? null : String(r[0]), r[0] === null ? null : String(r[0]), i]);
        expect([timestampType, got.getRowsJson()]).toEqual([timestampType, want]);
      }
    } finally {
      con.closeSync();
    }
  });

  it('writes every codec Spark offers, read back by Flint and by DuckDB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flint-parquet-write-codecs-'));
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const fields = [field('id', t('long')), field('s', t('string')), field('d', t('double')), field('ts', t('timestamp'))];
    const rows = Array.from({ length: 20_000 }, (_, i) => [BigInt(i), i % 9 === 0 ? null : `word ${i % 37} ${'x'.repeat(i % 5)}`, (i % 1000) / 8, 1_700_000_000_000_000 + i * 1_000_001]);
    const sizes = new Map<string, number>();
    try {
      for (const [compression, codec] of [['none', 'UNCOMPRESSED'], ['uncompressed', 'UNCOMPRESSED'], ['snappy', 'SNAPPY'], ['gzip', 'GZIP'], ['lz4', 'LZ4'], ['lz4_raw', 'LZ4_RAW'], ['zstd', 'ZSTD'], [undefined, 'SNAPPY']] as const) {
        const bytes = writeParquet(fields, rows, { compression, rowGroupSize: 7_000 });
        sizes.set(compression ?? 'default', bytes.length);
        expect(parquetFileInfo(bytes).metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!.codec))).toEqual(Array(12).fill(codec));
        expect(readRows(bytes).rows).toEqual(rows);
        // DuckDB does not read the deprecated Hadoop-framed LZ4 (parquet-mr's lz4): Flint's reader (hyparquet-compressors) checked it above.
        if (codec === 'LZ4') continue;
        const f = join(dir, `c${compression ?? ''}.parquet`);
        writeFileSync(f, bytes);
        const got = await con.runAndReadAll(`SELECT count(*)::INTEGER, count(s)::INTEGER, sum(id)::VARCHAR, sum(d), min(epoch_us(ts::TIMESTAMP))::VARCHAR, max(s) FROM read_parquet('${f}')`);
        expect([compression, got.getRowsJson()[0]]).toEqual([compression, [20_000, rows.filter((r) => r[1] !== null).length, String((20_000 * 19_999) / 2), rows.reduce((n, r) => n + (r[2] as number), 0), '1700000000000000', 'word 9 xxxx']]);
      }
      // The codecs that compress make the file smaller than the uncompressed one.
      for (const c of ['snappy', 'gzip', 'lz4', 'lz4_raw', 'zstd']) expect([c, sizes.get(c)! < sizes.get('none')! * 0.8]).toEqual([c, true]);
      expect(parquetCodec('gzip').extension).toBe('.gz.parquet');
      expect(parquetCodec('LZ4').extension).toBe('.lz4hadoop.parquet');
      expect(parquetCodec('lz4_raw').extension).toBe('.lz4raw.parquet');
      expect(parquetCodec('zstd').extension).toBe('.zstd.parquet');
      expect(() => parquetCodec('brotli')).toThrow(/brotli/);
    } finally {
      con.closeSync();
    }
  });
});

describe('parquet files from other writers', () => {
  it("reads Spark's users.parquet sample", () => {
    const bytes = new Uint8Array(readFileSync('public/datasets/spark/examples/src/main/resources/users.parquet'));
    const { fields, rows } = readRows(bytes);
    expect(fields.map((f) => `${f.name}:${simpleString(f.type)}`)).toEqual(['name:string', 'favorite_color:string', 'favorite_numbers:array<int>']);
    expect(rows).toEqual([['Alyssa', null, [3, 9, 15, 20]], ['Ben', 'red', []]]);
  });

  it('reads every codec DuckDB writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flint-parquet-codecs-'));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      for (const codec of ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4']) {
        const f = join(dir, `${codec}.parquet`);
        await con.run(`COPY (SELECT i::BIGINT AS id, 'word ' || (i % 17) AS s FROM range(3000) t(i)) TO '${f}' (FORMAT parquet, COMPRESSION ${codec})`);
        const { rows } = readRows(new Uint8Array(readFileSync(f)));
        expect(rows.length).toBe(3000);
        expect(rows[2999]).toEqual([2999n, `word ${2999 % 17}`]);
      }
    } finally {
      con.closeSync();
    }
  });

  it('keeps map entries in file order, integer keys included', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'flint-parquet-maps-')), 'm.parquet');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      await con.run(`COPY (SELECT MAP {3: 'a', 1: 'b', 2: NULL} AS m, [MAP {10: 1.5}, NULL] AS lm, NULL::MAP(INT, INT) AS n) TO '${f}' (FORMAT parquet)`);
      const { fields, rows } = readRows(new Uint8Array(readFileSync(f)));
      expect(fields.map((x) => simpleString(x.type))).toEqual(['map<int,string>', 'array<map<int,decimal(2,1)>>', 'map<int,int>']);
      expect(rows.map(norm)).toEqual([[{ map: [[3, 'a'], [1, 'b'], [2, null]] }, [{ map: [[10, 'D15e-1']] }, null], null]]);
    } finally {
      con.closeSync();
    }
  });

  it('reads unannotated byte arrays as binary, or as strings with binaryAsString', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'flint-parquet-bin-')), 'b.parquet');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      await con.run(`COPY (SELECT 'abc'::BLOB AS b, [ 'x'::BLOB ] AS l) TO '${f}' (FORMAT parquet)`);
      const bytes = new Uint8Array(readFileSync(f));
      expect(parquetFileInfo(bytes).fields.map((x) => simpleString(x.type))).toEqual(['binary', 'array<binary>']);
      const fields = parquetFileInfo(bytes, '', { binaryAsString: true }).fields;
      expect(fields.map((x) => simpleString(x.type))).toEqual(['string', 'array<string>']);
      expect(readParquet(bytes, { fields }).batches.flatMap((b) => batchToRows(b))).toEqual([['abc', ['x']]]);
    } finally {
      con.closeSync();
    }
  });

  it('reports a corrupt page as a Spark read error', () => {
    const bytes = writeParquet([field('s', t('string'))], [['a'.repeat(200)]], { compression: 'none' });
    const broken = bytes.slice();
    // Scramble the column chunk (after the magic, before the footer) but keep the footer intact.
    for (let i = 4; i < 60; i++) broken[i] = 0xff;
    expect(() => readParquet(broken, {}, 'file:/x.parquet')).toThrow(/Encountered error while reading file file:\/x\.parquet/);
  });

  it('agrees with DuckDB both ways', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flint-parquet-'));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      // DuckDB reads Flint's file.
      const ours = join(dir, 'ours.parquet');
      writeFileSync(ours, writeParquet(ALL.filter((f) => f.name !== 'ntz'), ROWS.map((r) => r.filter((_, i) => ALL[i]!.name !== 'ntz'))));
      const r1 = await con.runAndReadAll(`SELECT i, l::VARCHAR, d1::VARCHAR, d3::VARCHAR, str, dt::VARCHAR, ts::VARCHAR, arr, m, st.x, deep[1].k FROM read_parquet('${ours}')`);
      const rows1 = r1.getRowsJson();
      // Timestamps are INT96 by default (Spark 3.5), which DuckDB reads as TIMESTAMP in UTC.
      expect(rows1[0]).toEqual([70000, '1099511627776', '123.45', '1000000000000000000000000000.0000000007', 'héllo', '2022-01-08', '2023-11-14 22:13:20.123456', [1, null, 3], [{ key: 'a', value: '1' }, { key: 'b', value: null }], 5, 'k1']);
      expect(rows1[1]!.every((v) => v === null)).toBe(true);
      // Flint reads DuckDB's file.
      const theirs = join(dir, 'theirs.parquet');
      await con.run(`COPY (SELECT 1::TINYINT AS y, 2::INTEGER AS i, 3::BIGINT AS l, 1.25::DOUBLE AS d, 12.5::DECIMAL(9,2) AS dec, 'x' AS s, DATE '2024-02-29' AS dt,
        TIMESTAMPTZ '2024-01-01 00:00:00.5+00' AS ts, [1, 2] AS arr, {'a': 1, 'b': 'z'} AS st, MAP {'k': 1.5::DOUBLE} AS m, NULL::VARCHAR AS n) TO '${theirs}' (FORMAT parquet)`);
      const { fields, rows } = readRows(new Uint8Array(readFileSync(theirs)));
      expect(fields.map((f) => `${f.name}:${simpleString(f.type)}`)).toEqual(['y:tinyint', 'i:int', 'l:bigint', 'd:double', 'dec:decimal(9,2)', 's:string', 'dt:date', 'ts:timestamp', 'arr:array<int>', 'st:struct<a:int,b:string>', 'm:map<string,double>', 'n:string']);
      expect(rows.map(norm)).toEqual([[1, 2, '3n', 1.25, 'D1250e-2', 'x', 19782, 1_704_067_200_500_000, [1, 2], [1, 'z'], { map: [['k', 1.5]] }, null]]);
    } finally {
      con.closeSync();
    }
  });
});
