/** The methods of bytes (the basics: decoding, searching, slicing through item.ts). */
import { NotImplemented, T, typeOf } from '../core';
import { PyBytes } from '../bytes';
import { def, parseArgs } from './define';
import { pyErr } from '../exceptions';
import { PyTuple, tuple } from '../tuple';
import { PyClassMethod, PyStaticMethod } from '../descriptors';


const B = T.bytes;

function bytesOf(x: unknown, what: string): Uint8Array {
  if (x instanceof PyBytes) return x.b;
  throw pyErr('TypeError', `${what}`);
}

def(B, 'decode', (b: PyBytes, ...a: unknown[]) => {
  const [encoding, errors] = parseArgs('decode', a, ['encoding', 'errors'], 0);
  const enc = String(encoding ?? 'utf-8').toLowerCase().replace('_', '-');
  if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') {
    let s = '';
    for (const c of b.b) {
      if (enc === 'ascii' && c > 127 && errors !== 'ignore') {
        throw pyErr('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${s.length}: ordinal not in range(128)`);
      }
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decodeUtf8(b.b, errors === undefined ? 'strict' : String(errors));
});

/** The range of the second byte of a sequence led by `lead` (Unicode's well-formed table). */
function secondRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * UTF-8 as CPython decodes it: each maximal ill-formed subpart is one error (one U+FFFD with
 * 'replace', dropped with 'ignore'), and strict mode names the bytes and the reason as CPython does.
 */
function decodeUtf8(b: Uint8Array, errors: string): string {
  let fast = true;
  for (const c of b) if (c >= 0x80) { fast = false; break; }
  if (fast) return toBin(b);
  const out: string[] = [];
  let i = 0;
  const fail = (start: number, end: number, reason: string): void => {
    if (errors === 'replace') out.push('\ufffd');
    else if (errors !== 'ignore') {
      const at = end - start === 1 ? `byte 0x${b[start]!.toString(16).padStart(2, '0')} in position ${start}` : `bytes in position ${start}-${end - 1}`;
      throw pyErr('UnicodeDecodeError', `'utf-8' codec can't decode ${at}: ${reason}`);
    }
  };
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      let run = i + 1;
      while (run < b.length && b[run]! < 0x80) run++;
      out.push(toBin(b.subarray(i, run)));
      i = run;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (!need) {
      fail(i, i + 1, 'invalid start byte');
      i++;
      continue;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= b.length) break;
      const d = b[i + k]!;
      const [lo, hi] = k === 1 ? secondRange(c) : [0x80, 0xbf];
      if (d < lo || d > hi) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (k > need) {
      out.push(String.fromCodePoint(cp));
      i += need + 1;
      continue;
    }
    if (bad) fail(i, i + k, 'invalid continuation byte');
    else fail(i, b.length, 'unexpected end of data');
    i += k;
  }
  return out.join('');
}
def(B, 'hex', (b: PyBytes, ...a: unknown[]) => {
  const [sep0, per0] = parseArgs('hex', a, ['sep', 'bytes_per_sep'], 0);
  const digits = [...b.b].map((c) => c.toString(16).padStart(2, '0'));
  if (sep0 === undefined) return digits.join('');
  const sep = sep0 instanceof PyBytes ? toBin(sep0.b) : sep0;
  if (typeof sep !== 'string') throw pyErr('TypeError', `sep must be str or bytes.`);
  if (sep.length !== 1) throw pyErr('ValueError', 'sep must be length 1.');
  const per = per0 === undefined ? 1 : Number(per0);
  const n = Math.abs(per);
  if (n === 0 || digits.length <= n) return digits.join('');
  const groups: string[] = [];
  if (per > 0) {
    for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(''));
  } else {
    for (let start = 0; start < digits.length; start += n) groups.push(digits.slice(start, start + n).join(''));
  }
  return groups.join(sep);
});
def(B, 'isascii', (b: PyBytes) => b.b.every((c) => c < 0x80));
def(B, 'translate', (b: PyBytes, ...a: unknown[]) => {
  const [table, del] = parseArgs('translate', a, ['table', 'delete'], 1);
  if (table !== null && !(table instanceof PyBytes)) throw pyErr('TypeError', `a bytes-like object is required, not '${typeOf(table).name}'`);
  if (table instanceof PyBytes && table.b.length !== 256) throw pyErr('ValueError', 'translation table must be 256 characters long');
  if (del !== undefined && !(del instanceof PyBytes)) throw pyErr('TypeError', `a bytes-like object is required, not '${typeOf(del).name}'`);
  const drop = new Set(del === undefined ? [] : del.b);
  const out: number[] = [];
  for (const c of b.b) if (!drop.has(c)) out.push(table instanceof PyBytes ? table.b[c]! : c);
  return new PyBytes(Uint8Array.from(out));
});
const maketrans = new PyStaticMethod(Object.assign((from: unknown, to: unknown) => {
  if (!(from instanceof PyBytes) || !(to instanceof PyBytes)) throw pyErr('TypeError', `a bytes-like object is required, not '${typeOf(from instanceof PyBytes ? to : from).name}'`);
  if (from.b.length !== to.b.length) throw pyErr('ValueError', 'maketrans arguments must have same length');
  const t = Uint8Array.from({ length: 256 }, (_, i) => i);
  from.b.forEach((c, i) => (t[c] = to.b[i]!));
  return new PyBytes(t);
}, { $name: 'maketrans', $native: true }));
B.dict.set('maketrans', maketrans);
T.bytearray.dict.set('maketrans', maketrans);
def(B, 'upper', (b: PyBytes) => new PyBytes(b.b.map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
def(B, 'lower', (b: PyBytes) => new PyBytes(b.b.map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
def(B, 'count', (b: PyBytes, x: unknown) => {
  if (typeof x === 'number') return b.b.filter((c) => c === x).length;
  const s = new TextDecoder('latin1').decode(b.b);
  return s.split(new TextDecoder('latin1').decode(bytesOf(x, 'argument should be integer or bytes-like object'))).length - 1;
});

/** Bytes as a JS string of char codes 0-255, so the str methods can do the work. */
function toBin(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
function fromBin(s: string): PyBytes {
  return new PyBytes(Uint8Array.from(s, (ch) => ch.charCodeAt(0)));
}
function binArg(x: unknown): unknown {
  if (x instanceof PyBytes) return toBin(x.b);
  if (x instanceof PyTuple) return tuple(x.items.map(binArg));
  if (Array.isArray(x)) return x.map(binArg);
  if (typeof x === 'string') throw pyErr('TypeError', 'a bytes-like object is required, not \'str\'');
  return x;
}
function binResult(r: unknown): unknown {
  if (typeof r === 'string') return fromBin(r);
  if (Array.isArray(r)) return r.map(binResult);
  if (r instanceof PyTuple) return tuple(r.items.map(binResult));
  return r;
}
for (const name of ['replace', 'strip', 'lstrip', 'rstrip', 'find', 'rfind', 'index', 'rindex', 'join', 'partition', 'rpartition', 'rsplit', 'center', 'ljust', 'rjust', 'zfill', 'isdigit', 'isalpha', 'isspace', 'isalnum', 'islower', 'isupper', 'title', 'capitalize', 'swapcase', 'splitlines', 'removeprefix', 'removesuffix', 'expandtabs']) {
  const f = T.str.dict.get(name) as (...a: unknown[]) => unknown;
  if (B.dict.has(name) || !f) continue;
  def(B, name, (b: PyBytes, ...args: unknown[]) => binResult(f(toBin(b.b), ...args.map(binArg))));
}
/** find/rfind's first argument: a byte value or a bytes-like object. */
function subArg(x: unknown): unknown {
  if ((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean') {
    const v = Number(x);
    if (v < 0 || v > 255) throw pyErr('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(v);
  }
  if (!(x instanceof PyBytes)) throw pyErr('TypeError', `argument should be integer or bytes-like object, not '${typeOf(x).name}'`);
  return toBin(x.b);
}
for (const name of ['find', 'rfind']) {
  const f = T.str.dict.get(name) as (...a: unknown[]) => unknown;
  def(B, name, (b: PyBytes, ...args: unknown[]) => f(toBin(b.b), ...args.map((x, i) => (i === 0 ? subArg(x) : x))));
}
for (const name of ['startswith', 'endswith']) {
  const f = T.str.dict.get(name) as (...a: unknown[]) => unknown;
  def(B, name, (b: PyBytes, p: unknown, ...rest: unknown[]) => {
    if (!(p instanceof PyBytes || (p instanceof PyTuple && p.items.every((x) => x instanceof PyBytes)))) {
      throw pyErr('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(p).name}`);
    }
    return f(toBin(b.b), binArg(p), ...rest);
  });
}
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
def(B, 'split', (b: PyBytes, ...a: unknown[]) => {
  const [sep, maxsplit] = parseArgs('split', a, ['sep', 'maxsplit'], 0);
  const max = maxsplit === undefined ? -1 : Number(maxsplit);
  if (sep !== undefined && sep !== null) {
    const f = T.str.dict.get('split') as (...x: unknown[]) => unknown;
    return binResult(f(toBin(b.b), binArg(sep), max));
  }
  const out: PyBytes[] = [];
  const s = b.b;
  let i = 0;
  for (;;) {
    while (i < s.length && isSpace(s[i]!)) i++;
    if (i >= s.length) break;
    if (max >= 0 && out.length >= max) {
      out.push(new PyBytes(s.slice(i)));
      break;
    }
    const j = i;
    while (i < s.length && !isSpace(s[i]!)) i++;
    out.push(new PyBytes(s.slice(j, i)));
  }
  return out;
});
for (const [name, via] of [['index', 'find'], ['rindex', 'rfind']] as const) {
  const find = B.dict.get(via) as (...a: unknown[]) => unknown;
  def(B, name, (b: PyBytes, ...args: unknown[]) => {
    const r = find(b, ...args);
    if (r === -1) throw pyErr('ValueError', 'subsection not found');
    return r;
  });
}
B.dict.set('fromhex', new PyClassMethod(Object.assign((_cls: unknown, s: unknown) => {
  const t = String(s).replace(/\s+/g, '');
  if (t.length % 2 || /[^0-9a-f]/i.test(t)) throw pyErr('ValueError', 'non-hexadecimal number found in fromhex() arg');
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
  return new PyBytes(out);
}, { $name: 'fromhex', $native: true })));
def(B, '__mul__', (b: PyBytes, n: unknown) => {
  if (typeof n !== 'number' || !Number.isInteger(n)) return NotImplemented;
  const out = new Uint8Array(b.b.length * Math.max(0, n));
  for (let i = 0; i < n; i++) out.set(b.b, i * b.b.length);
  return new PyBytes(out);
});
def(B, '__add__', (b: PyBytes, o: unknown) => {
  if (!(o instanceof PyBytes)) throw pyErr('TypeError', `can't concat ${typeOf(o).name} to bytes`);
  const out = new Uint8Array(b.b.length + o.b.length);
  out.set(b.b);
  out.set(o.b, b.b.length);
  return new PyBytes(out);
});
