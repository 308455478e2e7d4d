// str.format / str.format_map: CPython's MarkupIterator, field-name parsing, auto-numbering
// and nested specs, evaluated lazily left to right so errors surface in CPython's order.
// The caller's host looks up arguments and attributes and formats values.
import { decimalValue } from './code-points';
import { PyLibError, valueError } from './py-error';

export interface StrFormatHost<V> {
  /** len(args), or null for format_map (no positional arguments). */
  readonly argCount: number | null;
  positional(index: number): V;
  /** kwargs[name]; throws the host's KeyError. */
  keyword(name: string): V;
  getattr(v: V, name: string): V;
  /** v[key]: key is an int when the text is all decimal digits. */
  getitem(v: V, key: number | string): V;
  /** !r, !s, !a */
  convert(v: V, conversion: 'r' | 's' | 'a'): V;
  /** format(v, spec) */
  format(v: V, spec: string): string;
}

interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/** All decimal digits -> their value; otherwise -1 (CPython's get_integer). */
function asIndex(cps: string[]): number {
  if (cps.length === 0) return -1;
  let n = 0;
  for (const ch of cps) {
    const d = decimalValue(ch);
    if (d < 0) return -1;
    n = n * 10 + d;
    if (n > Number.MAX_SAFE_INTEGER) throw valueError('Too many decimal digits in format string');
  }
  return n;
}

export function strFormat<V>(template: string, host: StrFormatHost<V>): string {
  return build(Array.from(template), host, 2, { state: 'init', next: 0 });
}

function build<V>(s: string[], host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let pos = 0;
  while (pos < s.length) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < s.length) {
      c = s[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= s.length;
    let len = pos - start;
    if (markup && c === '}' && (atEnd || s[pos] !== '}')) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (s[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    out += s.slice(start, start + len).join('');
    if (!markup) continue;
    const field = parseField(s, pos);
    pos = field.end;
    out += renderField(field, s, host, depth, auto);
  }
  return out;
}

interface Field {
  name: string[];
  conversion: string;
  spec: string[];
  specNeedsExpanding: boolean;
  end: number;
}

function parseField(s: string[], from: number): Field {
  let pos = from;
  let c = '';
  const nameStart = pos;
  let stopped = false;
  while (pos < s.length) {
    c = s[pos++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (pos < s.length && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') {
      stopped = true;
      break;
    }
  }
  const name = s.slice(nameStart, stopped ? pos - 1 : pos);
  if (!stopped || c === '}') {
    if (c !== '}' || !stopped) throw valueError("expected '}' before end of string");
    return { name, conversion: '', spec: [], specNeedsExpanding: false, end: pos };
  }
  let conversion = '';
  if (c === '!') {
    if (pos >= s.length) throw valueError('end of string while looking for conversion specifier');
    conversion = s[pos++];
    if (pos < s.length) {
      const after = s[pos++];
      if (after === '}') return { name, conversion, spec: [], specNeedsExpanding: false, end: pos };
      if (after !== ':') throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let count = 1;
  let expanding = false;
  while (pos < s.length) {
    const ch = s[pos++];
    if (ch === '{') {
      expanding = true;
      count++;
    } else if (ch === '}') {
      count--;
      if (count === 0) return { name, conversion, spec: s.slice(specStart, pos - 1), specNeedsExpanding: expanding, end: pos };
    }
  }
  throw valueError("unmatched '{' in format spec");
}

function renderField<V>(f: Field, _s: string[], host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  let i = 0;
  while (i < f.name.length && f.name[i] !== '.' && f.name[i] !== '[') i++;
  const first = f.name.slice(0, i);
  let index = asIndex(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (numeric) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 'auto' && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let obj: V;
  if (index === -1) obj = host.keyword(first.join(''));
  else {
    if (host.argCount === null) throw valueError('Format string contains positional fields');
    if (index >= host.argCount) throw new PyLibError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = host.positional(index);
  }
  // The rest of the name: .attr and [key] accessors, checked as they are reached.
  while (i < f.name.length) {
    const kind = f.name[i++];
    const keyStart = i;
    if (kind === '.') {
      while (i < f.name.length && f.name[i] !== '.' && f.name[i] !== '[') i++;
      const attr = f.name.slice(keyStart, i).join('');
      if (attr === '') throw valueError('Empty attribute in format string');
      obj = host.getattr(obj, attr);
    } else if (kind === '[') {
      while (i < f.name.length && f.name[i] !== ']') i++;
      if (i >= f.name.length) throw valueError("Missing ']' in format string");
      const key = f.name.slice(keyStart, i);
      i++;
      if (key.length === 0) throw valueError('Empty attribute in format string');
      const n = asIndex(key);
      obj = host.getitem(obj, n === -1 ? key.join('') : n);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  if (f.conversion !== '') {
    const conv = f.conversion;
    if (conv !== 'r' && conv !== 's' && conv !== 'a') {
      const cp = conv.codePointAt(0) ?? 0;
      throw valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
    }
    obj = host.convert(obj, conv);
  }
  const spec = f.specNeedsExpanding ? build(f.spec, host, depth - 1, auto) : f.spec.join('');
  return host.format(obj, spec);
}
