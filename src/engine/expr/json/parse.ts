/**
 * JSON text → a token tree, read as Spark's Jackson parser reads it (JSONOptions' features):
 * - number tokens are kept as written (`JNum`): 1 and 1.0 stay apart (VALUE_NUMBER_INT vs
 *   VALUE_NUMBER_FLOAT), longs past 2^53 and decimal digits stay exact;
 * - allowSingleQuotes (default on), allowNonNumericNumbers (NaN, Infinity, +Infinity,
 *   -Infinity, +INF, -INF; default on), allowUnquotedFieldNames, allowNumericLeadingZeros,
 *   allowBackslashEscapingAnyCharacter, allowUnquotedControlChars, allowComments (off);
 * - one root value is read and what follows it is never looked at (Spark asks Jackson for the
 *   root value's tokens only), so `{"a": 1} junk` reads as `{"a": 1}`;
 * - objects keep their key order; a repeated key keeps its first place and its last value.
 */

/** A number token as written; `isInt` for VALUE_NUMBER_INT (no fraction, no exponent, not NaN/Infinity). */
export class JNum {
  constructor(readonly text: string, readonly isInt: boolean) {}
}
export type JValue = null | boolean | string | JNum | JValue[] | Map<string, JValue>;

/** Malformed JSON (Jackson's JsonParseException). */
export class JsonSyntaxError extends Error {}

export interface JsonParseOptions {
  readonly allowSingleQuotes?: boolean;
  readonly allowUnquotedFieldNames?: boolean;
  readonly allowNonNumericNumbers?: boolean;
  readonly allowNumericLeadingZeros?: boolean;
  readonly allowBackslashEscapingAnyCharacter?: boolean;
  readonly allowUnquotedControlChars?: boolean;
  readonly allowComments?: boolean;
}

/** A boolean option as Spark reads it (`toBoolean`), `dflt` when absent. */
export function optionFlag(get: (key: string) => string | undefined, key: string, dflt: boolean): boolean {
  const v = get(key);
  return v === undefined ? dflt : v.trim().toLowerCase() === 'true';
}

/** The parser features from Spark's option names (case-insensitive lookup is the caller's). */
export function jsonParseOptions(get: (key: string) => string | undefined): JsonParseOptions {
  const flag = (k: string, dflt: boolean) => optionFlag(get, k, dflt);
  return {
    allowSingleQuotes: flag('allowSingleQuotes', true),
    allowUnquotedFieldNames: flag('allowUnquotedFieldNames', false),
    allowNonNumericNumbers: flag('allowNonNumericNumbers', true),
    allowNumericLeadingZeros: flag('allowNumericLeadingZeros', false),
    allowBackslashEscapingAnyCharacter: flag('allowBackslashEscapingAnyCharacter', false),
    allowUnquotedControlChars: flag('allowUnquotedControlChars', false),
    allowComments: flag('allowComments', false),
  };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NON_NUMERIC: Readonly<Record<string, string>> = { NaN: 'NaN', Infinity: 'Infinity', '+Infinity': 'Infinity', '-Infinity': '-Infinity', '+INF': 'Infinity', '-INF': '-Infinity' };
const NON_NUMERIC_WORDS = Object.keys(NON_NUMERIC);

class Parser {
  i = 0;
  private readonly singleQuotes: boolean;
  private readonly unquotedNames: boolean;
  private readonly nonNumeric: boolean;
  private readonly leadingZeros: boolean;
  private readonly anyEscape: boolean;
  private readonly controlChars: boolean;
  private readonly comments: boolean;

  constructor(private readonly s: string, o: JsonParseOptions) {
    this.singleQuotes = o.allowSingleQuotes ?? true;
    this.unquotedNames = o.allowUnquotedFieldNames ?? false;
    this.nonNumeric = o.allowNonNumericNumbers ?? true;
    this.leadingZeros = o.allowNumericLeadingZeros ?? false;
    this.anyEscape = o.allowBackslashEscapingAnyCharacter ?? false;
    this.controlChars = o.allowUnquotedControlChars ?? false;
    this.comments = o.allowComments ?? false;
  }

  /** Skips white space (and comments when allowed); true when text remains. */
  ws(): boolean {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else if (c === 47 && this.comments && (s[this.i + 1] === '/' || s[this.i + 1] === '*')) {
        if (s[this.i + 1] === '/') {
          const nl = s.indexOf('\n', this.i);
          this.i = nl < 0 ? s.length : nl + 1;
        } else {
          const end = s.indexOf('*/', this.i + 2);
          if (end < 0) throw new JsonSyntaxError('unclosed comment');
          this.i = end + 2;
        }
      } else if (c === 35 && this.comments) {
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl + 1;
      } else break;
    }
    return this.i < s.length;
  }

  value(depth: number): JValue {
    if (!this.ws()) throw new JsonSyntaxError('unexpected end of input');
    if (depth > 1000) throw new JsonSyntaxError('nesting too deep');
    const s = this.s;
    const c = s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || (c === "'" && this.singleQuotes)) return this.string();
    if (c === 't' && s.startsWith('true', this.i)) return this.keyword(4, true);
    if (c === 'f' && s.startsWith('false', this.i)) return this.keyword(5, false);
    if (c === 'n' && s.startsWith('null', this.i)) return this.keyword(4, null);
    return this.number();
  }

  /** A keyword must end there: `truex` is not `true` followed by junk inside a value. */
  private keyword<T>(n: number, v: T): T {
    this.i += n;
    const next = this.s.charCodeAt(this.i);
    if (isWordChar(next)) throw new JsonSyntaxError('unrecognized token');
    return v;
  }

  private object(depth: number): Map<string, JValue> {
    this.i++;
    const m = new Map<string, JValue>();
    if (!this.ws()) throw new JsonSyntaxError('unexpected end of input');
    if (this.s[this.i] === '}') {
      this.i++;
      return m;
    }
    for (;;) {
      if (!this.ws()) throw new JsonSyntaxError('unexpected end of input');
      const k = this.fieldName();
      this.ws();
      if (this.s[this.i++] !== ':') throw new JsonSyntaxError("expected ':'");
      const v = this.value(depth + 1);
      m.set(k, v);
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return m;
      if (c !== ',') throw new JsonSyntaxError("expected ',' or '}'");
    }
  }

  private fieldName(): string {
    const q = this.s[this.i];
    if (q === '"' || (q === "'" && this.singleQuotes)) return this.string();
    if (!this.unquotedNames) throw new JsonSyntaxError('expected a field name');
    const start = this.i;
    while (this.i < this.s.length && isWordChar(this.s.charCodeAt(this.i))) this.i++;
    if (this.i === start) throw new JsonSyntaxError('expected a field name');
    return this.s.slice(start, this.i);
  }

  private array(depth: number): JValue[] {
    this.i++;
    const a: JValue[] = [];
    if (!this.ws()) throw new JsonSyntaxError('unexpected end of input');
    if (this.s[this.i] === ']') {
      this.i++;
      return a;
    }
    for (;;) {
      a.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return a;
      if (c !== ',') throw new JsonSyntaxError("expected ',' or ']'");
    }
  }

  private string(): string {
    const s = this.s;
    const q = s[this.i++]!;
    let out = '';
    let start = this.i;
    while (this.i < s.length) {
      const code = s.charCodeAt(this.i);
      if (s[this.i] === q) {
        out += s.slice(start, this.i++);
        return out;
      }
      if (code < 32 && !this.controlChars) throw new JsonSyntaxError('unescaped control character');
      if (code === 92) {
        out += s.slice(start, this.i);
        const e = s[this.i + 1];
        if (e === 'u') {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError('bad unicode escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES[e] !== undefined) {
          out += SIMPLE_ESCAPES[e];
          this.i += 2;
        } else if (e !== undefined && (this.anyEscape || (e === "'" && this.singleQuotes))) {
          out += e;
          this.i += 2;
        } else throw new JsonSyntaxError('unrecognized escape');
        start = this.i;
      } else this.i++;
    }
    throw new JsonSyntaxError('unterminated string');
  }

  private number(): JNum {
    const s = this.s;
    const c0 = s[this.i];
    if (c0 === 'N' || c0 === 'I' || c0 === '+' || (c0 === '-' && s[this.i + 1] === 'I')) {
      for (const word of NON_NUMERIC_WORDS) {
        if (s.startsWith(word, this.i) && !isWordChar(s.charCodeAt(this.i + word.length))) {
          if (!this.nonNumeric) throw new JsonSyntaxError('non-numeric number');
          this.i += word.length;
          return new JNum(NON_NUMERIC[word]!, false);
        }
      }
      throw new JsonSyntaxError('unexpected character');
    }
    const start = this.i;
    if (s[this.i] === '-') this.i++;
    const intStart = this.i;
    while (isDigit(s.charCodeAt(this.i))) this.i++;
    const intDigits = this.i - intStart;
    if (intDigits === 0) throw new JsonSyntaxError('unexpected character');
    if (intDigits > 1 && s[intStart] === '0' && !this.leadingZeros) throw new JsonSyntaxError('leading zeros');
    let isInt = true;
    if (s[this.i] === '.') {
      this.i++;
      const f = this.i;
      while (isDigit(s.charCodeAt(this.i))) this.i++;
      if (this.i === f) throw new JsonSyntaxError('expected a digit after the decimal point');
      isInt = false;
    }
    if (s[this.i] === 'e' || s[this.i] === 'E') {
      this.i++;
      if (s[this.i] === '+' || s[this.i] === '-') this.i++;
      const e = this.i;
      while (isDigit(s.charCodeAt(this.i))) this.i++;
      if (this.i === e) throw new JsonSyntaxError('expected a digit in the exponent');
      isInt = false;
    }
    if (isWordChar(s.charCodeAt(this.i))) throw new JsonSyntaxError('unexpected character after a number');
    let text = s.slice(start, this.i);
    // Leading zeros, when allowed, are dropped as Jackson drops them.
    if (intDigits > 1 && s[intStart] === '0') text = text.replace(/^(-?)0+(?=\d)/, '$1');
    return new JNum(text, isInt);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}

/**
 * The root value of a JSON text, or `undefined` for a text with no token at all (blank); what
 * follows the root value is not read. Throws JsonSyntaxError on malformed input.
 */
export function parseJson(text: string, o: JsonParseOptions = {}): JValue | undefined {
  const p = new Parser(text, o);
  if (!p.ws()) return undefined;
  return p.value(0);
}

/** The JS value of a number token (NaN / ±Infinity included). */
export function jnumValue(n: JNum): number {
  return Number(n.text);
}
