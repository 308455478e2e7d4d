// json.dumps: CPython's escaping (ensure_ascii with surrogate pairs), separators and indent
// rules, float repr with NaN/Infinity, key coercion and errors. Values arrive as a tagged
// tree the object model builds, with 'other' for objects handed to `default`.
import { assertNever } from '../util/assert-never';
import { floatRepr } from './float-repr';
import { PyLibError, typeError, valueError } from './py-error';

export type JsonValue =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number | bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'list'; items: readonly JsonValue[] }
  | { kind: 'dict'; entries: readonly (readonly [JsonValue, JsonValue])[] }
  | { kind: 'other'; typeName: string; ref: unknown };

export interface DumpsOptions {
  skipkeys?: boolean;
  ensureAscii?: boolean;
  allowNan?: boolean;
  sortKeys?: boolean;
  /** An int (spaces; negative means none) or a string; null for one line. */
  indent?: number | string | null;
  /** [item_separator, key_separator]; defaults depend on indent as in CPython. */
  separators?: readonly [string, string] | null;
  /** json.dumps(default=...): converts an 'other' value, or throws. */
  default?: (ref: unknown, typeName: string) => JsonValue;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

const hex4 = (n: number) => '\\u' + n.toString(16).padStart(4, '0');

/** The JSON string literal for s, as json.dumps writes it. */
export function jsonEncodeString(s: string, ensureAscii = true): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ch in SHORT_ESCAPES) out += SHORT_ESCAPES[ch];
    else if (c < 0x20) out += hex4(c);
    else if (ensureAscii && c > 0x7e) out += hex4(c);
    else out += ch;
  }
  return out + '"';
}

/**
 * A float as json writes it: repr, or NaN/Infinity/-Infinity when allowed. CPython's C
 * encoder (no indent) and Python encoder (indent) word the error differently.
 */
export function jsonFloat(x: number, allowNan = true, pythonEncoder = false): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) {
    throw valueError('Out of range float values are not JSON compliant' + (pythonEncoder ? `: ${floatRepr(x)}` : ''));
  }
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function keyText(k: JsonValue, o: DumpsOptions): string | null {
  switch (k.kind) {
    case 'str': return k.value;
    case 'float': return jsonFloat(k.value, o.allowNan !== false, o.indent != null);
    case 'bool': return k.value ? 'true' : 'false';
    case 'null': return 'null';
    case 'int': return String(k.value);
    case 'list': case 'dict': case 'other':
      if (o.skipkeys) return null;
      throw typeError(`keys must be str, int, float, bool or None, not ${k.kind === 'other' ? k.typeName : k.kind}`);
    default: return assertNever(k, 'json value');
  }
}

const pyTypeName = (k: JsonValue): string =>
  k.kind === 'null' ? 'NoneType' : k.kind === 'other' ? k.typeName : k.kind === 'list' ? 'list' : k.kind === 'dict' ? 'dict' : k.kind;

/** Python's `a < b` on dict keys (str with str, numbers with numbers), else its TypeError. */
function keyLess(a: JsonValue, b: JsonValue): boolean {
  const num = (k: JsonValue): number | bigint | null =>
    k.kind === 'int' || k.kind === 'float' ? k.value : k.kind === 'bool' ? (k.value ? 1 : 0) : null;
  if (a.kind === 'str' && b.kind === 'str') return a.value < b.value;
  const x = num(a);
  const y = num(b);
  if (x === null || y === null || a.kind === 'str' || b.kind === 'str') {
    throw typeError(`'<' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
  }
  return x < y;
}

/**
 * sorted(dict.items()) as CPython's timsort runs it on short lists (a natural run, then
 * binary insertion), so a mixed-type error names the same pair of types.
 */
function pySortEntries<T extends readonly [JsonValue, JsonValue]>(items: T[]): T[] {
  const a = [...items];
  const lt = (x: T, y: T) => keyLess(x[0], y[0]);
  const n = a.length;
  if (n < 2) return a;
  let run = 2;
  if (lt(a[1], a[0])) {
    while (run < n && lt(a[run], a[run - 1])) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
  } else {
    while (run < n && !lt(a[run], a[run - 1])) run++;
  }
  for (let i = run; i < n; i++) {
    const pivot = a[i];
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lt(pivot, a[mid])) hi = mid;
      else lo = mid + 1;
    }
    a.splice(i, 1);
    a.splice(lo, 0, pivot);
  }
  return a;
}

/** json.dumps(value, **options) */
export function jsonDumps(value: JsonValue, o: DumpsOptions = {}): string {
  const indent = typeof o.indent === 'number' ? ' '.repeat(Math.max(0, o.indent)) : o.indent ?? null;
  const [itemSep, keySep] = o.separators ?? (indent === null ? [', ', ': '] : [',', ': ']);
  const ensureAscii = o.ensureAscii !== false;
  const allowNan = o.allowNan !== false;
  const parts: string[] = [];
  const emit = (v: JsonValue, level: number): void => {
    switch (v.kind) {
      case 'null': parts.push('null'); return;
      case 'bool': parts.push(v.value ? 'true' : 'false'); return;
      case 'int': parts.push(String(v.value)); return;
      case 'float': parts.push(jsonFloat(v.value, allowNan, indent !== null)); return;
      case 'str': parts.push(jsonEncodeString(v.value, ensureAscii)); return;
      case 'other': {
        if (!o.default) throw new PyLibError('TypeError', `Object of type ${v.typeName} is not JSON serializable`);
        emit(o.default(v.ref, v.typeName), level);
        return;
      }
      case 'list':
      case 'dict': {
        const [open, close] = v.kind === 'list' ? ['[', ']'] : ['{', '}'];
        let entries: (readonly [JsonValue, JsonValue] | JsonValue)[] = v.kind === 'list' ? [...v.items] : [...v.entries];
        if (v.kind === 'dict' && o.sortKeys) entries = pySortEntries([...v.entries]);
        if (entries.length === 0) {
          parts.push(open + close);
          return;
        }
        const nl = indent === null ? '' : '\n' + indent.repeat(level + 1);
        parts.push(open + nl);
        let first = true;
        for (const e of entries) {
          if (v.kind === 'dict') {
            const [k, val] = e as readonly [JsonValue, JsonValue];
            const key = keyText(k, o);
            if (key === null) continue;
            if (!first) parts.push(itemSep + nl);
            parts.push(jsonEncodeString(key, ensureAscii) + keySep);
            emit(val, level + 1);
          } else {
            if (!first) parts.push(itemSep + nl);
            emit(e as JsonValue, level + 1);
          }
          first = false;
        }
        parts.push((indent === null ? '' : '\n' + indent.repeat(level)) + close);
        return;
      }
      default:
        assertNever(v, 'json value');
    }
  };
  emit(value, 0);
  return parts.join('');
}
