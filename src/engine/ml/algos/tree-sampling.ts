/**
 * The bootstrap stream Spark's random forests draw from, bit for bit: BaggedPoint's
 * sampling with replacement is commons-math3's PoissonDistribution(subsamplingRate),
 * reseeded with seed + partitionIndex + 1, i.e. a Well19937c generator (Panneton, L'Ecuyer,
 * Matsumoto) with commons-math's int[] seeding and Matsumoto-Kurita tempering, doubles from
 * two 26-bit draws, and Knuth's product-of-uniforms Poisson sampler for means below 40.
 * Checked against commons-math3 3.6.1 (tree.test.ts).
 */

const R = 624;
const M1 = 70;
const M2 = 179;
const M3 = 449;

export class Well19937c {
  private readonly v = new Int32Array(R);
  private index = 0;

  /** seed is a Java long (a safe integer here; negative values as two's complement). */
  constructor(seed: number) {
    const s = BigInt.asUintN(64, BigInt(Math.trunc(seed)));
    this.v[0] = Number(BigInt.asIntN(32, s >> 32n));
    this.v[1] = Number(BigInt.asIntN(32, s & 0xffffffffn));
    for (let i = 2; i < R; i++) {
      // (1812433253 * (l ^ (l >> 30)) + i) mod 2^32, l the sign-extended previous int.
      const l = this.v[i - 2];
      const x = l ^ (l >> 30);
      this.v[i] = (Math.imul(1812433253, x) + i) | 0;
    }
  }

  next(bits: number): number {
    const v = this.v;
    const idx = this.index;
    const iRm1 = (idx + R - 1) % R;
    const iRm2 = (idx + R - 2) % R;
    const v0 = v[idx];
    const vM1 = v[(idx + M1) % R];
    const vM2 = v[(idx + M2) % R];
    const vM3 = v[(idx + M3) % R];
    const z0 = (0x80000000 & v[iRm1]) ^ (0x7fffffff & v[iRm2]);
    const z1 = (v0 ^ (v0 << 25)) ^ (vM1 ^ (vM1 >>> 27));
    const z2 = (vM2 >>> 9) ^ (vM3 ^ (vM3 >>> 1));
    const z3 = z1 ^ z2;
    let z4 = z0 ^ (z1 ^ (z1 << 9)) ^ (z2 ^ (z2 << 21)) ^ (z3 ^ (z3 >>> 21));
    v[idx] = z3;
    v[iRm1] = z4;
    v[iRm2] &= 0x80000000;
    this.index = iRm1;
    z4 ^= (z4 << 7) & 0xe46e1700;
    z4 ^= (z4 << 15) & 0x9b868000;
    return (z4 >>> (32 - bits));
  }

  nextDouble(): number {
    const high = this.next(26) * 67108864;
    const low = this.next(26);
    return (high + low) * 2.220446049250313e-16;
  }
}

/** commons-math3 PoissonDistribution.sample() for a mean below 40 (Spark's bootstrap rates are ≤ 1). */
export function poissonSample(rng: Well19937c, mean: number): number {
  if (mean >= 40) throw new RangeError('poisson mean must be below 40');
  const p = Math.exp(-mean);
  let n = 0;
  let r = 1;
  while (n < 1000 * mean) {
    r *= rng.nextDouble();
    if (r >= p) n++;
    else return n;
  }
  return n;
}
