/**
 * XML functions: xpath, xpath_string/boolean/number/double/float/int/long/short (an XPath 1.0
 * subset: child, descendant (//), wildcard, text(), @attribute, [n] and [name] predicates, and
 * the count/sum/string/number/boolean functions), schema_of_xml, from_xml and to_xml with
 * spark-xml's conventions (attributes as _name fields, _VALUE for text beside attributes).
 */
import { arrayType, BooleanType, DoubleType, field, FloatType, IntegerType, LongType, parseDataType, parseSchema, ShortType, sqlName, StringType, structType } from '../../types';
import type { DataType, MapValue } from '../../types';
import type { BoundExpr } from '../bound';
import { castFn, castToString } from '../cast';
import { AnalysisException } from '../sql-errors';
import { literalOptions } from './json-more';
import { checkArity, coerceArg, registerScalar } from './registry';
import type { CallSite } from './registry';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Array<[string, string]>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export class XmlParseError extends Error {}

/** Parses a document; returns its root element. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new XmlParseError(why);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2 || fail('unterminated processing instruction');
      else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3 || fail('unterminated comment');
      else if (text.startsWith('<!DOCTYPE', i)) i = text.indexOf('>', i) + 1 || fail('unterminated doctype');
      else return;
    }
  };
  const element = (): XmlElement => {
    if (text[i] !== '<') fail('expected an element');
    i++;
    const m = /^[^\s/>]+/.exec(text.slice(i));
    if (!m) fail('bad element name');
    const name = m![0];
    i += name.length;
    const attrs: Array<[string, string]> = [];
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      const a = /^([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(i));
      if (!a) fail('bad attribute');
      attrs.push([a![1]!, decode(a![3] ?? a![4] ?? '')]);
      i += a![0].length;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (i >= text.length) fail(`unclosed element ${name}`);
      if (text.startsWith('</', i)) {
        const end = text.indexOf('>', i);
        if (text.slice(i + 2, end).trim() !== name) fail(`mismatched end tag for ${name}`);
        i = end + 1;
        return { name, attrs, children };
      }
      if (text.startsWith('<!--', i)) {
        i = text.indexOf('-->', i) + 3 || fail('unterminated comment');
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        children.push(text.slice(i + 9, end));
        i = end + 3;
      } else if (text.startsWith('<?', i)) {
        i = text.indexOf('?>', i) + 2 || fail('unterminated processing instruction');
      } else if (text[i] === '<') {
        children.push(element());
      } else {
        const end = text.indexOf('<', i);
        children.push(decode(text.slice(i, end < 0 ? text.length : end)));
        i = end < 0 ? text.length : end;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return root;
}

function textOf(n: XmlNode): string {
  return typeof n === 'string' ? n : n.children.map(textOf).join('');
}

// ---- XPath subset ---------------------------------------------------------------------------

type Item = XmlNode | { attr: string; value: string };
type XValue = Item[] | number | string | boolean;

function stringValue(it: Item): string {
  return typeof it === 'object' && 'attr' in it ? it.value : textOf(it);
}

function toStr(v: XValue): string {
  if (Array.isArray(v)) return v.length ? stringValue(v[0]!) : '';
  if (typeof v === 'number') return String(v);
  return String(v);
}

function toNum(v: XValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = toStr(v).trim();
  return s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? NaN : Number(s);
}

function toBool(v: XValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  return v;
}

function children(n: Item): XmlNode[] {
  return typeof n === 'object' && !('attr' in n) ? n.children : [];
}

function descendantsOrSelf(n: Item, out: Item[]): void {
  out.push(n);
  for (const c of children(n)) descendantsOrSelf(c, out);
}

class XPath {
  private i = 0;
  /** `context` is where relative paths start; `docNode` is the document node (the root element's parent). */
  constructor(private readonly s: string, private readonly context: Item, private readonly docNode: XmlElement) {}

  evaluate(): XValue {
    const v = this.expr();
    this.ws();
    if (this.i < this.s.length) throw new AnalysisException(`Invalid XPath '${this.s}'`, 'INVALID_XPATH');
    return v;
  }

  private ws(): void {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private expr(): XValue {
    let left = this.additive();
    for (;;) {
      this.ws();
      const m = /^(=|!=|<=|>=|<|>)/.exec(this.s.slice(this.i));
      if (!m) return left;
      this.i += m[0].length;
      const right = this.additive();
      const a = toNum(left);
      const b = toNum(right);
      const eq = (x: XValue, y: XValue) => (typeof x === 'number' || typeof y === 'number' ? toNum(x) === toNum(y) : toStr(x) === toStr(y));
      left = m[0] === '=' ? eq(left, right) : m[0] === '!=' ? !eq(left, right) : m[0] === '<' ? a < b : m[0] === '>' ? a > b : m[0] === '<=' ? a <= b : a >= b;
    }
  }

  private additive(): XValue {
    let left = this.primary();
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c !== '+' && c !== '-') return left;
      this.i++;
      const right = this.primary();
      left = c === '+' ? toNum(left) + toNum(right) : toNum(left) - toNum(right);
    }
  }

  private primary(): XValue {
    this.ws();
    const rest = this.s.slice(this.i);
    const num = /^\d+(\.\d*)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const str = /^('([^']*)'|"([^"]*)")/.exec(rest);
    if (str) {
      this.i += str[0].length;
      return str[2] ?? str[3] ?? '';
    }
    const fn = /^(count|sum|string|number|boolean|not|true|false|concat|string-length|normalize-space)\s*\(/.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const args: XValue[] = [];
      this.ws();
      if (this.s[this.i] !== ')') {
        args.push(this.expr());
        this.ws();
        while (this.s[this.i] === ',') {
          this.i++;
          args.push(this.expr());
          this.ws();
        }
      }
      if (this.s[this.i] !== ')') throw new AnalysisException(`Invalid XPath '${this.s}'`, 'INVALID_XPATH');
      this.i++;
      const a0 = args[0] ?? [];
      switch (fn[1]) {
        case 'count': return Array.isArray(a0) ? a0.length : NaN;
        case 'sum': return Array.isArray(a0) ? a0.reduce<number>((acc, it) => acc + toNum(stringValue(it)), 0) : NaN;
        case 'string': return toStr(a0);
        case 'number': return toNum(a0);
        case 'boolean': return toBool(a0);
        case 'not': return !toBool(a0);
        case 'true': return true;
        case 'false': return false;
        case 'concat': return args.map(toStr).join('');
        case 'string-length': return toStr(a0).length;
        default: return toStr(a0).trim().replace(/\s+/g, ' ');
      }
    }
    return this.path();
  }

  private path(): Item[] {
    let ctx: Item[] = [this.docNode];
    if (this.s.startsWith('//', this.i)) {
      this.i += 2;
      ctx = this.step(ctx, true);
    } else if (this.s[this.i] === '/') {
      this.i++;
      if (this.i >= this.s.length || /[\s)=!<>+,]/.test(this.s[this.i]!)) return ctx;
      ctx = this.step(ctx, false);
    } else ctx = this.step([this.context], false);
    for (;;) {
      if (this.s.startsWith('//', this.i)) {
        this.i += 2;
        ctx = this.step(ctx, true);
      } else if (this.s[this.i] === '/') {
        this.i++;
        ctx = this.step(ctx, false);
      } else return ctx;
    }
  }

  private step(ctx: Item[], deep: boolean): Item[] {
    const rest = this.s.slice(this.i);
    const m = /^(@?[\w:.*-]+(\(\))?|\.\.|\.)/.exec(rest);
    if (!m) throw new AnalysisException(`Invalid XPath '${this.s}'`, 'INVALID_XPATH');
    this.i += m[0].length;
    const test = m[0];
    const base: Item[] = [];
    if (deep) for (const c of ctx) descendantsOrSelf(c, base);
    else base.push(...ctx);
    let out: Item[] = [];
    for (const n of base) {
      if (test === '.') out.push(n);
      else if (test.startsWith('@')) {
        if (typeof n === 'object' && !('attr' in n)) for (const [k, v] of n.attrs) if (test === '@*' || k === test.slice(1)) out.push({ attr: k, value: v });
      } else if (test === 'text()') out.push(...children(n).filter((c) => typeof c === 'string'));
      else if (test === 'node()') out.push(...children(n));
      else out.push(...children(n).filter((c) => typeof c !== 'string' && (test === '*' || c.name === test)));
    }
    while (this.s[this.i] === '[') {
      this.i++;
      const start = this.i;
      let depth = 1;
      while (this.i < this.s.length && depth > 0) {
        if (this.s[this.i] === '[') depth++;
        if (this.s[this.i] === ']') depth--;
        this.i++;
      }
      const pred = this.s.slice(start, this.i - 1).trim();
      out = out.filter((n, k) => {
        if (/^\d+$/.test(pred)) return k + 1 === Number(pred);
        if (pred === 'last()') return k === out.length - 1;
        const v = new XPath(pred, n, this.docNode).evaluate();
        return typeof v === 'number' ? v === k + 1 : toBool(v);
      });
    }
    return out;
  }
}

/** Evaluates `path` against the XML text (null input or unparsable XML gives null). */
export function evalXPath(xml: string, path: string): XValue | null {
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch {
    return null;
  }
  const docNode: XmlElement = { name: '#document', attrs: [], children: [doc] };
  return new XPath(path, docNode, docNode).evaluate();
}

function xpathFn(name: string, type: DataType, convert: (v: XValue) => unknown): void {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2);
    const path = args[1]!;
    if (path.kind !== 'literal') {
      throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: the input path should be a foldable "STRING" expression; however, got ${site.argSql[1]}.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
    }
    const xml = coerceArg(args[0]!, 'string', site, 0);
    const p = coerceArg(path, 'string', site, 1);
    return {
      kind: 'strict', name, args: [xml, p], type, nullable: true,
      fn: (a) => {
        const v = evalXPath(a[0] as string, a[1] as string);
        return v === null ? null : convert(v);
      },
    };
  });
}

const intOf = (bits: number) => (v: XValue) => {
  const n = toNum(v);
  if (Number.isNaN(n)) return 0;
  const t = Math.trunc(n);
  if (bits === 64) return BigInt(t);
  const lim = 2 ** (bits - 1);
  return t >= lim || t < -lim ? (t >= lim ? lim - 1 : -lim) : t;
};
xpathFn('xpath', arrayType(StringType), (v) => (Array.isArray(v) ? v.map(stringValue) : [toStr(v)]));
xpathFn('xpath_string', StringType, toStr);
xpathFn('xpath_boolean', BooleanType, toBool);
xpathFn('xpath_double', DoubleType, toNum);
xpathFn('xpath_number', DoubleType, toNum);
xpathFn('xpath_float', FloatType, (v) => Math.fround(toNum(v)));
xpathFn('xpath_int', IntegerType, intOf(32));
xpathFn('xpath_short', ShortType, intOf(16));
xpathFn('xpath_long', LongType, intOf(64));

// ---- schema_of_xml / from_xml / to_xml ------------------------------------------------------------

interface XmlOpts {
  attributePrefix: string;
  valueTag: string;
  excludeAttribute: boolean;
  rowTag: string;
  nullValue: string | null;
}

function xmlOpts(arg: BoundExpr | undefined): XmlOpts {
  const m = literalOptions(arg);
  return {
    attributePrefix: m.get('attributePrefix') ?? '_',
    valueTag: m.get('valueTag') ?? '_VALUE',
    excludeAttribute: (m.get('excludeAttribute') ?? 'false').toLowerCase() === 'true',
    rowTag: m.get('rowTag') ?? 'ROW',
    nullValue: m.get('nullValue') ?? null,
  };
}

function inferText(s: string): DataType {
  const t = s.trim();
  if (t === '') return StringType;
  if (/^[+-]?\d+$/.test(t)) return BigInt(t) >= -(2n ** 63n) && BigInt(t) < 2n ** 63n ? LongType : DoubleType;
  if (/^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/.test(t)) return DoubleType;
  if (/^(true|false)$/i.test(t)) return BooleanType;
  return StringType;
}

function merge(a: DataType, b: DataType): DataType {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (a.kind === 'array' || b.kind === 'array') {
    const ea = a.kind === 'array' ? a.element : a;
    const eb = b.kind === 'array' ? b.element : b;
    return arrayType(merge(ea, eb), true);
  }
  if ((a.kind === 'long' || a.kind === 'double') && (b.kind === 'long' || b.kind === 'double')) return DoubleType;
  if (a.kind === 'struct' && b.kind === 'struct') {
    const fields = new Map(a.fields.map((f) => [f.name, f.type] as [string, DataType]));
    for (const f of b.fields) fields.set(f.name, fields.has(f.name) ? merge(fields.get(f.name)!, f.type) : f.type);
    return structType([...fields].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([n, t]) => field(n, t, true)));
  }
  return StringType;
}

function inferElement(e: XmlElement, o: XmlOpts): DataType {
  const kids = e.children.filter((c): c is XmlElement => typeof c !== 'string');
  const attrs = o.excludeAttribute ? [] : e.attrs;
  const text = e.children.filter((c): c is string => typeof c === 'string').join('').trim();
  if (kids.length === 0 && attrs.length === 0) return inferText(text);
  const fields = new Map<string, DataType>();
  for (const [k, v] of attrs) fields.set(o.attributePrefix + k, inferText(v));
  const counts = new Map<string, number>();
  for (const k of kids) counts.set(k.name, (counts.get(k.name) ?? 0) + 1);
  for (const k of kids) {
    const t = inferElement(k, o);
    const prev = fields.get(k.name);
    const merged = prev === undefined ? t : merge(prev.kind === 'array' ? prev.element : prev, t);
    fields.set(k.name, (counts.get(k.name) ?? 0) > 1 ? arrayType(merged.kind === 'array' ? merged.element : merged, true) : merged);
  }
  if (text !== '' && kids.length === 0) fields.set(o.valueTag, inferText(text));
  return structType([...fields].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([n, t]) => field(n, t, true)));
}

registerScalar('schema_of_xml', (args, site) => {
  checkArity(site, args, 1, 2);
  const x = args[0]!;
  if (x.kind !== 'literal' || typeof x.value !== 'string') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: the input xml should be a foldable "STRING" expression; however, got ${site.argSql[0]}.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
  }
  const o = xmlOpts(args[1]);
  const t = inferElement(parseXml(x.value), o);
  return { kind: 'literal', value: sqlName(t.kind === 'struct' ? t : structType([field(o.valueTag, t, true)])), type: StringType, nullable: false };
});

function convert(e: XmlNode | undefined, t: DataType, o: XmlOpts): unknown {
  if (e === undefined) return null;
  if (t.kind === 'struct') {
    if (typeof e === 'string') return null;
    return t.fields.map((f) => {
      if (f.name.startsWith(o.attributePrefix) && f.name !== o.valueTag) {
        const a = e.attrs.find(([k]) => o.attributePrefix + k === f.name);
        if (a) return leaf(a[1], f.type, o);
      }
      if (f.name === o.valueTag) return leaf(e.children.filter((c) => typeof c === 'string').join(''), f.type, o);
      const kids = e.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === f.name);
      if (f.type.kind === 'array') return kids.length ? kids.map((k) => convert(k, (f.type as Extract<DataType, { kind: 'array' }>).element, o)) : null;
      return kids.length ? convert(kids[0], f.type, o) : null;
    });
  }
  return leaf(textOf(e), t, o);
}

function leaf(s: string, t: DataType, o: XmlOpts): unknown {
  const text = s.trim();
  if (o.nullValue !== null && text === o.nullValue) return null;
  if (t.kind === 'string') return s;
  if (text === '') return null;
  return castFn(StringType, t)(text);
}

function schemaArg(site: CallSite, e: BoundExpr): Extract<DataType, { kind: 'struct' }> {
  if (e.kind !== 'literal' || typeof e.value !== 'string') {
    throw new AnalysisException(`The schema should be a string literal, but got ${site.argSql[1]}.`, 'INVALID_SCHEMA.NON_STRING_LITERAL');
  }
  const text = e.value.trim();
  try {
    try {
      const t = parseDataType(text);
      if (t.kind === 'struct') return t;
    } catch {
      // a field list
    }
    return structType(parseSchema(text));
  } catch (err) {
    throw new AnalysisException(`Cannot parse the schema: ${(err as Error).message}`, 'INVALID_SCHEMA.PARSE_ERROR');
  }
}

registerScalar('from_xml', (args, site) => {
  checkArity(site, args, 2, 3);
  const schema = schemaArg(site, args[1]!);
  const o = xmlOpts(args[2]);
  return {
    kind: 'strict', name: 'from_xml', args: [coerceArg(args[0]!, 'string', site, 0)], type: schema, nullable: true,
    fn: (a) => {
      try {
        return convert(parseXml(a[0] as string), schema, o);
      } catch (err) {
        if (err instanceof XmlParseError) return schema.fields.map(() => null);
        throw err;
      }
    },
  };
});

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function writeXml(name: string, v: unknown, t: DataType, o: XmlOpts, indent: string, out: string[]): void {
  if (v === null) return;
  if (t.kind === 'array') {
    for (const e of v as unknown[]) writeXml(name, e, t.element, o, indent, out);
    return;
  }
  if (t.kind === 'struct') {
    const vals = v as unknown[];
    const attrs = t.fields.map((f, i) => [f, vals[i]] as const).filter(([f, x]) => f.name.startsWith(o.attributePrefix) && f.name !== o.valueTag && x !== null);
    const attrText = attrs.map(([f, x]) => ` ${f.name.slice(o.attributePrefix.length)}="${escapeXml(castToString(x, f.type))}"`).join('');
    const body = t.fields.map((f, i) => [f, vals[i]] as const).filter(([f]) => !(f.name.startsWith(o.attributePrefix) && f.name !== o.valueTag));
    const valueField = body.find(([f]) => f.name === o.valueTag);
    const inner = body.filter(([f, x]) => f.name !== o.valueTag && x !== null);
    if (inner.length === 0) {
      const text = valueField && valueField[1] !== null ? escapeXml(castToString(valueField[1], valueField[0].type)) : '';
      out.push(text === '' && !valueField ? `${indent}<${name}${attrText}/>` : `${indent}<${name}${attrText}>${text}</${name}>`);
      return;
    }
    out.push(`${indent}<${name}${attrText}>`);
    for (const [f, x] of inner) writeXml(f.name, x, f.type, o, indent + '    ', out);
    out.push(`${indent}</${name}>`);
    return;
  }
  if (t.kind === 'map') {
    const m = v as MapValue;
    out.push(`${indent}<${name}>`);
    m.keys.forEach((k, i) => writeXml(String(k), m.values[i], t.value, o, indent + '    ', out));
    out.push(`${indent}</${name}>`);
    return;
  }
  out.push(`${indent}<${name}>${escapeXml(castToString(v, t))}</${name}>`);
}

registerScalar('to_xml', (args, site) => {
  checkArity(site, args, 1, 2);
  const t = args[0]!.type;
  if (t.kind !== 'struct') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Parameter 1 requires the "STRUCT" type, however "${site.argSql[0]}" has the type "${sqlName(t)}".`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }
  const o = xmlOpts(args[1]);
  return {
    kind: 'strict', name: 'to_xml', args: [args[0]!], type: StringType, nullable: true,
    fn: (a) => {
      const out: string[] = [];
      writeXml(o.rowTag, a[0], t, o, '', out);
      return out.join('\n');
    },
  };
});
