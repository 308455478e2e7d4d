/** md5, sha1, sha2, crc32, and Spark's seeded row hashes hash() (Murmur3, seed 42) and xxhash64() (seed 42). */
import { BinaryType, IntegerType, LongType, StringType } from '../../types';
import type { DataType, Decimal , MapValue } from '../../types';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { checkArity, registerScalar } from './registry';
import type { CallSite } from './registry';
import { crc32, md5Hex, murmur3, sha1Hex, sha256Hex, sha512Hex, xxhash64 } from './hash-algorithms';
import { TextEncoderLite } from './math';

const enc = new TextEncoderLite();

function binaryArg(arg: BoundExpr): BoundExpr {
  return arg.type.kind === 'binary' ? arg : castTo(castTo(arg, StringType), BinaryType);
}

function digest(names: string[], ret: DataType, fn: (b: Uint8Array, extra: unknown) => unknown, arity = 1): void {
  registerScalar(names, (args, site: CallSite) => {
    checkArity(site, args, arity);
    const cast = [binaryArg(args[0]!), ...args.slice(1).map((a) => castTo(a, IntegerType))];
    return { kind: 'strict', name: site.name, args: cast, type: ret, nullable: true, fn: (a) => fn(a[0] as Uint8Array, a[1]) };
  });
}
digest(['md5'], StringType, (b) => md5Hex(b));
digest(['sha1', 'sha'], StringType, (b) => sha1Hex(b));
digest(['crc32'], LongType, (b) => BigInt(crc32(b)));
digest(['sha2'], StringType, (b, bits) => {
  switch (bits) {
    case 0: case 256: return sha256Hex(b);
    case 224: return sha256Hex(b, true);
    case 384: return sha512Hex(b, true);
    case 512: return sha512Hex(b);
    default: return null;
  }
}, 2);

const f32 = new DataView(new ArrayBuffer(8));

/** A value as Spark's hash expressions feed it: int-like as 4 bytes, long-like as 8, text as UTF-8. */
interface Hasher<H> {
  int(v: number, h: H): H;
  long(v: bigint, h: H): H;
  bytes(b: Uint8Array, h: H): H;
}

function hashValue<H>(v: unknown, t: DataType, h: H, x: Hasher<H>): H {
  if (v === null || v === undefined) return h;
  switch (t.kind) {
    case 'boolean': return x.int(v ? 1 : 0, h);
    case 'byte': case 'short': case 'int': case 'date': case 'yearmonth': return x.int(v as number, h);
    case 'long': case 'timestamp': case 'timestamp_ntz': case 'daytime': return x.long(v as bigint, h);
    case 'float': f32.setFloat32(0, (v as number) === 0 ? 0 : (v as number)); return x.int(f32.getInt32(0), h);
    case 'double': f32.setFloat64(0, (v as number) === 0 ? 0 : (v as number)); return x.long(f32.getBigInt64(0), h);
    case 'decimal': {
      const d = v as Decimal;
      const unscaled = d.unscaled;
      if (t.precision <= 18) return x.long(unscaled, h);
      return x.bytes(twosComplement(unscaled), h);
    }
    case 'string': return x.bytes(enc.encode(v as string), h);
    case 'binary': return x.bytes(v as Uint8Array, h);
    case 'array': return (v as unknown[]).reduce<H>((acc, e) => hashValue(e, t.element, acc, x), h);
    case 'map': {
      const m = v as MapValue;
      let acc = h;
      m.keys.forEach((k, i) => {
        acc = hashValue(k, t.key, acc, x);
        acc = hashValue(m.values[i], t.value, acc, x);
      });
      return acc;
    }
    case 'struct': return t.fields.reduce<H>((acc, f, i) => hashValue((v as unknown[])[i], f.type, acc, x), h);
    default: return h;
  }
}

/** BigInteger.toByteArray: minimal big-endian two's complement. */
function twosComplement(v: bigint): Uint8Array {
  const out: number[] = [];
  let x = v;
  for (;;) {
    out.unshift(Number(BigInt.asUintN(8, x)));
    x >>= 8n;
    if ((x === 0n && (out[0]! & 0x80) === 0) || (x === -1n && (out[0]! & 0x80) !== 0)) break;
  }
  return Uint8Array.from(out);
}

const murmurHasher: Hasher<number> = { int: murmur3.int, long: murmur3.long, bytes: murmur3.bytes };
const le = new DataView(new ArrayBuffer(8));
const xxHasher: Hasher<bigint> = {
  int: (v, h) => { le.setInt32(0, v, true); return xxhash64(new Uint8Array(le.buffer, 0, 4).slice(), h); },
  long: (v, h) => { le.setBigInt64(0, BigInt.asIntN(64, v), true); return xxhash64(new Uint8Array(le.buffer, 0, 8).slice(), h); },
  bytes: (b, h) => xxhash64(b, h),
};

registerScalar('hash', (args, site) => {
  if (args.length === 0) checkArity(site, args, 1, Infinity);
  return { kind: 'lenient', name: site.name, args, type: IntegerType, nullable: false, fn: (a) => a.reduce<number>((h, v, i) => hashValue(v, args[i]!.type, h, murmurHasher), 42) };
});
registerScalar('xxhash64', (args, site) => {
  if (args.length === 0) checkArity(site, args, 1, Infinity);
  return { kind: 'lenient', name: site.name, args, type: LongType, nullable: false, fn: (a) => a.reduce<bigint>((h, v, i) => hashValue(v, args[i]!.type, h, xxHasher), 42n) };
});
