// Python `re` patterns -> JavaScript RegExp source (always with the 'v' flag, so classes
// nest and match by code point). Python's meaning of ., ^, $, \A, \Z, \d, \w, \s and \b
// is spelled out explicitly; constructs JS cannot express raise a clear error.
import { PyLibError } from './py-error';

export const RE_FLAGS = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;

export interface TranslatedRegex {
  source: string;
  /** 'v', plus 'i' for IGNORECASE. Add 'g'/'y' as the caller needs. */
  flags: string;
  /** Group names in order of their numbers (null for unnamed groups). */
  groupNames: (string | null)[];
  /** The flags in effect after inline (?aiLmsux) flags, as re's integer. */
  pyFlags: number;
  /** JS capture index of each Python group (index 0 unused): helper groups shift them. */
  groupIndex: number[];
}

// Placeholders in the draft source (control characters never appear raw in it: literal()
// escapes them), resolved by resolveBackrefs once all group numbers are known.
const GROUP_MARK = String.fromCharCode(2);
const BACKREF_MARK = String.fromCharCode(1);
const groupMark = (n: number) => `${GROUP_MARK}${n}${GROUP_MARK}`;

/**
 * A JS backreference to a group that did not take part matches the empty string; in Python
 * it fails. Each referenced group gets two helper captures at its start, A = the input from
 * one character before the group and B = the whole input when the group starts at 0. Later,
 * past the group, A or B can never match again, so `(?!\A)` or `(?!\B)` holds exactly when
 * the group took part (and `^(?=\B$)` covers a group that matched empty at the start).
 */
function resolveBackrefs(draft: string, referenced: ReadonlySet<number>): { source: string; groupIndex: number[] } {
  const groupIndex: number[] = [0];
  const helpers = new Map<number, [number, number]>();
  let next = 1;
  const withMarks = draft.replace(new RegExp(`${GROUP_MARK}(\\d+)${GROUP_MARK}`, 'g'), (_m, num: string) => {
    const n = Number(num);
    groupIndex[n] = next++;
    if (!referenced.has(n)) return '';
    const a = next++;
    const b = next++;
    helpers.set(n, [a, b]);
    return '(?:(?<=(?=([\\s\\S]*))[\\s\\S])|^(?=([\\s\\S]*)))';
  });
  const source = withMarks.replace(new RegExp(`${BACKREF_MARK}(\\d+)${BACKREF_MARK}`, 'g'), (_m, num: string) => {
    const n = Number(num);
    const [a, b] = helpers.get(n) as [number, number];
    return `(?:(?:(?!\\${a})|(?!\\${b})|^(?=\\${b}$))\\${groupIndex[n]})`;
  });
  return { source, groupIndex };
}

const reError = (msg: string, pos?: number) => new PyLibError('re.error', pos === undefined ? msg : `${msg} at position ${pos}`);

const WORD_U = '\\p{L}\\p{N}_';
const SPACE_U = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SET_ESCAPES: Record<string, (ascii: boolean) => string> = {
  d: (a) => (a ? '[0-9]' : '[\\p{Nd}]'),
  D: (a) => (a ? '[^0-9]' : '[^\\p{Nd}]'),
  w: (a) => (a ? '[a-zA-Z0-9_]' : `[${WORD_U}]`),
  W: (a) => (a ? '[^a-zA-Z0-9_]' : `[^${WORD_U}]`),
  s: (a) => (a ? '[ \\t\\n\\r\\f\\v]' : `[${SPACE_U}]`),
  S: (a) => (a ? '[^ \\t\\n\\r\\f\\v]' : `[^${SPACE_U}]`),
};
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const CLASS_PUNCT = new Set('&!#$%*+,.:;<=>?@^`~-()[]{}/|\\');

function literal(cp: number, inClass: boolean): string {
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) return `\\u{${cp.toString(16)}}`;
  if (inClass ? CLASS_PUNCT.has(ch) : SYNTAX.has(ch)) return '\\' + ch;
  return ch;
}

export function translateRegex(pattern: string, flags = 0): TranslatedRegex {
  const cps = Array.from(pattern);
  let pos = 0;
  let pyFlags = flags;
  if (pyFlags & RE_FLAGS.L) throw reError('cannot use LOCALE flag with a str pattern');
  const groupNames: (string | null)[] = [];
  // Every open parenthesis: its group number (null when not capturing) and position.
  const stack: { num: number | null; start: number; restore?: number }[] = [];
  // Set by a scoped (?flags:...) group: the flags to restore at its ')'.
  let scopedRestore: number | undefined;
  const isOpen = (n: number) => stack.some((g) => g.num === n);
  const referenced = new Set<number>();
  const backref = (n: number): string => {
    referenced.add(n);
    return `${BACKREF_MARK}${n}${BACKREF_MARK}`;
  };
  const has = (f: number) => (pyFlags & f) !== 0;
  const peek = (k = 0) => cps[pos + k];
  let out = '';
  // Whether the last emitted item can take a quantifier, and whether it already has one.
  let canRepeat = false;
  let repeated = false;
  // Where the last atom begins in `out`, so a quantifier can wrap it: JS refuses to quantify
  // lookarounds directly, Python allows it.
  let atomStart = 0;
  const groupStarts: number[] = [];
  let atStart = true;

  const skipVerbose = () => {
    while (has(RE_FLAGS.X) && pos < cps.length) {
      const c = peek();
      if (' \t\n\r\v\f'.includes(c)) pos++;
      else if (c === '#') while (pos < cps.length && peek() !== '\n') pos++;
      else break;
    }
  };

  const hexEscape = (len: number, kind: string, start: number): number => {
    const digits = cps.slice(pos, pos + len).join('');
    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(digits)) throw reError(`incomplete escape \\${kind}${digits}`, start);
    pos += len;
    const cp = parseInt(digits, 16);
    if (cp > 0x10ffff) throw reError(`bad escape \\${kind}${digits}`, start);
    return cp;
  };

  /** An escape after the backslash; returns JS source, or a code point for literals. */
  const escape = (inClass: boolean): string | number => {
    const start = pos - 1;
    const c = cps[pos++];
    if (c === undefined) throw reError('bad escape (end of pattern)', start);
    if (c in SET_ESCAPES) return SET_ESCAPES[c](has(RE_FLAGS.A));
    if (c === 'x') return hexEscape(2, 'x', start);
    if (c === 'u') return hexEscape(4, 'u', start);
    if (c === 'U') return hexEscape(8, 'U', start);
    if (c === 'N') throw reError('\\N{...} named characters are not supported in PyFlint', start);
    if (c >= '0' && c <= '7' && (inClass || c === '0' || (/[0-7]/.test(peek() ?? '') && /[0-7]/.test(peek(1) ?? '')))) {
      let digits = c;
      while (digits.length < 3 && /[0-7]/.test(peek() ?? '')) digits += cps[pos++];
      const cp = parseInt(digits, 8);
      if (cp > 0o377) throw reError(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return cp;
    }
    if (c >= '1' && c <= '9') {
      if (inClass) throw reError(`bad escape \\${c}`, start);
      let digits = c;
      if (/[0-9]/.test(peek() ?? '')) digits += cps[pos++];
      const n = Number(digits);
      if (n > groupNames.length) throw reError(`invalid group reference ${n}`, start + 1);
      if (isOpen(n)) throw reError('cannot refer to an open group', start);
      return backref(n);
    }
    if (!inClass && (c === 'A' || c === 'Z' || c === 'b' || c === 'B')) {
      // JS '^' and '$' without the m flag are exactly \A and \Z (and, unlike empty
      // lookarounds, V8 never reports them between the halves of a surrogate pair).
      if (c === 'A') return '^';
      if (c === 'Z') return '$';
      const w = has(RE_FLAGS.A) ? '[a-zA-Z0-9_]' : `[${WORD_U}]`;
      const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      // sre never matches \B in an empty string.
      return c === 'b' ? boundary : `(?!^$)(?!${boundary})`;
    }
    if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c];
    if (/[a-zA-Z0-9]/.test(c)) throw reError(`bad escape \\${c}`, start);
    return c.codePointAt(0) as number;
  };

  const parseClass = (start: number): string => {
    let negate = false;
    if (peek() === '^') {
      negate = true;
      pos++;
    }
    const items: string[] = [];
    let first = true;
    for (;;) {
      if (pos >= cps.length) throw reError('unterminated character set', start);
      const itemStart = pos;
      let c = cps[pos++];
      if (c === ']' && !first) break;
      first = false;
      const lo: string | number = c === '\\' ? escape(true) : (c.codePointAt(0) as number);
      if (peek() === '-' && peek(1) !== undefined && peek(1) !== ']') {
        pos++;
        c = cps[pos++];
        const hi = c === '\\' ? escape(true) : (c.codePointAt(0) as number);
        if (typeof lo !== 'number' || typeof hi !== 'number') {
          throw reError(`bad character range ${cps.slice(itemStart, pos).join('')}`, itemStart);
        }
        if (hi < lo) throw reError(`bad character range ${cps.slice(itemStart, pos).join('')}`, itemStart);
        items.push(`${literal(lo, true)}-${literal(hi, true)}`);
        continue;
      }
      items.push(typeof lo === 'number' ? literal(lo, true) : lo);
    }
    return `[${negate ? '^' : ''}${items.join('')}]`;
  };

  while (pos < cps.length) {
    skipVerbose();
    if (pos >= cps.length) break;
    const start = pos;
    const c = cps[pos++];
    if (c === '(' && peek() === '?' && peek(1) === '#') {
      // A comment is invisible: a quantifier after it applies to the atom before it.
      const close = cps.indexOf(')', pos);
      if (close < 0) throw reError('missing ), unterminated comment', start);
      pos = close + 1;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || (c === '{' && isRepeat(cps, pos))) {
      let q = c;
      if (c === '{') {
        const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(cps.slice(start).join('')) as RegExpExecArray;
        pos = start + m[0].length;
        const lo = m[1] === '' ? 0 : Number(m[1]);
        const hi = m[2] === undefined ? lo : m[3] === '' ? null : Number(m[3]);
        if (hi !== null && hi < lo) throw reError('min repeat greater than max repeat', start + 1);
        q = hi === null ? `{${lo},}` : `{${lo},${hi}}`;
      }
      if (!canRepeat) throw reError(repeated ? 'multiple repeat' : 'nothing to repeat', start);
      if (peek() === '?') {
        pos++;
        q += '?';
      } else if (peek() === '+') {
        throw reError('possessive quantifiers (*+, ++, ?+, {m,n}+) are not supported in PyFlint', pos);
      }
      out = out.slice(0, atomStart) + '(?:' + out.slice(atomStart) + ')' + q;
      canRepeat = false;
      repeated = true;
      atStart = false;
      continue;
    }
    repeated = false;
    canRepeat = true;
    atomStart = out.length;
    switch (c) {
      case '\\': {
        const e = escape(false);
        out += typeof e === 'number' ? literal(e, false) : e;
        if (typeof e === 'string' && (e === '^' || e === '$' || e.startsWith('(?!') || e.startsWith('(?:(?<='))) canRepeat = false;
        break;
      }
      case '[':
        out += parseClass(start);
        break;
      case '.':
        out += has(RE_FLAGS.S) ? '[\\s\\S]' : '[^\\n]';
        break;
      case '^':
        out += has(RE_FLAGS.M) ? '(?<=^|\\n)' : '^';
        canRepeat = false;
        break;
      case '$':
        out += has(RE_FLAGS.M) ? '(?=\\n|$)' : '(?=\\n?$)';
        canRepeat = false;
        break;
      case '|':
        out += '|';
        canRepeat = false;
        break;
      case ')':
        if (stack.length === 0) throw reError('unbalanced parenthesis', start);
        out += ')';
        {
          const closed = stack.pop();
          if (closed?.restore !== undefined) pyFlags = closed.restore;
        }
        atomStart = groupStarts.pop() ?? 0;
        break;
      case '(': {
        scopedRestore = undefined;
        const g = openGroup(start);
        if (g.opens) groupStarts.push(out.length);
        out += g.text;
        if (g.opens) stack.push({ num: g.num, start, restore: scopedRestore });
        canRepeat = !g.opens && g.text !== '';
        break;
      }
      default:
        out += literal(c.codePointAt(0) as number, false);
    }
    atStart = false;
  }
  void atStart;
  if (stack.length > 0) throw reError('missing ), unterminated subpattern', stack[stack.length - 1].start);
  const { source, groupIndex } = resolveBackrefs(out, referenced);
  return { source, flags: has(RE_FLAGS.I) ? 'iv' : 'v', groupNames, groupIndex, pyFlags };

  function openGroup(start: number): { text: string; opens: boolean; num: number | null } {
    const opened = (text: string, num: number | null = null) => ({ text, opens: true, num });
    if (peek() !== '?') {
      groupNames.push(null);
      return opened('(' + groupMark(groupNames.length), groupNames.length);
    }
    pos++;
    const c = cps[pos++];
    if (c === undefined || ((c === '<' || c === 'P') && peek() === undefined)) throw reError('unexpected end of pattern', cps.length);
    if (c === ':') return opened('(?:');
    if (c === '=' || c === '!') return opened(`(?${c}`);
    if (c === '<' && (peek() === '=' || peek() === '!')) return opened(`(?<${cps[pos++]}`);
    if (c === '#') {
      while (pos < cps.length && peek() !== ')') pos++;
      if (pos >= cps.length) throw reError('missing ), unterminated comment', start);
      pos++;
      return { text: '', opens: false, num: null };
    }
    if (c === 'P') {
      const kind = cps[pos++];
      if (kind === '<') {
        const name = readName('>', start);
        if (groupNames.includes(name)) {
          throw reError(`redefinition of group name '${name}' as group ${groupNames.length + 1}; was group ${groupNames.indexOf(name) + 1}`, start + 4);
        }
        groupNames.push(name);
        return opened(`(?<${name}>` + groupMark(groupNames.length), groupNames.length);
      }
      if (kind === '=') {
        const name = readName(')', start);
        const n = groupNames.indexOf(name) + 1;
        if (n === 0) throw reError(`unknown group name '${name}'`, start + 4);
        if (isOpen(n)) throw reError('cannot refer to an open group', start + 4);
        return { text: backref(n), opens: false, num: null };
      }
      throw reError(`unknown extension ?P${kind ?? ''}`, start + 1);
    }
    if (c === '>') throw reError('atomic groups (?>...) are not supported in PyFlint', start);
    if (c === '(') throw reError('conditional groups (?(id)yes|no) are not supported in PyFlint', start);
    if (c !== undefined && /[aiLmsux-]/.test(c)) {
      const text = inlineFlags(c, start);
      return { text, opens: text !== '', num: null };
    }
    throw reError(`unknown extension ?${c ?? ''}${c === '<' ? (peek() ?? '') : ''}`, start + 1);
  }

  function inlineFlags(first: string, start: number): string {
    let on = '';
    let off = '';
    let c: string | undefined = first;
    while (c !== undefined && /[aiLmsux]/.test(c)) {
      on += c;
      c = cps[pos++];
    }
    if (c === '-') {
      c = cps[pos++];
      while (c !== undefined && /[imsx]/.test(c)) {
        off += c;
        c = cps[pos++];
      }
    }
    const bits = (s: string) => [...s].reduce((acc, f) => acc | RE_FLAGS[f.toUpperCase() as keyof typeof RE_FLAGS], 0);
    if (c === ')') {
      if (off !== '' || start !== 0) throw reError('global flags not at the start of the expression', start);
      pyFlags |= bits(on);
      if (pyFlags & RE_FLAGS.L) throw reError('bad inline flags: cannot use \'L\' flag with a str pattern', pos - 1);
      canRepeat = false;
      return '';
    }
    if (c !== ':') throw reError('missing -, : or )', pos - 1);
    // JS cannot switch case folding for part of a pattern; every other flag is spelled out
    // by this translation, so it can be scoped by saving and restoring it around the group.
    if ((on + off).includes('i')) throw reError('scoped case-insensitivity (?i:...) is not supported in PyFlint', start);
    scopedRestore = pyFlags;
    pyFlags = (pyFlags | bits(on)) & ~bits(off);
    return '(?:';
  }

  function readName(end: string, start: number): string {
    let name = '';
    while (pos < cps.length && peek() !== end) name += cps[pos++];
    if (pos >= cps.length) throw reError(`missing ${end}, unterminated name`, start + 4);
    pos++;
    if (name === '') throw reError('missing group name', start + 4);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) throw reError(`bad character in group name '${name}'`, start + 4);
    return name;
  }
}

/** Python treats '{' as a literal unless it starts a well-formed {m}, {m,}, {,n} or {m,n}. */
function isRepeat(cps: string[], pos: number): boolean {
  return /^(\d*)(,\d*)?\}/.test(cps.slice(pos, pos + 40).join('')) && cps[pos] !== '}';
}
