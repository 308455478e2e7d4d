/** Regular-expression functions: Java regex syntax is close enough to JavaScript's for these. */
import { arrayType, BooleanType, IntegerType, StringType } from '../../types';
import { AnalysisException, SparkRuntimeException } from '../sql-errors';
import { checkArity, coerceArg, registerScalar, strictFn } from './registry';

const cache = new Map<string, RegExp>();
export function javaRegex(pattern: string, fn = 'regexp'): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    try {
      const flags = /^\(\?i\)/.test(pattern) ? 'gi' : 'g';
      re = new RegExp(pattern.replace(/^\(\?i\)/, '').replace(/\(\?-i\)/g, '').replace(/\\Q(.*?)\\E/g, (_m, s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), flags + 'u');
    } catch {
      throw new SparkRuntimeException(
        `[INVALID_PARAMETER_VALUE.PATTERN] The value of parameter(s) \`regexp\` in \`${fn}\` is invalid: '${pattern}'.`,
        'INVALID_PARAMETER_VALUE.PATTERN',
      );
    }
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

function groupCheck(re: RegExp, idx: number, fn: string): void {
  const groups = new RegExp(re.source + '|').exec('')!.length - 1;
  if (idx < 0) throw new SparkRuntimeException('The specified group index cannot be less than zero.', '_LEGACY_ERROR_TEMP_2006', 'org.apache.spark.SparkIllegalArgumentException');
  if (idx > groups) {
    throw new SparkRuntimeException(
      `[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX_EXCEED_REGEX_GROUP_COUNT] The value of parameter(s) \`idx\` in \`${fn}\` is invalid: Expects group index between 0 and ${groups}, but got ${idx}.`,
      'INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX_EXCEED_REGEX_GROUP_COUNT',
    );
  }
}

strictFn(['rlike', 'regexp', 'regexp_like'], ['string', 'string'], BooleanType, (a) => javaRegex(a[1] as string).test(a[0] as string));
strictFn('regexp_extract', ['string', 'string', IntegerType], StringType, (a) => {
  const re = javaRegex(a[1] as string, 'regexp_extract');
  const idx = (a[2] as number | undefined) ?? 1;
  groupCheck(re, idx, 'regexp_extract');
  const m = re.exec(a[0] as string);
  return m ? (m[idx] ?? '') : '';
}, { optional: 1 });
strictFn('regexp_extract_all', ['string', 'string', IntegerType], arrayType(StringType), (a) => {
  const re = javaRegex(a[1] as string, 'regexp_extract_all');
  const idx = (a[2] as number | undefined) ?? 1;
  groupCheck(re, idx, 'regexp_extract_all');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(a[0] as string))) {
    out.push(m[idx] ?? '');
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}, { optional: 1 });
registerScalar('regexp_replace', (args, site) => {
  checkArity(site, args, 3, 4);
  const cast = args.map((x, i) => coerceArg(x, i === 3 ? IntegerType : 'string', site, i));
  const posArg = cast[3];
  if (posArg?.kind === 'literal' && posArg.value !== null && (posArg.value as number) <= 0) {
    throw new AnalysisException(`Cannot resolve "${site.sql}" due to data type mismatch: The \`position\` must be between 1 and 2147483647 (current value = ${String(posArg.value)}).`, 'DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE');
  }
  return {
    kind: 'strict', name: 'regexp_replace', args: cast, type: StringType, nullable: true,
    fn: (a) => {
      const s = a[0] as string;
      const pos = ((a[3] as number | undefined) ?? 1) - 1;
      const re = javaRegex(a[1] as string, 'regexp_replace');
      const rep = (a[2] as string).replace(/\$(\d)/g, '$$$1');
      return s.slice(0, pos) + s.slice(pos).replace(re, rep);
    },
  };
});
strictFn('regexp_count', ['string', 'string'], IntegerType, (a) => {
  const re = javaRegex(a[1] as string, 'regexp_count');
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(a[0] as string))) {
    n++;
    if (m[0] === '') re.lastIndex++;
  }
  return n;
});
strictFn('regexp_substr', ['string', 'string'], StringType, (a) => {
  const m = javaRegex(a[1] as string, 'regexp_substr').exec(a[0] as string);
  return m && m[0] !== '' ? m[0] : null;
});
strictFn('regexp_instr', ['string', 'string', IntegerType], IntegerType, (a) => {
  const m = javaRegex(a[1] as string, 'regexp_instr').exec(a[0] as string);
  return m ? m.index + 1 : 0;
}, { optional: 1 });
