/** Spark's ordering and equality of values (NaN is largest and equals itself; -0.0 = 0.0). */
import { Decimal } from '../types';
import type { DataType , MapValue } from '../types';

export function compareValues(a: unknown, b: unknown, t: DataType): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  switch (t.kind) {
    case 'float': case 'double': {
      const x = a as number;
      const y = b as number;
      if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
      if (Number.isNaN(y)) return -1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'decimal': return (a as Decimal).compare(b as Decimal);
    case 'array': {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i], y[i], t.element);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    case 'struct': {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < t.fields.length; i++) {
        const c = compareValues(x[i], y[i], t.fields[i]!.type);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'binary': {
      const x = a as Uint8Array;
      const y = b as Uint8Array;
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    }
    case 'map': return compareValues(hashKey(a, t), hashKey(b, t), { kind: 'string' });
    case 'boolean': return a === b ? 0 : a ? 1 : -1;
    default:
      if (a instanceof Decimal && b instanceof Decimal) return a.compare(b);
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  }
}

export function valuesEqual(a: unknown, b: unknown, t: DataType): boolean {
  return compareValues(a, b, t) === 0;
}

/** A string key with Spark's grouping equality (used by hash aggregate, joins, distinct). */
export function hashKey(v: unknown, t: DataType): string {
  if (v === null || v === undefined) return '\u0000N';
  switch (t.kind) {
    case 'float': case 'double': {
      const x = v as number;
      if (Number.isNaN(x)) return 'NaN';
      return x === 0 ? '0' : String(x);
    }
    case 'decimal': {
      const d = v as Decimal;
      return d.setScale(38 > d.scale ? Math.max(d.scale, 18) : d.scale).unscaled.toString() + 'd';
    }
    case 'array': return '[' + (v as unknown[]).map((e) => hashKey(e, t.element)).join('\u0001') + ']';
    case 'struct': return '{' + t.fields.map((f, i) => hashKey((v as unknown[])[i], f.type)).join('\u0001') + '}';
    case 'map': {
      const m = v as MapValue;
      return '<' + m.keys.map((k, i) => hashKey(k, t.key) + '\u0002' + hashKey(m.values[i], t.value)).join('\u0001') + '>';
    }
    case 'binary': return 'b' + Array.from(v as Uint8Array).join(',');
    case 'string': return 's' + (v as string);
    default: return String(v);
  }
}

export function rowKey(vals: readonly unknown[], types: readonly DataType[]): string {
  let s = '';
  for (let i = 0; i < vals.length; i++) s += hashKey(vals[i], types[i]!) + '\u0003';
  return s;
}
