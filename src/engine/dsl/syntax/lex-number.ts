// Numeric literal scanning, step for step as CPython's tokenizer does it, so that malformed
// literals fail with its messages at its positions ("invalid decimal literal", ...).

/** Reports a tokenizer error whose caret sits at `cur` (an index into the source). */
export type NumberFail = (cur: number, msg: string, endCur?: number, utf8?: boolean) => never;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
// Non-ASCII characters end a number: the tokenizer then reports them (or the parser does).
const isIdentChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;

/** Scans the number starting at `start` (a digit, or '.' before a digit); returns its end. */
export function scanNumber(src: string, start: number, fail: NumberFail): number {
  let pos = start;
  // End of input reads as the newline CPython appends to the last line.
  const next = (): number => (pos < src.length ? src.charCodeAt(pos++) : (pos++, 10));
  const backup = (): void => {
    pos--;
  };
  const lookahead = (rest: string): boolean => src.startsWith(rest, pos);

  // A literal glued to a keyword (`1if x else y`) is only a warning in 3.11; to a name, an error.
  const verifyEnd = (c: number, kind: string): void => {
    let keyword = false;
    if (c === 97) keyword = lookahead('nd');
    else if (c === 101) keyword = lookahead('lse');
    else if (c === 102) keyword = lookahead('or');
    else if (c === 105) {
      const c2 = src.charCodeAt(pos);
      keyword = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) keyword = lookahead('r');
    else if (c === 110) keyword = lookahead('ot');
    if (!keyword && isIdentChar(c)) {
      backup();
      fail(pos, `invalid ${kind} literal`);
    }
  };

  const decimalTail = (): number => {
    for (;;) {
      let c: number;
      do c = next();
      while (isDigit(c));
      if (c !== 95) return c;
      c = next();
      if (!isDigit(c)) {
        backup();
        fail(pos, 'invalid decimal literal');
      }
    }
  };

  const radix = (isOk: (c: number) => boolean, name: string, checkDigit: boolean): void => {
    let c = next();
    do {
      if (c === 95) c = next();
      if (!isOk(c)) {
        if (checkDigit && isDigit(c)) fail(pos, `invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
        backup();
        fail(pos, `invalid ${name} literal`);
      }
      do c = next();
      while (isOk(c));
    } while (c === 95);
    if (checkDigit && isDigit(c)) fail(pos, `invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
    verifyEnd(c, name);
    backup();
  };

  const fraction = (c: number): number => {
    if (isDigit(c)) c = decimalTail();
    return exponent(c);
  };

  const exponent = (c: number): number => {
    if (c === 101 || c === 69) {
      const e = c;
      c = next();
      if (c === 43 || c === 45) {
        c = next();
        if (!isDigit(c)) {
          backup();
          fail(pos, 'invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        backup();
        verifyEnd(e, 'decimal');
        backup();
        return pos;
      }
      c = decimalTail();
    }
    if (c === 106 || c === 74) {
      c = next();
      verifyEnd(c, 'imaginary');
    } else {
      verifyEnd(c, 'decimal');
    }
    backup();
    return pos;
  };

  let c = next();
  if (c === 46) return fraction(next());
  if (c === 48) {
    c = next();
    if (c === 120 || c === 88) {
      radix(isHex, 'hexadecimal', false);
      return pos;
    }
    if (c === 111 || c === 79) {
      radix((d) => d >= 48 && d <= 55, 'octal', true);
      return pos;
    }
    if (c === 98 || c === 66) {
      radix((d) => d === 48 || d === 49, 'binary', true);
      return pos;
    }
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = next();
        if (!isDigit(c)) {
          backup();
          fail(pos, 'invalid decimal literal');
        }
      }
      if (c !== 48) break;
      c = next();
    }
    const zerosEnd = pos;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail();
    }
    if (c === 46) return fraction(next());
    if (c === 101 || c === 69 || c === 106 || c === 74) return exponent(c);
    if (nonzero) {
      backup();
      // CPython gives this one's columns in UTF-8 bytes.
      fail(start + 1, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', zerosEnd, true);
    }
    verifyEnd(c, 'decimal');
    backup();
    return pos;
  }
  backup();
  c = decimalTail();
  if (c === 46) return fraction(next());
  return exponent(c);
}
