// repr()/str() of a float, and float.hex() / float.fromhex().
import { decompose, isNegative } from './float-bits';
import { doubleToString } from './float-to-string';
import { overflowError, valueError } from './py-error';

/** repr(x) == str(x) for a Python float: shortest round-trip digits, '1e+16', '-0.0', 'nan'. */
export function floatRepr(x: number): string {
  // Between 1e-4 and 1e16 both languages print the same shortest digits in fixed notation;
  // Python only adds '.0' to integral values.
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** float.hex(x). */
export function floatToHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  const sign = isNegative(x) ? '-' : '';
  if (!Number.isFinite(x)) return sign + 'inf';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp } = decompose(x);
  const normal = mant >= 1n << 52n;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = normal ? exp + 52 : -1022;
  return `${sign}0x${normal ? 1 : 0}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** ldexp for an exactly representable result reached through exact intermediate steps. */
function scaleByPow2(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
/** Python's str.isspace() (\ufeff is not whitespace to Python, unlike JS \s). */
export function isPySpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 0xfeff) return false;
  return (c >= 0x1c && c <= 0x1f) || c === 0x85 || /^\s$/.test(ch);
}

export function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPySpace(s[a])) a++;
  while (b > a && isPySpace(s[b - 1])) b--;
  return s.slice(a, b);
}

/** float.fromhex(s): rounds half-even to the nearest double. */
export function floatFromHex(text: string): number {
  const s = pyStrip(text);
  const special = SPECIAL.exec(s);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  const intDigits = m?.[2] ?? '';
  const fracDigits = m?.[3] ?? '';
  if (!m || intDigits.length + fracDigits.length === 0) {
    throw valueError('invalid hexadecimal floating-point string');
  }
  const negative = m[1] === '-';
  let mant = BigInt('0x' + (intDigits + fracDigits || '0'));
  const expText = m[4] ?? '0';
  // Clamp absurd exponents: anything this far out is zero or overflow either way.
  const rawExp = BigInt(expText);
  const clamped = rawExp > 100000n ? 100000 : rawExp < -100000n ? -100000 : Number(rawExp);
  let exp = clamped - 4 * fracDigits.length;
  if (mant === 0n) return negative ? -0 : 0;
  const bitLen = mant.toString(2).length;
  const top = bitLen - 1 + exp;
  if (top > 1023) throw overflowError('hexadecimal value too large to represent as a float');
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  const shift = bitLen - keep;
  if (shift > 0) {
    const dropped = mant & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    mant >>= BigInt(shift);
    if (dropped > half || (dropped === half && (mant & 1n) === 1n)) mant += 1n;
    exp += shift;
    if (mant >> 53n !== 0n) {
      mant >>= 1n;
      exp += 1;
    }
    if (mant !== 0n && mant.toString(2).length - 1 + exp > 1023) {
      throw overflowError('hexadecimal value too large to represent as a float');
    }
  }
  const v = scaleByPow2(Number(mant), exp);
  return negative ? -v : v;
}
