/** String functions with Spark's 1-based positions and null handling. */
import { arrayType, BinaryType, BooleanType, IntegerType, StringType, LongType, formatDouble } from '../../types';
import type { BoundExpr } from '../bound';
import { castToString } from '../cast';
import { checkArity, coerceArg, registerScalar, strictFn } from './registry';
import { TextEncoderLite, utf8Decode } from './math';

const enc = new TextEncoderLite();

strictFn(['lower', 'lcase'], ['string'], StringType, (a) => (a[0] as string).toLowerCase());
strictFn(['upper', 'ucase'], ['string'], StringType, (a) => (a[0] as string).toUpperCase());
registerScalar(['length', 'char_length', 'character_length', 'len'], (args, site) => {
  checkArity(site, args, 1);
  const a = args[0]!.type.kind === 'binary' ? args[0]! : coerceArg(args[0]!, 'string', site, 0);
  const bin = a.type.kind === 'binary';
  return { kind: 'strict', name: site.name, args: [a], type: IntegerType, nullable: true, fn: (v) => (bin ? (v[0] as Uint8Array).length : [...(v[0] as string)].length) };
});
strictFn('bit_length', ['string'], IntegerType, (a) => enc.encode(a[0] as string).length * 8);
strictFn('octet_length', ['string'], IntegerType, (a) => enc.encode(a[0] as string).length);
registerScalar('reverse', (args, site) => {
  checkArity(site, args, 1);
  // reverse(array) reverses the elements; anything else is reversed as a string.
  if (args[0]!.type.kind === 'array') return { kind: 'strict', name: 'reverse', args, type: args[0]!.type, nullable: true, fn: (a) => [...(a[0] as unknown[])].reverse() };
  const s = coerceArg(args[0]!, 'string', site, 0);
  return { kind: 'strict', name: 'reverse', args: [s], type: StringType, nullable: true, fn: (a) => [...(a[0] as string)].reverse().join('') };
});
strictFn('ascii', ['string'], IntegerType, (a) => (a[0] as string).codePointAt(0) ?? 0);
strictFn(['chr', 'char'], [LongType], StringType, (a) => {
  const n = Number(a[0] as bigint);
  return n < 0 ? '' : String.fromCharCode(n % 256);
});
strictFn('initcap', ['string'], StringType, (a) => (a[0] as string).toLowerCase().replace(/(^|\s)(\S)/g, (_m, s: string, c: string) => s + c.toUpperCase()));
strictFn('repeat', ['string', IntegerType], StringType, (a) => (a[0] as string).repeat(Math.max(0, a[1] as number)));
strictFn('space', [IntegerType], StringType, (a) => ' '.repeat(Math.max(0, a[0] as number)));

export function substring(s: string, pos: number, len: number = Number.MAX_SAFE_INTEGER): string {
  const cps = [...s];
  const n = cps.length;
  let start = pos > 0 ? pos - 1 : pos < 0 ? n + pos : 0;
  let end = len === Number.MAX_SAFE_INTEGER ? n : start + len;
  if (len < 0) return '';
  if (start < 0) start = 0;
  end = Math.min(n, end);
  return start >= end ? '' : cps.slice(start, end).join('');
}
registerScalar(['substr', 'substring'], (args, site) => {
  checkArity(site, args, 2, 3);
  const cast = [coerceArg(args[0]!, 'string', site, 0), coerceArg(args[1]!, IntegerType, site, 1)];
  if (args[2]) cast.push(coerceArg(args[2], IntegerType, site, 2));
  return { kind: 'strict', name: site.name, args: cast, type: StringType, nullable: true, fn: (a) => substring(a[0] as string, a[1] as number, (a[2] as number | undefined) ?? Number.MAX_SAFE_INTEGER) };
});
strictFn('left', ['string', IntegerType], StringType, (a) => ((a[1] as number) <= 0 ? '' : substring(a[0] as string, 1, a[1] as number)));
strictFn('right', ['string', IntegerType], StringType, (a) => ((a[1] as number) <= 0 ? '' : substring(a[0] as string, -(a[1] as number))));

function pad(left: boolean) {
  return (a: unknown[]) => {
    const s = [...(a[0] as string)];
    const n = a[1] as number;
    const p = [...((a[2] as string | undefined) ?? ' ')];
    if (n <= 0) return '';
    if (s.length >= n) return s.slice(0, n).join('');
    if (p.length === 0) return s.join('');
    const fill: string[] = [];
    while (fill.length < n - s.length) fill.push(p[fill.length % p.length]!);
    return left ? fill.join('') + s.join('') : s.join('') + fill.join('');
  };
}
function padBytes(left: boolean) {
  return (a: unknown[]) => {
    const s = a[0] as Uint8Array;
    const n = a[1] as number;
    const p = a[2] as Uint8Array;
    if (n <= 0) return new Uint8Array(0);
    if (s.length >= n) return s.slice(0, n);
    if (p.length === 0) return s;
    const fill = new Uint8Array(n - s.length);
    for (let i = 0; i < fill.length; i++) fill[i] = p[i % p.length]!;
    const out = new Uint8Array(n);
    out.set(left ? fill : s, 0);
    out.set(left ? s : fill, left ? fill.length : s.length);
    return out;
  };
}
for (const [name, left] of [['lpad', true], ['rpad', false]] as const) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2, 3);
    if (args[0]!.type.kind === 'binary' && (args[2] === undefined || args[2].type.kind === 'binary')) {
      const cast = [args[0]!, coerceArg(args[1]!, IntegerType, site, 1), args[2] ?? { kind: 'literal', value: new Uint8Array([0]), type: BinaryType, nullable: false }];
      return { kind: 'strict', name, args: cast, type: BinaryType, nullable: true, fn: padBytes(left) };
    }
    const cast = args.map((a, i) => coerceArg(a, i === 1 ? IntegerType : 'string', site, i));
    return { kind: 'strict', name, args: cast, type: StringType, nullable: true, fn: pad(left) };
  });
}

function trimmer(mode: 'both' | 'left' | 'right') {
  return (a: unknown[]) => {
    const s = a[0] as string;
    const chars = (a[1] as string | undefined) ?? ' ';
    let i = 0;
    let j = s.length;
    if (mode !== 'right') while (i < j && chars.includes(s[i]!)) i++;
    if (mode !== 'left') while (j > i && chars.includes(s[j - 1]!)) j--;
    return s.slice(i, j);
  };
}
strictFn(['trim', 'btrim'], ['string', 'string'], StringType, trimmer('both'), { optional: 1 });
strictFn('ltrim', ['string', 'string'], StringType, trimmer('left'), { optional: 1 });
strictFn('rtrim', ['string', 'string'], StringType, trimmer('right'), { optional: 1 });

strictFn('replace', ['string', 'string', 'string'], StringType, (a) => {
  const search = a[1] as string;
  if (search === '') return a[0];
  return (a[0] as string).split(search).join((a[2] as string | undefined) ?? '');
}, { optional: 1 });
strictFn('translate', ['string', 'string', 'string'], StringType, (a) => {
  const from = [...(a[1] as string)];
  const to = [...(a[2] as string)];
  const map = new Map<string, string>();
  from.forEach((c, i) => { if (!map.has(c)) map.set(c, to[i] ?? ''); });
  return [...(a[0] as string)].map((c) => (map.has(c) ? map.get(c)! : c)).join('');
});
strictFn('instr', ['string', 'string'], IntegerType, (a) => (a[0] as string).indexOf(a[1] as string) + 1);
registerScalar(['locate', 'position'], (args, site) => {
  checkArity(site, args, 2, 3);
  const cast = [coerceArg(args[0]!, 'string', site, 0), coerceArg(args[1]!, 'string', site, 1)];
  if (args[2]) cast.push(coerceArg(args[2], IntegerType, site, 2));
  return {
    kind: 'lenient', name: site.name, args: cast, type: IntegerType, nullable: true,
    fn: (a) => {
      if (a[0] === null || a[1] === null) return null;
      const start = a.length > 2 ? (a[2] as number | null) : 1;
      if (start === null) return 0;
      if (start < 1) return 0;
      return (a[1] as string).indexOf(a[0] as string, start - 1) + 1;
    },
  };
});

registerScalar(['concat'], (args) => {
  if (args.some((a) => a.type.kind === 'array')) {
    return { kind: 'strict', name: 'concat', args, type: args[0]!.type, nullable: true, fn: (a) => (a as unknown[][]).flat() };
  }
  const cast = args.map((a) => (a.type.kind === 'string' || a.type.kind === 'binary' ? a : coerceArg(a, 'string', { name: 'concat', argSql: [], sql: '' }, 0)));
  return { kind: 'strict', name: 'concat', args: cast, type: StringType, nullable: true, fn: (a) => a.join('') };
});
registerScalar(['concat_ws'], (args, site) => {
  checkArity(site, args, 1, Infinity);
  const cast = args.map((a, i) => (a.type.kind === 'array' ? a : coerceArg(a, 'string', site, i)));
  return {
    kind: 'lenient', name: 'concat_ws', args: cast, type: StringType, nullable: true,
    fn: (a) => {
      if (a[0] === null) return null;
      const parts: string[] = [];
      for (let i = 1; i < a.length; i++) {
        const v = a[i];
        if (v === null) continue;
        if (Array.isArray(v)) for (const x of v) { if (x !== null) parts.push(x as string); }
        else parts.push(v as string);
      }
      return parts.join(a[0] as string);
    },
  };
});
strictFn('split', ['string', 'string', IntegerType], arrayType(StringType), (a) => {
  const s = a[0] as string;
  const limit = (a[2] as number | undefined) ?? -1;
  const re = new RegExp(a[1] as string, 'gu');
  if (s === '') return [''];
  const out: string[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0] === '') {
      if (m.index >= s.length) break;
      re.lastIndex++;
      if (m.index === 0) continue;
    }
    if (limit > 0 && out.length === limit - 1) break;
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  if (limit <= 0) while (out.length > 1 && out[out.length - 1] === '' && false) out.pop();
  return out;
}, { optional: 1 });
strictFn('split_part', ['string', 'string', IntegerType], StringType, (a) => {
  const parts = (a[0] as string).split(a[1] as string);
  const i = a[2] as number;
  const p = i > 0 ? parts[i - 1] : parts[parts.length + i];
  return p ?? '';
});
strictFn(['startswith'], ['string', 'string'], BooleanType, (a) => (a[0] as string).startsWith(a[1] as string));
strictFn(['endswith'], ['string', 'string'], BooleanType, (a) => (a[0] as string).endsWith(a[1] as string));
strictFn(['contains'], ['string', 'string'], BooleanType, (a) => (a[0] as string).includes(a[1] as string));
strictFn('encode', ['string', 'string'], BinaryType, (a) => enc.encode(a[0] as string));
registerScalar('decode', (args, site) => {
  if (args.length === 2) {
    return { kind: 'strict', name: 'decode', args, type: StringType, nullable: true, fn: (a) => (a[0] instanceof Uint8Array ? utf8Decode(a[0]) : String(a[0])) };
  }
  checkArity(site, args, 3, Infinity);
  // decode(expr, search1, result1, ..., default): a CASE over equality (null matches null).
  const [x, ...rest] = args;
  return {
    kind: 'lenient', name: 'decode', args: [x!, ...rest], type: rest[1]?.type ?? StringType, nullable: true,
    fn: (a) => {
      for (let i = 1; i + 1 < a.length; i += 2) if (a[0] === a[i] || String(a[0]) === String(a[i])) return a[i + 1];
      return a.length % 2 === 0 ? a[a.length - 1] : null;
    },
  };
});
/** Standard base64 with padding (RFC 4648), as Spark's base64() and the JSON writer give binary. */
export function base64Encode(b: Uint8Array): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += abc[(n >> 18) & 63]! + abc[(n >> 12) & 63]! + (i + 1 < b.length ? abc[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? abc[n & 63]! : '=');
  }
  return out;
}
strictFn('base64', [BinaryType], StringType, (a) => base64Encode(a[0] as Uint8Array));

registerScalar(['format_string', 'printf'], (args, site) => {
  checkArity(site, args, 1, Infinity);
  return {
    kind: 'lenient', name: site.name, args, type: StringType, nullable: true,
    fn: (a) => {
      if (a[0] === null) return null;
      let k = 1;
      return (a[0] as string).replace(/%(\d+\$)?([-0]*)(\d*)(?:\.(\d+))?([sdfx%])/g, (_m, idx: string | undefined, flags: string, width: string, prec: string | undefined, conv: string) => {
        if (conv === '%') return '%';
        const i = idx ? parseInt(idx, 10) : k++;
        const v = a[i];
        const t = args[i]?.type ?? StringType;
        let s: string;
        if (v === null || v === undefined) s = 'null';
        else if (conv === 'd') s = String(v);
        else if (conv === 'f') s = Number(typeof v === 'object' ? String(v) : v).toFixed(prec ? parseInt(prec, 10) : 6);
        else if (conv === 'x') s = BigInt(v as number).toString(16);
        else s = t.kind === 'double' ? formatDouble(v as number) : castToString(v, t);
        const w = width ? parseInt(width, 10) : 0;
        if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : flags.includes('0') ? s.padStart(w, '0') : s.padStart(w);
        return s;
      });
    },
  };
});

export function stringArgs(args: BoundExpr[]): BoundExpr[] {
  return args;
}
