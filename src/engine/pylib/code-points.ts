// Python strings index by code point; JS strings by UTF-16 unit. These helpers keep widths,
// precisions and padding in code points so astral characters count once.

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first `count` code points of s. */
export function codePointPrefix(s: string, count: number): string {
  if (count <= 0) return '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
    if (n === count) return s.slice(0, i + 1);
  }
  return s;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a Unicode decimal digit (str.isdecimal), or -1. Every Nd block is a run of
 * ten consecutive code points starting at a zero, and adjacent runs are multiples of ten long.
 */
export function decimalValue(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (!DECIMAL_DIGIT.test(ch)) return -1;
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
