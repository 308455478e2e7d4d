/** Parses Spark type strings (`int`, `decimal(10,2)`, `struct<a:int,b:array<string>>`). */
import {
  arrayType, BinaryType, BooleanType, ByteType, DateType, decimalType, DoubleType, field, FloatType,
  IntegerType, IntervalType, LongType, mapType, NullType, ShortType, StringType, structType, TimestampNTZType,
  TimestampType,
} from './data-type';
import type { DataType, StructField } from './data-type';
import { udtByName } from './udt';

/** The primitive type a (lower-cased) name denotes, or null when the name is not a type. */
export function primitiveTypeByName(name: string, args: readonly number[] = []): DataType | null {
  switch (name.toLowerCase()) {
    case 'boolean': return BooleanType;
    case 'tinyint': case 'byte': return ByteType;
    case 'smallint': case 'short': return ShortType;
    case 'int': case 'integer': return IntegerType;
    case 'bigint': case 'long': return LongType;
    case 'float': case 'real': return FloatType;
    case 'double': return DoubleType;
    case 'string': case 'varchar': case 'char': return StringType;
    case 'binary': return BinaryType;
    case 'date': return DateType;
    case 'timestamp': case 'timestamp_ltz': return TimestampType;
    case 'timestamp_ntz': return TimestampNTZType;
    case 'void': return NullType;
    case 'interval': return IntervalType;
    case 'decimal': case 'dec': case 'numeric':
      return decimalType(args[0] ?? 10, args[1] ?? 0);
    default: return null;
  }
}

export function parseDataType(text: string): DataType {
  const p = new DdlParser(text);
  const t = p.type();
  p.end();
  return t;
}

/** `a int, b string` or `struct<a:int>` → fields. */
export function parseSchema(text: string): StructField[] {
  const p = new DdlParser(text);
  const fields: StructField[] = [];
  do {
    const name = p.ident();
    p.optional(':');
    fields.push(field(name, p.type()));
  } while (p.optional(','));
  p.end();
  return fields;
}

class DdlParser {
  private pos = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }
  optional(ch: string): boolean {
    this.ws();
    if (this.s[this.pos] === ch) {
      this.pos++;
      return true;
    }
    return false;
  }
  private expect(ch: string): void {
    if (!this.optional(ch)) throw new Error(`DataType parse error at ${this.pos} in '${this.s}'`);
  }
  end(): void {
    this.ws();
    if (this.pos !== this.s.length) throw new Error(`DataType parse error at ${this.pos} in '${this.s}'`);
  }
  ident(): string {
    this.ws();
    if (this.s[this.pos] === '`') {
      const end = this.s.indexOf('`', this.pos + 1);
      const id = this.s.slice(this.pos + 1, end);
      this.pos = end + 1;
      return id;
    }
    const m = /^[A-Za-z_0-9]+/.exec(this.s.slice(this.pos));
    if (!m) throw new Error(`DataType parse error at ${this.pos} in '${this.s}'`);
    this.pos += m[0].length;
    return m[0];
  }
  type(): DataType {
    const name = this.ident().toLowerCase();
    if (name === 'array') {
      this.expect('<');
      const e = this.type();
      this.expect('>');
      return arrayType(e);
    }
    if (name === 'map') {
      this.expect('<');
      const k = this.type();
      this.expect(',');
      const v = this.type();
      this.expect('>');
      return mapType(k, v);
    }
    if (name === 'struct') {
      this.expect('<');
      const fields: StructField[] = [];
      if (!this.optional('>')) {
        do {
          const n = this.ident();
          this.optional(':');
          fields.push(field(n, this.type()));
        } while (this.optional(','));
        this.expect('>');
      }
      return structType(fields);
    }
    const args: number[] = [];
    if (this.optional('(')) {
      do args.push(parseInt(this.ident(), 10));
      while (this.optional(','));
      this.expect(')');
    }
    const t = primitiveTypeByName(name, args) ?? udtByName(name);
    if (!t) throw new Error(`DataType ${name} is not supported`);
    return t;
  }
}
