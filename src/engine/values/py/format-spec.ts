/**
 * format(value, spec) for int, float and str: [[fill]align][sign][z][#][0][width][,_][.prec][type].
 * A stand-in until pylib's full implementation lands (see README).
 */
import { PyFloat, floatRepr } from './float';
import { pyErr } from './exceptions';
import { typeOf } from './core';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  group: string;
  prec: number;
  type: string;
}

const RE = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parse(spec: string): Spec {
  const m = RE.exec(spec);
  if (!m) throw pyErr('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    group: m[8] ?? '',
    prec: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = intPart.length; i > 0; i -= every) {
    const chunk = intPart.slice(Math.max(0, i - every), i);
    out = out ? `${chunk}${sep}${out}` : chunk;
  }
  return out;
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const len = [...body].length + sign.length;
  const align = s.align || defaultAlign;
  if (len >= s.width) return sign + body;
  const n = s.width - len;
  const fill = s.fill;
  switch (align) {
    case '<':
      return sign + body + fill.repeat(n);
    case '^':
      return fill.repeat(Math.floor(n / 2)) + sign + body + fill.repeat(n - Math.floor(n / 2));
    case '=':
      return sign + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + sign + body;
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

function expForm(v: number, prec: number, upper: boolean): string {
  const t = v.toExponential(prec);
  const [m, e] = t.split('e');
  const n = Number(e);
  const out = `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function gForm(v: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (v === 0) return alt ? `0.${'0'.repeat(p - 1)}` : '0';
  const exp = Number(v.toExponential(p - 1).split('e')[1]);
  let out: string;
  if (exp >= -4 && exp < p) {
    out = v.toFixed(Math.max(0, p - 1 - exp));
    if (!alt && out.includes('.')) out = out.replace(/\.?0+$/, '');
  } else {
    out = expForm(v, p - 1, upper);
    if (!alt) out = out.replace(/\.?0+e/, 'e').replace(/\.?0+E/, 'E');
  }
  return out;
}

export function formatFloat(v: number, s: Spec): string {
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let body: string;
  if (!Number.isFinite(a)) body = a !== a ? 'nan' : 'inf';
  else {
    const prec = s.prec < 0 ? 6 : s.prec;
    switch (s.type) {
      case 'f':
      case 'F':
        body = a.toFixed(prec);
        break;
      case 'e':
      case 'E':
        body = expForm(a, prec, s.type === 'E');
        break;
      case '%':
        body = `${(a * 100).toFixed(prec)}%`;
        break;
      case 'g':
      case 'G':
      case 'n':
        body = gForm(a, prec, s.alt, s.type === 'G');
        break;
      default:
        body = s.prec < 0 ? floatRepr(a) : gForm(a, s.prec, s.alt, false);
        if (s.prec >= 0 && !/[.e]/.test(body) && body !== 'inf' && body !== 'nan') body = body.includes('e') ? body : body;
        break;
    }
    if (s.group) {
      const [ip, fp] = body.split(/(?=[.e%])/u, 2) as [string, string | undefined];
      const rest = body.slice(ip.length);
      body = group(ip, s.group) + (fp === undefined ? '' : rest);
    }
  }
  if (s.type === 'F' || s.type === 'E' || s.type === 'G') body = body.toUpperCase();
  return pad(body, signOf(neg, s), s, '>');
}

function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0;
  const a = neg ? -(v as number) : v;
  let body: string;
  let prefix = '';
  switch (s.type) {
    case 'b':
      body = a.toString(2);
      prefix = s.alt ? '0b' : '';
      break;
    case 'o':
      body = a.toString(8);
      prefix = s.alt ? '0o' : '';
      break;
    case 'x':
      body = a.toString(16);
      prefix = s.alt ? '0x' : '';
      break;
    case 'X':
      body = a.toString(16).toUpperCase();
      prefix = s.alt ? '0X' : '';
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(v)), '', s, '<');
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloat(Number(v), s);
    default:
      body = a.toString();
  }
  body = group(body, s.group, s.type === 'b' || s.type === 'o' || s.type === 'x' || s.type === 'X' ? 4 : 3);
  return pad(body, signOf(neg, s) + prefix, s, '>');
}

export function formatSpec(v: unknown, spec: string): string | undefined {
  const s = parse(spec);
  if (typeof v === 'boolean') {
    if (!s.type && !spec) return v ? 'True' : 'False';
    return formatInt(v ? 1 : 0, s);
  }
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (s.prec >= 0 && !'eEfFgG%'.includes(s.type || 'x')) throw pyErr('ValueError', 'Precision not allowed in integer format specifier');
    return formatInt(v, s);
  }
  if (typeof v === 'bigint') return formatInt(v, s);
  if (typeof v === 'number' || v instanceof PyFloat) {
    if (s.type && !'eEfFgGn%'.includes(s.type)) throw pyErr('ValueError', `Unknown format code '${s.type}' for object of type 'float'`);
    return formatFloat(typeof v === 'number' ? v : v.v, s);
  }
  if (typeof v === 'string') {
    if (s.type && s.type !== 's') throw pyErr('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
    const body = s.prec >= 0 ? [...v].slice(0, s.prec).join('') : v;
    return pad(body, '', s, '<');
  }
  return undefined;
}

export function checkEmptySpec(v: unknown, spec: string): void {
  if (spec) throw pyErr('TypeError', `unsupported format string passed to ${typeOf(v).name}.__format__`);
}
