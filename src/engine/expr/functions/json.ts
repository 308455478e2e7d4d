/** to_json / from_json over Spark values, with the DDL schema string from_json takes. */
import { formatDate, MapValue, parseDataType, parseDate, parseSchema, parseTimestamp, StringType, structType, toLocalMicros, toUtcMicros } from '../../types';
import { parseJsonText } from './json-more';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { castToString } from '../cast';
import { AnalysisException } from '../sql-errors';
import { formatByPattern, parseByPattern } from './datetime';
import { registerScalar } from './registry';
import type { CallSite } from './registry';

function options(arg: BoundExpr | undefined, site: CallSite): Map<string, string> {
  const out = new Map<string, string>();
  if (!arg) return out;
  if (arg.type.kind !== 'map' || arg.kind !== 'lenient' || arg.name !== 'map') {
    throw new AnalysisException('Must use a map() function for options.', 'INVALID_OPTIONS.NON_MAP_FUNCTION');
  }
  if (arg.type.key.kind !== 'string' || arg.type.value.kind !== 'string') {
    throw new AnalysisException(`A type of keys and values in map() must be string, but got "${arg.type.kind}".`, 'INVALID_OPTIONS.NON_STRING_TYPE');
  }
  arg.args.forEach((a, i) => {
    if (i % 2 === 0 && a.kind === 'literal' && arg.args[i + 1]?.kind === 'literal') {
      out.set(String(a.value), String((arg.args[i + 1] as { value: unknown }).value));
    }
  });
  void site;
  return out;
}

function jsonString(s: string): string {
  return JSON.stringify(s);
}

function toJson(v: unknown, t: DataType, opts: Map<string, string>): string {
  if (v === null || v === undefined) return 'null';
  switch (t.kind) {
    case 'struct': {
      const vals = v as unknown[];
      // Spark leaves out null fields.
      const parts = t.fields.map((f, i) => (vals[i] === null || vals[i] === undefined ? null : `${jsonString(f.name)}:${toJson(vals[i], f.type, opts)}`));
      return `{${parts.filter((p) => p !== null).join(',')}}`;
    }
    case 'map': {
      const m = v as MapValue;
      return `{${m.keys.map((k, i) => `${jsonString(castToString(k, t.key))}:${toJson(m.values[i], t.value, opts)}`).join(',')}}`;
    }
    case 'array': return `[${(v as unknown[]).map((e) => toJson(e, t.element, opts)).join(',')}]`;
    case 'string': return jsonString(v as string);
    case 'boolean': case 'byte': case 'short': case 'int': case 'long': return String(v);
    case 'float': case 'double': case 'decimal': return castToString(v, t);
    case 'date': return jsonString(opts.has('dateFormat') ? formatByPattern((v as number) * 86_400_000_000, opts.get('dateFormat')!) : formatDate(v as number));
    case 'timestamp': {
      const local = toLocalMicros(v as number);
      return jsonString(formatByPattern(local, opts.get('timestampFormat') ?? "yyyy-MM-dd'T'HH:mm:ss.SSS"));
    }
    default: return jsonString(castToString(v, t));
  }
}

function fromJson(v: unknown, t: DataType, opts: Map<string, string>): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'struct': {
      if (typeof v !== 'object' || Array.isArray(v)) return null;
      const obj = v as Record<string, unknown>;
      return t.fields.map((f) => fromJson(obj[f.name], f.type, opts));
    }
    case 'array': return Array.isArray(v) ? v.map((e) => fromJson(e, t.element, opts)) : null;
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) return null;
      const entries = Object.entries(v as Record<string, unknown>);
      return new MapValue(entries.map(([k]) => k), entries.map(([, x]) => fromJson(x, t.value, opts)));
    }
    case 'string': return typeof v === 'string' ? v : JSON.stringify(v);
    case 'boolean': return typeof v === 'boolean' ? v : null;
    case 'byte': case 'short': case 'int': return typeof v === 'number' && Number.isInteger(v) ? v : null;
    case 'long': return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : null;
    case 'float': return typeof v === 'number' ? Math.fround(v) : null;
    case 'double': return typeof v === 'number' ? v : null;
    case 'date': return typeof v === 'string' ? (opts.has('dateFormat') ? dayOf(parseByPattern(v, opts.get('dateFormat')!)) : parseDate(v)) : null;
    case 'timestamp': {
      if (typeof v !== 'string') return null;
      const local = opts.has('timestampFormat') ? parseByPattern(v, opts.get('timestampFormat')!) : parseTimestamp(v);
      return local === null ? null : toUtcMicros(local);
    }
    default: return null;
  }
}

function dayOf(micros: number | null): number | null {
  return micros === null ? null : Math.floor(micros / 86_400_000_000);
}

registerScalar('to_json', (args, site) => {
  if (args.length < 1 || args.length > 2) throw new AnalysisException(`Invalid number of arguments for function to_json. Expected: one of 1 and 2; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const t = args[0]!.type;
  if (t.kind !== 'struct' && t.kind !== 'map' && t.kind !== 'array') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input schema ${t.kind.toUpperCase()} must be a struct, an array or a map.`, 'DATATYPE_MISMATCH.INVALID_JSON_SCHEMA');
  }
  const opts = options(args[1], site);
  return { kind: 'strict', name: 'to_json', args: [args[0]!], type: StringType, nullable: true, fn: (a) => toJson(a[0], t, opts) };
});

registerScalar('from_json', (args, site) => {
  if (args.length < 2 || args.length > 3) throw new AnalysisException(`Invalid number of arguments for function from_json. Expected: one of 2 and 3; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const schemaArg = args[1]!;
  if (schemaArg.kind !== 'literal' || schemaArg.type.kind !== 'string') {
    throw new AnalysisException(`The schema should be a string literal, but got ${site.argSql[1]}.`, 'INVALID_SCHEMA.NON_STRING_LITERAL');
  }
  let t: DataType;
  try {
    const text = String(schemaArg.value).trim();
    // DataType.fromDDL: a type (map<string,int>, array<...>, struct<...>) or else a field list.
    try {
      t = parseDataType(text);
    } catch {
      t = structType(parseSchema(text));
    }
  } catch (e) {
    throw new AnalysisException(`Cannot parse the schema: ${(e as Error).message}`, 'INVALID_SCHEMA.PARSE_ERROR');
  }
  const opts = options(args[2], site);
  const schema = t;
  return {
    kind: 'strict', name: 'from_json', args: [args[0]!], type: schema, nullable: true,
    fn: (a) => {
      try {
        return fromJson(parseJsonText(a[0] as string, { unquotedNames: opts.get('allowUnquotedFieldNames') === 'true' }), schema, opts);
      } catch {
        // PERMISSIVE: a malformed record is a row of nulls.
        return schema.kind === 'struct' ? schema.fields.map(() => null) : null;
      }
    },
  };
});
