// High-precision constants for the correctly rounded libm, computed at load time from
// series with BigInt fixed point (so no long transcribed digit strings).
import { decompose } from './float-bits';
import { add, dd, type DD } from './double-double';

/** Fixed-point scale of the big constants: value * 2**SCALE. */
export const SCALE = 1600n;
const ONE = 1n << SCALE;

/** atan(1/x) * 2**SCALE by its Taylor series. */
function atanInv(x: bigint): bigint {
  const x2 = x * x;
  let term = ONE / x;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= x2;
    sum += (n & 1n ? -term : term) / (2n * n + 1n);
  }
  return sum;
}

/** atanh(1/x) * 2**SCALE. */
function atanhInv(x: bigint): bigint {
  const x2 = x * x;
  let term = ONE / x;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= x2;
    sum += term / (2n * n + 1n);
  }
  return sum;
}

/** pi * 2**SCALE (Machin's formula). */
export const PI_BIG = 16n * atanInv(5n) - 4n * atanInv(239n);
/** ln 2 * 2**SCALE (2 atanh(1/3)). */
const LN2_BIG = 2n * atanhInv(3n);

/** d * 2**SCALE as a bigint, exactly (d is a double of moderate exponent). */
function scaledOf(d: number): bigint {
  const { mant, exp } = decompose(d);
  const e = BigInt(exp) + SCALE;
  const v = e >= 0n ? mant << e : mant >> -e;
  return d < 0 ? -v : v;
}

function toDouble(v: bigint): number {
  // Number() of the top bits, then an exact power-of-two scale in two steps.
  const len = (v < 0n ? -v : v).toString(2).length;
  const drop = Math.max(0, len - 64);
  const head = Number(v >> BigInt(drop));
  return head * 2 ** (drop - 800) * 2 ** (800 - Number(SCALE));
}

/** value (scaled by 2**SCALE) as `count` doubles whose exact sum approximates it. */
function splitDoubles(value: bigint, count: number): number[] {
  const parts: number[] = [];
  let rest = value;
  for (let i = 0; i < count; i++) {
    const d = toDouble(rest);
    parts.push(d);
    rest -= scaledOf(d);
  }
  return parts;
}

const ln2Parts = splitDoubles(LN2_BIG, 2);
export const LN2: DD = dd(ln2Parts[0], ln2Parts[1]);
/** pi/2 as four doubles, for Cody-Waite reduction. */
export const PIO2_PARTS = splitDoubles(PI_BIG / 2n, 4);
export const PIO2: DD = add(dd(PIO2_PARTS[0]), dd(PIO2_PARTS[1]));
/** Bits of 2/pi for Payne-Hanek reduction: floor(2/pi * 2**TWO_OVER_PI_BITS). */
export const TWO_OVER_PI_BITS = 1250n;
export const TWO_OVER_PI = (1n << (TWO_OVER_PI_BITS + SCALE + 1n)) / PI_BIG;
