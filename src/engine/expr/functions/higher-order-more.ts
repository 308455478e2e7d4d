/**
 * Higher-order functions over maps (map_filter, transform_keys, transform_values,
 * map_zip_with) and pairs of arrays (zip_with), plus reduce (aggregate's other name).
 * The analyzer gives each lambda its parameter types (see bind-functions' bindLambda).
 */
import { arrayType, mapType, MapValue } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { hashKey } from '../compare';
import { AnalysisException } from '../sql-errors';
import { mapOf } from './collection-more';
import { registerScalar, unexpectedType } from './registry';
import type { CallSite } from './registry';

type Call = (f: number, v: unknown[]) => unknown;

function mapArg(site: CallSite, args: BoundExpr[], i: number): Extract<DataType, { kind: 'map' }> {
  const t = args[i]!.type;
  if (t.kind !== 'map') throw unexpectedType(site, i, args[i]!, '"MAP"');
  return t;
}

function hofOver(name: string, check: (site: CallSite, args: BoundExpr[]) => DataType, fn: (v: unknown[], call: Call, args: BoundExpr[]) => unknown): void {
  registerScalar(name, (args, site) => {
    const type = check(site, args);
    return { kind: 'higherOrder', name, args, type, nullable: true, fn: (v, call) => fn(v, call, args) };
  });
}

hofOver('map_filter', (site, args) => mapArg(site, args, 0), (v, call) => {
  const m = v[0] as MapValue | null;
  if (m === null) return null;
  const ks: unknown[] = [];
  const vs: unknown[] = [];
  m.keys.forEach((k, i) => {
    if (call(1, [k, m.values[i]]) === true) {
      ks.push(k);
      vs.push(m.values[i]);
    }
  });
  return new MapValue(ks, vs);
});

hofOver('transform_values', (site, args) => {
  const t = mapArg(site, args, 0);
  return mapType(t.key, args[1]!.type, true);
}, (v, call) => {
  const m = v[0] as MapValue | null;
  if (m === null) return null;
  return new MapValue(m.keys, m.keys.map((k, i) => call(1, [k, m.values[i]])));
});

hofOver('transform_keys', (site, args) => {
  const t = mapArg(site, args, 0);
  return mapType(args[1]!.type, t.value, t.valueContainsNull);
}, (v, call, args) => {
  const m = v[0] as MapValue | null;
  if (m === null) return null;
  return mapOf(m.keys.map((k, i) => call(1, [k, m.values[i]])), m.values, args[1]!.type);
});

hofOver('map_zip_with', (site, args) => {
  const a = mapArg(site, args, 0);
  const b = mapArg(site, args, 1);
  if (hashKey(null, a.key) !== hashKey(null, b.key) || JSON.stringify(a.key) !== JSON.stringify(b.key)) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input to function \`map_zip_with\` should have been two maps with compatible key types, but the key types are ["${a.key.kind.toUpperCase()}", "${b.key.kind.toUpperCase()}"].`, 'DATATYPE_MISMATCH.MAP_ZIP_WITH_DIFF_TYPES');
  }
  return mapType(a.key, args[2]!.type, true);
}, (v, call, args) => {
  const m1 = v[0] as MapValue | null;
  const m2 = v[1] as MapValue | null;
  if (m1 === null || m2 === null) return null;
  const kt = (args[0]!.type as Extract<DataType, { kind: 'map' }>).key;
  const index2 = new Map<string, number>();
  m2.keys.forEach((k, i) => index2.set(hashKey(k, kt), i));
  const keys: unknown[] = [];
  const out: unknown[] = [];
  const seen = new Set<string>();
  m1.keys.forEach((k, i) => {
    const h = hashKey(k, kt);
    seen.add(h);
    const j = index2.get(h);
    keys.push(k);
    out.push(call(2, [k, m1.values[i], j === undefined ? null : m2.values[j]]));
  });
  m2.keys.forEach((k, j) => {
    if (seen.has(hashKey(k, kt))) return;
    keys.push(k);
    out.push(call(2, [k, null, m2.values[j]]));
  });
  return new MapValue(keys, out);
});

hofOver('zip_with', (site, args) => {
  for (const i of [0, 1]) if (args[i]!.type.kind !== 'array') throw unexpectedType(site, i, args[i]!, '"ARRAY"');
  return arrayType(args[2]!.type, true);
}, (v, call) => {
  const a = v[0] as unknown[] | null;
  const b = v[1] as unknown[] | null;
  if (a === null || b === null) return null;
  const n = Math.max(a.length, b.length);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(call(2, [i < a.length ? a[i] : null, i < b.length ? b[i] : null]));
  return out;
});

hofOver('reduce', (_site, args) => (args.length > 3 ? args[3]!.type : args[1]!.type), (v, call) => {
  if (v[0] === null) return null;
  let acc = v[1];
  for (const e of v[0] as unknown[]) acc = call(2, [acc, e]);
  return v.length > 3 ? call(3, [acc]) : acc;
});
