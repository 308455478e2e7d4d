/** `pyspark.sql.functions`: builders of SQL expression text (names as Spark's analyzer gives them). */
export const FUNCTIONS = String.raw`
# pyspark/sql/functions/builtin.py imports sys, so its doctests (whose globals are the module's) see it.
import sys

def col(name):
    return _to_col(name)
column = col

def lit(value):
    if isinstance(value, Column):
        return value
    return Column(_lit_sql(value))

def expr(text):
    return Column(text)

def _fn(name, *cols):
    return Column("%s(%s)" % (name, ", ".join(_to_col(c)._sql for c in cols)))

def when(condition, value):
    return Column("CASE WHEN %s THEN %s END" % (condition._sql, _operand(value)))

def sum(col):
    return _fn("sum", col)
def avg(col):
    return _fn("avg", col)
def mean(col):
    return _fn("mean", col)
def max(col):
    return _fn("max", col)
def min(col):
    return _fn("min", col)
def count(col):
    if isinstance(col, str) and col == "*":
        return Column("count(1)")
    return _fn("count", col)
def countDistinct(col, *cols):
    return Column("count(DISTINCT %s)" % ", ".join(_to_col(c)._sql for c in (col,) + cols))
count_distinct = countDistinct
def sum_distinct(col):
    return Column("sum(DISTINCT %s)" % _to_col(col)._sql)
sumDistinct = sum_distinct
def first(col, ignorenulls=False):
    return Column("first(%s)" % _to_col(col)._sql) if not ignorenulls else Column("first(%s, true)" % _to_col(col)._sql)
def last(col, ignorenulls=False):
    return Column("last(%s)" % _to_col(col)._sql) if not ignorenulls else Column("last(%s, true)" % _to_col(col)._sql)
def stddev(col):
    return _fn("stddev", col)
def variance(col):
    return _fn("variance", col)
def collect_list(col):
    return _fn("collect_list", col)
def collect_set(col):
    return _fn("collect_set", col)
def upper(col):
    return _fn("upper", col)
def lower(col):
    return _fn("lower", col)
def length(col):
    return _fn("length", col)
def trim(col):
    return _fn("trim", col)
def ltrim(col):
    return _fn("ltrim", col)
def rtrim(col):
    return _fn("rtrim", col)
def abs(col):
    return _fn("abs", col)
def sqrt(col):
    return _fn("SQRT", col)
def exp(col):
    return _fn("EXP", col)
def log(arg1, arg2=None):
    if arg2 is None:
        return _fn("ln", arg1)
    return Column("LOG(%s, %s)" % (_lit_sql(arg1), _to_col(arg2)._sql))
def floor(col):
    return _fn("FLOOR", col)
def ceil(col):
    return _fn("CEIL", col)
def isnull(col):
    return _fn("isnull", col)
def coalesce(*cols):
    return _fn("coalesce", *cols)
def concat(*cols):
    return _fn("concat", *cols)
def concat_ws(sep, *cols):
    return Column("concat_ws(%s, %s)" % (_lit_sql(sep), ", ".join(_to_col(c)._sql for c in cols)))
def substring(str, pos, len):
    return Column("substring(%s, %d, %d)" % (_to_col(str)._sql, pos, len))
def round(col, scale=0):
    return Column("round(%s, %d)" % (_to_col(col)._sql, scale))
def bround(col, scale=0):
    return Column("bround(%s, %d)" % (_to_col(col)._sql, scale))
def sort_array(col, asc=True):
    return Column("sort_array(%s, %s)" % (_to_col(col)._sql, "true" if asc else "false"))
def array_sort(col, comparator=None):
    if comparator is None:
        return _fn("array_sort", col)
    return Column("array_sort(%s, %s)" % (_to_col(col)._sql, _lambda_sql(comparator, (2,))))
def asc(col):
    return _to_col(col).asc()
def desc(col):
    return _to_col(col).desc()
def split(str, pattern, limit=-1):
    return Column("split(%s, %s, %d)" % (_to_col(str)._sql, _lit_sql(pattern), limit))
def explode(col):
    return _fn("explode", col)
def size(col):
    return _fn("size", col)
def array(*cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        cols = cols[0]
    return _fn("array", *cols)
def struct(*cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        cols = cols[0]
    # Aliased columns name their fields (struct(lit(0).alias("count"))).
    return Column("struct(%s)" % ", ".join(_to_col(c)._select_sql() for c in cols))
def year(col):
    return _fn("year", col)
def month(col):
    return _fn("month", col)
def to_date(col, format=None):
    if format is None:
        return _fn("to_date", col)
    return Column("to_date(%s, %s)" % (_to_col(col)._sql, _lit_sql(format)))
def current_date():
    return Column("current_date()")
def regexp_replace(string, pattern, replacement):
    return Column("regexp_replace(%s, %s, %s)" % (_to_col(string)._sql, _lit_sql(pattern), _lit_sql(replacement)))
def udf(f=None, returnType="string", useArrow=None):
    from pyspark.sql.udf import udf as _udf
    return _udf(f, returnType, useArrow)
def call_udf(udfName, *cols):
    from pyspark.sql.udf import call_udf as _call_udf
    return _call_udf(udfName, *cols)
def call_function(funcName, *cols):
    from pyspark.sql.udf import call_function as _call_function
    return _call_function(funcName, *cols)
def udtf(cls=None, returnType=None, useArrow=None):
    from pyspark.sql.udtf import udtf as _udtf
    return _udtf(cls, returnType, useArrow)
def greatest(*cols):
    return _fn("greatest", *cols)
def least(*cols):
    return _fn("least", *cols)
`;

/** Functions whose arguments are all columns (or literals other than str): Spark names them from SQL. */
export const COLUMN_FUNCTIONS = String.raw`
def _generic(name):
    def f(*cols):
        return Column("%s(%s)" % (name, ", ".join(_to_col(c)._sql if isinstance(c, (str, Column)) else _lit_sql(c) for c in cols)))
    f.__name__ = name
    return f

`;

/** Names `_generic` builds (set from TypeScript: PyFlint modules do not see `globals()` writes). */
export const GENERIC_FUNCTIONS: readonly string[] = ['array_distinct', 'array_max', 'array_min', 'flatten', 'reverse', 'map_keys', 'map_values', 'map_entries',
           'map_from_arrays', 'element_at', 'initcap', 'ascii', 'base64', 'unbase64', 'hex', 'unhex', 'md5', 'sha1', 'crc32',
           'soundex', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'degrees', 'radians',
           'signum', 'cbrt', 'log10', 'log2', 'log1p', 'expm1', 'rint', 'factorial', 'bin', 'bit_length', 'octet_length',
           'char_length', 'character_length', 'dayofmonth', 'dayofweek', 'dayofyear', 'hour', 'minute', 'second', 'quarter',
           'weekofyear', 'last_day', 'isnan', 'nanvl', 'kurtosis', 'skewness', 'stddev_samp', 'stddev_pop', 'var_samp',
           'var_pop', 'any_value', 'bool_and', 'bool_or', 'every', 'some', 'max_by', 'min_by', 'count_if', 'median', 'mode',
           'product', 'array_union', 'array_intersect', 'array_except', 'arrays_overlap', 'arrays_zip', 'map_concat',
           'covar_pop', 'covar_samp', 'corr', 'ifnull', 'nullif', 'nvl', 'nvl2', 'pow', 'power', 'hypot', 'pmod',
           'array_position', 'array_remove', 'array_repeat', 'array_compact', 'cardinality', 'sequence', 'shuffle',
           'dayname', 'monthname', 'date_add', 'date_sub', 'datediff', 'add_months', 'months_between', 'next_day',
           'unix_timestamp', 'from_unixtime', 'left', 'right', 'lpad', 'rpad', 'repeat', 'instr', 'locate', 'translate',
           'levenshtein', 'e', 'pi', 'rand', 'randn', 'uuid', 'current_timestamp', 'isnotnull', 'equal_null', 'try_add',
           'try_subtract', 'try_multiply', 'try_divide', 'try_avg', 'try_sum', 'try_element_at', 'try_to_number',
           'sec', 'csc', 'cot', 'ln', 'negative', 'positive', 'sign', 'ceiling', 'abs', 'xxhash64', 'hash', 'sha2',
           'approx_count_distinct', 'percentile_approx', 'array_join', 'slice', 'array_append', 'array_prepend',
           'array_insert', 'create_map', 'named_struct', 'map_from_entries', 'str_to_map', 'to_json', 'from_json',
           'schema_of_json', 'get_json_object', 'json_array_length', 'json_object_keys', 'regexp_extract', 'regexp_like',
           'regexp_count', 'regexp_substr', 'format_number', 'format_string', 'substring_index', 'overlay', 'sentences',
           'timestamp_seconds', 'date_format', 'to_timestamp', 'date_trunc', 'trunc', 'weekday', 'make_date', 'octet_length',
           'url_encode', 'url_decode', 'mask', 'ucase', 'lcase', 'char', 'btrim', 'contains', 'startswith', 'endswith',
           'regr_count', 'regr_avgx', 'regr_avgy', 'regr_slope', 'regr_intercept', 'regr_r2', 'regr_sxx', 'regr_syy', 'regr_sxy'];
