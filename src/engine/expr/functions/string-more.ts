/** String utilities: URL coding, masking, overlay, edit distance, soundex, number formatting, sets in strings. */
import { BinaryType, IntegerType, LongType, StringType, arrayType } from '../../types';
import type { Decimal } from '../../types';
import { castTo } from '../coerce';
import { AnalysisException } from '../sql-errors';
import { checkArity, coerceArg, registerScalar, strictFn } from './registry';
import { TextEncoderLite, utf8Decode } from './math';

const enc = new TextEncoderLite();

/** java.net.URLEncoder: unreserved characters kept, space as '+', everything else %XX of its UTF-8. */
function urlEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9.\-*_]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of enc.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function urlDecode(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '+') bytes.push(32);
    else if (c === '%') {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new AnalysisException(`[CANNOT_DECODE_URL] The provided URL cannot be decoded: ${s}. Please ensure that the URL is properly formatted and try again.`, 'CANNOT_DECODE_URL');
      bytes.push(parseInt(h, 16));
      i += 2;
    } else bytes.push(...enc.encode(c));
  }
  return utf8Decode(Uint8Array.from(bytes));
}

strictFn('url_encode', ['string'], StringType, (a) => urlEncode(a[0] as string));
strictFn('url_decode', ['string'], StringType, (a) => urlDecode(a[0] as string));
strictFn('try_url_decode', ['string'], StringType, (a) => {
  try {
    return urlDecode(a[0] as string);
  } catch {
    return null;
  }
});

/** java.net.URI's parts as parse_url names them. */
function parseUrl(url: string, part: string, key?: string): string | null {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/(?:([^@/?#]*)@)?([^:/?#]*)(?::(\d*))?)?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(url);
  if (!m) return null;
  const [, protocol, userInfo, host, port, path, query, ref] = m;
  switch (part) {
    case 'HOST': return host || null;
    case 'PATH': return path ?? '';
    case 'QUERY': {
      if (key === undefined) return query ?? null;
      if (query === undefined) return null;
      const hit = new RegExp(`(&|^)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=([^&]*)`).exec(query);
      return hit ? hit[2]! : null;
    }
    case 'REF': return ref ?? null;
    case 'PROTOCOL': return protocol ?? null;
    case 'FILE': return query !== undefined ? `${path}?${query}` : (path ?? '');
    case 'AUTHORITY': return host ? `${userInfo ? `${userInfo}@` : ''}${host}${port ? `:${port}` : ''}` : null;
    case 'USERINFO': return userInfo ?? null;
    default: return null;
  }
}
registerScalar(['parse_url', 'try_parse_url'], (args, site) => {
  checkArity(site, args, 2, 3);
  const cast = args.map((a, i) => coerceArg(a, 'string', site, i));
  return { kind: 'strict', name: site.name, args: cast, type: StringType, nullable: true, fn: (a) => parseUrl(a[0] as string, a[1] as string, a[2] as string | undefined) };
});

registerScalar('mask', (args, site) => {
  checkArity(site, args, 1, 5);
  const cast = args.map((a, i) => coerceArg(a, 'string', site, i));
  const defaults = ['X', 'x', 'n', null];
  return {
    kind: 'lenient', name: site.name, args: cast, type: StringType, nullable: true,
    fn: (a) => {
      if (a[0] === null) return null;
      const repl = [1, 2, 3, 4].map((i) => (i < a.length ? (a[i] as string | null) : defaults[i - 1]!));
      return [...(a[0] as string)].map((ch) => {
        const r = /[A-Z]/.test(ch) ? repl[0] : /[a-z]/.test(ch) ? repl[1] : /[0-9]/.test(ch) ? repl[2] : repl[3];
        return r === null || r === undefined ? ch : r;
      }).join('');
    },
  };
});

registerScalar('overlay', (args, site) => {
  checkArity(site, args, 3, 4);
  const bin = args[0]!.type.kind === 'binary';
  const cast = [castTo(args[0]!, bin ? BinaryType : StringType), castTo(args[1]!, bin ? BinaryType : StringType), castTo(args[2]!, IntegerType)];
  if (args[3]) cast.push(castTo(args[3], IntegerType));
  return {
    kind: 'strict', name: site.name, args: cast, type: bin ? BinaryType : StringType, nullable: true,
    fn: (a) => {
      const src = bin ? [...(a[0] as Uint8Array)] : [...(a[0] as string)];
      const rep = bin ? [...(a[1] as Uint8Array)] : [...(a[1] as string)];
      const pos = a[2] as number;
      const len = a.length > 3 && (a[3] as number) >= 0 ? (a[3] as number) : rep.length;
      const out = [...src.slice(0, Math.max(0, pos - 1)), ...rep, ...src.slice(Math.max(0, pos - 1 + len))];
      return bin ? Uint8Array.from(out as number[]) : out.join('');
    },
  };
});

strictFn('substring_index', ['string', 'string', IntegerType], StringType, (a) => {
  const s = a[0] as string;
  const d = a[1] as string;
  const n = a[2] as number;
  if (n === 0 || d === '') return '';
  const parts = s.split(d);
  return n > 0 ? parts.slice(0, n).join(d) : parts.slice(Math.max(0, parts.length + n)).join(d);
});

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}
strictFn('levenshtein', ['string', 'string', IntegerType], IntegerType, (a) => {
  const d = levenshtein(a[0] as string, a[1] as string);
  return a.length > 2 && d > (a[2] as number) ? -1 : d;
}, { optional: 1 });

const SOUNDEX = '01230120022455012623010202';
strictFn('soundex', ['string'], StringType, (a) => {
  const s = a[0] as string;
  if (s === '' || !/[a-zA-Z]/.test(s[0]!)) return s;
  const up = s.toUpperCase();
  let out = up[0]!;
  let last = SOUNDEX[up.charCodeAt(0) - 65]!;
  for (let i = 1; i < up.length && out.length < 4; i++) {
    const c = up.charCodeAt(i) - 65;
    if (c < 0 || c > 25) continue;
    const code = SOUNDEX[c]!;
    if (code !== '0' && code !== last) out += code;
    if (up[i] !== 'H' && up[i] !== 'W') last = code;
  }
  return out.padEnd(4, '0');
});

/** format_number(x, d): grouped thousands and d decimals, rounding half-even like DecimalFormat. */
registerScalar('format_number', (args, site) => {
  checkArity(site, args, 2);
  const x = args[0]!;
  const d = args[1]!.type.kind === 'string' ? args[1]! : castTo(args[1]!, IntegerType);
  return {
    kind: 'strict', name: site.name, args: [x, d], type: StringType, nullable: true,
    fn: (a) => {
      if (typeof a[1] === 'string') return null;
      const digits = a[1] as number;
      if (digits < 0) return null;
      const v = a[0];
      const text = typeof v === 'bigint' ? v.toString() : typeof v === 'number' ? v.toFixed(Math.min(100, digits + 5)) : (v as Decimal).toString();
      return groupDigits(roundHalfEven(text, digits));
    },
  };
});

function roundHalfEven(text: string, digits: number): string {
  const neg = text.startsWith('-');
  const [intPart, frac = ''] = (neg ? text.slice(1) : text).split('.');
  const keep = frac.padEnd(digits + 1, '0');
  let units = BigInt(intPart! + keep.slice(0, digits));
  const rest = frac.slice(digits);
  const first = rest[0] ?? '0';
  const tail = rest.slice(1).replace(/0/g, '');
  if (first > '5' || (first === '5' && (tail !== '' || units % 2n === 1n))) units += 1n;
  const s = units.toString().padStart(digits + 1, '0');
  const out = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

function groupDigits(s: string): string {
  const neg = s.startsWith('-');
  const [i, f] = (neg ? s.slice(1) : s).split('.');
  const grouped = i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${f !== undefined ? `.${f}` : ''}`;
}

strictFn('find_in_set', ['string', 'string'], IntegerType, (a) => {
  const s = a[0] as string;
  if (s.includes(',')) return 0;
  return (a[1] as string).split(',').indexOf(s) + 1;
});

registerScalar('elt', (args, site) => {
  if (args.length < 2) checkArity(site, args, 2, Infinity);
  const idx = castTo(args[0]!, IntegerType);
  const rest = args.slice(1).map((a) => castTo(a, StringType));
  return { kind: 'lenient', name: site.name, args: [idx, ...rest], type: StringType, nullable: true, fn: (a) => (a[0] === null ? null : (a[a[0] as number] as string | undefined) ?? null) };
});

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export function base64Decode(s: string): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    if (d < 0) continue;
    acc = (acc << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}
strictFn('unbase64', ['string'], BinaryType, (a) => base64Decode(a[0] as string));

registerScalar(['to_binary', 'try_to_binary'], (args, site) => {
  checkArity(site, args, 1, 2);
  const fmt = args[1] && args[1].kind === 'literal' ? String(args[1].value).toLowerCase() : 'hex';
  const s = castTo(args[0]!, StringType);
  return {
    kind: 'strict', name: site.name, args: [s], type: BinaryType, nullable: true,
    fn: (a) => {
      const v = a[0] as string;
      if (fmt === 'utf-8' || fmt === 'utf8') return enc.encode(v);
      if (fmt === 'base64') return base64Decode(v);
      const h = v.length % 2 ? `0${v}` : v;
      if (!/^[0-9a-fA-F]*$/.test(h)) return null;
      return Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
    },
  };
});

strictFn('sentences', ['string', 'string', 'string'], arrayType(arrayType(StringType)), (a) => {
  const out: string[][] = [];
  for (const sentence of (a[0] as string).split(/(?<=[.!?])\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}']+/u).filter((w) => w !== '');
    if (words.length) out.push(words);
  }
  return out;
}, { optional: 2 });

strictFn('bitwise_not', ['integral'], (args) => args[0]!.type, (a) => (typeof a[0] === 'bigint' ? BigInt.asIntN(64, ~a[0]) : ~(a[0] as number)));
for (const [name, shift] of [['shiftleft', 'l'], ['shiftright', 'r'], ['shiftrightunsigned', 'u']] as const) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2);
    const v = args[0]!.type.kind === 'long' ? args[0]! : castTo(coerceArg(args[0]!, 'integral', site, 0), IntegerType);
    const n = castTo(args[1]!, IntegerType);
    const long = v.type.kind === 'long';
    return {
      kind: 'strict', name, args: [v, n], type: v.type, nullable: true,
      fn: (a) => {
        if (long) {
          const x = a[0] as bigint;
          const k = BigInt((a[1] as number) & 63);
          return shift === 'l' ? BigInt.asIntN(64, x << k) : shift === 'r' ? x >> k : BigInt.asIntN(64, BigInt.asUintN(64, x) >> k);
        }
        const x = a[0] as number;
        const k = (a[1] as number) & 31;
        return shift === 'l' ? x << k : shift === 'r' ? x >> k : (x >>> k) | 0;
      },
    };
  });
}
strictFn('bit_count', ['any'], IntegerType, (a) => {
  const v = a[0];
  if (typeof v === 'boolean') return v ? 1 : 0;
  let x = BigInt.asUintN(64, typeof v === 'bigint' ? v : BigInt(v as number));
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
});
strictFn(['bit_get', 'getbit'], [LongType, IntegerType], IntegerType, (a) => Number((BigInt.asUintN(64, a[0] as bigint) >> BigInt(a[1] as number)) & 1n));

strictFn(['conv', 'try_conv'], ['string', IntegerType, IntegerType], StringType, (a) => {
  const from = a[1] as number;
  const to = a[2] as number;
  const digits = (a[0] as string).trim().toLowerCase();
  const neg = digits.startsWith('-');
  let v = 0n;
  for (const ch of neg ? digits.slice(1) : digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= from) break;
    v = v * BigInt(from) + BigInt(d);
  }
  v = BigInt.asUintN(64, neg ? -v : v);
  if (to < 0 && BigInt.asIntN(64, v) < 0n) return `-${(-BigInt.asIntN(64, v)).toString(-to).toUpperCase()}`;
  return v.toString(Math.abs(to)).toUpperCase();
});

registerScalar('width_bucket', (args, site) => {
  checkArity(site, args, 4);
  const [v, lo, hi] = args.slice(0, 3).map((a, i) => castTo(coerceArg(a, 'numeric', site, i), { kind: 'double' }));
  const n = castTo(args[3]!, LongType);
  return {
    kind: 'strict', name: site.name, args: [v!, lo!, hi!, n], type: LongType, nullable: true,
    fn: (a) => {
      const [x, min, max] = a as number[];
      const buckets = Number(a[3] as bigint);
      if (buckets <= 0 || min === max || !Number.isFinite(x!)) return null;
      if (min! < max!) return BigInt(x! < min! ? 0 : x! >= max! ? buckets + 1 : Math.floor(((x! - min!) * buckets) / (max! - min!)) + 1);
      return BigInt(x! > min! ? 0 : x! <= max! ? buckets + 1 : Math.floor(((min! - x!) * buckets) / (min! - max!)) + 1);
    },
  };
});

for (const name of ['current_database', 'current_schema']) registerScalar(name, () => ({ kind: 'literal', value: 'default', type: StringType, nullable: false }));
registerScalar('current_catalog', () => ({ kind: 'literal', value: 'spark_catalog', type: StringType, nullable: false }));
for (const name of ['current_user', 'user', 'session_user']) registerScalar(name, () => ({ kind: 'literal', value: 'flint', type: StringType, nullable: false }));
registerScalar('version', () => ({ kind: 'literal', value: '3.5.0 flint', type: StringType, nullable: false }));

