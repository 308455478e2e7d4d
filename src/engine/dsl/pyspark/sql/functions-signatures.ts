/**
 * `pyspark.sql.functions` whose parameters mix columns and literals, as PySpark declares
 * them: `x` takes a Column or a column name (other values become literals), `x!` takes a
 * literal (a Column passes through), `?` drops the argument from the call when it is None,
 * `=D` is the Python default and `*xs` is a variadic list. `py:sql(...)` calls the SQL
 * function `sql` (Spark's Scala API builds that expression, so it also names the column).
 * PySpark passes some defaults explicitly (`split(s, ',', -1)`), which shows in the names.
 */
export const SIGNATURES: readonly string[] = [
  // aggregates
  'max_by(col, ord)', 'min_by(col, ord)', 'mode(col)', 'median(col)', 'product(col)',
  'try_avg(col)', 'try_sum(col)', 'percentile(col, percentage!, frequency!=1)',
  'percentile_approx(col, percentage!, accuracy!=10000)', 'approx_percentile(col, percentage!, accuracy!=10000)',
  'approx_count_distinct(col, rsd!?=None)', 'count_if(col)', 'histogram_numeric(col, nBins!)',
  'regr_avgx(y, x)', 'regr_avgy(y, x)', 'regr_count(y, x)', 'regr_intercept(y, x)', 'regr_r2(y, x)', 'regr_slope(y, x)',
  'regr_sxx(y, x)', 'regr_sxy(y, x)', 'regr_syy(y, x)', 'every(col)', 'bool_and(col)', 'some(col)', 'bool_or(col)',
  'bit_and(col)', 'bit_or(col)', 'bit_xor(col)', 'array_agg(col)', 'std(col)', 'stddev_pop(col)', 'var_pop(col)',
  'corr(col1, col2)', 'covar_pop(col1, col2)', 'covar_samp(col1, col2)', 'grouping(col)', 'grouping_id(*cols)',
  'any_value(col, ignoreNulls!?=None)', 'first_value(col, ignoreNulls!?=None)', 'last_value(col, ignoreNulls!?=None)',
  // window
  'row_number:row_number()', 'dense_rank()', 'rank()', 'cume_dist()', 'percent_rank()', 'ntile(n!)',
  'lag(col, offset!=1, default!=None)', 'lead(col, offset!=1, default!=None)', 'nth_value(col, offset!, ignoreNulls!?=None)',
  // math
  'pow:power(col1, col2)', 'power(col1, col2)', 'round(col, scale!=0)', 'bround(col, scale!=0)', 'ceil(col, scale!?=None)',
  'ceiling(col, scale!?=None)', 'floor(col, scale!?=None)', 'log2(col)', 'ln(col)', 'pmod(dividend, divisor)',
  'shiftleft(col, numBits!)', 'shiftright(col, numBits!)', 'shiftrightunsigned(col, numBits!)', 'shiftLeft:shiftleft(col, numBits!)',
  'shiftRight:shiftright(col, numBits!)', 'shiftRightUnsigned:shiftrightunsigned(col, numBits!)',
  'conv(col, fromBase!, toBase!)', 'try_conv(col, fromBase!, toBase!)', 'width_bucket(v, min, max, numBucket)',
  'acosh(col)', 'asinh(col)', 'atanh(col)', 'bitwise_not(col)', 'bitwiseNOT:bitwise_not(col)', 'bit_count(col)',
  'bit_get(col, pos)', 'getbit(col, pos)', 'try_mod(left, right)', 'try_add(left, right)', 'try_subtract(left, right)',
  'try_multiply(left, right)', 'try_divide(left, right)', 'rand(seed!?=None)', 'randn(seed!?=None)',
  // strings
  'date_format(date, format!)', 'format_number(col, d!)', 'format_string(format!, *cols)', 'printf(format, *cols)',
  'concat_ws(sep!, *cols)', 'instr(str, substr!)', 'locate(substr!, str, pos!=1)', 'lpad(col, len!, pad!)',
  'rpad(col, len!, pad!)', 'repeat(col, n)', 'split(str, pattern!, limit!=-1)', 'substring(str, pos, len)',
  'substr(str, pos, len?=None)', 'substring_index(str, delim!, count!)', 'translate(srcCol, matching!, replace!)',
  'overlay(src, replace, pos!, len!=-1)', 'levenshtein(left, right, threshold!?=None)', 'sha2(col, numBits!)',
  'regexp_extract(str, pattern!, idx!)', 'regexp_replace(string, pattern!, replacement!)',
  'regexp_extract_all(str, regexp, idx?=None)', 'regexp_like(str, regexp)', 'regexp(str, regexp)', 'rlike(str, regexp)',
  'regexp_count(str, regexp)', 'regexp_substr(str, regexp)', 'regexp_instr(str, regexp, idx?=None)',
  'encode(col, charset!)', 'decode(col, charset!)', 'to_binary(col, format?=None)', 'try_to_binary(col, format?=None)',
  'to_number(col, format)', 'try_to_number(col, format)', 'to_char(col, format)', 'to_varchar(col, format)',
  'replace(src, search, replace?=None)', 'split_part(src, delimiter, partNum)', 'parse_url(url, partToExtract, key?=None)',
  'url_decode(str)', 'try_url_decode(str)', 'url_encode(str)', 'position(substr, str, start?=None)',
  'endswith(str, suffix)', 'startswith(str, prefix)', 'contains(left, right)', 'elt(*inputs)', 'find_in_set(str, str_array)',
  'like(str, pattern, escapeChar?=None)', 'ilike(str, pattern, escapeChar?=None)', 'mask(col, upperChar?=None, lowerChar?=None, digitChar?=None, otherChar?=None)',
  'btrim(str, trim?=None)', 'sentences(string, language?=None, country?=None)', 'soundex(col)', 'unhex(col)',
  'to_json(col, options!?=None)', 'from_json(col, schema!, options!?=None)', 'schema_of_json(json!, options!?=None)',
  'get_json_object(col, path!)', 'json_tuple(col, *fields!)', 'json_array_length(col)', 'json_object_keys(col)',
  'from_csv(col, schema!, options!?=None)', 'schema_of_csv(csv!, options!?=None)', 'to_csv(col, options!?=None)',
  'str_to_map(text, pairDelim?=None, keyValueDelim?=None)', 'hash(*cols)', 'xxhash64(*cols)', 'sha(col)',
  'crc32(col)', 'md5(col)', 'sha1(col)',
  'aes_encrypt(input, key, mode?=None, padding?=None, iv?=None, aad?=None)', 'aes_decrypt(input, key, mode?=None, padding?=None, aad?=None)',
  'try_aes_decrypt(input, key, mode?=None, padding?=None, aad?=None)',
  'hll_sketch_agg(col, lgConfigK?=None)', 'hll_union_agg(col, allowDifferentLgConfigK?=None)',
  'hll_union(col1, col2, allowDifferentLgConfigK?=None)', 'hll_sketch_estimate(col)',
  'xpath(xml, path)', 'xpath_string(xml, path)', 'xpath_boolean(xml, path)', 'xpath_number(xml, path)', 'xpath_double(xml, path)',
  'xpath_float(xml, path)', 'xpath_int(xml, path)', 'xpath_long(xml, path)', 'xpath_short(xml, path)',
  'from_xml(col, schema!, options!?=None)', 'schema_of_xml(xml!, options!?=None)', 'to_xml(col, options!?=None)',
  'bitmap_bit_position(col)', 'bitmap_bucket_number(col)', 'bitmap_count(col)', 'bitmap_construct_agg(col)', 'bitmap_or_agg(col)', 'assert_true(col, errMsg!?=None)', 'raise_error(errMsg)', 'typeof(col)',
  'nullif(col1, col2)', 'nvl(col1, col2)', 'nvl2(col1, col2, col3)', 'ifnull(col1, col2)', 'equal_null(col1, col2)',
  'isnotnull(col)', 'nullifzero(col)', 'zeroifnull(col)', 'stack(*cols)', 'reflect(*cols)', 'java_method(*cols)',
  'try_reflect(*cols)', 'version()', 'current_catalog()', 'current_database()', 'current_schema()', 'current_user()',
  'user()', 'session_user()', 'current_timezone()', 'curdate()', 'now()', 'localtimestamp()', 'spark_partition_id()',
  'monotonically_increasing_id()', 'input_file_name()', 'input_file_block_length()', 'input_file_block_start()',
  // dates
  'date_add(start, days!)', 'dateadd(start, days!)', 'date_sub(start, days!)', 'add_months(start, months!)',
  'date_diff(end, start)', 'date_from_unix_date(days)', 'months_between(date1, date2, roundOff!=True)',
  'to_timestamp(col, format!?=None)', 'try_to_timestamp(col, format?=None)', 'to_timestamp_ltz(timestamp, format?=None)',
  'to_timestamp_ntz(timestamp, format?=None)', 'to_unix_timestamp(timestamp, format?=None)',
  'trunc(date, format!)', 'date_trunc(format!, timestamp)', 'next_day(date, dayOfWeek!)',
  'from_unixtime(timestamp, format!="yyyy-MM-dd HH:mm:ss")', 'from_utc_timestamp(timestamp, tz!)', 'to_utc_timestamp(timestamp, tz!)',
  'timestamp_millis(col)', 'timestamp_micros(col)', 'unix_date(col)', 'unix_micros(col)', 'unix_millis(col)', 'unix_seconds(col)',
  'extract(field!, source)', 'date_part(field!, source)', 'datepart(field!, source)', 'day(col)',
  'make_timestamp(years, months, days, hours, mins, secs, timezone?=None)', 'make_timestamp_ltz(years, months, days, hours, mins, secs, timezone?=None)',
  'make_timestamp_ntz(years, months, days, hours, mins, secs)', 'make_dt_interval(days?=None, hours?=None, mins?=None, secs?=None)',
  'make_ym_interval(years?=None, months?=None)', 'make_interval(years?=None, months?=None, weeks?=None, days?=None, hours?=None, mins?=None, secs?=None)',
  'try_make_interval(years?=None, months?=None, weeks?=None, days?=None, hours?=None, mins?=None, secs?=None)',
  'convert_timezone(sourceTz, targetTz, sourceTs)',
  // collections
  'create_map(*cols)', 'map_from_arrays(col1, col2)', 'array_contains(col, value!)', 'arrays_overlap(a1, a2)',
  'slice(x, start!, length!)', 'array_join(col, delimiter!, null_replacement!?=None)', 'array_position(col, value!)',
  'element_at(col, extraction!)', 'try_element_at(col, extraction)', 'get(col, index!)', 'array_prepend(col, value!)',
  'array_remove(col, element!)', 'array_insert(arr, pos!, value!)', 'array_intersect(col1, col2)', 'array_union(col1, col2)',
  'array_except(col1, col2)', 'array_compact(col)', 'array_append(col, value!)', 'array_size(col)', 'shuffle(col, seed!?=None)',
  'map_contains_key(col, value!)', 'map_entries(col)', 'map_from_entries(col)', 'array_repeat(col, count!)',
  'arrays_zip(*cols)', 'map_concat(*cols)', 'sequence(start, stop, step?=None)', 'flatten(col)', 'reverse(col)',
  'explode(col)', 'explode_outer(col)', 'posexplode(col)', 'posexplode_outer(col)', 'inline(col)', 'inline_outer(col)',
  'sort_array(col, asc!=True)', 'array_distinct(col)', 'array_max(col)', 'array_min(col)',
  'cardinality(col)', 'size(col)', 'named_struct(*cols)',
];

interface Param {
  readonly name: string;
  readonly variadic: boolean;
  readonly literal: boolean;
  readonly optional: boolean;
  readonly default?: string;
}

function parseParam(text: string): Param {
  const m = /^(\*?)(\w+)(!?)(\??)(?:=(.+))?$/.exec(text.trim());
  if (!m) throw new Error(`bad signature parameter ${text}`);
  return { variadic: m[1] === '*', name: m[2]!, literal: m[3] === '!', optional: m[4] === '?', ...(m[5] !== undefined ? { default: m[5] } : {}) };
}

function argExpr(p: Param): string {
  const value = p.literal ? `_lit_arg(${p.name})` : `_c(${p.name})`;
  return p.optional ? `(_OMIT if ${p.name} is None else ${value})` : value;
}

/** The Python source of one signature's wrapper. */
export function wrapperSource(signature: string): string {
  const m = /^(\w+)(?::(\w+))?\((.*)\)$/.exec(signature);
  if (!m) throw new Error(`bad signature ${signature}`);
  const pyName = m[1]!;
  const sqlName = m[2] ?? pyName;
  const params = m[3]!.trim() ? m[3]!.split(',').map(parseParam) : [];
  const head = params.map((p) => (p.variadic ? `*${p.name}` : p.default !== undefined ? `${p.name}=${p.default}` : p.name)).join(', ');
  const fixed = params.filter((p) => !p.variadic).map(argExpr);
  const rest = params.find((p) => p.variadic);
  const restExpr = rest ? ` + [${rest.literal ? '_lit_arg' : '_c'}(x) for x in _flat(${rest.name})]` : '';
  return `def ${pyName}(${head}):\n    return _call("${sqlName}", [${fixed.join(', ')}]${restExpr})\n`;
}

/** Helpers the wrappers use, then every wrapper. */
export function signaturesSource(): string {
  return `${SIGNATURE_HELPERS}\n${SIGNATURES.map(wrapperSource).join('')}`;
}

const SIGNATURE_HELPERS = String.raw`
_OMIT = object()

def _flat(xs):
    if len(xs) == 1 and isinstance(xs[0], (list, tuple)):
        return list(xs[0])
    return list(xs)

def _lit_arg(v):
    if isinstance(v, Column):
        return v._sql
    if isinstance(v, dict):
        return "map(%s)" % ", ".join("%s, %s" % (_lit_sql(k), _lit_sql(x)) for k, x in v.items())
    if not isinstance(v, (str, int, float, bool, list, tuple)) and v is not None and hasattr(v, "simpleString"):
        return _lit_sql(v.simpleString())
    return _lit_sql(v)

def _c(v):
    if isinstance(v, (str, Column)):
        return _to_col(v)._sql
    return _lit_arg(v)

def _call(name, args):
    return Column("%s(%s)" % (name, ", ".join(a for a in args if a is not _OMIT)))
`;
