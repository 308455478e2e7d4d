/**
 * rand/randn with Spark's XORShiftRandom (seeded per partition with seed + partitionIndex;
 * one in-process partition is index 0), so seeded results match Spark's.
 */
import { DoubleType, StringType } from '../../types';
import type { BoundExpr } from '../bound';
import { isFoldable } from '../bound';
import { compile, newEnv } from '../compile';
import { checkArity, registerScalar } from './registry';
import { AnalysisException } from '../sql-errors';

const MASK64 = (1n << 64n) - 1n;

function rotl32(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) | 0;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = rotl32(k, 15);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = rotl32(h, 13);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Scala's MurmurHash3.bytesHash over the 8 big-endian bytes of a long. */
function bytesHash(bytes: number[], seed: number): number {
  let h = seed;
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) {
    const k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    h = mix(h, k);
  }
  h ^= bytes.length;
  return avalanche(h);
}

function hashSeed(seed: bigint): bigint {
  const bytes: number[] = [];
  let s = BigInt.asUintN(64, seed);
  for (let i = 0; i < 8; i++) {
    bytes.unshift(Number(s & 0xffn));
    s >>= 8n;
  }
  const low = bytesHash(bytes, 0x3c074a61);
  const high = bytesHash(bytes, low);
  return ((BigInt(high) << 32n) | BigInt(low >>> 0)) & MASK64;
}

export class XORShiftRandom {
  private seed: bigint;
  private nextGaussianValue: number | null = null;

  constructor(init: bigint) {
    this.seed = hashSeed(init);
  }

  private next(bits: number): number {
    let s = this.seed;
    s ^= (s << 21n) & MASK64;
    s ^= s >> 35n;
    s ^= (s << 4n) & MASK64;
    this.seed = s;
    return Number(BigInt.asIntN(32, s & ((1n << BigInt(bits)) - 1n)));
  }

  /** java.util.Random.nextInt(bound). */
  nextInt(bound: number): number {
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }

  nextDouble(): number {
    return (this.next(26) * 134217728 + this.next(27)) * 2 ** -53;
  }

  /** java.util.Random.nextGaussian (polar method, second value cached). */
  nextGaussian(): number {
    if (this.nextGaussianValue !== null) {
      const v = this.nextGaussianValue;
      this.nextGaussianValue = null;
      return v;
    }
    let v1: number;
    let v2: number;
    let s: number;
    do {
      v1 = 2 * this.nextDouble() - 1;
      v2 = 2 * this.nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const multiplier = Math.sqrt((-2 * Math.log(s)) / s);
    this.nextGaussianValue = v2 * multiplier;
    return v1 * multiplier;
  }
}

function seedOf(args: BoundExpr[], name: string): bigint {
  if (args.length === 0) return BigInt(Math.floor(Math.random() * 2 ** 53));
  const a = args[0]!;
  if (!isFoldable(a)) throw new AnalysisException(`The seed of ${name} must be a literal.`, 'SEED_EXPRESSION_IS_UNFOLDABLE');
  if (a.type.kind !== 'int' && a.type.kind !== 'long' && a.type.kind !== 'null') {
    throw new AnalysisException(`Cannot resolve "${name}(...)" due to data type mismatch: Parameter 1 requires the ("INT" or "BIGINT") type.`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }
  const v = compile(a)([], newEnv(() => []));
  return v === null ? 0n : BigInt(v as number | bigint);
}

for (const [names, gaussian] of [[['rand', 'random'], false], [['randn'], true]] as const) {
  registerScalar([...names], (args, site) => {
    checkArity(site, args, 0, 1);
    const seed = seedOf(args, site.name);
    return {
      kind: 'stateful', name: site.name, args: [], type: DoubleType, nullable: false,
      init: () => {
        const rng = new XORShiftRandom(seed);
        return () => (gaussian ? rng.nextGaussian() : rng.nextDouble());
      },
    };
  });
}

registerScalar('uuid', (args, site) => {
  checkArity(site, args, 0, 1);
  return {
    kind: 'stateful', name: 'uuid', args: [], type: StringType, nullable: false,
    init: () => () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
      hex[12] = '4';
      hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
      const s = hex.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
});
