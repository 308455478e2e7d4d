/**
 * histogram_numeric: the streaming histogram Spark took from Hive (Ben-Haim & Tom-Tov):
 * bins merge at the smallest gap, ties broken by java.util.Random(31183) as there.
 */
import { arrayType, DoubleType, field, structType } from '../types';
import type { DataType } from '../types';
import type { AggState } from './aggregates';

/** java.util.Random's 48-bit LCG, enough for nextDouble(). */
export class JavaRandom {
  private seed: bigint;
  constructor(seed: number) {
    this.seed = (BigInt(seed) ^ 0x5deece66dn) & ((1n << 48n) - 1n);
  }
  private next(bits: number): number {
    this.seed = (this.seed * 0x5deece66dn + 0xbn) & ((1n << 48n) - 1n);
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  nextDouble(): number {
    return (this.next(26) * 134217728 + this.next(27)) * 2 ** -53;
  }
}

export function histogramType(input: DataType): DataType {
  return arrayType(structType([field('x', input.kind === 'null' ? DoubleType : input, true), field('y', DoubleType, true)]));
}

function toNumber(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : (v as number);
}

function fromNumber(x: number, t: DataType): unknown {
  switch (t.kind) {
    case 'byte': case 'short': case 'int': case 'date': return Math.trunc(x);
    case 'long': return BigInt(Math.trunc(x));
    case 'float': return Math.fround(x);
    case 'timestamp': case 'timestamp_ntz': case 'daytime': return Math.trunc(x);
    default: return x;
  }
}

export function histogramState(nbins: number, input: DataType): AggState {
  const xs: number[] = [];
  const ys: number[] = [];
  const prng = new JavaRandom(31183);
  const trim = (): void => {
    while (xs.length > nbins) {
      let smallest = xs[1]! - xs[0]!;
      let loc = 0;
      let count = 1;
      for (let i = 1; i < xs.length - 1; i++) {
        const diff = xs[i + 1]! - xs[i]!;
        if (diff < smallest) {
          smallest = diff;
          loc = i;
          count = 1;
        } else if (diff === smallest && prng.nextDouble() <= 1.0 / ++count) {
          loc = i;
        }
      }
      const d = ys[loc]! + ys[loc + 1]!;
      let x = xs[loc]! * (ys[loc]! / d);
      x += (xs[loc + 1]! / d) * ys[loc + 1]!;
      xs[loc] = x;
      ys[loc] = d;
      xs.splice(loc + 1, 1);
      ys.splice(loc + 1, 1);
    }
  };
  return {
    update(vals) {
      if (vals[0] === null) return;
      const v = toNumber(vals[0]);
      let lo = 0;
      let hi = xs.length;
      let bin = 0;
      while (lo < hi) {
        bin = (lo + hi) >> 1;
        if (xs[bin]! > v) hi = bin;
        else if (xs[bin]! < v) lo = ++bin;
        else break;
      }
      if (bin < xs.length && xs[bin] === v) ys[bin]!++;
      else {
        xs.splice(bin, 0, v);
        ys.splice(bin, 0, 1);
        if (xs.length > nbins) trim();
      }
    },
    result: () => (xs.length === 0 ? null : xs.map((x, i) => [fromNumber(x, input), ys[i]!])),
  };
}
