// Padding, sign placement and digit grouping of a formatted number: CPython's
// calc_number_widths/fill_number. The subtle part is zero padding ('0' fill with '='
// alignment): the padding zeros are grouped along with the digits ('0,001,234').
import { assertNever } from '../util/assert-never';
import { codePointLength } from './code-points';
import type { FormatSpec } from './format-spec-parse';

export interface NumberParts {
  /** '-' when the value is negative, else ''. */
  signChar: '-' | '';
  /** '0x' and friends, already in the final case. */
  prefix: string;
  /** The integer digits, subject to grouping. */
  digits: string;
  /** True when a decimal point follows the digits. */
  hasDecimal: boolean;
  /** Everything after the point (fraction, exponent, '%'), or a whole non-numeric body. */
  remainder: string;
}

/** The digits with separators every `size` digits, left-padded with zeros to `minWidth`. */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (size === 0) {
    return '0'.repeat(Math.max(0, minWidth - digits.length)) + digits;
  }
  const groups: string[] = [];
  let remaining = digits.length;
  let mw = minWidth;
  // The group size repeats forever, so this always ends by exhausting digits and width.
  for (;;) {
    const len = Math.min(size, Math.max(remaining, mw, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    groups.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    mw -= len;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return groups.reverse().join(sep);
}

export function layoutNumber(parts: NumberParts, spec: FormatSpec, sep: string, groupSize: number): string {
  const forced = spec.sign === '+' || spec.sign === ' ' ? spec.sign : '';
  const sign = parts.signChar === '-' ? '-' : forced;
  const decimal = parts.hasDecimal ? '.' : '';
  const nonDigit = sign.length + parts.prefix.length + decimal.length + codePointLength(parts.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  const grouped = parts.digits.length === 0 ? '' : groupDigits(parts.digits, minWidth, sep, groupSize);
  const padding = spec.width - (nonDigit + grouped.length);
  let left = 0;
  let inner = 0;
  let right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = Math.floor(padding / 2);
        right = padding - left;
        break;
      case '=':
        inner = padding;
        break;
      case '>':
        left = padding;
        break;
      default:
        assertNever(spec.align, 'alignment');
    }
  }
  const fill = spec.fill;
  return (
    fill.repeat(left) + sign + parts.prefix + fill.repeat(inner) + grouped + decimal + parts.remainder + fill.repeat(right)
  );
}
