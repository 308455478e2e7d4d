/**
 * More of `pyspark.sql.dataframe` (appended to the module after dataframe-source.ts):
 * aliases, ordinals in sort/groupBy, cube/rollup/grouping sets, explain, replace, summary,
 * statistics, unpivot and the small methods that are no-ops in one process (hint, checkpoint).
 */
export const DATAFRAME_MORE = String.raw`
# Names pyspark.sql.dataframe has at module level (its doctests use them).
from pyspark.storagelevel import StorageLevel
StructType = _types.StructType
StructField = _types.StructField
Row = _types.Row
Column = _column.Column
def _ordinal_cols(df, cols):
    out = []
    for c in _cols(cols):
        if isinstance(c, int) and not isinstance(c, bool):
            if c == 0 or abs(c) > len(df.columns):
                raise IndexError("Column ordinal must be 1-based and within the number of columns, got %d" % c)
            col = _column.Column(_column._quote(df.columns[abs(c) - 1]))
            out.append(col.desc() if c < 0 else col)
        else:
            out.append(c)
    return out

_plain_orderBy = DataFrame.orderBy
def _orderBy(self, *cols, **kwargs):
    return _plain_orderBy(self, *_ordinal_cols(self, cols), **kwargs)
DataFrame.orderBy = _orderBy
DataFrame.sort = _orderBy
DataFrame.sortWithinPartitions = _orderBy

def _groupBy(self, *cols):
    return GroupedData(self, [_column._to_col(c) for c in _ordinal_cols(self, cols)])
DataFrame.groupBy = _groupBy
DataFrame.groupby = _groupBy

def _grouping(mode):
    def f(self, *cols):
        g = GroupedData(self, [_column._to_col(c) for c in _ordinal_cols(self, cols)])
        g._mode = mode
        return g
    return f
DataFrame.cube = _grouping("CUBE")
DataFrame.rollup = _grouping("ROLLUP")

def _groupingSets(self, groupingSets, *cols):
    g = GroupedData(self, [_column._to_col(c) for c in _cols(cols)])
    g._mode = "GROUPING SETS"
    g._sets = [[_column._to_col(c)._sql for c in s] for s in groupingSets]
    return g
DataFrame.groupingSets = _groupingSets

def _group_clause(self):
    mode = getattr(self, "_mode", None)
    keys = ", ".join(k._sql for k in self._keys)
    if mode == "GROUPING SETS":
        sets = ", ".join("(%s)" % ", ".join(s) for s in self._sets)
        return " GROUP BY %s%s" % ((keys + " ") if keys else "", "GROUPING SETS (%s)" % sets)
    if mode:
        return " GROUP BY %s(%s)" % (mode, keys)
    return (" GROUP BY %s" % keys) if self._keys else ""

def _grouped_run(self, aggs):
    keys = [k._select_sql() for k in self._keys]
    pivot = getattr(self, "_pivot", None)
    if pivot is not None:
        col, values = pivot
        spec = ", ".join(aggs)
        # PIVOT groups by every column it is given, so it sees only the keys, the pivot column and the aggregates' inputs.
        keys_sql = [k._sql for k in self._keys]
        needed = [_column._quote(n) for n in self._df.columns if _column._quote(n) in spec and _column._quote(n) not in keys_sql and _column._quote(n) != col._sql]
        inner = "SELECT %s FROM %s" % (", ".join(keys_sql + [col._sql] + needed), self._df._from())
        vals = ", ".join(_column._lit_sql(v) for v in values)
        return self._df._derive("SELECT * FROM (%s) AS __p PIVOT (%s FOR %s IN (%s))" % (inner, spec, col._sql, vals))
    return self._df._derive("SELECT %s FROM %s%s" % (", ".join(keys + aggs), self._df._from(), _group_clause(self)))
GroupedData._run = _grouped_run

def _pivot(self, pivot_col, values=None):
    col = _column._to_col(pivot_col)
    if values is None:
        rows = _native.collect(self._df._sess(), "SELECT DISTINCT %s FROM %s ORDER BY 1" % (col._sql, self._df._from()))
        values = [r[0] for r in rows]
    g = GroupedData(self._df, self._keys)
    g._pivot = (col, list(values))
    return g
GroupedData.pivot = _pivot

def _grouped_repr(self):
    kind = {"CUBE": "Cube", "ROLLUP": "Rollup", "GROUPING SETS": "GroupingSets"}.get(getattr(self, "_mode", None), "GroupBy")
    keys = ", ".join(_column._user_text(k._sql).replace(chr(96), "") for k in self._keys)
    return "GroupedData[grouping expressions: [%s], value: [%s], type: %s]" % (keys, ", ".join("%s: %s" % nt for nt in self._df.dtypes), kind)
GroupedData.__repr__ = _grouped_repr

def _alias(self, alias):
    # The same plan under a name: its columns are still this DataFrame's (a.alias("p").select(a.k)).
    df = self._derive("SELECT * FROM %s" % self._from())
    df._alias = alias
    return df
DataFrame.alias = _alias

def _from_aliased(self):
    # An aliased DataFrame answers to its alias (col("x.k")) and, as every DataFrame, to its own name (df.k).
    if self._alias:
        return "(SELECT * FROM (%s) AS %s) AS %s" % (self._sql, _column._quote(self._alias), self._name())
    return "(%s) AS %s" % (self._sql, self._name())
DataFrame._from = _from_aliased

def _positional(self, i):
    # The i-th column of this DataFrame, even when another column has the same name (after a join);
    # by its name alone otherwise (the shorter reference resolves faster in long chains).
    names = self.columns
    lower = names[i].lower()
    if sum(1 for n in names if n.lower() == lower) == 1:
        return _column._quote(names[i])
    return "%s.%s" % (_column._quote("%s#%d" % (self._name(), i)), _column._quote(names[i]))
DataFrame._positional = _positional

def _select_positions(self, keep):
    return self._derive("SELECT %s FROM %s" % (", ".join(self._positional(i) for i in keep), self._from()))

def _column_index(self, c):
    # The column a Column names (Spark drops the attribute it resolves to), or None when it names none.
    try:
        return _native.column_index(self._sess(), self._from(), c._sql)
    except Exception as e:
        if "AMBIGUOUS" in str(e) or " are ambiguous. " in str(e):
            raise
        return None

def _drop(self, *cols):
    names = self.columns
    drop = set()
    for c in cols:
        if isinstance(c, _column.Column):
            i = _column_index(self, c)
            if i is not None:
                drop.add(i)
        elif isinstance(c, str):
            drop.update(i for i, n in enumerate(names) if n.lower() == c.lower())
        else:
            raise _base_errors.PySparkTypeError("[NOT_COLUMN_OR_STR] Argument ` + "`col`" + String.raw` should be a Column or str, got %s." % type(c).__name__)
    return _select_positions(self, [i for i in range(len(names)) if i not in drop])
DataFrame.drop = _drop

def _explain(self, extended=None, mode=None):
    if isinstance(extended, str):
        mode = extended
    elif extended:
        mode = "extended"
    kw = {None: "", "simple": "", "extended": "EXTENDED ", "formatted": "FORMATTED ", "cost": "COST ", "codegen": "CODEGEN "}.get(mode, "")
    print(_native.collect(self._sess(), "EXPLAIN %s%s" % (kw, self._sql))[0][0])
DataFrame.explain = _explain

def _offset(self, num):
    return self._derive("SELECT * FROM %s LIMIT ALL OFFSET %d" % (self._from(), num))
DataFrame.offset = _offset

_plain_dropDuplicates = DataFrame.dropDuplicates
def _dropDuplicates(self, *subset):
    if len(subset) == 1 and (subset[0] is None or isinstance(subset[0], (list, tuple))):
        subset = subset[0]
    if not subset:
        return self.distinct()
    keys = [_column._quote(c) for c in subset]
    items = [_column._quote(n) if n in subset else "first(%s) AS %s" % (_column._quote(n), _column._quote(n)) for n in self.columns]
    return self._derive("SELECT %s FROM %s GROUP BY %s" % (", ".join(items), self._from(), ", ".join(keys)))
DataFrame.dropDuplicates = _dropDuplicates
DataFrame.drop_duplicates = _dropDuplicates

def _replace(self, to_replace, value=None, subset=None):
    if isinstance(to_replace, dict):
        pairs = list(to_replace.items())
    elif isinstance(to_replace, (list, tuple)):
        vals = value if isinstance(value, (list, tuple)) else [value] * len(to_replace)
        pairs = list(zip(to_replace, vals))
    else:
        pairs = [(to_replace, value)]
    if isinstance(subset, str):
        subset = [subset]
    numeric = ("long", "integer", "double", "float", "short", "byte")
    def fits(t, v):
        n = t.typeName()
        if isinstance(v, bool):
            return n == "boolean"
        if isinstance(v, (int, float)):
            return n in numeric or n.startswith("decimal")
        return n == "string"
    items = []
    for f in self.schema.fields:
        q = _column._quote(f.name)
        use = [(a, b) for (a, b) in pairs if (subset is None or f.name in subset) and fits(f.dataType, a)]
        if use:
            branches = " ".join("WHEN %s = %s THEN CAST(%s AS %s)" % (q, _column._lit_sql(a), _column._lit_sql(b), f.dataType.simpleString()) for (a, b) in use)
            items.append("CASE %s ELSE %s END AS %s" % (branches, q, q))
        else:
            items.append(q)
    return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))
DataFrame.replace = _replace
DataFrameNaFunctions.replace = lambda self, to_replace, value=None, subset=None: self.df.replace(to_replace, value, subset)

def _unpivot(self, ids, values, variableColumnName, valueColumnName):
    ids = [ids] if isinstance(ids, (str, _column.Column)) else list(ids)
    id_sql = [_column._to_col(c)._select_sql() for c in ids]
    if values is None:
        idnames = [c for c in ids if isinstance(c, str)]
        values = [n for n in self.columns if n not in idnames]
    values = [values] if isinstance(values, (str, _column.Column)) else list(values)
    structs = []
    for v in values:
        name = v if isinstance(v, str) else _column._user_text(v._sql).replace(chr(96), "")
        structs.append("named_struct(%s, %s, %s, %s)" % (_column._lit_sql(variableColumnName), _column._lit_sql(name), _column._lit_sql(valueColumnName), _column._to_col(v)._sql))
    return self._derive("SELECT %s FROM %s" % (", ".join(id_sql + ["inline(array(%s))" % ", ".join(structs)]), self._from()))
DataFrame.unpivot = _unpivot
DataFrame.melt = _unpivot

def _summary(self, *statistics):
    stats = list(statistics) or ["count", "mean", "stddev", "min", "25%", "50%", "75%", "max"]
    fields = [f for f in self.schema.fields if f.dataType.typeName() in ("long", "integer", "double", "float", "short", "byte", "string") or f.dataType.typeName().startswith("decimal")]
    parts = []
    for s in stats:
        items = ["'%s' AS summary" % s]
        for f in fields:
            q = _column._quote(f.name)
            is_str = f.dataType.typeName() == "string"
            if s == "count":
                e = "CAST(count(%s) AS STRING)" % q
            elif s in ("mean", "stddev"):
                e = "CAST(NULL AS STRING)" if is_str else "CAST(%s(%s) AS STRING)" % ("avg" if s == "mean" else "stddev_samp", q)
            elif s in ("min", "max"):
                e = "CAST(%s(%s) AS STRING)" % (s, q)
            elif s.endswith("%"):
                e = "CAST(NULL AS STRING)" if is_str else "CAST(percentile_approx(%s, %s) AS STRING)" % (q, float(s[:-1]) / 100)
            else:
                raise ValueError("%s is not a recognised statistic" % s)
            items.append("%s AS %s" % (e, q))
        parts.append("SELECT %s FROM %s" % (", ".join(items), self._from()))
    return self._derive(" UNION ALL ".join(parts))
DataFrame.summary = _summary

def _scalar(self, expr):
    return _native.collect(self._sess(), "SELECT %s FROM %s" % (expr, self._from()))[0][0]

def _corr(self, col1, col2, method=None):
    return _scalar(self, "corr(%s, %s)" % (_column._quote(col1), _column._quote(col2)))
def _cov(self, col1, col2):
    return _scalar(self, "covar_samp(%s, %s)" % (_column._quote(col1), _column._quote(col2)))
def _approxQuantile(self, col, probabilities, relativeError):
    accuracy = int(1.0 / relativeError) if relativeError > 0 else 10000
    def one(c):
        qs = _scalar(self, "percentile_approx(CAST(%s AS DOUBLE), array(%s), %d)" % (_column._quote(c), ", ".join(repr(float(p)) + "D" for p in probabilities), accuracy))
        return [] if qs is None else list(qs)
    if isinstance(col, str):
        return one(col)
    return [one(c) for c in col]
def _crosstab(self, col1, col2):
    a = _column._quote(col1)
    b = _column._quote(col2)
    vals = [r[0] for r in _native.collect(self._sess(), "SELECT DISTINCT CAST(%s AS STRING) FROM %s" % (b, self._from()))]
    vals = sorted(vals, key=lambda v: (v is None, v))
    items = ["CAST(%s AS STRING) AS %s" % (a, _column._quote(col1 + "_" + col2))]
    items += ["count(CASE WHEN CAST(%s AS STRING) = %s THEN 1 END) AS %s" % (b, _column._lit_sql(v), _column._quote(str(v))) for v in vals]
    return self._derive("SELECT %s FROM %s GROUP BY %s" % (", ".join(items), self._from(), a))
DataFrame.corr = _corr
DataFrame.cov = _cov
DataFrame.approxQuantile = _approxQuantile
DataFrame.crosstab = _crosstab

class DataFrameStatFunctions:
    def __init__(self, df):
        self.df = df
    def corr(self, col1, col2, method=None):
        return self.df.corr(col1, col2, method)
    def cov(self, col1, col2):
        return self.df.cov(col1, col2)
    def approxQuantile(self, col, probabilities, relativeError):
        return self.df.approxQuantile(col, probabilities, relativeError)
    def crosstab(self, col1, col2):
        return self.df.crosstab(col1, col2)
DataFrame.stat = property(lambda self: DataFrameStatFunctions(self))

def _toJSON(self, use_unicode=True):
    rows = _native.collect(self._sess(), "SELECT to_json(struct(*)) FROM %s" % self._from())
    return self.sparkSession.sparkContext.parallelize([r[0] for r in rows])
DataFrame.toJSON = _toJSON

def _to(self, schema):
    items = ["CAST(%s AS %s) AS %s" % (_column._quote(f.name), _types._ddl_type(f.dataType), _column._quote(f.name)) for f in schema.fields]
    return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))
DataFrame.to = _to

def _transform(self, func, *args, **kwargs):
    result = func(self, *args, **kwargs)
    if not isinstance(result, DataFrame):
        raise TypeError("Func returned an instance of type [%s], should have been DataFrame." % type(result).__name__)
    return result
DataFrame.transform = _transform

def _createGlobalTempView(self, name):
    self.sparkSession.sql("CREATE GLOBAL TEMPORARY VIEW %s AS %s" % (_column._quote(name), self._sql))
DataFrame.createGlobalTempView = _createGlobalTempView

def _same(self, *args, **kwargs):
    return self
# Join strategy hints reach the join above, as Spark's ResolvedHint does (other hints change nothing here).
_JOIN_HINTS = ("BROADCAST", "BROADCASTJOIN", "MAPJOIN", "MERGE", "SHUFFLE_MERGE", "MERGEJOIN", "SHUFFLE_HASH", "SHUFFLE_REPLICATE_NL")
def _hint(self, name, *parameters):
    if isinstance(name, str) and name.upper() in _JOIN_HINTS and not parameters:
        return self._derive("SELECT /*+ %s */ * FROM %s" % (name.upper(), self._from()))
    return self
DataFrame.hint = _hint
DataFrame.localCheckpoint = _same
DataFrame.checkpoint = _same

def _storage_level(level):
    from pyspark.storagelevel import StorageLevel
    return getattr(StorageLevel, level) if isinstance(level, str) else level

def _level_text(level):
    # Scala's StorageLevel.toString, as explain prints it in InMemoryRelation.
    parts = [n for n, on in (("disk", level.useDisk), ("memory", level.useMemory), ("offheap", level.useOffHeap), ("deserialized", level.deserialized)) if on]
    return "StorageLevel(%s%d replicas)" % ("".join(p + ", " for p in parts), level.replication)

# cache / persist: the DataFrame reads an InMemoryRelation (its rows computed on first use and
# kept); unpersist reads the query again.
def _persist(self, storageLevel=None):
    level = storageLevel if storageLevel is not None else _storage_level("MEMORY_AND_DISK_DESER")
    if getattr(self, "_storage", None) is None:
        self._uncached = self._sql
        self._cache_name = _native.cache_view(self._sess(), self._sql, _level_text(level), self.sparkSession.sparkContext._jsc)
        self._sql = "SELECT * FROM %s" % self._cache_name
    self._storage = level
    return self
def _cache(self):
    return _persist(self)
def _unpersist(self, blocking=False):
    if getattr(self, "_storage", None) is not None and getattr(self, "_uncached", None) is not None:
        self._sql = self._uncached
        _native.uncache_view(self.sparkSession.sparkContext._jsc, self._cache_name)
    self._storage = None
    return self
DataFrame.persist = _persist
DataFrame.cache = _cache
DataFrame.unpersist = _unpersist
DataFrame.storageLevel = property(lambda self: getattr(self, "_storage", None) or _storage_level("NONE"))
DataFrame.isLocal = lambda self: True
DataFrame.isStreaming = property(lambda self: False)
DataFrame.inputFiles = lambda self: list(_native.input_files(self._sess(), self._sql))
# Like Spark, the function runs on the executors, so what it prints is not the driver's output.
DataFrame.foreach = lambda self, f: self.rdd.foreach(f)
DataFrame.foreachPartition = lambda self, f: self.rdd.foreachPartition(f)

# sample and randomSplit as Spark's Sample operator runs them: per partition, an XORShiftRandom
# seeded with seed + partitionIndex draws one double per row, kept when lb <= x < ub. rand(seed)
# draws exactly that sequence, so a filter on it keeps the rows Spark keeps for the same partitioning.
# The error modules load on first use: importing them here would re-enter pyspark.sql's loading.
class _Errors:
    def __getattr__(self, name):
        import pyspark.errors as m
        return getattr(m, name)
_captured = _base_errors = _Errors()

def _sample_seed(seed):
    if seed is None:
        import random as _rnd
        return _rnd.randint(-(1 << 63), (1 << 63) - 1)
    return int(seed)

def _select_list(df):
    return ", ".join(_column._quote(c) for c in df.columns)

def _bernoulli(df, lb, ub, seed, source=None):
    src = source if source is not None else df._from()
    return df._derive("SELECT %s FROM (SELECT *, rand(%d) AS __sample_x FROM %s) AS __s WHERE __sample_x >= %r AND __sample_x < %r"
                      % (_select_list(df), seed, src, float(lb), float(ub)))

def _poisson_thresholds(mean):
    # Cumulative Poisson probabilities up to where the tail is negligible: a draw u gives k = #thresholds <= u.
    import math as _m
    out, p, k, cdf = [], _m.exp(-mean), 0, 0.0
    while True:
        cdf += p
        if cdf >= 1.0 - 1e-12 or k > 1000:
            return out
        out.append(cdf)
        k += 1
        p = p * mean / k

def _sample(self, withReplacement=None, fraction=None, seed=None):
    # PySpark's argument forms: sample(fraction[, seed]), sample(withReplacement, fraction[, seed]), and keywords.
    is_set = type(withReplacement) == bool and isinstance(fraction, float)
    omitted_kwargs = withReplacement is None and isinstance(fraction, float)
    omitted_args = isinstance(withReplacement, float)
    if not (is_set or omitted_kwargs or omitted_args):
        argtypes = ", ".join(type(a).__name__ for a in [withReplacement, fraction, seed])
        raise _base_errors.PySparkTypeError("[NOT_BOOL_OR_FLOAT_OR_INT] Argument ` + "`withReplacement (optional), fraction (required) and seed (optional)`" + String.raw` should be a bool, float or int, got %s." % argtypes,
                                            "NOT_BOOL_OR_FLOAT_OR_INT", {"arg_name": "withReplacement (optional), fraction (required) and seed (optional)", "arg_type": argtypes})
    if omitted_args:
        if fraction is not None:
            seed = fraction
        fraction, withReplacement = withReplacement, None
    withReplacement = bool(withReplacement)
    seed = int(seed) if seed is not None else None
    if withReplacement and fraction < 0.0:
        raise _captured.IllegalArgumentException("requirement failed: Sampling fraction (%s) must be nonnegative with replacement" % fraction)
    if not withReplacement and not (0.0 <= fraction <= 1.0):
        raise _captured.IllegalArgumentException("requirement failed: Sampling fraction (%s) must be on interval [0, 1] without replacement" % fraction)
    s = _sample_seed(seed)
    if not withReplacement:
        return _bernoulli(self, 0.0, fraction, s)
    # With replacement each row appears k times, k ~ Poisson(fraction), drawn per row from the same stream.
    ts = _poisson_thresholds(fraction)
    k = "CASE %s ELSE %d END" % (" ".join("WHEN __sample_x < %r THEN %d" % (t, i) for i, t in enumerate(ts)), len(ts)) if ts else "0"
    return self._derive("SELECT %s FROM (SELECT *, explode(array_repeat(0, %s)) AS __sample_k FROM (SELECT *, rand(%d) AS __sample_x FROM %s) AS __s) AS __p"
                        % (_select_list(self), k, s, self._from()))
DataFrame.sample = _sample

def _random_split(self, weights, seed=None):
    for w in weights:
        if w < 0.0:
            raise _base_errors.PySparkValueError("[VALUE_NOT_POSITIVE] Value for ` + "`weights`" + String.raw` must be positive, got '%s'." % w, "VALUE_NOT_POSITIVE", {"arg_name": "weights", "arg_value": str(w)})
    total = float(sum(weights))
    if total <= 0.0:
        raise _captured.IllegalArgumentException("requirement failed: Sum of weights must be positive, but got [%s]" % ",".join(str(float(w)) for w in weights))
    s = _sample_seed(seed)
    # As Spark: each partition is sorted on every orderable column first, so the splits are disjoint and deterministic.
    orderable = [f.name for f in self.schema.fields if type(f.dataType).__name__ not in ("MapType",)]
    base = self._from()
    if orderable:
        base = "(SELECT * FROM %s SORT BY %s) AS __o" % (base, ", ".join(_column._quote(c) for c in orderable))
    bounds, acc = [0.0], 0.0
    for w in weights:
        acc += w / total
        bounds.append(acc)
    return [_bernoulli(self, bounds[i], bounds[i + 1], s, base) for i in range(len(weights))]
DataFrame.randomSplit = _random_split

# dropDuplicates(subset): Spark keeps one row per key, the first it meets (Deduplicate → first()).
_plain_drop_duplicates = DataFrame.dropDuplicates
def _drop_duplicates(self, *cols, subset=None):
    # dropDuplicates(["a", "b"]), dropDuplicates("a", "b") and dropDuplicates(subset=...) name the same keys.
    if cols:
        subset = cols[0] if len(cols) == 1 and not isinstance(cols[0], str) else list(cols)
    if subset is None:
        return _plain_drop_duplicates(self)
    if isinstance(subset, str) or not isinstance(subset, (list, tuple)):
        raise _base_errors.PySparkTypeError("[NOT_LIST_OR_TUPLE] Argument ` + "`subset`" + String.raw` should be a list or tuple, got %s." % type(subset).__name__)
    if len(subset) == 0:
        return _plain_drop_duplicates(self)
    names = self.columns
    lower = [n.lower() for n in names]
    keys = []
    for k in subset:
        if k.lower() not in lower:
            raise _captured.AnalysisException("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name %s cannot be resolved. Did you mean one of the following? [%s]."
                                              % (_column._quote(k), ", ".join(_column._quote(n) for n in names)))
        keys.append(names[lower.index(k.lower())])
    items = [(_column._quote(n) if n in keys else "first(%s) AS %s" % (_column._quote(n), _column._quote(n))) for n in names]
    return self._derive("SELECT %s FROM %s GROUP BY %s" % (", ".join(items), self._from(), ", ".join(_column._quote(k) for k in keys)))
DataFrame.dropDuplicates = _drop_duplicates
DataFrame.drop_duplicates = _drop_duplicates
`;
