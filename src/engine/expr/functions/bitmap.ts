/**
 * Bitmap functions (Spark 3.5): values map to a bucket of 32768 bits and a position in it;
 * bitmaps are 4096-byte binaries with bit i in byte i / 8 at bit i % 8.
 */
import { BinaryType, LongType } from '../../types';
import { registerAggregate } from '../aggregate-registry';
import { castTo } from '../coerce';
import { SparkRuntimeException } from '../sql-errors';
import { checkArity, strictFn, unexpectedType } from './registry';

const BITS = 32768n;
const BYTES = 4096;

strictFn('bitmap_bit_position', [LongType], LongType, (a) => {
  const v = a[0] as bigint;
  return v > 0n ? (v - 1n) % BITS : (-v) % BITS;
});
strictFn('bitmap_bucket_number', [LongType], LongType, (a) => {
  const v = a[0] as bigint;
  return v > 0n ? 1n + (v - 1n) / BITS : v / BITS;
});
strictFn('bitmap_count', [BinaryType], LongType, (a) => {
  let n = 0;
  for (let b of a[0] as Uint8Array) {
    while (b) {
      n += b & 1;
      b >>= 1;
    }
  }
  return BigInt(n);
});

registerAggregate(['bitmap_construct_agg'], (args, site) => {
  checkArity(site, args, 1);
  const k = args[0]!.type.kind;
  if (!['byte', 'short', 'int', 'long', 'null'].includes(k)) throw unexpectedType(site, 0, args[0]!, '"BIGINT"');
  const x = castTo(args[0]!, LongType);
  return {
    name: 'bitmap_construct_agg', args: [x], type: BinaryType, nullable: false,
    create: () => {
      const bits = new Uint8Array(BYTES);
      return {
        update(v) {
          if (v[0] === null) return;
          const p = Number(v[0] as bigint);
          if (p < 0 || p >= BYTES * 8) throw new SparkRuntimeException(`The bit position ${p} is out of bounds. The bitmap has ${BYTES * 8} bits (${BYTES} bytes).`, 'INVALID_BITMAP_POSITION', 'org.apache.spark.SparkArrayIndexOutOfBoundsException');
          bits[p >> 3]! |= 1 << (p & 7);
        },
        result: () => bits,
      };
    },
  };
});

registerAggregate(['bitmap_or_agg'], (args, site) => {
  checkArity(site, args, 1);
  if (args[0]!.type.kind !== 'binary') throw unexpectedType(site, 0, args[0]!, '"BINARY"');
  return {
    name: 'bitmap_or_agg', args: [args[0]!], type: BinaryType, nullable: false,
    create: () => {
      const bits = new Uint8Array(BYTES);
      return {
        update(v) {
          if (v[0] === null) return;
          const b = v[0] as Uint8Array;
          for (let i = 0; i < Math.min(b.length, BYTES); i++) bits[i]! |= b[i]!;
        },
        result: () => bits,
      };
    },
  };
});
