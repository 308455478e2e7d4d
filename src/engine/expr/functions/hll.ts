/**
 * hll_sketch_agg / hll_union_agg / hll_union / hll_sketch_estimate: HyperLogLog sketches as
 * binary values. A sketch first keeps the exact set of its values' 64-bit hashes (so small
 * cardinalities estimate exactly, as DataSketches' coupon-list mode does) and turns into 2^lgK
 * registers past 2^lgK / 4 distinct hashes, estimated with the HLL formula and linear counting.
 * The binary layout is Flint's own (version, lgK, mode, payload), not DataSketches'.
 */
import { BinaryType, IntegerType, LongType } from '../../types';
import type { DataType } from '../../types';
import { registerAggregate } from '../aggregate-registry';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { SparkRuntimeException } from '../sql-errors';
import { castToString } from '../cast';
import { xxhash64 } from './hash-algorithms';
import { checkArity, registerScalar, unexpectedType } from './registry';
import type { CallSite } from './registry';

const VERSION = 1;
const MASK64 = (1n << 64n) - 1n;
const utf8 = new TextEncoder();

export class HllSketch {
  hashes: Set<bigint> | null = new Set();
  registers: Uint8Array | null = null;

  constructor(readonly lgK: number) {}

  private get listLimit(): number {
    return Math.max(8, (1 << this.lgK) >> 2);
  }

  addHash(h: bigint): void {
    if (this.hashes) {
      this.hashes.add(h);
      if (this.hashes.size > this.listLimit) this.toRegisters();
    } else this.setRegister(h);
  }

  private setRegister(h: bigint): void {
    const regs = this.registers!;
    const idx = Number(h & BigInt((1 << this.lgK) - 1));
    let rest = h >> BigInt(this.lgK);
    let rank = 1;
    const maxRank = 64 - this.lgK + 1;
    while (rank < maxRank && (rest & 1n) === 0n) {
      rank++;
      rest >>= 1n;
    }
    if (rank > regs[idx]!) regs[idx] = rank;
  }

  toRegisters(): void {
    if (!this.hashes) return;
    this.registers = new Uint8Array(1 << this.lgK);
    const hs = this.hashes;
    this.hashes = null;
    for (const h of hs) this.setRegister(h);
  }

  estimate(): number {
    if (this.hashes) return this.hashes.size;
    const regs = this.registers!;
    const m = regs.length;
    let sum = 0;
    let zeros = 0;
    for (const r of regs) {
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
    const e = (alpha * m * m) / sum;
    if (e <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
    return e;
  }

  /** This sketch merged with `o` at the smaller lgK. */
  union(o: HllSketch): HllSketch {
    const lgK = Math.min(this.lgK, o.lgK);
    const out = new HllSketch(lgK);
    for (const s of [this, o]) {
      if (s.hashes) for (const h of s.hashes) out.addHash(h);
    }
    for (const s of [this, o]) {
      if (!s.registers) continue;
      out.toRegisters();
      const regs = out.registers!;
      const mask = (1 << lgK) - 1;
      s.registers.forEach((r, i) => {
        if (r > regs[i & mask]!) regs[i & mask] = r;
      });
    }
    return out;
  }

  serialize(): Uint8Array {
    if (this.hashes) {
      const out = new Uint8Array(3 + 8 * this.hashes.size);
      out.set([VERSION, this.lgK, 0]);
      const view = new DataView(out.buffer);
      let at = 3;
      for (const h of [...this.hashes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        view.setBigUint64(at, h);
        at += 8;
      }
      return out;
    }
    const out = new Uint8Array(3 + this.registers!.length);
    out.set([VERSION, this.lgK, 1]);
    out.set(this.registers!, 3);
    return out;
  }

  static deserialize(b: Uint8Array, fn: string): HllSketch {
    const bad = () => new SparkRuntimeException(`Invalid call to ${fn}; only valid HLL sketch buffers are supported as inputs (such as those produced by the \`hll_sketch_agg\` function).`, 'HLL_INVALID_INPUT_SKETCH_BUFFER');
    if (b.length < 3 || b[0] !== VERSION || b[1]! < 4 || b[1]! > 21) throw bad();
    const s = new HllSketch(b[1]!);
    if (b[2] === 0) {
      if ((b.length - 3) % 8 !== 0) throw bad();
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let at = 3; at < b.length; at += 8) s.hashes!.add(view.getBigUint64(at));
    } else if (b[2] === 1 && b.length === 3 + (1 << s.lgK)) {
      s.hashes = null;
      s.registers = Uint8Array.from(b.subarray(3));
    } else throw bad();
    return s;
  }
}

/** The 64-bit hash of a value's bytes (ints and longs as 8 bytes, strings as UTF-8). */
function hashValue(v: unknown, t: DataType): bigint {
  let bytes: Uint8Array;
  if (t.kind === 'binary') bytes = v as Uint8Array;
  else if (t.kind === 'string') bytes = utf8.encode(v as string);
  else if (t.kind === 'int' || t.kind === 'long') {
    bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigInt64(0, BigInt(v as number | bigint));
  } else bytes = utf8.encode(castToString(v, t));
  return xxhash64(bytes, 9001n) & MASK64;
}

function lgKArg(site: CallSite, e: BoundExpr | undefined): number {
  if (!e) return 12;
  if (e.kind !== 'literal' || typeof e.value !== 'number') throw unexpectedType(site, 1, e, '"INT" literal');
  const lgK = e.value;
  if (lgK < 4 || lgK > 21) {
    throw new SparkRuntimeException(`Invalid call to hll_sketch_agg; the \`lgConfigK\` value must be between 4 and 21, inclusive: ${lgK}.`, 'HLL_INVALID_LG_K');
  }
  return lgK;
}

function allowArg(e: BoundExpr | undefined): boolean {
  return e !== undefined && e.kind === 'literal' && e.value === true;
}

function unionChecked(a: HllSketch, b: HllSketch, allow: boolean, fn: string): HllSketch {
  if (a.lgK !== b.lgK && !allow) {
    throw new SparkRuntimeException(`Sketches have different \`lgConfigK\` values: ${a.lgK} and ${b.lgK}. Set the \`allowDifferentLgConfigK\` parameter to true to call ${fn} with different \`lgConfigK\` values.`, 'HLL_UNION_DIFFERENT_LG_K');
  }
  return a.union(b);
}

registerAggregate(['hll_sketch_agg'], (args, site) => {
  checkArity(site, args, 1, 2);
  const t = args[0]!.type;
  if (!['int', 'long', 'string', 'binary', 'byte', 'short', 'null'].includes(t.kind)) throw unexpectedType(site, 0, args[0]!, '("INT" or "BIGINT" or "STRING" or "BINARY")');
  const lgK = lgKArg(site, args[1]);
  const x = t.kind === 'byte' || t.kind === 'short' ? castTo(args[0]!, IntegerType) : args[0]!;
  return {
    name: 'hll_sketch_agg', args: [x], type: BinaryType, nullable: false,
    create: () => {
      const s = new HllSketch(lgK);
      return {
        update(v) {
          if (v[0] !== null) s.addHash(hashValue(v[0], x.type));
        },
        result: () => s.serialize(),
      };
    },
  };
});

registerAggregate(['hll_union_agg'], (args, site) => {
  checkArity(site, args, 1, 2);
  if (args[0]!.type.kind !== 'binary') throw unexpectedType(site, 0, args[0]!, '"BINARY"');
  const allow = allowArg(args[1]);
  return {
    name: 'hll_union_agg', args: [args[0]!], type: BinaryType, nullable: true,
    create: () => {
      let acc: HllSketch | null = null;
      return {
        update(v) {
          if (v[0] === null) return;
          const s = HllSketch.deserialize(v[0] as Uint8Array, 'hll_union_agg');
          acc = acc === null ? s : unionChecked(acc, s, allow, 'hll_union_agg');
        },
        result: () => (acc === null ? null : (acc as HllSketch).serialize()),
      };
    },
  };
});

registerScalar('hll_union', (args, site) => {
  checkArity(site, args, 2, 3);
  for (const i of [0, 1]) if (args[i]!.type.kind !== 'binary') throw unexpectedType(site, i, args[i]!, '"BINARY"');
  if (args[2] && args[2].type.kind !== 'boolean') throw unexpectedType(site, 2, args[2], '"BOOLEAN"');
  const allow = allowArg(args[2]);
  return {
    kind: 'strict', name: 'hll_union', args: args.slice(0, 2), type: BinaryType, nullable: true,
    fn: (a) => unionChecked(HllSketch.deserialize(a[0] as Uint8Array, 'hll_union'), HllSketch.deserialize(a[1] as Uint8Array, 'hll_union'), allow, 'hll_union').serialize(),
  };
});

registerScalar('hll_sketch_estimate', (args, site) => {
  checkArity(site, args, 1);
  if (args[0]!.type.kind !== 'binary') throw unexpectedType(site, 0, args[0]!, '"BINARY"');
  return {
    kind: 'strict', name: 'hll_sketch_estimate', args, type: LongType, nullable: true,
    fn: (a) => BigInt(Math.round(HllSketch.deserialize(a[0] as Uint8Array, 'hll_sketch_estimate').estimate())),
  };
});

