/**
 * Parquet files as Spark reads and writes them, over hyparquet (reader) and
 * hyparquet-writer (writer), synchronously (the VFS and every reader here are synchronous).
 *
 * Reading: the footer gives the schema; Spark's own schema, which Spark keeps in the
 * `org.apache.spark.sql.parquet.row.metadata` key-value entry, is preferred when present
 * (that is how tinyint/smallint come back); otherwise the Parquet types map as Spark's
 * ParquetToSparkSchemaConverter maps them (INT96 → timestamp, INT32 DATE → date, DECIMAL →
 * decimal(p,s), UTF8 → string, plain BYTE_ARRAY → binary, LIST/MAP/groups → array/map/struct).
 * A file source's schema is always nullable (Spark reads with `schema.asNullable`).
 * Each row group is decoded column by column into column batches.
 *
 * Writing: Spark's (non-legacy) layout: INT32 with INT_8/INT_16 annotations for
 * tinyint/smallint, DATE, decimals in INT32/INT64/FIXED_LEN_BYTE_ARRAY by precision,
 * timestamps as `spark.sql.parquet.outputTimestampType` says (INT96, Spark 3.5's default:
 * Julian day and nanoseconds of the day, UTC, without min/max statistics as parquet-mr writes
 * none for INT96; TIMESTAMP_MICROS / TIMESTAMP_MILLIS: INT64 TIMESTAMP(unit, UTC)), three-level
 * LIST and MAP groups, the schema root `spark_schema`, and Spark's schema JSON in the
 * key-value metadata. The `compression` codecs are snappy (hyparquet-writer's own), gzip, lz4,
 * lz4_raw and zstd (`parquet-compressors.ts`) or none.
 */
import { parquetMetadata, parquetSchema } from 'hyparquet/src/metadata.js';
import { parquetHeader, readColumn, readPage } from 'hyparquet/src/column.js';
import { assembleNested } from 'hyparquet/src/assemble.js';
import { DEFAULT_PARSERS, convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { getTreePath } from 'hyparquet/src/schema.js';
import type { DecodedArray, FileMetaData, ParquetParsers, SchemaElement, SchemaTree } from 'hyparquet';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { ParquetWriter } from 'hyparquet-writer/src/parquet-writer.js';
import { AnalysisException } from '../sql/errors';
import { FlintError, SparkException } from '../errors';
import { Decimal, MapValue, arrayType, decimalType, field, mapType, sqlName, structType } from '../types';
import type { DataType, StructField } from '../types';
import type { ScanFilter } from '../sql/logical';
import { DEFAULT_BATCH_ROWS, layoutOf } from '../columnar';
import { PARQUET_DECOMPRESSORS } from './parquet-codecs';
import { PARQUET_COMPRESSORS } from './parquet-compressors';
import type { ColumnBatch, ColumnVector } from '../columnar';

export const SPARK_ROW_METADATA = 'org.apache.spark.sql.parquet.row.metadata';
export const SPARK_VERSION_KEY = 'org.apache.spark.version';

// ---------------------------------------------------------------------------------------
// Spark's schema JSON (StructType.json / DataType.fromJson)

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function typeJson(t: DataType): Json {
  switch (t.kind) {
    case 'int': return 'integer';
    case 'byte': case 'short': case 'long': case 'float': case 'double': case 'string': case 'binary':
    case 'boolean': case 'date': case 'timestamp': case 'timestamp_ntz':
      return t.kind;
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    case 'array': return { type: 'array', elementType: typeJson(t.element), containsNull: t.containsNull };
    case 'map': return { type: 'map', keyType: typeJson(t.key), valueType: typeJson(t.value), valueContainsNull: t.valueContainsNull };
    case 'struct': return { type: 'struct', fields: t.fields.map((f) => ({ name: f.name, type: typeJson(f.type), nullable: f.nullable, metadata: {} })) };
    case 'null': return 'void';
    default: return sqlName(t).toLowerCase();
  }
}

/** Spark's `StructType.json` of `fields`. */
export function sparkSchemaJson(fields: readonly StructField[]): string {
  return JSON.stringify(typeJson(structType(fields)));
}

function typeFromJson(j: Json): DataType {
  if (typeof j === 'string') {
    const dec = /^decimal\((\d+),\s*(-?\d+)\)$/.exec(j);
    if (dec) return decimalType(Number(dec[1]), Number(dec[2]));
    switch (j) {
      case 'integer': return { kind: 'int' };
      case 'decimal': return decimalType(10, 0);
      case 'byte': case 'short': case 'long': case 'float': case 'double': case 'string': case 'binary':
      case 'boolean': case 'date': case 'timestamp': case 'timestamp_ntz':
        return { kind: j };
      case 'null': case 'void': return { kind: 'null' };
      default: throw new SparkException(`Cannot parse the Spark schema type ${JSON.stringify(j)} in Parquet metadata.`);
    }
  }
  if (j && typeof j === 'object' && !Array.isArray(j)) {
    switch (j.type) {
      case 'array': return arrayType(typeFromJson(j.elementType ?? null), j.containsNull !== false);
      case 'map': return mapType(typeFromJson(j.keyType ?? null), typeFromJson(j.valueType ?? null), j.valueContainsNull !== false);
      case 'struct': return structType((j.fields as Json[]).map((f) => {
        const o = f as { [k: string]: Json };
        return field(String(o.name), typeFromJson(o.type ?? null), o.nullable !== false);
      }));
      case 'udt': if (j.sqlType) return typeFromJson(j.sqlType);
    }
  }
  throw new SparkException(`Cannot parse the Spark schema ${JSON.stringify(j)} in Parquet metadata.`);
}

/** The fields of a Spark schema JSON (`{"type":"struct","fields":[...]}`). */
export function fieldsFromSparkJson(json: string): StructField[] {
  const t = typeFromJson(JSON.parse(json) as Json);
  if (t.kind !== 'struct') throw new SparkException('The Spark schema in Parquet metadata is not a struct.');
  return [...t.fields];
}

/** A schema with every field, element and value nullable (what file sources read as). */
export function asNullable(t: DataType): DataType {
  switch (t.kind) {
    case 'array': return arrayType(asNullable(t.element), true);
    case 'map': return mapType(t.key, asNullable(t.value), true);
    case 'struct': return t.udt ? t : structType(t.fields.map((f) => field(f.name, asNullable(f.type), true)));
    default: return t;
  }
}

// ---------------------------------------------------------------------------------------
// Parquet schema → Spark types

function unsupported(what: string): never {
  throw new AnalysisException(`Illegal Parquet type: ${what}.`, 'PARQUET_TYPE_ILLEGAL');
}

function primitiveType(e: SchemaElement): DataType {
  const ct = e.converted_type;
  const lt = e.logical_type;
  const decimal = () => decimalType(e.precision ?? (lt?.type === 'DECIMAL' ? lt.precision : 10), e.scale ?? (lt?.type === 'DECIMAL' ? lt.scale : 0));
  if (ct === 'DECIMAL' || lt?.type === 'DECIMAL') return decimal();
  switch (e.type) {
    case 'BOOLEAN': return { kind: 'boolean' };
    case 'FLOAT': return { kind: 'float' };
    case 'DOUBLE': return { kind: 'double' };
    case 'INT32':
      if (ct === 'INT_8' || (lt?.type === 'INTEGER' && lt.bitWidth === 8 && lt.isSigned)) return { kind: 'byte' };
      if (ct === 'INT_16' || (lt?.type === 'INTEGER' && lt.bitWidth === 16 && lt.isSigned)) return { kind: 'short' };
      if (ct === 'UINT_8' || (lt?.type === 'INTEGER' && lt.bitWidth === 8)) return { kind: 'short' };
      if (ct === 'UINT_16' || (lt?.type === 'INTEGER' && lt.bitWidth === 16)) return { kind: 'int' };
      if (ct === 'UINT_32' || (lt?.type === 'INTEGER' && !lt.isSigned)) return { kind: 'long' };
      if (ct === 'DATE' || lt?.type === 'DATE') return { kind: 'date' };
      if (ct === 'TIME_MILLIS' || lt?.type === 'TIME') return unsupported('INT32 (TIME(MILLIS,true))');
      return { kind: 'int' };
    case 'INT64':
      if (ct === 'UINT_64' || (lt?.type === 'INTEGER' && !lt.isSigned)) return decimalType(20, 0);
      if (lt?.type === 'TIMESTAMP') {
        if (lt.unit === 'NANOS') return unsupported('INT64 (TIMESTAMP(NANOS,' + String(lt.isAdjustedToUTC) + '))');
        return lt.isAdjustedToUTC ? { kind: 'timestamp' } : { kind: 'timestamp_ntz' };
      }
      if (ct === 'TIMESTAMP_MICROS' || ct === 'TIMESTAMP_MILLIS') return { kind: 'timestamp' };
      if (ct === 'TIME_MICROS' || lt?.type === 'TIME') return unsupported('INT64 (TIME(MICROS,true))');
      return { kind: 'long' };
    case 'INT96': return { kind: 'timestamp' };
    case 'BYTE_ARRAY':
      if (ct === 'UTF8' || ct === 'ENUM' || ct === 'JSON' || lt?.type === 'STRING' || lt?.type === 'ENUM' || lt?.type === 'JSON') return { kind: 'string' };
      return { kind: 'binary' };
    case 'FIXED_LEN_BYTE_ARRAY': return { kind: 'binary' };
    default: return unsupported(String(e.type));
  }
}

function isRepeated(n: SchemaTree): boolean {
  return n.element.repetition_type === 'REPEATED';
}

/** The Spark type of a schema node (a repeated primitive or group outside LIST is an array). */
function nodeType(n: SchemaTree): DataType {
  const t = nodeTypeInner(n);
  return isRepeated(n) ? arrayType(t, false) : t;
}

function nodeTypeInner(n: SchemaTree): DataType {
  const e = n.element;
  if (!n.children.length) return primitiveType(e);
  const ct = e.converted_type;
  const lt = e.logical_type?.type;
  if ((ct === 'LIST' || lt === 'LIST') && n.children.length === 1) {
    const rep = n.children[0]!;
    // Three-level lists have a repeated group with one child (the element); older writers
    // put the element itself in the repeated field (a primitive, or a group named `array`
    // / `<name>_tuple`, or a group of several fields).
    if (rep.children.length === 1 && rep.element.name !== 'array' && rep.element.name !== `${e.name}_tuple`) {
      const el = rep.children[0]!;
      return arrayType(nodeTypeInner(el), el.element.repetition_type !== 'REQUIRED');
    }
    return arrayType(nodeTypeInner(rep), false);
  }
  if ((ct === 'MAP' || ct === 'MAP_KEY_VALUE' || lt === 'MAP') && n.children.length === 1 && n.children[0]!.children.length === 2) {
    const kv = n.children[0]!;
    const [k, v] = kv.children as [SchemaTree, SchemaTree];
    return mapType(nodeTypeInner(k), nodeTypeInner(v), v.element.repetition_type !== 'REQUIRED');
  }
  return structType(n.children.map((c) => field(c.element.name, nodeType(c), c.element.repetition_type !== 'REQUIRED')));
}

/** What a file's footer says about its schema. */
export interface ParquetFileInfo {
  readonly metadata: FileMetaData;
  readonly tree: SchemaTree;
  /** The schema Spark would read (nullable), Spark's own schema when the file has it. */
  readonly fields: StructField[];
  readonly numRows: number;
}

const toArrayBuffer = (b: Uint8Array): ArrayBuffer =>
  (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b.buffer : b.slice().buffer) as ArrayBuffer;

/** `binary` as `string` throughout a type (`spark.sql.parquet.binaryAsString`). */
function binaryAsString(t: DataType): DataType {
  switch (t.kind) {
    case 'binary': return { kind: 'string' };
    case 'array': return arrayType(binaryAsString(t.element), t.containsNull);
    case 'map': return mapType(binaryAsString(t.key), binaryAsString(t.value), t.valueContainsNull);
    case 'struct': return structType(t.fields.map((f) => field(f.name, binaryAsString(f.type), f.nullable)));
    default: return t;
  }
}

/**
 * Parses the footer of a Parquet file (`path` only for the error message). `binaryAsString`
 * reads unannotated BYTE_ARRAY columns as strings in files without Spark's schema (Impala, old Hive).
 */
export function parquetFileInfo(bytes: Uint8Array, path = '', options: { binaryAsString?: boolean } = {}): ParquetFileInfo {
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(toArrayBuffer(bytes), { geoparquet: false });
  } catch (e) {
    const where = path ? ` ${path}` : '';
    throw new SparkException(`[CANNOT_READ_FILE_FOOTER] Could not read footer for file:${where}. Please ensure that the file is in either ORC or Parquet format. If not, please convert it to a valid format. If the file is in the valid format, please check if it is corrupt. If it is, you can choose to either ignore it or fix the corruption. (${(e as Error).message})`);
  }
  const tree = parquetSchema(metadata);
  const spark = metadata.key_value_metadata?.find((kv) => kv.key === SPARK_ROW_METADATA)?.value;
  let fields: StructField[] | null = null;
  if (spark) {
    try {
      fields = fieldsFromSparkJson(spark);
    } catch {
      fields = null;
    }
  }
  fields ??= tree.children.map((c) => field(c.element.name, options.binaryAsString ? binaryAsString(nodeType(c)) : nodeType(c), true));
  return { metadata, tree, fields: fields.map((f) => field(f.name, asNullable(f.type), true)), numRows: Number(metadata.num_rows) };
}

// ---------------------------------------------------------------------------------------
// Reading values

type ColumnDecoder = Parameters<typeof readColumn>[2];
type WriterSchema = ConstructorParameters<typeof ParquetWriter>[0]['schema'];

/** Dates as day numbers and timestamps as microseconds, the engine's representation. */
const PARSERS: ParquetParsers = {
  ...DEFAULT_PARSERS,
  timestampFromMilliseconds: (ms: bigint) => Number(ms) * 1000,
  timestampFromMicroseconds: (us: bigint) => Number(us),
  timestampFromNanoseconds: (ns: bigint) => Number(ns < 0n ? (ns - 999n) / 1000n : ns / 1000n),
  dateFromDays: (d: number) => d,
};

/** Big-endian two's complement bytes as a bigint (a DECIMAL in a byte array). */
function unscaledOf(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  const b = v as Uint8Array;
  if (!b.length) return 0n;
  let x = 0n;
  for (const byte of b) x = (x << 8n) | BigInt(byte);
  if (b[0]! & 0x80) x -= 1n << BigInt(b.length * 8);
  return x;
}

const textDecoder = new TextDecoder();

function keyFromString(s: string, t: DataType): unknown {
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'date': case 'float': case 'double': return Number(s);
    case 'timestamp': case 'timestamp_ntz': return Number(s);
    case 'long': return BigInt(s);
    case 'boolean': return s === 'true';
    default: return s;
  }
}

/** A hyparquet value (leaf decimals left as unscaled integers or bytes) as the engine's value of `t`. */
function engineValue(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'long': return typeof v === 'bigint' ? v : BigInt(v as number);
    case 'byte': case 'short': case 'int': case 'date': return typeof v === 'number' ? v : Number(v);
    case 'float': case 'double': case 'timestamp': case 'timestamp_ntz': return typeof v === 'number' ? v : Number(v);
    case 'boolean': return Boolean(v);
    case 'string': return typeof v === 'string' ? v : v instanceof Uint8Array ? textDecoder.decode(v) : String(v);
    case 'binary': return v instanceof Uint8Array ? v : typeof v === 'string' ? new TextEncoder().encode(v) : v;
    case 'decimal': return new Decimal(unscaledOf(v), t.scale);
    case 'array': return (v as unknown[]).map((e) => engineValue(e, t.element));
    case 'map': {
      if (v instanceof MapValue) return v;
      if (Array.isArray(v)) {
        const entries = v as Array<{ key: unknown; value: unknown } | null>;
        return new MapValue(entries.map((e) => engineValue(e?.key, t.key)), entries.map((e) => engineValue(e?.value, t.value)));
      }
      const keys: unknown[] = [];
      const values: unknown[] = [];
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
        keys.push(keyFromString(k, t.key));
        values.push(engineValue(val, t.value));
      }
      return new MapValue(keys, values);
    }
    case 'struct': {
      const o = v as Record<string, unknown>;
      return t.fields.map((f) => engineValue(f.name in o ? o[f.name] : lookupCi(o, f.name), f.type));
    }
    default: return v;
  }
}

function lookupCi(o: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** The leaf element with DECIMAL annotations removed, so hyparquet hands back exact unscaled values. */
function rawElement(e: SchemaElement): SchemaElement {
  if (e.converted_type !== 'DECIMAL' && e.logical_type?.type !== 'DECIMAL') return e;
  const { converted_type: _c, logical_type: _l, ...rest } = e;
  void _c;
  void _l;
  return rest;
}

function concatChunks(chunks: DecodedArray[]): DecodedArray {
  if (chunks.length === 1) return chunks[0]!;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Array<unknown>(total);
  let k = 0;
  for (const c of chunks) for (let i = 0; i < c.length; i++) out[k++] = c[i];
  return out as DecodedArray;
}

/** A column chunk's bytes and the decoder hyparquet reads it with. */
function chunkReader(bytes: Uint8Array, info: ParquetFileInfo, meta: NonNullable<FileMetaData['row_groups'][number]['columns'][number]['meta_data']>): { view: DataView; decoder: ColumnDecoder } {
  const schemaPath = getTreePath(info.tree, meta.path_in_schema);
  const leaf = schemaPath[schemaPath.length - 1]!;
  const dict = meta.dictionary_page_offset;
  const start = Number(dict !== undefined && dict > 0n && dict < meta.data_page_offset ? dict : meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, Math.min(end, bytes.byteLength) - start);
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element: rawElement(leaf.element),
    schemaPath,
    codec: meta.codec,
    compressors: PARQUET_DECOMPRESSORS as ColumnDecoder['compressors'],
    parsers: PARSERS,
    utf8: false,
  };
  return { view, decoder };
}

/** A flat column decoded straight into the engine's layout for `t` (no list assembly). */
interface DenseColumn {
  readonly kind: 'dense';
  readonly vector: ColumnVector;
}

/**
 * Reads a flat (top-level, non-repeated) column chunk page by page, scattering each page's
 * values into a typed array by its definition levels.
 */
function readFlatColumn(view: DataView, decoder: ColumnDecoder, numRows: number, t: DataType): DenseColumn {
  const layout = layoutOf(t);
  const validity = new Uint8Array((numRows + 7) >> 3);
  const ints = layout === 'int32' ? new Int32Array(numRows) : null;
  const longs = layout === 'int64' ? new BigInt64Array(numRows) : null;
  const doubles = layout === 'float64' ? new Float64Array(numRows) : null;
  const bools = layout === 'bool' ? new Uint8Array(numRows) : null;
  const objects = layout === 'object' ? new Array<unknown>(numRows).fill(null) : null;
  const raw = t.kind === 'decimal' || t.kind === 'binary' || t.kind === 'string';
  const put = (row: number, v: unknown) => {
    if (v === null || v === undefined) return;
    validity[row >> 3]! |= 1 << (row & 7);
    if (ints) ints[row] = typeof v === 'number' ? v : Number(v);
    else if (longs) longs[row] = typeof v === 'bigint' ? v : BigInt(v as number);
    else if (doubles) doubles[row] = typeof v === 'number' ? v : Number(v);
    else if (bools) bools[row] = v ? 1 : 0;
    else objects![row] = raw ? engineValue(v, t) : v;
  };
  const maxDef = decoder.element.repetition_type === 'REQUIRED' ? 0 : 1;
  const reader = { view, offset: 0 };
  let dictionary: DecodedArray | undefined;
  let row = 0;
  while (row < numRows && reader.offset < view.byteLength - 1) {
    const header = parquetHeader(reader);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, decoder, undefined, undefined, 0);
      if (data) dictionary = convert(data, decoder);
      continue;
    }
    const compressed = new Uint8Array(view.buffer, view.byteOffset + reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    let page: { definitionLevels: number[] | undefined; dataPage: DecodedArray };
    let encoding: string;
    let n: number;
    if (header.type === 'DATA_PAGE' && header.data_page_header) {
      const daph = header.data_page_header;
      page = readDataPage(decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors), daph, decoder);
      encoding = daph.encoding;
      n = daph.num_values;
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2.encoding;
      n = header.data_page_header_v2.num_values;
    } else continue;
    const values = convertWithDictionary(page.dataPage, dictionary, encoding as never, decoder);
    const defs = page.definitionLevels ?? [];
    // Rows of this page that hold a value: all of them, or those at the maximum definition level.
    const present = defs.length ? new Int32Array(page.dataPage.length) : null;
    if (present) {
      let k = 0;
      for (let i = 0; i < n; i++) if (defs[i] === maxDef) present[k++] = row + i;
    }
    const m = present ? present.length : Math.min(n, numRows - row);
    const at = (j: number) => (present ? present[j]! : row + j);
    // One loop per layout (monomorphic), values that are null skipped.
    if (doubles) {
      for (let j = 0; j < m; j++) {
        const v = values[j];
        if (v === null || v === undefined) continue;
        const r = at(j);
        doubles[r] = v as number;
        validity[r >> 3]! |= 1 << (r & 7);
      }
    } else if (ints) {
      for (let j = 0; j < m; j++) {
        const v = values[j];
        if (v === null || v === undefined) continue;
        const r = at(j);
        ints[r] = v as number;
        validity[r >> 3]! |= 1 << (r & 7);
      }
    } else if (longs && (values instanceof BigInt64Array || !present)) {
      for (let j = 0; j < m; j++) {
        const v = values[j];
        if (v === null || v === undefined) continue;
        const r = at(j);
        longs[r] = typeof v === 'bigint' ? v : BigInt(v as number);
        validity[r >> 3]! |= 1 << (r & 7);
      }
    } else for (let j = 0; j < m; j++) put(at(j), values[j]);
    row += n;
  }
  const vector: ColumnVector = ints ? { kind: 'int32', values: ints, validity }
    : longs ? { kind: 'int64', values: longs, validity }
      : doubles ? { kind: 'float64', values: doubles, validity }
        : bools ? { kind: 'bool', values: bools, validity }
          : { kind: 'object', values: objects! };
  return { kind: 'dense', vector };
}

/** Reads one row group's leaf columns under the top-level column `top` and assembles them. */
function readTopColumn(bytes: Uint8Array, info: ParquetFileInfo, groupIndex: number, top: SchemaTree, t: DataType): DecodedArray | DenseColumn {
  const group = info.metadata.row_groups[groupIndex]!;
  const numRows = Number(group.num_rows);
  if (!top.children.length && top.element.repetition_type !== 'REPEATED' && t.kind !== 'array' && t.kind !== 'map' && t.kind !== 'struct') {
    const meta = group.columns.find((c) => c.meta_data?.path_in_schema[0] === top.element.name)?.meta_data;
    if (meta) {
      const { view, decoder } = chunkReader(bytes, info, meta);
      return readFlatColumn(view, decoder, numRows, t);
    }
  }
  const leaves = new Map<string, DecodedArray>();
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || meta.path_in_schema[0] !== top.element.name) continue;
    const { view, decoder } = chunkReader(bytes, info, meta);
    const { data } = readColumn({ view, offset: 0 }, { groupStart: 0, selectStart: 0, selectEnd: numRows, groupRows: numRows }, decoder);
    leaves.set(meta.path_in_schema.join('.'), concatChunks(data));
  }
  if (!top.children.length) return leaves.get(top.element.name) ?? new Array<unknown>(numRows).fill(null);
  assembleNested(leaves, mapsAsEntryLists(top), PARSERS);
  return leaves.get(top.element.name) ?? new Array<unknown>(numRows).fill(null);
}

const isMapNode = (n: SchemaTree): boolean => {
  const ct = n.element.converted_type;
  return (ct === 'MAP' || ct === 'MAP_KEY_VALUE' || n.element.logical_type?.type === 'MAP')
    && n.children.length === 1 && n.children[0]!.element.repetition_type === 'REPEATED' && n.children[0]!.children.length === 2;
};

/**
 * The schema tree with each MAP group seen as a list of required {key, value} entries, so
 * hyparquet assembles maps as entry arrays in file order (its own map assembly builds JS
 * objects, which reorder integer keys and stringify every key).
 */
function mapsAsEntryLists(n: SchemaTree): SchemaTree {
  if (!n.children.length) return n;
  if (isMapNode(n)) {
    const kv = n.children[0]!;
    const entry: SchemaTree = {
      element: { name: '__entry', repetition_type: 'REQUIRED', num_children: 2 },
      path: [...kv.path, '__entry'],
      count: kv.count,
      children: kv.children.map(mapsAsEntryLists),
    };
    const { converted_type: _c, logical_type: _l, ...rest } = n.element;
    void _c;
    void _l;
    return { ...n, element: { ...rest, converted_type: 'LIST' }, children: [{ ...kv, children: [entry] }] };
  }
  return { ...n, children: n.children.map(mapsAsEntryLists) };
}

/** Rows [from, to) of a dense column as a batch's vector (`from` is a multiple of 8). */
function sliceDense(v: ColumnVector, from: number, to: number, t: DataType, dict: StringDict | null): ColumnVector {
  const validity = (w: Uint8Array) => w.slice(from >> 3, (to + 7) >> 3);
  switch (v.kind) {
    case 'int32': return { kind: 'int32', values: v.values.slice(from, to), validity: validity(v.validity) };
    case 'int64': return { kind: 'int64', values: v.values.slice(from, to), validity: validity(v.validity) };
    case 'float64': return { kind: 'float64', values: v.values.slice(from, to), validity: validity(v.validity) };
    case 'bool': return { kind: 'bool', values: v.values.slice(from, to), validity: validity(v.validity) };
    default: return t.kind === 'string' ? vectorOf(v.values as DecodedArray, from, to, t, false, dict) : { kind: 'object', values: v.values.slice(from, to) };
  }
}

function setValid(validity: Uint8Array, i: number): void {
  validity[i >> 3]! |= 1 << (i & 7);
}

/** A vector of rows [from, to) of a decoded column, as the engine lays out type `t`. */
function vectorOf(data: DecodedArray, from: number, to: number, t: DataType, nested: boolean, dict: StringDict | null): ColumnVector {
  const n = to - from;
  const validity = new Uint8Array((n + 7) >> 3);
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'date': {
      if (data instanceof Int32Array) return { kind: 'int32', values: data.slice(from, to), validity: validity.fill(0xff) };
      const values = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const v = data[from + i];
        if (v !== null && v !== undefined) {
          values[i] = Number(v);
          setValid(validity, i);
        }
      }
      return { kind: 'int32', values, validity };
    }
    case 'long': {
      if (data instanceof BigInt64Array) return { kind: 'int64', values: data.slice(from, to), validity: validity.fill(0xff) };
      const values = new BigInt64Array(n);
      for (let i = 0; i < n; i++) {
        const v = data[from + i];
        if (v !== null && v !== undefined) {
          values[i] = typeof v === 'bigint' ? v : BigInt(v as number);
          setValid(validity, i);
        }
      }
      return { kind: 'int64', values, validity };
    }
    case 'float': case 'double': case 'timestamp': case 'timestamp_ntz': {
      if (data instanceof Float64Array) return { kind: 'float64', values: data.slice(from, to), validity: validity.fill(0xff) };
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = data[from + i];
        if (v !== null && v !== undefined) {
          values[i] = Number(v);
          setValid(validity, i);
        }
      }
      return { kind: 'float64', values, validity };
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const v = data[from + i];
        if (v !== null && v !== undefined) {
          values[i] = v ? 1 : 0;
          setValid(validity, i);
        }
      }
      return { kind: 'bool', values, validity };
    }
    case 'string': {
      if (dict && !dict.overflow) {
        const codes = new Int32Array(n);
        const values = new Array<unknown>(n);
        for (let i = 0; i < n; i++) {
          const v = data[from + i];
          if (v === null || v === undefined) {
            codes[i] = -1;
            values[i] = null;
            continue;
          }
          const s = typeof v === 'string' ? v : textDecoder.decode(v as Uint8Array);
          let code = dict.index.get(s);
          if (code === undefined) {
            if (dict.entries.length >= dict.limit) {
              dict.overflow = true;
              return plainStrings(data, from, to);
            }
            code = dict.entries.length;
            dict.entries.push(s);
            dict.index.set(s, code);
          }
          codes[i] = code;
          values[i] = s;
        }
        return { kind: 'object', values, dictionary: { entries: dict.entries, codes } };
      }
      return plainStrings(data, from, to);
    }
    default: {
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = nested || t.kind === 'decimal' || t.kind === 'binary' ? engineValue(data[from + i], t) : data[from + i] ?? null;
      return { kind: 'object', values };
    }
  }
}

function plainStrings(data: DecodedArray, from: number, to: number): ColumnVector {
  const values = new Array<unknown>(to - from);
  for (let i = from; i < to; i++) {
    const v = data[i];
    values[i - from] = v === null || v === undefined ? null : typeof v === 'string' ? v : textDecoder.decode(v as Uint8Array);
  }
  return { kind: 'object', values };
}

interface StringDict {
  readonly entries: string[];
  readonly index: Map<string, number>;
  readonly limit: number;
  overflow: boolean;
}

export interface ParquetReadOptions {
  /** The schema to read as (a user schema or a merged one); columns missing from the file read as null. */
  readonly fields?: readonly StructField[];
  /** Case-sensitive column matching (`spark.sql.caseSensitive`); Spark's default is not. */
  readonly caseSensitive?: boolean;
  readonly batchRows?: number;
  /**
   * A file split's byte range [start, end): only the row groups whose middle byte lies in it
   * are read, as Spark's Parquet reader assigns row groups to splits.
   */
  readonly range?: { readonly start: number; readonly end: number };
  /**
   * The columns (indexes into the fields) a query reads: the others are not decoded and come
   * back as empty placeholder vectors (Spark's column pruning: a scan reads the columns used).
   */
  readonly columns?: ReadonlySet<number>;
  /**
   * Comparisons every row the query keeps passes (integer, date and timestamp columns): a row group whose
   * min/max statistics rule one out is skipped, as Spark's Parquet filter push-down does.
   */
  readonly filters?: readonly ScanFilter[];
}

const DAY_MS = 86_400_000;

/**
 * A min/max statistic as the engine compares it: integers as bigint, dates as day numbers,
 * timestamps as microseconds, the lowest (`widen` -1) or highest (1) the statistic's
 * milliseconds (hyparquet's, truncated toward zero) can stand for; undefined when unusable.
 */
function statValue(v: unknown, t: DataType, widen: -1 | 1): bigint | undefined {
  if (t.kind === 'date') return v instanceof Date ? BigInt(Math.round(v.getTime() / DAY_MS)) : typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
  if (t.kind === 'timestamp') {
    if (!(v instanceof Date) || !Number.isFinite(v.getTime())) return undefined;
    // Milliseconds truncated toward zero: the microseconds lie up to 999 further from zero.
    const ms = v.getTime();
    const us = BigInt(ms) * 1000n;
    return widen < 0 ? (ms > 0 ? us : us - 999n) : ms < 0 ? us : us + 999n;
  }
  if (typeof v === 'bigint') return v;
  return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
}

/** Whether the row group's statistics show no row can pass every filter (then it is skipped). */
function ruledOut(group: FileMetaData['row_groups'][number], info: ParquetFileInfo, tops: readonly (SchemaTree | undefined)[], fields: readonly StructField[], filters: readonly ScanFilter[]): boolean {
  for (const f of filters) {
    const top = tops[f.column];
    const field = fields[f.column];
    const fileField = top && info.fields.find((x) => x.name === top.element.name);
    // Flat integer/date/timestamp (INT64) columns whose file type is the one read; the exact min_value/max_value only.
    if (!top || !field || top.children.length > 0 || !fileField || fileField.type.kind !== field.type.kind) continue;
    if (top.element.type !== 'INT32' && top.element.type !== 'INT64') continue;
    const meta = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === top.element.name)?.meta_data;
    const stats = meta?.statistics;
    if (!meta || !stats) continue;
    if (stats.null_count !== undefined && stats.null_count === meta.num_values) return true;
    const min = statValue(stats.min_value, field.type, -1);
    const max = statValue(stats.max_value, field.type, 1);
    if (min === undefined || max === undefined) continue;
    const v = typeof f.value === 'number' ? BigInt(f.value) : BigInt(f.value.bigint);
    if ((f.op === '=' && (v < min || v > max)) || (f.op === '<' && min >= v) || (f.op === '<=' && min > v) || (f.op === '>' && max <= v) || (f.op === '>=' && max < v)) return true;
  }
  return false;
}

/** Stands for a column the query does not read (never decoded). */
const NOT_READ: ColumnVector = { kind: 'object', values: [] };

/** The byte where a row group's middle lies: its first chunk's start plus half its compressed size. */
function rowGroupMiddle(group: FileMetaData['row_groups'][number]): number {
  let start = Infinity;
  let size = 0;
  for (const c of group.columns) {
    const m = c.meta_data;
    if (!m) continue;
    const dict = m.dictionary_page_offset;
    const s0 = Number(dict !== undefined && dict > 0n && dict < m.data_page_offset ? dict : m.data_page_offset);
    start = Math.min(start, s0);
    size += Number(m.total_compressed_size);
  }
  return start === Infinity ? 0 : start + size / 2;
}

/** Reads a whole Parquet file into column batches of `fields` (the file's own schema by default). */
export function readParquet(bytes: Uint8Array, options: ParquetReadOptions = {}, path = ''): { fields: StructField[]; batches: ColumnBatch[] } {
  try {
    return readParquetFile(bytes, options, path);
  } catch (e) {
    if (e instanceof FlintError) throw e;
    // A decoding failure inside hyparquet (corrupt page, unsupported encoding) as Spark reports a bad file.
    throw new SparkException(`[FAILED_READ_FILE.NO_HINT] Encountered error while reading file ${path || '<bytes>'}. ${(e as Error).message}`);
  }
}

function readParquetFile(bytes: Uint8Array, options: ParquetReadOptions, path: string): { fields: StructField[]; batches: ColumnBatch[] } {
  const info = parquetFileInfo(bytes, path);
  const fields = options.fields ? [...options.fields] : info.fields;
  // Batches start at multiples of 8 so dense columns' validity bytes slice cleanly.
  const batchRows = Math.max(8, (options.batchRows ?? DEFAULT_BATCH_ROWS) & ~7);
  const types = fields.map((f) => f.type);
  const byName = (name: string): SchemaTree | undefined => info.tree.children.find((c) => c.element.name === name)
    ?? (options.caseSensitive ? undefined : info.tree.children.find((c) => c.element.name.toLowerCase() === name.toLowerCase()));
  const tops = fields.map((f) => byName(f.name));
  const dicts = fields.map((f) => (f.type.kind === 'string' && info.numRows > batchRows ? { entries: [], index: new Map<string, number>(), limit: Math.max(1024, info.numRows >> 2), overflow: false } : null));
  const batches: ColumnBatch[] = [];
  for (let g = 0; g < info.metadata.row_groups.length; g++) {
    const numRows = Number(info.metadata.row_groups[g]!.num_rows);
    if (!numRows) continue;
    if (options.range) {
      const mid = rowGroupMiddle(info.metadata.row_groups[g]!);
      if (mid < options.range.start || mid >= options.range.end) continue;
    }
    if (options.filters && ruledOut(info.metadata.row_groups[g]!, info, tops, fields, options.filters)) continue;
    const read = (c: number) => !options.columns || options.columns.has(c);
    const columns = tops.map((top, c) => (!read(c) ? null : top ? readTopColumn(bytes, info, g, top, types[c]!) : new Array<unknown>(numRows).fill(null) as DecodedArray));
    for (let r0 = 0; r0 < numRows; r0 += batchRows) {
      const r1 = Math.min(numRows, r0 + batchRows);
      batches.push({
        types,
        numRows: r1 - r0,
        columns: fields.map((f, c) => {
          const col = columns[c];
          if (!col) return NOT_READ;
          if ('kind' in col && col.kind === 'dense') return sliceDense(col.vector, r0, r1, f.type, dicts[c]!);
          return vectorOf(col as DecodedArray, r0, r1, f.type, f.type.kind === 'array' || f.type.kind === 'map' || f.type.kind === 'struct', dicts[c]!);
        }),
      });
    }
  }
  return { fields, batches };
}

// ---------------------------------------------------------------------------------------
// Writing

export type ParquetCompression = 'SNAPPY' | 'UNCOMPRESSED' | 'GZIP' | 'LZ4' | 'LZ4_RAW' | 'ZSTD';

export interface ParquetWriteOptions {
  /** Spark's `compression` option / `spark.sql.parquet.compression.codec` (default snappy). */
  readonly compression?: string;
  /** `spark.sql.parquet.outputTimestampType`: INT96 (the default), TIMESTAMP_MICROS or TIMESTAMP_MILLIS. */
  readonly timestampType?: string;
  readonly rowGroupSize?: number;
}

/** The codec a Spark `compression` value names, and the part-file extension parquet-mr gives it. */
export function parquetCodec(name: string | undefined): { codec: ParquetCompression; extension: string } {
  const n = (name ?? 'snappy').toLowerCase();
  switch (n) {
    case 'snappy': return { codec: 'SNAPPY', extension: '.snappy.parquet' };
    case 'none': case 'uncompressed': return { codec: 'UNCOMPRESSED', extension: '.parquet' };
    case 'gzip': return { codec: 'GZIP', extension: '.gz.parquet' };
    case 'lz4': return { codec: 'LZ4', extension: '.lz4hadoop.parquet' };
    case 'lz4_raw': return { codec: 'LZ4_RAW', extension: '.lz4raw.parquet' };
    case 'zstd': return { codec: 'ZSTD', extension: '.zstd.parquet' };
    case 'lzo': case 'brotli':
      throw new SparkException(`Flint writes Parquet with snappy, gzip, lz4, lz4_raw, zstd or without compression; the '${n}' codec is not available in the browser build.`);
    default:
      throw new SparkException(`[CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION] The codec ${n} is not available. Available codecs are brotli, gzip, lz4, lz4_raw, lzo, none, snappy, uncompressed, zstd.`);
  }
}

const minBytesForPrecision = (p: number): number => {
  let bytes = 1;
  while (2n ** BigInt(8 * bytes - 1) < 10n ** BigInt(p)) bytes++;
  return bytes;
};

function unsupportedWrite(name: string, t: DataType): never {
  throw new AnalysisException(`The Parquet datasource doesn't support the column \`${name}\` of the type "${sqlName(t)}".`, 'UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE');
}

/** Appends the schema elements of a field (depth first, as Parquet's flat schema list has them). */
function schemaElements(name: string, t: DataType, nullable: boolean, o: ParquetWriteOptions, out: SchemaElement[], top: string): void {
  const repetition_type = nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (t.kind) {
    // tinyint/smallint carry only the INT_8/INT_16 converted type: hyparquet-writer encodes the
    // INTEGER logical type's bitWidth as an i32 where Thrift has an i8, which other readers reject.
    case 'boolean': out.push({ name, type: 'BOOLEAN', repetition_type }); return;
    case 'byte': out.push({ name, type: 'INT32', repetition_type, converted_type: 'INT_8' }); return;
    case 'short': out.push({ name, type: 'INT32', repetition_type, converted_type: 'INT_16' }); return;
    case 'int': out.push({ name, type: 'INT32', repetition_type }); return;
    case 'long': out.push({ name, type: 'INT64', repetition_type }); return;
    case 'float': out.push({ name, type: 'FLOAT', repetition_type }); return;
    case 'double': out.push({ name, type: 'DOUBLE', repetition_type }); return;
    case 'string': out.push({ name, type: 'BYTE_ARRAY', repetition_type, converted_type: 'UTF8', logical_type: { type: 'STRING' } }); return;
    case 'binary': out.push({ name, type: 'BYTE_ARRAY', repetition_type }); return;
    case 'date': out.push({ name, type: 'INT32', repetition_type, converted_type: 'DATE', logical_type: { type: 'DATE' } }); return;
    case 'timestamp': {
      // INT96 is written as 12-byte FIXED_LEN_BYTE_ARRAY values and renamed in the footer (writeParquet).
      if (int96(o)) {
        out.push({ name, type: 'FIXED_LEN_BYTE_ARRAY', type_length: 12, repetition_type });
        return;
      }
      const millis = (o.timestampType ?? '').toUpperCase() === 'TIMESTAMP_MILLIS';
      out.push({ name, type: 'INT64', repetition_type, converted_type: millis ? 'TIMESTAMP_MILLIS' : 'TIMESTAMP_MICROS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: millis ? 'MILLIS' : 'MICROS' } });
      return;
    }
    case 'timestamp_ntz':
      out.push({ name, type: 'INT64', repetition_type, logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: false, unit: 'MICROS' } });
      return;
    case 'decimal': {
      const { precision, scale } = t;
      const logical_type = { type: 'DECIMAL' as const, precision, scale };
      if (precision <= 9) out.push({ name, type: 'INT32', repetition_type, converted_type: 'DECIMAL', precision, scale, logical_type });
      else if (precision <= 18) out.push({ name, type: 'INT64', repetition_type, converted_type: 'DECIMAL', precision, scale, logical_type });
      else out.push({ name, type: 'FIXED_LEN_BYTE_ARRAY', type_length: minBytesForPrecision(precision), repetition_type, converted_type: 'DECIMAL', precision, scale, logical_type });
      return;
    }
    case 'array':
      out.push({ name, repetition_type, num_children: 1, converted_type: 'LIST', logical_type: { type: 'LIST' } });
      out.push({ name: 'list', repetition_type: 'REPEATED', num_children: 1 });
      schemaElements('element', t.element, t.containsNull, o, out, top);
      return;
    case 'map':
      out.push({ name, repetition_type, num_children: 1, converted_type: 'MAP', logical_type: { type: 'MAP' } });
      out.push({ name: 'key_value', repetition_type: 'REPEATED', num_children: 2 });
      schemaElements('key', t.key, false, o, out, top);
      schemaElements('value', t.value, t.valueContainsNull, o, out, top);
      return;
    case 'struct':
      if (!t.fields.length) unsupportedWrite(top, t);
      out.push({ name, repetition_type, num_children: t.fields.length });
      for (const f of t.fields) schemaElements(f.name, f.type, f.nullable, o, out, top);
      return;
    default: unsupportedWrite(top, t);
  }
}

/** Timestamps go out as INT96 (`spark.sql.parquet.outputTimestampType`, INT96 by default in Spark 3.5). */
function int96(o: ParquetWriteOptions): boolean {
  const t = (o.timestampType ?? 'INT96').toUpperCase();
  return t !== 'TIMESTAMP_MICROS' && t !== 'TIMESTAMP_MILLIS';
}

const MICROS_PER_DAY = 86_400_000_000;
const JULIAN_EPOCH_DAY = 2_440_588;

/** An instant (microseconds since the epoch, UTC) as INT96: nanoseconds of the day then the Julian day, little-endian. */
export function int96Bytes(micros: number): Uint8Array {
  const day = Math.floor(micros / MICROS_PER_DAY);
  const nanos = BigInt(micros - day * MICROS_PER_DAY) * 1000n;
  const out = new Uint8Array(12);
  const v = new DataView(out.buffer);
  v.setBigUint64(0, nanos, true);
  v.setInt32(8, day + JULIAN_EPOCH_DAY, true);
  return out;
}

/** An engine value as hyparquet-writer takes it for type `t`. */
function writerValue(v: unknown, t: DataType, o: ParquetWriteOptions): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'long': return typeof v === 'bigint' ? v : BigInt(v as number);
    case 'timestamp': return int96(o) ? int96Bytes(Math.round(v as number)) : BigInt(Math.round(v as number));
    case 'timestamp_ntz': return BigInt(Math.round(v as number));
    case 'decimal': {
      const d = v as Decimal;
      if (d.scale === t.scale) return d.unscaled;
      if (d.scale < t.scale) return d.unscaled * 10n ** BigInt(t.scale - d.scale);
      return d.unscaled / 10n ** BigInt(d.scale - t.scale);
    }
    case 'array': return (v as unknown[]).map((e) => writerValue(e, t.element, o));
    case 'map': {
      const m = v as MapValue;
      return m.keys.map((k, i) => ({ key: writerValue(k, t.key, o), value: writerValue(m.values[i], t.value, o) }));
    }
    case 'struct': {
      const out: Record<string, unknown> = {};
      (v as unknown[]).forEach((x, i) => {
        const f = t.fields[i]!;
        out[f.name] = writerValue(x, f.type, o);
      });
      return out;
    }
    default: return v;
  }
}

/** Checks the names Parquet cannot store twice (Spark: COLUMN_ALREADY_EXISTS). */
function checkNames(fields: readonly StructField[]): void {
  const seen = new Set<string>();
  for (const f of fields) {
    const k = f.name.toLowerCase();
    if (seen.has(k)) throw new AnalysisException(`The column \`${k}\` already exists. Consider to choose another name or rename the existing column.`, 'COLUMN_ALREADY_EXISTS');
    seen.add(k);
  }
}

/** A Parquet file of `rows` (engine values) with schema `fields`, as Spark writes it. */
export function writeParquet(fields: readonly StructField[], rows: readonly (readonly unknown[])[], options: ParquetWriteOptions = {}): Uint8Array {
  checkNames(fields);
  const schema: SchemaElement[] = [{ name: 'spark_schema', num_children: fields.length }];
  for (const f of fields) schemaElements(f.name, f.type, f.nullable, options, schema, f.name);
  const columnData = fields.map((f, c) => {
    const data = new Array<unknown>(rows.length);
    const simple = f.type.kind !== 'long' && f.type.kind !== 'timestamp' && f.type.kind !== 'timestamp_ntz' && f.type.kind !== 'decimal'
      && f.type.kind !== 'array' && f.type.kind !== 'map' && f.type.kind !== 'struct';
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![c];
      data[i] = simple ? (v === undefined ? null : v) : writerValue(v, f.type, options);
    }
    // parquet-mr keeps no min/max for INT96 (its sort order is undefined).
    return { name: f.name, data: data as DecodedArray, ...(int96(options) && hasTimestamp(f.type) ? { statistics: false } : {}) };
  });
  const writer = new ByteWriter();
  const { codec } = parquetCodec(options.compression);
  const pq = new ParquetWriter({
    writer,
    schema: schema as unknown as WriterSchema,
    codec,
    compressors: PARQUET_COMPRESSORS,
    statistics: true,
    kvMetadata: [
      { key: SPARK_VERSION_KEY, value: '3.5.0' },
      { key: SPARK_ROW_METADATA, value: sparkSchemaJson(fields) },
    ],
    createdBy: 'Flint (hyparquet-writer)',
  });
  void pq.write({ columnData, rowGroupSize: options.rowGroupSize ?? 1_000_000 });
  // INT96 leaves went out as FIXED_LEN_BYTE_ARRAY(12) (the same PLAIN bytes); the footer names them INT96.
  const int96Leaves = new Set(leafPaths(schema).filter(([, e]) => isInt96Leaf(e)).map(([p, e]) => {
    e.type = 'INT96';
    delete e.type_length;
    return p;
  }));
  if (int96Leaves.size > 0) {
    for (const g of pq.row_groups) {
      for (const c of g.columns) if (c.meta_data && int96Leaves.has(c.meta_data.path_in_schema.join('\u0000'))) c.meta_data.type = 'INT96';
    }
  }
  void pq.finish();
  return new Uint8Array(writer.getBuffer());
}

function hasTimestamp(t: DataType): boolean {
  switch (t.kind) {
    case 'timestamp': return true;
    case 'array': return hasTimestamp(t.element);
    case 'map': return hasTimestamp(t.key) || hasTimestamp(t.value);
    case 'struct': return t.fields.some((f) => hasTimestamp(f.type));
    default: return false;
  }
}

/** A timestamp leaf written for INT96 (decimals in FIXED_LEN_BYTE_ARRAY always carry DECIMAL). */
function isInt96Leaf(e: SchemaElement): boolean {
  return e.type === 'FIXED_LEN_BYTE_ARRAY' && e.type_length === 12 && !e.converted_type && !e.logical_type;
}

/** The leaves of a flat Parquet schema with their paths below the root (names joined by NUL). */
function leafPaths(schema: SchemaElement[]): [string, SchemaElement][] {
  const out: [string, SchemaElement][] = [];
  let i = 1;
  const walk = (prefix: string[]): void => {
    const e = schema[i++]!;
    const path = [...prefix, e.name];
    if (!e.num_children) out.push([path.join('\u0000'), e]);
    for (let k = 0; k < (e.num_children ?? 0); k++) walk(path);
  };
  while (i < schema.length) walk([]);
  return out;
}
