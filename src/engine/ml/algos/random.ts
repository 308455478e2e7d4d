/**
 * A small seeded generator for the ML kernels (bootstrap counts, feature subsets, k-means
 * initialisation): xorshift128+ on two 32-bit halves seeded through splitmix-style mixing,
 * so every (seed, partition) pair gives a reproducible stream on any executor.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = Math.floor(seed) >>> 0 ^ Math.floor(seed / 4294967296) >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix() | 1;
    this.b = mix();
    this.c = mix();
    this.d = mix();
  }

  /** Uniform 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }

  /** Uniform double in [0, 1). */
  nextDouble(): number {
    return (this.nextUint32() * 2097152 + (this.nextUint32() >>> 11)) / 9007199254740992;
  }

  nextInt(bound: number): number {
    return Math.floor(this.nextDouble() * bound);
  }

  nextGaussian(): number {
    let u = 0;
    while (u === 0) u = this.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextDouble());
  }

  /** Poisson(mean) by inversion (means here are at most a few units). */
  nextPoisson(mean: number): number {
    const l = Math.exp(-mean);
    let k = 0;
    const p = this.nextDouble();
    let cdf = l;
    let term = l;
    while (p > cdf && k < 1000) {
      k++;
      term *= mean / k;
      cdf += term;
    }
    return k;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
