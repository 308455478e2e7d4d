/**
 * A compact tagged binary encoding for everything that crosses between the driver and
 * the executors through shared memory: task recipes, partition data and results.
 * Structured clone is not available there (a blocked driver receives through
 * SharedArrayBuffers, not messages), and JSON loses -0, NaN, BigInt and typed arrays.
 * Python values add codecs through `registerCodec` as the object model grows.
 */

const enum Tag {
  Undefined = 0,
  Null = 1,
  False = 2,
  True = 3,
  Int32 = 4,
  Float64 = 5,
  BigInt = 6,
  String = 7,
  Array = 8,
  Object = 9,
  Uint8Array = 10,
  Float64Array = 11,
  Int32Array = 12,
  Map = 13,
  Set = 14,
  Date = 15,
  Codec = 16,
}

export interface Codec<T> {
  /** A stable name; both sides must register the same codecs. */
  readonly name: string;
  test(value: unknown): value is T;
  encode(value: T, w: Writer): void;
  decode(r: Reader): T;
}

const codecs: Codec<unknown>[] = [];
const codecByName = new Map<string, number>();

export function registerCodec<T>(codec: Codec<T>): void {
  if (codecByName.has(codec.name)) return;
  codecByName.set(codec.name, codecs.length);
  codecs.push(codec as Codec<unknown>);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Writer {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  i32(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.pos, v, true);
    this.pos += 4;
  }

  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  bytes(b: Uint8Array): void {
    this.u32(b.byteLength);
    this.ensure(b.byteLength);
    this.buf.set(b, this.pos);
    this.pos += b.byteLength;
  }

  str(s: string): void {
    // Worst case UTF-8 is 3 bytes per UTF-16 unit.
    this.ensure(4 + s.length * 3);
    const start = this.pos + 4;
    const { written } = encoder.encodeInto(s, this.buf.subarray(start));
    this.view.setUint32(this.pos, written, true);
    this.pos = start + written;
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'undefined':
        this.u8(Tag.Undefined);
        return;
      case 'boolean':
        this.u8(v ? Tag.True : Tag.False);
        return;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this.u8(Tag.Int32);
          this.i32(v);
        } else {
          this.u8(Tag.Float64);
          this.f64(v);
        }
        return;
      case 'bigint':
        this.u8(Tag.BigInt);
        this.str(v.toString());
        return;
      case 'string':
        this.u8(Tag.String);
        this.str(v);
        return;
      case 'object':
        this.object(v);
        return;
      default:
        throw new TypeError(`cannot serialise a value of type ${typeof v}`);
    }
  }

  private object(v: object | null): void {
    if (v === null) {
      this.u8(Tag.Null);
    } else if (Array.isArray(v)) {
      this.u8(Tag.Array);
      this.u32(v.length);
      for (const item of v) this.value(item);
    } else if (v instanceof Uint8Array) {
      this.u8(Tag.Uint8Array);
      this.bytes(v);
    } else if (v instanceof Float64Array) {
      this.u8(Tag.Float64Array);
      this.bytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    } else if (v instanceof Int32Array) {
      this.u8(Tag.Int32Array);
      this.bytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    } else if (v instanceof Map) {
      this.u8(Tag.Map);
      this.u32(v.size);
      for (const [k, val] of v) {
        this.value(k);
        this.value(val);
      }
    } else if (v instanceof Set) {
      this.u8(Tag.Set);
      this.u32(v.size);
      for (const item of v) this.value(item);
    } else if (v instanceof Date) {
      this.u8(Tag.Date);
      this.f64(v.getTime());
    } else {
      for (let i = 0; i < codecs.length; i++) {
        const codec = codecs[i]!;
        if (codec.test(v)) {
          this.u8(Tag.Codec);
          this.u32(i);
          codec.encode(v, this);
          return;
        }
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (v as { constructor?: { name?: string } }).constructor?.name ?? 'object';
        throw new TypeError(`cannot serialise an instance of ${name}`);
      }
      const keys = Object.keys(v);
      this.u8(Tag.Object);
      this.u32(keys.length);
      for (const k of keys) {
        this.str(k);
        this.value((v as Record<string, unknown>)[k]);
      }
    }
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

export class Reader {
  private pos = 0;
  private readonly view: DataView;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  u8(): number {
    return this.buf[this.pos++]!;
  }

  u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  i32(): number {
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** A copy, so the result outlives the shared buffer it was read from. */
  bytes(): Uint8Array {
    const n = this.u32();
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  str(): string {
    const n = this.u32();
    const s = decoder.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }

  value(): unknown {
    const tag = this.u8() as Tag;
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int32:
        return this.i32();
      case Tag.Float64:
        return this.f64();
      case Tag.BigInt:
        return BigInt(this.str());
      case Tag.String:
        return this.str();
      case Tag.Array: {
        const n = this.u32();
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case Tag.Object: {
        const n = this.u32();
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = this.str();
          out[k] = this.value();
        }
        return out;
      }
      case Tag.Uint8Array:
        return this.bytes();
      case Tag.Float64Array:
        return new Float64Array(this.bytes().buffer);
      case Tag.Int32Array:
        return new Int32Array(this.bytes().buffer);
      case Tag.Map: {
        const n = this.u32();
        const out = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) {
          const k = this.value();
          out.set(k, this.value());
        }
        return out;
      }
      case Tag.Set: {
        const n = this.u32();
        const out = new Set<unknown>();
        for (let i = 0; i < n; i++) out.add(this.value());
        return out;
      }
      case Tag.Date:
        return new Date(this.f64());
      case Tag.Codec: {
        const codec = codecs[this.u32()];
        if (!codec) throw new TypeError('unknown codec in serialised data');
        return codec.decode(this);
      }
      default:
        throw new TypeError(`corrupt serialised data (tag ${String(tag)})`);
    }
  }
}

export function serialize(value: unknown): Uint8Array {
  const w = new Writer();
  w.value(value);
  return w.finish();
}

export function deserialize(bytes: Uint8Array): unknown {
  return new Reader(bytes).value();
}
