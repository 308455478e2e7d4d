/** The string module: constants, capwords, Template and Formatter (a subclassable Python class). */
import type { PyTuple} from '../../values/py';
import {
  Kw, PyDict, PySet, T, ascii, toArray, callMethod, getattr, getitem, makeClass, pyErr, repr, str, tuple, formatValue,
} from '../../values/py';
import { parseArgs } from '../../values/py/methods/define';
import { makeTemplate } from './string-template';
import { moduleFrom, registerModule } from './registry';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

function capwords(...a: unknown[]): string {
  const [s, sep] = parseArgs('capwords', a, ['s', 'sep'], 1);
  const cap = (w: string) => callMethod(w, 'capitalize', []) as string;
  const words = callMethod(s, 'split', sep === undefined || sep === null ? [] : [sep]) as string[];
  return words.map(cap).join(sep === undefined || sep === null ? ' ' : (sep as string));
}

type Field = [string, string | null, string | null, string | null];

/** Formatter.parse: (literal_text, field_name, format_spec, conversion) chunks, as str.format reads them. */
export function parseFormat(s: string): Field[] {
  const out: Field[] = [];
  let i = 0;
  while (i < s.length) {
    let lit = '';
    let field: Field | null = null;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '{' || c === '}') {
        if (s[i + 1] === c) {
          lit += c;
          i += 2;
          break;
        }
        if (c === '}') throw pyErr('ValueError', "Single '}' encountered in format string");
        if (i + 1 >= s.length) throw pyErr('ValueError', "Single '{' encountered in format string");
        let depth = 1;
        let j = i + 1;
        for (; j < s.length && depth; j++) depth += s[j] === '{' ? 1 : s[j] === '}' ? -1 : 0;
        if (depth) throw pyErr('ValueError', "expected '}' before end of string");
        field = splitField(lit, s.slice(i + 1, j - 1));
        i = j;
        break;
      }
      lit += c;
      i++;
    }
    out.push(field ?? [lit, null, null, null]);
  }
  return out;
}

function splitField(lit: string, body: string): Field {
  let k = 0;
  let bracket = false;
  while (k < body.length && (bracket || (body[k] !== '!' && body[k] !== ':'))) {
    if (body[k] === '[') bracket = true;
    else if (body[k] === ']') bracket = false;
    k++;
  }
  const name = body.slice(0, k);
  let conv: string | null = null;
  if (body[k] === '!') {
    if (k + 1 >= body.length) throw pyErr('ValueError', 'end of string while looking for conversion specifier');
    conv = body[k + 1]!;
    k += 2;
    if (k < body.length && body[k] !== ':') throw pyErr('ValueError', "expected ':' after conversion specifier");
  }
  return [lit, name, body[k] === ':' ? body.slice(k + 1) : '', conv];
}

/** first, then ('.attr' | '[key]') parts of a field name. */
function fieldParts(name: string): [unknown, [boolean, unknown][]] {
  const m = /^[^.[]*/.exec(name)![0];
  const asKey = (k: string) => (/^\d+$/.test(k) ? Number(k) : k);
  const rest: [boolean, unknown][] = [];
  const re = /\.([^.[]*)|\[([^\]]*)\]/gy;
  re.lastIndex = m.length;
  let p: RegExpExecArray | null;
  while (re.lastIndex < name.length && (p = re.exec(name))) rest.push(p[1] !== undefined ? [true, p[1]] : [false, asKey(p[2]!)]);
  if (re.lastIndex < name.length && rest.length === 0 && m.length < name.length) throw pyErr('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
  return [asKey(m), rest];
}

function vformatInner(self: unknown, fs: string, args: unknown, kwargs: unknown, used: PySet, depth: number, auto: number | false): [string, number | false] {
  if (depth < 0) throw pyErr('ValueError', 'Max string recursion exceeded');
  let out = '';
  for (const chunk of toArray(callMethod(self, 'parse', [fs]))) {
    const [text, nameV, specV, convV] = toArray(chunk);
    if (text) out += text as string;
    if (nameV === null) continue;
    let name = nameV as string;
    if (name === '') {
      if (auto === false) throw pyErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      name = String(auto++);
    } else if (/^\d+$/.test(name)) {
      if (auto) throw pyErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      auto = false;
    }
    const got = callMethod(self, 'get_field', [name, args, kwargs]) as PyTuple;
    used.add(got.items[1]);
    const obj = callMethod(self, 'convert_field', [got.items[0], convV]);
    const [specText, next] = vformatInner(self, specV as string, args, kwargs, used, depth - 1, auto);
    auto = next;
    out += callMethod(self, 'format_field', [obj, specText]) as string;
  }
  return [out, auto];
}

function makeFormatter() {
  const ns = new Map<string, unknown>();
  ns.set('format', (self: unknown, fs: unknown, ...a: unknown[]) => {
    const kw = a[a.length - 1] instanceof Kw ? (a.pop() as Kw) : null;
    const kwargs = new Map<unknown, unknown>(kw ? kw.names.map((n, i) => [n, kw.values[i]]) : []);
    return callMethod(self, 'vformat', [fs, tuple(a), PyDict.from(kwargs.entries())]);
  });
  ns.set('vformat', (self: unknown, fs: unknown, args: unknown, kwargs: unknown) => {
    const used = new PySet();
    const [res] = vformatInner(self, String(fs), args, kwargs, used, 2, 0);
    callMethod(self, 'check_unused_args', [used, args, kwargs]);
    return res;
  });
  ns.set('parse', (_self: unknown, fs: unknown) => parseFormat(String(fs)).map((f) => tuple(f)));
  ns.set('get_field', (self: unknown, name: unknown, args: unknown, kwargs: unknown) => {
    const [first, rest] = fieldParts(String(name));
    let obj = callMethod(self, 'get_value', [first, args, kwargs]);
    for (const [isAttr, k] of rest) obj = isAttr ? getattr(obj, k as string) : getitem(obj, k);
    return tuple([obj, first]);
  });
  ns.set('get_value', (_self: unknown, key: unknown, args: unknown, kwargs: unknown) => (typeof key === 'number' ? getitem(args, key) : getitem(kwargs, key)));
  ns.set('check_unused_args', () => null);
  ns.set('format_field', (_self: unknown, value: unknown, spec: unknown) => formatValue(value, String(spec)));
  ns.set('convert_field', (_self: unknown, value: unknown, conv: unknown) => {
    if (conv === null) return value;
    if (conv === 's') return str(value);
    if (conv === 'r') return repr(value);
    if (conv === 'a') return ascii(value);
    throw pyErr('ValueError', `Unknown conversion specifier ${str(conv)}`);
  });
  for (const [k, v] of ns) if (typeof v === 'function') (v as { $name?: string }).$name = k;
  return makeClass('Formatter', [T.object], ns, 'string', 'Formatter');
}

registerModule('string', () => {
  const template = makeTemplate();
  for (const [k, v] of template.dict) if (typeof v === 'function') (v as { $name?: string }).$name = k;
  return moduleFrom('string', {
    ascii_letters: LOWER + UPPER,
    ascii_lowercase: LOWER,
    ascii_uppercase: UPPER,
    digits: DIGITS,
    hexdigits: DIGITS + 'abcdefABCDEF',
    octdigits: '01234567',
    punctuation: PUNCT,
    whitespace: WHITESPACE,
    printable: DIGITS + LOWER + UPPER + PUNCT + WHITESPACE,
    capwords,
    Template: template,
    Formatter: makeFormatter(),
  });
});
