// Exact arithmetic on the binary value of a double, so decimal conversions round the way
// CPython's dtoa does (half-even on the exact value) rather than the way toFixed does.

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2**exp exactly (finite x). Zero gives mant 0n. */
export function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** The raw IEEE bits as a 64-bit bigint. */
export function doubleBits(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

export function doubleFromBits(bits: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (Number.isNaN(x) && (doubleBits(x) >> 63n) === 1n);
}

const pow10Cache: bigint[] = [1n];
export function pow10(n: number): bigint {
  while (pow10Cache.length <= n) pow10Cache.push(pow10Cache[pow10Cache.length - 1] * 10n);
  return pow10Cache[n];
}

/** A non-negative rational num/den. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** |x| * 10**scale as an exact ratio. */
export function scaledRatio(x: number, scale: number): Ratio {
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return { num, den };
}

/** num/den rounded to an integer, ties to even. */
export function roundHalfEven({ num, den }: Ratio): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** floor(log10(|x|)) for finite non-zero x, exactly. */
export function decimalExponent(x: number): number {
  let k = Math.floor(Math.log10(Math.abs(x)));
  // log10 can be off by one near powers of ten; settle it on the exact value.
  for (;;) {
    const { num, den } = scaledRatio(x, -k);
    if (num < den) k -= 1;
    else if (num >= den * 10n) k += 1;
    else return k;
  }
}

/**
 * The double nearest (-1)**negative * mant * 2**exp, ties to even, or +-Infinity when it
 * rounds past the largest double. One rounding, subnormals included.
 */
export function roundToDouble(mant: bigint, exp: number, negative: boolean): number {
  if (mant === 0n) return negative ? -0 : 0;
  let m = mant;
  let e = exp;
  const len = m.toString(2).length;
  const top = len - 1 + e;
  if (top > 1024) return negative ? -Infinity : Infinity;
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  const shift = len - keep;
  if (shift > 0) {
    const dropped = m & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    m >>= BigInt(shift);
    if (dropped > half || (dropped === half && (m & 1n) === 1n)) m += 1n;
    e += shift;
  }
  // m < 2**54 now, so Number(m) is exact; scale in exact steps.
  let v = Number(m);
  while (e > 1000) {
    v *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    v *= 2 ** -1000;
    e += 1000;
  }
  v *= 2 ** e;
  return negative ? -v : v;
}
