/** The methods of str. Indices are UTF-16 units; strings with astral characters are rare here. */
import { PyBoxed, T, typeOf, unbox } from '../core';
import { pyErr } from '../exceptions';
import { tuple } from '../tuple';
import { PyDict } from '../dict';
import { def, parseArgs } from './define';
import { asArray } from '../iter';
import { str } from '../repr';
import { strFormat } from './str-format';
import { PyBytes } from '../bytes';
import { getitem } from '../item';

const S = T.str;
/** str.isspace() per code unit (every whitespace character is in the BMP): a RegExp per char is slow. */
export function isWsCode(c: number): boolean {
  if (c > 32 && c < 0x85) return false;
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c === 0x85 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isWs(ch: string): boolean {
  return ch.length === 1 && isWsCode(ch.charCodeAt(0));
}

function needStr(x: unknown, what: string): string {
  if (x instanceof PyBoxed && typeof x.$v === 'string') return x.$v;
  if (typeof x !== 'string') throw pyErr('TypeError', `${what} must be str, not ${typeOf(x).name}`);
  return x;
}

function optInt(x: unknown, dflt: number): number {
  return x === undefined || x === null ? dflt : Number(x);
}

/** Resolves start/end arguments like CPython's slice adjustment. */
function range(s: string, start: unknown, end: unknown): [number, number] {
  const n = s.length;
  let a = optInt(start, 0);
  let b = optInt(end, n);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [Math.min(a, n), Math.min(b, n)];
}

function stripChars(s: string, chars: unknown, left: boolean, right: boolean): string {
  if (chars !== undefined && chars !== null && typeof chars !== 'string') {
    throw pyErr('TypeError', `${left ? (right ? '' : 'l') : 'r'}strip arg must be None or str`);
  }
  const test = chars === undefined || chars === null ? isWs : (ch: string) => (chars as string).includes(ch);
  let a = 0;
  let b = s.length;
  if (left) while (a < b && test(s[a]!)) a++;
  if (right) while (b > a && test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWsCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let end = n;
      while (end > i && isWsCode(s.charCodeAt(end - 1))) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !isWsCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function split(s: string, sep: unknown, maxsplit: unknown): string[] {
  const max = optInt(maxsplit, -1);
  if (sep === undefined || sep === null) return splitWs(s, max);
  const sp = needStr(sep, 'must be str or None, not');
  if (!sp) throw pyErr('ValueError', 'empty separator');
  if (max < 0) return s.split(sp);
  const out: string[] = [];
  let i = 0;
  while (out.length < max) {
    const j = s.indexOf(sp, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sp.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplit(s: string, sep: unknown, maxsplit: unknown): string[] {
  const max = optInt(maxsplit, -1);
  if (max < 0) return split(s, sep, -1);
  if (sep === undefined || sep === null) {
    const rev = splitWs([...s].reverse().join(''), max);
    return rev.map((p) => [...p].reverse().join('')).reverse();
  }
  const sp = sep as string;
  const out: string[] = [];
  let end = s.length;
  while (out.length < max) {
    const j = s.lastIndexOf(sp, end - sp.length);
    if (j < 0 || end - sp.length < 0) break;
    out.unshift(s.slice(j + sp.length, end));
    end = j;
  }
  out.unshift(s.slice(0, end));
  return out;
}

function affix(s: string, x: unknown, start: unknown, end: unknown, fname: string, test: (sub: string, p: string) => boolean): boolean {
  const [a, b] = range(s, start, end);
  const sub = s.slice(a, b);
  if (typeof x === 'string') return a <= s.length && test(sub, x);
  if (x !== null && typeOf(x) === T.tuple) return asArray(x).some((p) => test(sub, needStr(p, 'tuple for startswith items')));
  throw pyErr('TypeError', `${fname} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
}

const lowerRe = /\p{Ll}/u;
const upperRe = /\p{Lu}|\p{Lt}/u;
const cased = (ch: string) => lowerRe.test(ch) || upperRe.test(ch);

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
    prevCased = cased(ch) || /\p{L}/u.test(ch) && ch.toLowerCase() !== ch.toUpperCase();
  }
  return out;
}

def(S, 'lower', (s: string) => s.toLowerCase());
def(S, 'upper', (s: string) => s.toUpperCase());
def(S, 'casefold', (s: string) => s.toLowerCase().replace(/ß/g, 'ss'));
def(S, 'swapcase', (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
def(S, 'capitalize', (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s));
def(S, 'title', title);
def(S, 'strip', (s: string, chars?: unknown) => stripChars(s, chars, true, true));
def(S, 'lstrip', (s: string, chars?: unknown) => stripChars(s, chars, true, false));
def(S, 'rstrip', (s: string, chars?: unknown) => stripChars(s, chars, false, true));
def(S, 'split', (s: string, ...a: unknown[]) => {
  const [sep, max] = parseArgs('split', a, ['sep', 'maxsplit'], 0);
  return split(s, sep, max);
});
def(S, 'rsplit', (s: string, ...a: unknown[]) => {
  const [sep, max] = parseArgs('rsplit', a, ['sep', 'maxsplit'], 0);
  return rsplit(s, sep, max);
});
def(S, 'splitlines', (s: string, ...a: unknown[]) => {
  const [keep] = parseArgs('splitlines', a, ['keepends'], 0);
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex -- str.splitlines boundaries include controls
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let i = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(i, keep ? m.index + m[0].length : m.index));
    i = m.index + m[0].length;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
});
def(S, 'join', (s: string, it: unknown) => {
  let items = asArray(it);
  for (let i = 0; i < items.length; i++) {
    if (items[i] instanceof PyBoxed && typeof (items[i] as PyBoxed).$v === 'string') items = items.map(unbox);
    if (typeof items[i] !== 'string') throw pyErr('TypeError', `sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
  }
  return items.join(s);
});
def(S, 'replace', (s: string, old: unknown, nw: unknown, count?: unknown) => {
  const o = needStr(old, 'replace() argument 1');
  const n = needStr(nw, 'replace() argument 2');
  let c = optInt(count, -1);
  if (c < 0) return o ? s.split(o).join(n) : [...s].length ? n + [...s].join(n) + n : n;
  let out = '';
  let i = 0;
  while (c-- > 0) {
    const j = s.indexOf(o, i);
    if (j < 0) break;
    out += s.slice(i, j) + n;
    i = j + o.length;
  }
  return out + s.slice(i);
});
function find(s: string, sub: unknown, start: unknown, end: unknown, last: boolean): number {
  const x = needStr(sub, 'must be str, not');
  const [a, b] = range(s, start, end);
  if (b - a < x.length) return -1;
  const seg = s.slice(a, b);
  const i = last ? seg.lastIndexOf(x) : seg.indexOf(x);
  return i < 0 ? -1 : i + a;
}
def(S, 'find', (s: string, sub: unknown, st?: unknown, en?: unknown) => find(s, sub, st, en, false));
def(S, 'rfind', (s: string, sub: unknown, st?: unknown, en?: unknown) => find(s, sub, st, en, true));
def(S, 'index', (s: string, sub: unknown, st?: unknown, en?: unknown) => {
  const i = find(s, sub, st, en, false);
  if (i < 0) throw pyErr('ValueError', 'substring not found');
  return i;
});
def(S, 'rindex', (s: string, sub: unknown, st?: unknown, en?: unknown) => {
  const i = find(s, sub, st, en, true);
  if (i < 0) throw pyErr('ValueError', 'substring not found');
  return i;
});
def(S, 'count', (s: string, sub: unknown, st?: unknown, en?: unknown) => {
  const x = needStr(sub, 'must be str, not');
  const [a, b] = range(s, st, en);
  const seg = s.slice(a, b);
  if (!x) return [...seg].length + 1;
  return seg.split(x).length - 1;
});
def(S, 'startswith', (s: string, x: unknown, st?: unknown, en?: unknown) => affix(s, x, st, en, 'startswith', (sub, p) => sub.startsWith(p)));
def(S, 'endswith', (s: string, x: unknown, st?: unknown, en?: unknown) => affix(s, x, st, en, 'endswith', (sub, p) => sub.endsWith(p)));
def(S, 'removeprefix', (s: string, p: unknown) => (s.startsWith(p as string) ? s.slice((p as string).length) : s));
def(S, 'removesuffix', (s: string, p: unknown) => ((p as string) && s.endsWith(p as string) ? s.slice(0, s.length - (p as string).length) : s));
function fillArg(f: unknown): string {
  if (f === undefined) return ' ';
  if (typeof f !== 'string' || [...f].length !== 1) throw pyErr('TypeError', 'The fill character must be exactly one character long');
  return f;
}
def(S, 'ljust', (s: string, w: number, f?: unknown) => s + fillArg(f).repeat(Math.max(0, w - [...s].length)));
def(S, 'rjust', (s: string, w: number, f?: unknown) => fillArg(f).repeat(Math.max(0, w - [...s].length)) + s);
def(S, 'center', (s: string, w: number, f?: unknown) => {
  const n = w - [...s].length;
  if (n <= 0) return s;
  const left = Math.floor(n / 2) + (n & w & 1);
  return fillArg(f).repeat(left) + s + fillArg(f).repeat(n - left);
});
def(S, 'zfill', (s: string, w: number) => {
  const n = w - s.length;
  if (n <= 0) return s;
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  return sign + '0'.repeat(n) + s.slice(sign.length);
});
def(S, 'partition', (s: string, sep: unknown) => {
  const x = needStr(sep, 'must be str, not');
  if (!x) throw pyErr('ValueError', 'empty separator');
  const i = s.indexOf(x);
  return i < 0 ? tuple([s, '', '']) : tuple([s.slice(0, i), x, s.slice(i + x.length)]);
});
def(S, 'rpartition', (s: string, sep: unknown) => {
  const x = needStr(sep, 'must be str, not');
  if (!x) throw pyErr('ValueError', 'empty separator');
  const i = s.lastIndexOf(x);
  return i < 0 ? tuple(['', '', s]) : tuple([s.slice(0, i), x, s.slice(i + x.length)]);
});
def(S, 'expandtabs', (s: string, size?: unknown) => {
  const ts = optInt(size, 8);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = ts > 0 ? ts - (col % ts) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
});
const every = (re: RegExp) => (s: string) => s.length > 0 && [...s].every((c) => re.test(c));
def(S, 'isdigit', every(/[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]/u));
def(S, 'isdecimal', every(/\p{Nd}/u));
def(S, 'isnumeric', every(/[\p{Nd}\p{Nl}\p{No}]/u));
def(S, 'isalpha', every(/\p{L}/u));
def(S, 'isalnum', every(/[\p{L}\p{Nd}\p{Nl}\p{No}]/u));
def(S, 'isspace', (s: string) => s.length > 0 && [...s].every(isWs));
def(S, 'isascii', (s: string) => [...s].every((c) => c.charCodeAt(0) < 0x80));
def(S, 'isprintable', (s: string) => !/[\p{C}\p{Z}]/u.test(s.replace(/ /g, '')));
def(S, 'isidentifier', (s: string) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s));
def(S, 'islower', (s: string) => [...s].some((c) => lowerRe.test(c)) && ![...s].some((c) => upperRe.test(c)));
def(S, 'isupper', (s: string) => [...s].some((c) => upperRe.test(c)) && ![...s].some((c) => lowerRe.test(c)));
def(S, 'istitle', (s: string) => s.length > 0 && title(s) === s && [...s].some(cased));
def(S, 'format', (s: string, ...a: unknown[]) => strFormat(s, a));
def(S, 'format_map', (s: string, m: unknown) => strFormat(s, [], m));
def(S, 'encode', (s: string, ...a: unknown[]) => {
  const [encoding, errors] = parseArgs('encode', a, ['encoding', 'errors'], 0);
  const enc = String(encoding ?? 'utf-8').toLowerCase().replace('_', '-');
  const limit = enc === 'ascii' ? 128 : enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' ? 256 : 0;
  if (!limit) return new PyBytes(new TextEncoder().encode(s));
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === 'replace') out.push(0x3f);
    else if (errors !== 'ignore') {
      const codec = limit === 128 ? 'ascii' : 'latin-1';
      const e = pyErr('UnicodeEncodeError', `'${codec}' codec can't encode character '${c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`}' in position ${i}: ordinal not in range(${limit})`);
      e.$d!.set('reason', `ordinal not in range(${limit})`);
      throw e;
    }
    i++;
  }
  return new PyBytes(Uint8Array.from(out));
});
def(S, 'maketrans', (x: unknown, y?: unknown, z?: unknown) => {
  const d = new PyDict();
  if (typeof x === 'string' && typeof y === 'string') {
    const a = [...x];
    const b = [...y];
    if (a.length !== b.length) throw pyErr('ValueError', 'the first two maketrans arguments must have equal length');
    a.forEach((c, i) => d.set(c.codePointAt(0), b[i]!.codePointAt(0)));
    if (typeof z === 'string') for (const c of z) d.set(c.codePointAt(0), null);
  } else if (x instanceof PyDict) {
    for (const [k, v] of x.entries()) d.set(typeof k === 'string' ? k.codePointAt(0) : k, v);
  }
  return d;
});
def(S, 'translate', (s: string, table: unknown) => {
  let out = '';
  for (const ch of s) {
    let v: unknown;
    try {
      v = getitem(table, ch.codePointAt(0));
    } catch {
      v = undefined;
    }
    if (v === undefined) out += ch;
    else if (v === null) continue;
    else out += typeof v === 'number' ? String.fromCodePoint(v) : str(v);
  }
  return out;
});
def(S, '__len__', (s: string) => [...s].length);
def(S, '__contains__', (s: string, x: unknown) => s.includes(needStr(x, "'in <string>' requires string as left operand, not")));
