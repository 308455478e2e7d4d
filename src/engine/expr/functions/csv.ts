/**
 * from_csv / to_csv / schema_of_csv over one CSV record (Spark's CSV options: sep/delimiter,
 * quote, escape, nullValue, ignoreLeadingWhiteSpace, ignoreTrailingWhiteSpace); to_csv writes
 * its values as the CSV writer does (csv-write.ts).
 */
import { BooleanType, DoubleType, field, IntegerType, LongType, parseDataType, parseSchema, sqlName, StringType, structType } from '../../types';
import type { DataType } from '../../types';
import type { BoundExpr } from '../bound';
import { castFn } from '../cast';
import { AnalysisException } from '../sql-errors';
import { literalOptions, schemaOfArgs } from './json-more';
import { csvCellWriter } from './csv-write';
import { registerScalar } from './registry';
import type { CallSite } from './registry';

interface CsvOpts {
  sep: string;
  quote: string;
  escape: string;
  nullValue: string;
  trimLeading: boolean;
  trimTrailing: boolean;
}

function csvOpts(m: Map<string, string>, reading: boolean): CsvOpts {
  const flag = (k: string, d: boolean) => (m.has(k) ? m.get(k)!.toLowerCase() === 'true' : d);
  return {
    sep: m.get('sep') ?? m.get('delimiter') ?? ',',
    quote: m.get('quote') ?? '"',
    escape: m.get('escape') ?? '\\',
    nullValue: m.get('nullValue') ?? '',
    trimLeading: flag('ignoreLeadingWhiteSpace', !reading),
    trimTrailing: flag('ignoreTrailingWhiteSpace', !reading),
  };
}

/** One record's fields; a quoted field keeps its text exactly (quoted: true). */
export function splitCsvRecord(line: string, o: CsvOpts): Array<{ text: string; quoted: boolean }> {
  const out: Array<{ text: string; quoted: boolean }> = [];
  let i = 0;
  for (;;) {
    let text = '';
    let quoted = false;
    let j = i;
    if (o.trimLeading) while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
    if (line[j] === o.quote) {
      quoted = true;
      j++;
      while (j < line.length) {
        const c = line[j]!;
        if (c === o.escape && j + 1 < line.length && line[j + 1] === o.quote) {
          text += o.quote;
          j += 2;
        } else if (c === o.quote) {
          if (line[j + 1] === o.quote) {
            text += o.quote;
            j += 2;
          } else {
            j++;
            break;
          }
        } else {
          text += c;
          j++;
        }
      }
      while (j < line.length && !line.startsWith(o.sep, j)) j++;
    } else {
      const k = line.indexOf(o.sep, j);
      text = line.slice(j, k < 0 ? line.length : k);
      j = k < 0 ? line.length : k;
      if (o.trimTrailing) text = text.replace(/[ \t]+$/, '');
    }
    out.push({ text, quoted });
    if (j >= line.length || !line.startsWith(o.sep, j)) break;
    i = j + o.sep.length;
  }
  return out;
}

function schemaArg(site: CallSite, e: BoundExpr): DataType {
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

registerScalar('from_csv', (args, site) => {
  if (args.length < 2 || args.length > 3) throw new AnalysisException(`Invalid number of arguments for function from_csv. Expected: one of 2 and 3; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const schema = schemaArg(site, args[1]!) as Extract<DataType, { kind: 'struct' }>;
  const o = csvOpts(literalOptions(args[2]), true);
  const casts = schema.fields.map((f) => castFn(StringType, f.type));
  return {
    kind: 'strict', name: 'from_csv', args: [args[0]!], type: schema, nullable: true,
    fn: (a) => {
      const fields = splitCsvRecord(a[0] as string, o);
      return schema.fields.map((f, i) => {
        const x = fields[i];
        if (x === undefined || (!x.quoted && x.text === o.nullValue)) return null;
        return f.type.kind === 'string' ? x.text : casts[i]!(x.text.trim());
      });
    },
  };
});

/** CSV type inference for one field (CSVInferSchema): int, bigint, double, boolean, else string. */
function inferField(text: string | null): DataType | null {
  if (text === null || text === '') return null;
  if (/^[+-]?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= -2147483648n && n <= 2147483647n) return IntegerType;
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return LongType;
    return { kind: 'decimal', precision: Math.min(38, text.replace(/^[+-]/, '').length), scale: 0 };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || /^[+-]?(NaN|Infinity)$/.test(text)) return DoubleType;
  if (/^(true|false)$/i.test(text)) return BooleanType;
  return StringType;
}

registerScalar('schema_of_csv', (args, site) => {
  const { text, opts } = schemaOfArgs(args, site, 'csv');
  const o = csvOpts(opts, true);
  const fields = splitCsvRecord(text, o).map((x, i) => field(`_c${i}`, inferField(x.text) ?? StringType, true));
  return { kind: 'literal', value: sqlName(structType(fields)), type: StringType, nullable: false };
});

registerScalar('to_csv', (args, site) => {
  if (args.length < 1 || args.length > 2) throw new AnalysisException(`Invalid number of arguments for function to_csv. Expected: one of 1 and 2; Found: ${args.length}.`, 'WRONG_NUM_ARGS.WITHOUT_SUGGESTION');
  const t = args[0]!.type;
  if (t.kind !== 'struct') {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: Parameter 1 requires the "STRUCT" type, however "${site.argSql[0]}" has the type "${sqlName(t)}".`, 'DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE');
  }
  const opts = new Map([...literalOptions(args[1])].map(([k, v]) => [k.toLowerCase(), v]));
  // UnivocityGenerator, as the CSV writer writes a row.
  const { sep, cell } = csvCellWriter((k) => opts.get(k.toLowerCase()));
  const types = t.fields.map((f) => f.type);
  return {
    kind: 'strict', name: 'to_csv', args: [args[0]!], type: StringType, nullable: true,
    fn: (a) => (a[0] as unknown[]).map((v, i) => cell(v, types[i]!)).join(sep),
  };
});
