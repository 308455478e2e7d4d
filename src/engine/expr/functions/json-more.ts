/**
 * JSON functions over text: get_json_object (Hive's JSONPath subset), json_array_length,
 * json_object_keys, schema_of_json; they parse with the shared codec (../json), numbers as
 * written, and schema_of_json infers as the JSON reader does.
 */
import { arrayType, sqlName, StringType, structType, IntegerType } from '../../types';
import { JsonSyntaxError, canonicalJsonType, compactJson, inferJsonType, jsonParseOptions, optionFlag, parseJson } from '../json';
import type { JValue } from '../json';
import type { BoundExpr } from '../bound';
import { AnalysisException } from '../sql-errors';
import { registerScalar, strictFn } from './registry';
import type { CallSite } from './registry';

/** The parser features of Spark's SharedFactory (get_json_object, json_tuple, json_array_length, json_object_keys): Jackson's defaults plus unescaped control characters. */
const SHARED_FACTORY = { allowSingleQuotes: false, allowNonNumericNumbers: false, allowUnquotedControlChars: true } as const;

/** The root value of a JSON text as those functions parse it, or undefined when it is blank or malformed. */
function parseShared(text: string): JValue | undefined {
  try {
    return parseJson(text, SHARED_FACTORY);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return undefined;
    throw e;
  }
}

/** A matched value as get_json_object returns it: a string raw, anything else as Jackson copies it. */
function jsonText(v: JValue): string {
  return typeof v === 'string' ? v : compactJson(v);
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

function walk(v: JValue, steps: Step[]): JValue | undefined {
  let cur: JValue[] = [v];
  let multi = false;
  for (const s of steps) {
    const next: JValue[] = [];
    for (const c of cur) {
      if ('key' in s) {
        if (c instanceof Map && c.has(s.key)) next.push(c.get(s.key)!);
      } else if ('index' in s) {
        if (Array.isArray(c) && s.index < c.length) next.push(c[s.index]!);
      } else if (Array.isArray(c)) {
        multi = true;
        next.push(...c);
      } else if (c instanceof Map) {
        multi = true;
        next.push(...c.values());
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
  const v = parseShared(a[0] as string);
  if (v === undefined) return null;
  const r = walk(v, steps);
  return r === undefined || r === null ? null : jsonText(r);
});

/** json_tuple's value of one top-level field (JsonTuple: the name as a key, never a path); json_tuple expands to these. */
strictFn('__flint_json_field', ['string', 'string'], StringType, (a) => {
  const v = parseShared(a[0] as string);
  if (!(v instanceof Map)) return null;
  const x = v.get(a[1] as string);
  return x === undefined || x === null ? null : jsonText(x);
});

strictFn('json_array_length', ['string'], IntegerType, (a) => {
  const v = parseShared(a[0] as string);
  return Array.isArray(v) ? v.length : null;
});

strictFn('json_object_keys', ['string'], arrayType(StringType), (a) => {
  const v = parseShared(a[0] as string);
  return v instanceof Map ? [...v.keys()] : null;
});

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

/** The arguments of schema_of_json / schema_of_csv: a foldable string and an optional options map. */
export function schemaOfArgs(args: BoundExpr[], site: CallSite, format: 'json' | 'csv'): { text: string; opts: Map<string, string> } {
  const name = `schema_of_${format}`;
  if (args.length < 1 || args.length > 2) throw new AnalysisException(`Invalid number of arguments for function ${name}. Expected: one of 1 and 2; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const a = args[0]!;
  if (a.kind !== 'literal' || typeof a.value !== 'string') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: the input ${format} should be a foldable "STRING" expression; however, got ${site.argSql[0]}.`, 'DATATYPE_MISMATCH.NON_FOLDABLE_INPUT');
  }
  return { text: a.value, opts: literalOptions(args[1]) };
}

registerScalar('schema_of_json', (args, site) => {
  const { text, opts } = schemaOfArgs(args, site, 'json');
  const lower = new Map([...opts].map(([k, v]) => [k.toLowerCase(), v]));
  const get = (k: string) => lower.get(k.toLowerCase());
  let schema: string;
  try {
    // JsonInferSchema as the JSON reader runs it, then canonicalised (an empty struct stays a struct).
    const v = parseJson(text, jsonParseOptions(get)) ?? null;
    const o = { primitivesAsString: optionFlag(get, 'primitivesAsString', false), prefersDecimal: optionFlag(get, 'prefersDecimal', false), dropFieldIfAllNull: optionFlag(get, 'dropFieldIfAllNull', false) };
    const t = inferJsonType(v, o);
    const empty = structType([]);
    const settled = t.kind === 'array' && t.element.kind === 'struct'
      ? arrayType(canonicalJsonType(t.element, o) ?? empty, true)
      : canonicalJsonType(t, o) ?? (t.kind === 'struct' ? empty : StringType);
    schema = sqlName(settled);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    schema = 'STRING';
  }
  return { kind: 'literal', value: schema, type: StringType, nullable: false };
});
