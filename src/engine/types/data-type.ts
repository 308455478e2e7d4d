/**
 * Spark SQL data types as a discriminated union. `simpleString` is the form the golden
 * files print in `struct<...>` schemas; `sqlName` is the upper-case form Spark puts in
 * auto-generated column names such as `CAST(x AS INT)`.
 */
export type DataType =
  | { readonly kind: 'null' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'byte' }
  | { readonly kind: 'short' }
  | { readonly kind: 'int' }
  | { readonly kind: 'long' }
  | { readonly kind: 'float' }
  | { readonly kind: 'double' }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'string' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'date' }
  | { readonly kind: 'timestamp' }
  | { readonly kind: 'timestamp_ntz' }
  | { readonly kind: 'interval' }
  /** ANSI year-month interval (values are whole months). */
  | { readonly kind: 'yearmonth'; readonly from: 'year' | 'month'; readonly to: 'year' | 'month' }
  /** ANSI day-time interval (values are microseconds). */
  | { readonly kind: 'daytime'; readonly from: 'day' | 'hour' | 'minute' | 'second'; readonly to: 'day' | 'hour' | 'minute' | 'second' }
  | { readonly kind: 'array'; readonly element: DataType; readonly containsNull: boolean }
  | { readonly kind: 'map'; readonly key: DataType; readonly value: DataType; readonly valueContainsNull: boolean }
  /** `udt` marks a user-defined type (VectorUDT, ...) stored as this struct (types/udt.ts). */
  | { readonly kind: 'struct'; readonly fields: readonly StructField[]; readonly udt?: UdtInfo };

/** A user-defined type: its simpleString name and the Python / Scala classes that own it. */
export interface UdtInfo {
  readonly name: string;
  readonly pyModule: string;
  readonly pyClass: string;
  readonly scalaClass: string;
}

export interface StructField {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
}

export type StructType = Extract<DataType, { kind: 'struct' }>;
export type DecimalType = Extract<DataType, { kind: 'decimal' }>;

export const NullType: DataType = { kind: 'null' };
export const BooleanType: DataType = { kind: 'boolean' };
export const ByteType: DataType = { kind: 'byte' };
export const ShortType: DataType = { kind: 'short' };
export const IntegerType: DataType = { kind: 'int' };
export const LongType: DataType = { kind: 'long' };
export const FloatType: DataType = { kind: 'float' };
export const DoubleType: DataType = { kind: 'double' };
export const StringType: DataType = { kind: 'string' };
export const BinaryType: DataType = { kind: 'binary' };
export const DateType: DataType = { kind: 'date' };
export const TimestampType: DataType = { kind: 'timestamp' };
export const TimestampNTZType: DataType = { kind: 'timestamp_ntz' };
export const IntervalType: DataType = { kind: 'interval' };

export const MAX_DECIMAL_PRECISION = 38;

export function decimalType(precision: number, scale: number): DecimalType {
  return { kind: 'decimal', precision, scale };
}
export function arrayType(element: DataType, containsNull = true): DataType {
  return { kind: 'array', element, containsNull };
}
export function mapType(key: DataType, value: DataType, valueContainsNull = true): DataType {
  return { kind: 'map', key, value, valueContainsNull };
}
export function structType(fields: readonly StructField[]): StructType {
  return { kind: 'struct', fields };
}
export function field(name: string, type: DataType, nullable = true): StructField {
  return { name, type, nullable };
}

export function simpleString(t: DataType): string {
  switch (t.kind) {
    case 'null': return 'void';
    case 'boolean': return 'boolean';
    case 'byte': return 'tinyint';
    case 'short': return 'smallint';
    case 'int': return 'int';
    case 'long': return 'bigint';
    case 'float': return 'float';
    case 'double': return 'double';
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    case 'string': return 'string';
    case 'binary': return 'binary';
    case 'date': return 'date';
    case 'timestamp': return 'timestamp';
    case 'timestamp_ntz': return 'timestamp_ntz';
    case 'interval': return 'interval';
    case 'yearmonth': return t.from === t.to ? `interval ${t.from}` : `interval ${t.from} to ${t.to}`;
    case 'daytime': return t.from === t.to ? `interval ${t.from}` : `interval ${t.from} to ${t.to}`;
    case 'array': return `array<${simpleString(t.element)}>`;
    case 'map': return `map<${simpleString(t.key)},${simpleString(t.value)}>`;
    case 'struct': return t.udt ? t.udt.name : `struct<${t.fields.map((f) => `${f.name}:${simpleString(f.type)}`).join(',')}>`;
    default: return assertNeverType(t);
  }
}

/** The upper-case SQL form used inside generated names and error messages. */
export function sqlName(t: DataType): string {
  switch (t.kind) {
    case 'null': return 'VOID';
    case 'array': return `ARRAY<${sqlName(t.element)}>`;
    case 'map': return `MAP<${sqlName(t.key)}, ${sqlName(t.value)}>`;
    case 'struct': return `STRUCT<${t.fields.map((f) => `${f.name}: ${sqlName(f.type)}`).join(', ')}>`;
    case 'decimal': return `DECIMAL(${t.precision},${t.scale})`;
    default: return simpleString(t).toUpperCase();
  }
}

/** Spark 3.5's `typeName`-ish form for DESCRIBE and typeof(). */
export function catalogString(t: DataType): string {
  return simpleString(t);
}

function assertNeverType(t: never): never {
  throw new Error(`unexpected data type ${JSON.stringify(t)}`);
}

export function isNumeric(t: DataType): boolean {
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'long': case 'float': case 'double': case 'decimal':
      return true;
    default:
      return false;
  }
}
export function isIntegral(t: DataType): boolean {
  return t.kind === 'byte' || t.kind === 'short' || t.kind === 'int' || t.kind === 'long';
}
export function isFractional(t: DataType): boolean {
  return t.kind === 'float' || t.kind === 'double';
}
export function isAtomic(t: DataType): boolean {
  return t.kind !== 'array' && t.kind !== 'map' && t.kind !== 'struct';
}

export function sameType(a: DataType, b: DataType): boolean {
  return simpleString(a) === simpleString(b);
}

/** Equality that ignores nullability flags, like Spark's `sameType`. */
export function equalsIgnoreNullability(a: DataType, b: DataType): boolean {
  return sameType(a, b);
}
