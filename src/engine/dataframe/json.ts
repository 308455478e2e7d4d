/**
 * JSON Lines as Spark 3.5's JSON reader infers it: one object per line, fields sorted by
 * name, integers as long, other numbers as double, nested objects as structs, arrays as
 * arrays, and null-only fields as string.
 */
import { arrayType, field, structType } from '../types';
import type { DataType, StructField } from '../types';
import type { Row } from '../expr';

function infer(v: unknown): DataType {
  if (v === null) return { kind: 'null' };
  if (typeof v === 'boolean') return { kind: 'boolean' };
  if (typeof v === 'number') return Number.isInteger(v) ? { kind: 'long' } : { kind: 'double' };
  if (typeof v === 'string') return { kind: 'string' };
  if (Array.isArray(v)) return arrayType(v.reduce<DataType>((t, e) => merge(t, infer(e)), { kind: 'null' }), true);
  const obj = v as Record<string, unknown>;
  return structType(Object.keys(obj).sort().map((k) => field(k, infer(obj[k]), true)));
}

function merge(a: DataType, b: DataType): DataType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === b.kind && a.kind !== 'struct' && a.kind !== 'array') return a;
  if ((a.kind === 'long' && b.kind === 'double') || (a.kind === 'double' && b.kind === 'long')) return { kind: 'double' };
  if (a.kind === 'array' && b.kind === 'array') return arrayType(merge(a.element, b.element), true);
  if (a.kind === 'struct' && b.kind === 'struct') {
    const names = [...new Set([...a.fields.map((f) => f.name), ...b.fields.map((f) => f.name)])].sort();
    return structType(names.map((n) => {
      const fa = a.fields.find((f) => f.name === n);
      const fb = b.fields.find((f) => f.name === n);
      return field(n, merge(fa?.type ?? { kind: 'null' }, fb?.type ?? { kind: 'null' }), true);
    }));
  }
  return { kind: 'string' };
}

function settle(t: DataType): DataType {
  if (t.kind === 'null') return { kind: 'string' };
  if (t.kind === 'array') return arrayType(settle(t.element), true);
  if (t.kind === 'struct') return structType(t.fields.map((f) => field(f.name, settle(f.type), true)));
  return t;
}

function value(v: unknown, t: DataType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'long': return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : null;
    case 'double': return typeof v === 'number' ? v : null;
    case 'boolean': return typeof v === 'boolean' ? v : null;
    case 'string': return typeof v === 'string' ? v : JSON.stringify(v);
    case 'array': return Array.isArray(v) ? v.map((e) => value(e, t.element)) : null;
    case 'struct': return t.fields.map((f) => value((v as Record<string, unknown>)[f.name], f.type));
    default: return v;
  }
}

/** The schema and rows Spark's JSON reader gives for JSON Lines text. */
export function readJsonLines(text: string): { fields: StructField[]; rows: Row[] } {
  const objs = text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  const t = settle(objs.reduce<DataType>((acc, o) => merge(acc, infer(o)), structType([])));
  const fields = t.kind === 'struct' ? [...t.fields] : [];
  return { fields, rows: objs.map((o) => fields.map((f) => value((o as Record<string, unknown>)[f.name], f.type))) };
}
