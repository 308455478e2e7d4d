/**
 * to_json / from_json over Spark values, with the DDL schema string from_json takes; both go
 * through the shared JSON codec (../json) the JSON reader and writer use, with their options
 * (to_json: timestampFormat, dateFormat, ignoreNullFields, pretty; from_json: mode, the parser
 * features, timestampFormat, dateFormat, columnNameOfCorruptRecord).
 */
import { parseDataType, parseSchema, StringType, structType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import {
  JsonConversionError, JsonSyntaxError, jsonConverter, jsonGenerator, jsonParseOptions, jsonRecordReader, jsonWriteOptions, malformedRecordError, parseJson, parseMode,
} from '../json';
import type { JValue } from '../json';
import { AnalysisException } from '../sql-errors';
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

/** An option by case-insensitive name (Spark's CaseInsensitiveMap). */
function getter(opts: Map<string, string>): (key: string) => string | undefined {
  const lower = new Map([...opts].map(([k, v]) => [k.toLowerCase(), v]));
  return (key) => lower.get(key.toLowerCase());
}

/** from_json's result for one text: the shared record reader over the schema (a non-struct schema is read as one field). */
function fromJsonReader(schema: DataType, opts: Map<string, string>): (text: string) => unknown {
  const get = getter(opts);
  const mode = parseMode(get('mode'));
  if (mode === 'DROPMALFORMED') {
    throw new AnalysisException("from_json() doesn't support the DROPMALFORMED mode. Acceptable modes are PERMISSIVE and FAILFAST.", '_LEGACY_ERROR_TEMP_1099');
  }
  const settings = {
    mode, parse: jsonParseOptions(get), timestampFormat: get('timestampFormat'), timestampNTZFormat: get('timestampNTZFormat'), dateFormat: get('dateFormat'),
    columnNameOfCorruptRecord: get('columnNameOfCorruptRecord'),
  };
  if (schema.kind === 'struct') {
    const read = jsonRecordReader(schema.fields, settings);
    return (text) => read(text)[0] ?? null;
  }
  const conv = jsonConverter(schema, settings);
  // An object where an array of structs is wanted reads as a one-element array (SPARK-19595).
  const wrap = schema.kind === 'array' && schema.element.kind === 'struct';
  return (text) => {
    let v: JValue | undefined;
    try {
      v = parseJson(text, settings.parse);
      if (v === undefined) return null;
      if (schema.kind === 'array' ? !Array.isArray(v) && !(wrap && v instanceof Map) : !(v instanceof Map)) throw new JsonConversionError(schema.kind);
      return conv(wrap && v instanceof Map ? [v] : v);
    } catch (e) {
      if (!(e instanceof JsonSyntaxError) && !(e instanceof JsonConversionError)) throw e;
      // The parser's result row is struct<value>: [null].
      if (mode === 'FAILFAST') throw malformedRecordError('[null]');
      return null;
    }
  };
}

registerScalar('to_json', (args, site) => {
  if (args.length < 1 || args.length > 2) throw new AnalysisException(`Invalid number of arguments for function to_json. Expected: one of 1 and 2; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const t = args[0]!.type;
  if (t.kind !== 'struct' && t.kind !== 'map' && t.kind !== 'array') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Input schema ${t.kind.toUpperCase()} must be a struct, an array or a map.`, 'DATATYPE_MISMATCH.INVALID_JSON_SCHEMA');
  }
  const write = jsonGenerator(t, jsonWriteOptions(getter(options(args[1], site))));
  return { kind: 'strict', name: 'to_json', args: [args[0]!], type: StringType, nullable: true, fn: (a) => write(a[0]) };
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
  const read = fromJsonReader(t, options(args[2], site));
  return { kind: 'strict', name: 'from_json', args: [args[0]!], type: t, nullable: true, fn: (a) => read(a[0] as string) };
});
