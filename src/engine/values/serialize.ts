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
  /** Uint8Array / Float64Array / Int32Array payloads of ALIGN_MIN bytes or more, padded to an 8-byte boundary (views on decode). */
  AlignedUint8Array = 17,
  AlignedFloat64Array = 18,
  AlignedInt32Array = 19,
}

/** Payloads from this size on travel 8-byte aligned, so a reader may view them in place instead of copying. */
const ALIGN_MIN = 256;
/** How many values sizeHint visits before it gives up (the writer then grows as it goes). */
const HINT_BUDGET = 4096;

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
  private buf: Uint8Array;
  private view: DataView;
  private pos = 0;

  /** `capacity`: the bytes expected (sizeHint, or a sum of typed arrays' byteLengths); it grows past them if needed. */
  constructor(capacity = 256) {
    this.buf = new Uint8Array(Math.max(16, Math.ceil(capacity)));
    this.view = new DataView(this.buf.buffer);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const size = Math.max(this.buf.length * 2, this.pos + n);
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

  /**
   * `b` as its length, zero bytes up to a multiple of `align` (counted from the message's
   * start), then its bytes: what Reader.alignedBytes reads, in place where it can.
   */
  alignedBytes(b: Uint8Array, align = 8): void {
    const n = b.byteLength;
    this.ensure(4 + align + n);
    this.view.setUint32(this.pos, n, true);
    this.pos += 4;
    const pad = (align - (this.pos % align)) % align;
    this.buf.fill(0, this.pos, this.pos + pad);
    this.pos += pad;
    this.buf.set(b, this.pos);
    this.pos += n;
  }

  str(s: string): void {
    // Room for ASCII first (the common case); encodeInto stops where the rest does not fit
    // (never inside a surrogate pair), and the buffer grows for the worst case of what is left
    // (3 bytes per UTF-16 unit) instead of reserving it for the whole string up front.
    this.ensure(4 + s.length);
    const lengthAt = this.pos;
    this.pos += 4;
    let rest = s;
    let total = 0;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buf.subarray(this.pos));
      this.pos += written;
      total += written;
      if (read >= rest.length) break;
      rest = rest.slice(read);
      this.ensure(rest.length * 3);
    }
    this.view.setUint32(lengthAt, total, true);
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
      this.typed(v, Tag.Uint8Array, Tag.AlignedUint8Array);
    } else if (v instanceof Float64Array) {
      this.typed(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), Tag.Float64Array, Tag.AlignedFloat64Array);
    } else if (v instanceof Int32Array) {
      this.typed(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), Tag.Int32Array, Tag.AlignedInt32Array);
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

  private typed(bytes: Uint8Array, tag: Tag, alignedTag: Tag): void {
    if (bytes.byteLength < ALIGN_MIN) {
      this.u8(tag);
      this.bytes(bytes);
    } else {
      this.u8(alignedTag);
      this.alignedBytes(bytes, 8);
    }
  }

  /** The bytes written: a view of the writer's buffer (which may hold unused room after them). */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /**
   * The bytes written, for a result kept a while (a block): the view when the buffer holds
   * little unused room (it was sized well), else a copy of just the bytes.
   */
  finishCompact(): Uint8Array {
    const slack = this.buf.length - this.pos;
    return slack <= 64 + (this.pos >> 3) ? this.buf.subarray(0, this.pos) : this.buf.slice(0, this.pos);
  }
}

/**
 * About how many bytes `v` encodes to, or -1 when it holds more than HINT_BUDGET values (a
 * big collection of records: the writer grows as it goes instead of a walk over them all).
 * Typed arrays count their byteLength, so a message carrying blocks is sized in one go.
 */
export function sizeHint(v: unknown): number {
  const budget = { left: HINT_BUDGET };
  const n = hint(v, budget);
  return budget.left < 0 ? -1 : n;
}

function hint(v: unknown, budget: { left: number }): number {
  if (--budget.left < 0) return 0;
  switch (typeof v) {
    case 'number':
      return 9;
    case 'string':
      return 5 + v.length;
    case 'bigint':
      return 25;
    case 'object': {
      if (v === null) return 1;
      if (ArrayBuffer.isView(v)) return 13 + v.byteLength;
      let n = 5;
      if (Array.isArray(v)) {
        for (const item of v) {
          n += hint(item, budget);
          if (budget.left < 0) return 0;
        }
        return n;
      }
      if (v instanceof Map) {
        for (const [k, val] of v) {
          n += hint(k, budget) + hint(val, budget);
          if (budget.left < 0) return 0;
        }
        return n;
      }
      if (v instanceof Set) {
        for (const item of v) {
          n += hint(item, budget);
          if (budget.left < 0) return 0;
        }
        return n;
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      // Codec values (Python objects, plans' own types): a guess; the writer grows if it is short.
      if (proto !== Object.prototype && proto !== null) return 32;
      for (const k of Object.keys(v)) {
        n += 5 + k.length + hint((v as Record<string, unknown>)[k], budget);
        if (budget.left < 0) return 0;
      }
      return n;
    }
    default:
      return 1;
  }
}

export interface ReaderOptions {
  /**
   * Aligned payloads (Uint8Array, Float64Array, Int32Array of ALIGN_MIN bytes or more, and
   * Reader.alignedBytes) come back as views of the buffer read instead of copies. Only for a
   * buffer nobody writes to afterwards (a message taken out of a mailbox, a writer's result):
   * the values keep the whole buffer alive and see any change to it. Never views of shared memory.
   */
  readonly views?: boolean;
}

export class Reader {
  private pos = 0;
  private readonly view: DataView;
  private readonly views: boolean;

  constructor(private readonly buf: Uint8Array, options?: ReaderOptions) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.views = options?.views === true && !(typeof SharedArrayBuffer !== 'undefined' && buf.buffer instanceof SharedArrayBuffer);
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

  /**
   * What Writer.alignedBytes wrote. With the `views` option and the payload at a multiple of
   * `align` in memory, a view of the buffer read; otherwise a copy (a fresh buffer, so
   * aligned for any typed array over it).
   */
  alignedBytes(align = 8): Uint8Array {
    const n = this.u32();
    this.pos += (align - (this.pos % align)) % align;
    const start = this.pos;
    this.pos += n;
    if (this.pos > this.buf.length) throw new TypeError('corrupt serialised data (truncated)');
    if (this.views && (this.buf.byteOffset + start) % align === 0) return this.buf.subarray(start, start + n);
    return this.buf.slice(start, start + n);
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
      case Tag.AlignedUint8Array:
        return this.alignedBytes(8);
      case Tag.AlignedFloat64Array: {
        const b = this.alignedBytes(8);
        return new Float64Array(b.buffer, b.byteOffset, b.byteLength >> 3);
      }
      case Tag.AlignedInt32Array: {
        const b = this.alignedBytes(8);
        return new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
      }
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

/** `value` encoded, in a buffer sized by sizeHint up front when the value is small enough to walk. */
export function serialize(value: unknown): Uint8Array {
  const n = sizeHint(value);
  const w = new Writer(n < 0 ? 256 : n + 64);
  w.value(value);
  return w.finish();
}

/** See ReaderOptions for `views` (aligned payloads as views of `bytes` instead of copies). */
export function deserialize(bytes: Uint8Array, options?: ReaderOptions): unknown {
  return new Reader(bytes, options).value();
}
