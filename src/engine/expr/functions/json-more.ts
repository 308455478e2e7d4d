/**
 * JSON functions over text: get_json_object (Hive's JSONPath subset), json_array_length,
 * json_object_keys, schema_of_json, and the lenient parsing options from_json and these
 * share (allowUnquotedFieldNames, allowSingleQuotes).
 */
import { arrayType, field, LongType, DoubleType, BooleanType, sqlName, StringType, structType, IntegerType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { AnalysisException } from '../sql-errors';
import { registerScalar, strictFn } from './registry';

/** JSON text → JS values; with `unquotedNames` (allowUnquotedFieldNames), `{a: 1}` is accepted too. */
export function parseJsonText(text: string, opts: { unquotedNames?: boolean } = {}): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (!opts.unquotedNames) throw e;
    return JSON.parse(text.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":'));
  }
}

/** A parsed JSON value as get_json_object returns it: strings raw, everything else as JSON. */
function jsonText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

type Step = { key: string } | { index: number } | { wildcard: true };

function parsePath(path: string): Step[] | null {
  if (!path.startsWith('$')) return null;
  const steps: Step[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === '.') {
      const m = /^\.([^.[]+)/.exec(path.slice(i));
      if (!m) return null;
      steps.push(m[1] === '*' ? { wildcard: true } : { key: m[1]! });
      i += m[0].length;
    } else if (path[i] === '[') {
      const m = /^\[(?:(\d+)|\*|'([^']*)')\]/.exec(path.slice(i));
      if (!m) return null;
      if (m[1] !== undefined) steps.push({ index: Number(m[1]) });
      else if (m[2] !== undefined) steps.push({ key: m[2] });
      else steps.push({ wildcard: true });
      i += m[0].length;
    } else return null;
  }
  return steps;
}

function walk(v: unknown, steps: Step[]): unknown {
  let cur: unknown[] = [v];
  let multi = false;
  for (const s of steps) {
    const next: unknown[] = [];
    for (const c of cur) {
      if ('key' in s) {
        if (c !== null && typeof c === 'object' && !Array.isArray(c) && s.key in (c as object)) next.push((c as Record<string, unknown>)[s.key]);
      } else if ('index' in s) {
        if (Array.isArray(c) && s.index < c.length) next.push(c[s.index]);
      } else if (Array.isArray(c)) {
        multi = true;
        next.push(...c);
      } else if (c !== null && typeof c === 'object') {
        multi = true;
        next.push(...Object.values(c as object));
      }
    }
    cur = next;
  }
  if (cur.length === 0) return undefined;
  return multi ? (cur.length === 1 ? cur[0] : cur) : cur[0];
}

strictFn('get_json_object', ['string', 'string'], StringType, (a) => {
  const steps = parsePath(a[1] as string);
  if (steps === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(a[0] as string);
  } catch {
    return null;
  }
  const r = walk(v, steps);
  return r === undefined || r === null ? null : jsonText(r);
});

strictFn('json_array_length', ['string'], IntegerType, (a) => {
  try {
    const v = JSON.parse(a[0] as string);
    return Array.isArray(v) ? v.length : null;
  } catch {
    return null;
  }
});

strictFn('json_object_keys', ['string'], arrayType(StringType), (a) => {
  try {
    const v = JSON.parse(a[0] as string);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : null;
  } catch {
    return null;
  }
});

/** Spark's JSON schema inference for one value (fields sorted by name, integers as bigint). */
export function inferJsonType(v: unknown): DataType {
  if (v === null || v === undefined) return StringType;
  if (typeof v === 'boolean') return BooleanType;
  if (typeof v === 'number') return Number.isInteger(v) ? LongType : DoubleType;
  if (typeof v === 'string') return StringType;
  if (Array.isArray(v)) {
    let el: DataType | null = null;
    for (const x of v) {
      if (x === null) continue;
      const t = inferJsonType(x);
      el = el === null ? t : widerJson(el, t);
    }
    return arrayType(el ?? StringType, true);
  }
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return structType(entries.map(([k, x]) => field(k, inferJsonType(x), true)));
}

function widerJson(a: DataType, b: DataType): DataType {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if ((a.kind === 'long' || a.kind === 'double') && (b.kind === 'long' || b.kind === 'double')) return DoubleType;
  return StringType;
}

/** Options given as map('k', 'v') literals. */
export function literalOptions(arg: BoundExpr | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!arg) return out;
  if (arg.kind === 'lenient' && arg.name === 'map') {
    arg.args.forEach((a, i) => {
      const v = arg.args[i + 1];
      if (i % 2 === 0 && a.kind === 'literal' && v?.kind === 'literal') out.set(String(a.value), String(v.value));
    });
  }
  return out;
}

registerScalar('schema_of_json', (args, site) => {
  if (args.length < 1 || args.length > 2) throw new AnalysisException(`Invalid number of arguments for function schema_of_json. Expected: one of 1 and 2; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const j = args[0]!;
  if (j.kind !== 'literal' || typeof j.value !== 'string') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: the input json should be a foldable "STRING" expression; however, got ${site.argSql[0]}.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
  }
  const opts = literalOptions(args[1]);
  let schema: string;
  try {
    schema = sqlName(inferJsonType(parseJsonText(j.value, { unquotedNames: opts.get('allowUnquotedFieldNames') === 'true' })));
  } catch {
    schema = 'STRING';
  }
  return { kind: 'literal', value: schema, type: StringType, nullable: false };
});
