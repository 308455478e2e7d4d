// CPython's PyOS_double_to_string: the one routine behind repr(float), format(), f-strings
// and %-formatting of floats. It lays dtoa digits out on a "virtual" digit string padded
// with zeros on both sides, so every code and flag combination comes from one layout rule.
import { isNegative } from './float-bits';
import { fixedDigits, shortestDigits, significantDigits, type Digits } from './float-digits';

/** 'r' is repr's shortest round-trip mode. */
export type FloatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface FloatFlags {
  /** '#': always keep the decimal point, and 'g' keeps trailing zeros. */
  alt?: boolean;
  /** Make an integral fixed-point result end in ".0" (repr, and format() with no type). */
  addDot0?: boolean;
  /** 'z': a result that rounds to zero drops its minus sign. */
  noNeg0?: boolean;
}

export function doubleToString(x: number, code: FloatCode, precision: number, flags: FloatFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  const negative = isNegative(x);
  if (!Number.isFinite(x)) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  const lower = code.toLowerCase();
  const alt = flags.alt === true;
  const addDot0 = flags.addDot0 === true;
  let d: Digits;
  let useExp = false;
  let minDigits: number;
  switch (lower) {
    case 'e':
      d = significantDigits(x, precision + 1);
      useExp = true;
      minDigits = precision + 1;
      break;
    case 'f':
      d = fixedDigits(x, precision);
      minDigits = d.decpt + precision;
      break;
    case 'g': {
      const p = precision === 0 ? 1 : precision;
      d = significantDigits(x, p);
      useExp = d.decpt <= -4 || d.decpt > (addDot0 ? p - 1 : p);
      minDigits = alt ? p : d.digits.length;
      break;
    }
    default:
      d = shortestDigits(x);
      useExp = d.decpt <= -4 || d.decpt > 16;
      minDigits = d.digits.length;
  }
  const body = layout(d, useExp, Math.max(minDigits, d.digits.length), alt, addDot0);
  const zero = d.digits === '0';
  const sign = negative && !(flags.noNeg0 === true && zero) ? '-' : '';
  return sign + (upper ? body.toUpperCase() : body);
}

function layout(d: Digits, useExp: boolean, vEnd: number, alt: boolean, addDot0: boolean): string {
  const { digits } = d;
  let decpt = d.decpt;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const end = Math.max(vEnd, !useExp && addDot0 ? decpt + 1 : decpt);
  let out: string;
  if (decpt <= 0) {
    out = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(Math.max(0, end - digits.length));
  } else if (decpt <= digits.length) {
    out = digits.slice(0, decpt) + '.' + digits.slice(decpt) + '0'.repeat(Math.max(0, end - digits.length));
  } else {
    out = digits + '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(Math.max(0, end - decpt));
  }
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) out += 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return out;
}
