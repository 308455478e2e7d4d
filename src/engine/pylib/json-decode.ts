// json.loads: CPython's scanner rules and JSONDecodeError messages; ints stay exact (bigint
// beyond 2**53), floats parse correctly rounded, NaN/Infinity/-Infinity are accepted, and
// objects come back as key/value pairs in document order (duplicates included).
import { codePointLength } from './code-points';
import { PyLibError } from './py-error';
import type { JsonValue } from './json-encode';

export class JsonDecodeError extends PyLibError {
  constructor(
    readonly msg: string,
    readonly doc: string,
    readonly pos: number,
  ) {
    // Python counts code points, the JS string UTF-16 units.
    const before = doc.slice(0, pos);
    const lineno = before.split('\n').length;
    const colno = codePointLength(before.slice(before.lastIndexOf('\n') + 1)) + 1;
    super('json.JSONDecodeError', `${msg}: line ${lineno} column ${colno} (char ${codePointLength(before)})`);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const WS = /[ \t\n\r]*/y;

/** json.loads(text) with strict=True. Positions count UTF-16 units like the JS string. */
export function jsonLoads(text: string): JsonValue {
  let pos = 0;
  const fail = (msg: string, at = pos): never => {
    throw new JsonDecodeError(msg, text, at);
  };
  const ws = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const value = (): JsonValue => {
    const c = text[pos];
    if (c === '"') return { kind: 'str', value: str() };
    if (c === '{') return object();
    if (c === '[') return array();
    if (text.startsWith('null', pos)) return (pos += 4), { kind: 'null' };
    if (text.startsWith('true', pos)) return (pos += 4), { kind: 'bool', value: true };
    if (text.startsWith('false', pos)) return (pos += 5), { kind: 'bool', value: false };
    if (text.startsWith('NaN', pos)) return (pos += 3), { kind: 'float', value: NaN };
    if (text.startsWith('Infinity', pos)) return (pos += 8), { kind: 'float', value: Infinity };
    if (text.startsWith('-Infinity', pos)) return (pos += 9), { kind: 'float', value: -Infinity };
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail('Expecting value');
    pos = NUMBER.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined) return { kind: 'float', value: Number(m[0]) };
    const n = BigInt(m[0]);
    return { kind: 'int', value: n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : n };
  };
  const str = (): string => {
    const start = pos;
    pos++;
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('Unterminated string starting at', start);
      const c = text[pos];
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === undefined) fail('Unterminated string starting at', start);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          pos += 2;
          continue;
        }
        if (e !== 'u') fail('Invalid \\escape', pos);
        const u = hex4(pos);
        pos += 6;
        if (u >= 0xd800 && u <= 0xdbff && text.startsWith('\\u', pos)) {
          const lo = hex4(pos);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            out += String.fromCharCode(u, lo);
            pos += 6;
            continue;
          }
        }
        out += String.fromCharCode(u);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('Invalid control character at', pos);
      out += c;
      pos++;
    }
  };
  const hex4 = (at: number): number => {
    const h = text.slice(at + 2, at + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) fail('Invalid \\uXXXX escape', at + 1);
    return parseInt(h, 16);
  };
  const array = (): JsonValue => {
    pos++;
    const items: JsonValue[] = [];
    ws();
    if (text[pos] === ']') {
      pos++;
      return { kind: 'list', items };
    }
    for (;;) {
      ws();
      items.push(value());
      ws();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'list', items };
      }
      if (text[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
    }
  };
  const object = (): JsonValue => {
    pos++;
    const entries: [JsonValue, JsonValue][] = [];
    ws();
    if (text[pos] === '}') {
      pos++;
      return { kind: 'dict', entries };
    }
    for (;;) {
      if (text[pos] !== '"') {
        fail('Expecting property name enclosed in double quotes');
      }
      const key = str();
      ws();
      if (text[pos] !== ':') fail("Expecting ':' delimiter");
      pos++;
      ws();
      entries.push([{ kind: 'str', value: key }, value()]);
      ws();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'dict', entries };
      }
      if (text[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
      ws();
    }
  };
  ws();
  const v = value();
  ws();
  if (pos !== text.length) fail('Extra data');
  return v;
}
