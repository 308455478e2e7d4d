/**
 * `pyspark.sql.dataframe`: a DataFrame is a SQL query (text) over its session's catalog;
 * each operation wraps it in a new SELECT, each action runs it through the SQL engine.
 */
export const DATAFRAME = String.raw`
_JOIN_TYPES = {"inner": "INNER", "cross": "CROSS", "outer": "FULL OUTER", "full": "FULL OUTER", "fullouter": "FULL OUTER",
               "full_outer": "FULL OUTER", "left": "LEFT OUTER", "leftouter": "LEFT OUTER", "left_outer": "LEFT OUTER",
               "right": "RIGHT OUTER", "rightouter": "RIGHT OUTER", "right_outer": "RIGHT OUTER", "semi": "LEFT SEMI",
               "leftsemi": "LEFT SEMI", "left_semi": "LEFT SEMI", "anti": "LEFT ANTI", "leftanti": "LEFT ANTI", "left_anti": "LEFT ANTI"}

def _cols(cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        return list(cols[0])
    return list(cols)

_ids = [0]

class DataFrame:
    def __init__(self, sql, session):
        self._sql = sql
        self.sparkSession = session
        self._schema = None
        self._alias = None
        # select()'s items and input, for a filter or sort that reads the input's columns.
        self._projection = None
        # As PySpark's columns are bound to their DataFrame's plan, df.k names this DataFrame:
        # its plan is the subquery __df<id> wherever it is an input, and df.k is __df<id>.k.
        _ids[0] += 1
        self._id = _ids[0]

    def _sess(self):
        return self.sparkSession._jsession

    def _name(self):
        return "__df%d" % self._id

    def _from(self):
        return "(%s) AS %s" % (self._sql, self._name())

    def _col(self, name):
        # A column of this DataFrame (df.k, df["k"], df[0]): a reference qualified by its plan's alias.
        if name == "*" or name.endswith(".*"):
            return _column.Column(_column._quote(self._name()) + "." + name)
        return _column.Column(_column._quote(self._name()) + "." + _column._col_ref(name))

    def _derive(self, sql):
        return DataFrame(sql, self.sparkSession)

    @property
    def schema(self):
        if self._schema is None:
            self._schema = _types._from_tuple(_native.schema(self._sess(), self._sql))
        return self._schema

    @property
    def columns(self):
        return [f.name for f in self.schema.fields]

    @property
    def dtypes(self):
        return [(n, t) for (n, t) in _native.simple_string(self._sess(), self._sql)]

    def __getattr__(self, name):
        # Dunder probes (copy, pickle, ...) never reach the plan; any other name is a column
        # if the DataFrame has it, as in PySpark (df._corrupt_record, df._c0).
        if name.startswith("__"):
            raise AttributeError("'DataFrame' object has no attribute '%s'" % name)
        if name.startswith("_"):
            # Flint's own optional attributes (_alias, _mode, _storage) are probed with
            # getattr(df, "_x", None), also on plans that do not analyze yet (a join whose
            # columns are still ambiguous): such a probe answers "no attribute", never an error.
            try:
                found = name in self.columns
            except Exception:
                found = False
        else:
            found = name in self.columns
        if not found:
            raise AttributeError("'DataFrame' object has no attribute '%s'" % name)
        return _column.Column(_column._quote(self._name()) + "." + _column._quote(name))

    def __getitem__(self, item):
        if isinstance(item, str):
            col = self._col(item)
            if item != "*" and not item.endswith(".*") and item.lower() not in [c.lower() for c in self.columns]:
                # As Dataset.col, a name the plan does not have fails here (analysis gives Spark's error).
                _native.schema(self._sess(), "SELECT %s FROM %s" % (_column._col_ref(item), self._from()))
            return col
        if isinstance(item, _column.Column):
            return self.filter(item)
        if isinstance(item, (list, tuple)):
            return self.select(*item)
        if isinstance(item, int):
            return _column.Column(_column._quote(self._name()) + "." + _column._quote(self.columns[item]))
        raise TypeError("unexpected item type: %s" % type(item).__name__)

    def __repr__(self):
        return "DataFrame[%s]" % ", ".join("%s: %s" % (n, t) for (n, t) in self.dtypes)

    def printSchema(self, level=None):
        print(_native.tree_string(self._sess(), self._sql))

    def show(self, n=20, truncate=True, vertical=False):
        if isinstance(truncate, bool):
            width = 20 if truncate else 0
        else:
            width = int(truncate)
        print(_native.show(self._sess(), self._sql, n, width, vertical))

    def collect(self):
        return _native.collect(self._sess(), self._sql)

    def toLocalIterator(self, prefetchPartitions=False):
        return iter(self.collect())

    def take(self, num):
        return self.limit(num).collect()

    def head(self, n=None):
        if n is None:
            rs = self.take(1)
            return rs[0] if rs else None
        return self.take(n)

    def first(self):
        return self.head()

    def tail(self, num):
        rows = self.collect()
        return rows[len(rows) - num:] if num > 0 else []

    def isEmpty(self):
        return len(self.take(1)) == 0

    def count(self):
        return _native.collect(self._sess(), "SELECT count(1) FROM %s" % self._from(), "count at NativeMethodAccessorImpl.java:0")[0][0]

    def createOrReplaceTempView(self, name):
        self.sparkSession.sql("CREATE OR REPLACE TEMPORARY VIEW %s AS %s" % (_column._quote(name), self._sql))

    def registerTempTable(self, name):
        self.createOrReplaceTempView(name)

    def createTempView(self, name):
        self.sparkSession.sql("CREATE TEMPORARY VIEW %s AS %s" % (_column._quote(name), self._sql))

    def createOrReplaceGlobalTempView(self, name):
        self.sparkSession.sql("CREATE OR REPLACE GLOBAL TEMPORARY VIEW %s AS %s" % (_column._quote(name), self._sql))

    def select(self, *cols):
        items = [_column._to_col(c)._select_sql() for c in _cols(cols)]
        df = self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))
        df._projection = (items, self)
        return df

    def _over_projection(self, clause):
        # WHERE / ORDER BY over this DataFrame. As Spark's ResolveMissingReferences, one over a
        # select() may read columns of the select's input that it dropped: df.select("n").orderBy(df.age).
        df = self._derive("SELECT * FROM %s %s" % (self._from(), clause))
        if self._projection is None or (chr(96) + "__df") not in clause:
            return df
        try:
            _native.schema(self._sess(), df._sql)
            return df
        except Exception as e:
            if "MISSING_ATTRIBUTES" not in str(e):
                raise
            items, parent = self._projection
            alt = self._derive("SELECT * FROM (SELECT %s FROM %s %s) AS %s" % (", ".join(items), parent._from(), clause, self._name()))
            try:
                _native.schema(self._sess(), alt._sql)
            except Exception:
                raise e
            return alt

    def selectExpr(self, *exprs):
        return self._derive("SELECT %s FROM %s" % (", ".join(_cols(exprs)), self._from()))

    def filter(self, condition):
        cond = condition if isinstance(condition, str) else condition._sql
        return self._over_projection("WHERE %s" % cond)
    where = filter

    def withColumn(self, colName, col):
        if not isinstance(col, _column.Column):
            raise TypeError("[NOT_COLUMN] Argument ` + "`col`" + String.raw` should be a Column, got %s." % type(col).__name__)
        new = "%s AS %s" % (col._sql, _column._quote(colName))
        # As Spark: every column of that name (case-insensitive) is replaced, else the column comes last.
        names = self.columns
        items = [new if n.lower() == colName.lower() else self._positional(i) for i, n in enumerate(names)]
        if new not in items:
            items.append(new)
        return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))

    def withColumns(self, *colsMap):
        df = self
        for k, v in colsMap[0].items():
            df = df.withColumn(k, v)
        return df

    def withColumnRenamed(self, existing, new):
        items = ["%s AS %s" % (self._positional(i), _column._quote(new)) if n.lower() == existing.lower() else self._positional(i) for i, n in enumerate(self.columns)]
        return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))

    def withColumnsRenamed(self, colsMap):
        df = self
        for k, v in colsMap.items():
            df = df.withColumnRenamed(k, v)
        return df

    def repartition(self, numPartitions=None, *cols):
        if isinstance(numPartitions, (str, _column.Column)):
            cols = (numPartitions,) + cols
            numPartitions = None
        elif numPartitions is None or not isinstance(numPartitions, int) or isinstance(numPartitions, bool):
            raise TypeError("[NOT_COLUMN_OR_INT_OR_STR] Argument ` + "`numPartitions`" + String.raw` should be a Column, int or str, got %s." % type(numPartitions).__name__)
        args = ([str(numPartitions)] if numPartitions is not None else []) + [_column._to_col(c)._sql for c in _cols(cols)]
        return self._derive("SELECT /*+ REPARTITION(%s) */ * FROM %s" % (", ".join(args), self._from()))

    def coalesce(self, numPartitions):
        if not isinstance(numPartitions, int) or isinstance(numPartitions, bool):
            raise TypeError("[NOT_INT] Argument ` + "`numPartitions`" + String.raw` should be an int, got %s." % type(numPartitions).__name__)
        return self._derive("SELECT /*+ COALESCE(%d) */ * FROM %s" % (numPartitions, self._from()))

    def repartitionByRange(self, numPartitions, *cols):
        if isinstance(numPartitions, (str, _column.Column)):
            cols = (numPartitions,) + cols
            numPartitions = None
        elif not isinstance(numPartitions, int) or isinstance(numPartitions, bool):
            raise TypeError("[NOT_COLUMN_OR_INT_OR_STR] Argument ` + "`numPartitions`" + String.raw` should be a Column, int or str, got %s." % type(numPartitions).__name__)
        keys = [_column._to_col(c)._order_sql() for c in _cols(cols)]
        if not keys:
            raise ValueError("[CANNOT_BE_EMPTY] At least one column must be specified.")
        args = ([str(numPartitions)] if numPartitions is not None else []) + keys
        return self._derive("SELECT /*+ REPARTITION_BY_RANGE(%s) */ * FROM %s" % (", ".join(args), self._from()))

    def intersectAll(self, other):
        return self._derive("SELECT * FROM %s INTERSECT ALL SELECT * FROM %s" % (self._from(), other._from()))

    def exceptAll(self, other):
        return self._derive("SELECT * FROM %s EXCEPT ALL SELECT * FROM %s" % (self._from(), other._from()))

    def fillna(self, value, subset=None):
        if isinstance(subset, str):
            subset = [subset]
        def fits(t):
            n = t.typeName()
            if isinstance(value, bool):
                return n == "boolean"
            if isinstance(value, (int, float)):
                return n in ("long", "integer", "double", "float", "short", "byte") or n.startswith("decimal")
            return n == "string"
        items = []
        for f in self.schema.fields:
            q = _column._quote(f.name)
            v = value.get(f.name) if isinstance(value, dict) else value
            use = (f.name in value) if isinstance(value, dict) else ((subset is None or f.name in subset) and fits(f.dataType))
            if use and v is not None:
                items.append("coalesce(%s, CAST(%s AS %s)) AS %s" % (q, _column._lit_sql(v), f.dataType.simpleString(), q))
            else:
                items.append(q)
        return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))

    def dropna(self, how="any", thresh=None, subset=None):
        if isinstance(subset, str):
            subset = [subset]
        names = subset or self.columns
        # Spark's DropNa counts NaN as missing in float and double columns.
        floats = set(f.name for f in self.schema.fields if f.dataType.typeName() in ("double", "float"))
        nn = ["(CASE WHEN %s IS NULL%s THEN 0 ELSE 1 END)" % (_column._quote(n), (" OR isnan(%s)" % _column._quote(n)) if n in floats else "") for n in names]
        if thresh is None:
            thresh = len(names) if how == "any" else 1
        return self._derive("SELECT * FROM %s WHERE %s >= %d" % (self._from(), " + ".join(nn), thresh))

    @property
    def na(self):
        return DataFrameNaFunctions(self)

    def toDF(self, *cols):
        items = ["%s AS %s" % (self._positional(i), _column._quote(n)) for i, n in enumerate(cols[:len(self.columns)])]
        return self._derive("SELECT %s FROM %s" % (", ".join(items), self._from()))

    def drop(self, *cols):
        names = [c for c in cols if isinstance(c, str)]
        keep = [_column._quote(n) for n in self.columns if n not in names]
        return self._derive("SELECT %s FROM %s" % (", ".join(keep), self._from()))

    def orderBy(self, *cols, **kwargs):
        cs = [_column._to_col(c) for c in _cols(cols)]
        ascending = kwargs.get("ascending", True)
        if isinstance(ascending, (bool, int)):
            ascending = [ascending] * len(cs)
        keys = []
        for c, a in zip(cs, ascending):
            if c._sort is None and not a:
                c = c.desc()
            keys.append(c._order_sql())
        return self._over_projection("ORDER BY %s" % ", ".join(keys))
    sort = orderBy

    def limit(self, num):
        return self._derive("SELECT * FROM %s LIMIT %d" % (self._from(), num))

    def distinct(self):
        return self._derive("SELECT DISTINCT * FROM %s" % self._from())

    def dropDuplicates(self, subset=None):
        if subset is None:
            return self.distinct()
        raise NotImplementedError("dropDuplicates(subset) is not supported yet")
    drop_duplicates = dropDuplicates

    def union(self, other):
        return self._derive("SELECT * FROM %s UNION ALL SELECT * FROM %s" % (self._from(), other._from()))
    unionAll = union

    def unionByName(self, other, allowMissingColumns=False):
        if not allowMissingColumns:
            return self.union(other.select(*self.columns))
        # Columns missing on one side are nulls of the other side's type; the other side's extra columns come last.
        mine = dict((f.name.lower(), f) for f in self.schema.fields)
        theirs = dict((f.name.lower(), f) for f in other.schema.fields)
        names = list(self.columns) + [c for c in other.columns if c.lower() not in mine]
        def side(fields, df):
            cols = []
            for n in names:
                if n.lower() in fields:
                    cols.append(_column.Column(_column._quote(fields[n.lower()].name), n))
                else:
                    t = (mine.get(n.lower()) or theirs.get(n.lower())).dataType
                    cols.append(_column.Column("CAST(NULL AS %s)" % t.simpleString(), n))
            return df.select(*cols)
        return side(mine, self).union(side(theirs, other))

    def sameSemantics(self, other):
        if not isinstance(other, DataFrame):
            raise TypeError("[NOT_DATAFRAME] Argument ` + "`other`" + String.raw` should be a DataFrame, got %s." % type(other).__name__)
        import pyspark.sql._native_udf as _nu
        return _nu.same_semantics(self._sess(), self._sql, other._sql)

    def __dir__(self):
        attrs = set(dir(DataFrame))
        attrs.update(self.__dict__.keys())
        attrs.update(c for c in self.columns if c.isidentifier())
        return sorted(attrs)

    def _ipython_key_completions_(self):
        return self.columns

    def observe(self, observation, *exprs):
        if not exprs:
            raise ValueError("[CANNOT_BE_EMPTY] At least one Column must be specified for observe.")
        if isinstance(observation, str):
            # A named metric of a streaming query: it travels with the plan for the stream's progress events.
            df = self._derive(self._sql)
            df._observed_metrics = (observation, list(exprs))
            return df
        if not isinstance(observation, Observation):
            raise TypeError("[NOT_LIST_OF_STR] Argument ` + "`observation`" + String.raw` should be an Observation or str, got %s." % type(observation).__name__)
        return observation._on(self, list(exprs))


    def intersect(self, other):
        return self._derive("SELECT * FROM %s INTERSECT SELECT * FROM %s" % (self._from(), other._from()))

    def subtract(self, other):
        return self._derive("SELECT * FROM %s EXCEPT SELECT * FROM %s" % (self._from(), other._from()))

    def join(self, other, on=None, how=None):
        kind = _JOIN_TYPES.get((how or "inner").lower())
        if kind is None:
            raise ValueError("Unsupported join type '%s'." % how)
        base = "SELECT * FROM %s %s JOIN %s" % (self._from(), kind, other._from())
        if on is None:
            return self._derive(base if kind != "INNER" else base.replace(" INNER JOIN ", " CROSS JOIN "))
        if isinstance(on, str):
            on = [on]
        if isinstance(on, (list, tuple)) and all(isinstance(o, str) for o in on):
            return self._derive("%s USING (%s)" % (base, ", ".join(_column._quote(o) for o in on)))
        conds = on if isinstance(on, (list, tuple)) else [on]
        return self._derive("%s ON %s" % (base, " AND ".join(c._sql for c in conds)))

    def crossJoin(self, other):
        return self._derive("SELECT * FROM %s CROSS JOIN %s" % (self._from(), other._from()))

    def groupBy(self, *cols):
        return GroupedData(self, [_column._to_col(c) for c in _cols(cols)])
    groupby = groupBy

    def agg(self, *exprs):
        return self.groupBy().agg(*exprs)

    def describe(self, *cols):
        names = _cols(cols) or [f.name for f in self.schema.fields if f.dataType.typeName() in ("long", "integer", "double", "float", "short", "byte", "string") or f.dataType.typeName().startswith("decimal")]
        q = lambda n: _column._quote(n)
        stats = [("count", "CAST(count(%s) AS STRING)"), ("mean", "CAST(avg(%s) AS STRING)"), ("stddev", "CAST(stddev_samp(%s) AS STRING)"),
                 ("min", "CAST(min(%s) AS STRING)"), ("max", "CAST(max(%s) AS STRING)")]
        parts = []
        for label, f in stats:
            items = ["'%s' AS summary" % label] + ["%s AS %s" % ((f % q(n)) if not (label in ("mean", "stddev") and dict((x.name, x.dataType.typeName()) for x in self.schema.fields)[n] == "string") else "CAST(NULL AS STRING)", q(n)) for n in names]
            parts.append("SELECT %s FROM %s" % (", ".join(items), self._from()))
        return self._derive(" UNION ALL ".join(parts))

    @property
    def rdd(self):
        sc = self.sparkSession.sparkContext
        parts = _native.partitions(self._sess(), self._sql)
        if len(parts) == 1:
            return sc.parallelize(parts[0], 1)
        # One list per partition, flattened in place: each partition keeps Spark's rows.
        return sc.parallelize(parts, len(parts)).flatMap(lambda p: p)

    def toPandas(self):
        raise NotImplementedError("toPandas() needs pandas, which PyFlint does not have")

    def cache(self):
        return self
    persist = cache

    def unpersist(self, blocking=False):
        return self

    @property
    def write(self):
        raise NotImplementedError("DataFrame.write is not supported yet")

class DataFrameNaFunctions:
    def __init__(self, df):
        self.df = df
    def fill(self, value, subset=None):
        return self.df.fillna(value, subset)
    def drop(self, how="any", thresh=None, subset=None):
        return self.df.dropna(how, thresh, subset)

class GroupedData:
    def __init__(self, df, keys):
        self._df = df
        self._keys = keys

    def _run(self, aggs):
        keys = [k._select_sql() for k in self._keys]
        items = ", ".join(keys + aggs)
        group = (" GROUP BY %s" % ", ".join(k._sql for k in self._keys)) if self._keys else ""
        return self._df._derive("SELECT %s FROM %s%s" % (items, self._df._from(), group))

    def agg(self, *exprs):
        if len(exprs) == 1 and isinstance(exprs[0], dict):
            return self._run(["%s(%s)" % ("avg" if f == "mean" else f, _column._quote(c) if c != "*" else "1") for c, f in exprs[0].items()])
        return self._run([e._select_sql() for e in exprs])

    def count(self):
        return self._run(["count(1) AS count"])

    def _numeric(self, fn, cols):
        if not cols:
            cols = [f.name for f in self._df.schema.fields if f.dataType.typeName() in ("long", "integer", "double", "float", "short", "byte") or f.dataType.typeName().startswith("decimal")]
        return self._run(["%s(%s)" % (fn, _column._quote(c)) for c in cols])

    def sum(self, *cols):
        return self._numeric("sum", cols)
    def avg(self, *cols):
        return self._numeric("avg", cols)
    mean = avg
    def min(self, *cols):
        return self._numeric("min", cols)
    def max(self, *cols):
        return self._numeric("max", cols)

_ACTIONS = ("collect", "count", "show", "take", "head", "first", "toLocalIterator", "foreach", "foreachPartition", "toPandas")

class Observation:
    """Metrics of a DataFrame, filled in when an action runs on the observed DataFrame."""
    def __init__(self, name=None):
        if name is not None and (not isinstance(name, str) or name == ""):
            raise ValueError("[VALUE_NOT_NON_EMPTY_STR] Value for ` + "`name`" + String.raw` must be a non-empty string, got '%s'." % name)
        self._name = name
        self._df = None
        self._exprs = None
        self._result = None
        self._done = False

    def _on(self, df, exprs):
        if self._df is not None:
            raise RuntimeError("[REUSE_OBSERVATION] An Observation can be used with a DataFrame only once.")
        self._df = df
        self._exprs = exprs
        observed = df._derive(df._sql)
        obs = self
        for name in _ACTIONS:
            action = getattr(DataFrame, name, None)
            if action is None:
                continue
            def run(*args, _action=action, **kwargs):
                result = _action(observed, *args, **kwargs)
                obs._done = True
                return result
            setattr(observed, name, run)
        return observed

    @property
    def get(self):
        if self._df is None or not self._done:
            raise RuntimeError("[NO_OBSERVE_BEFORE_GET] An Observation has to be observed and an action run on the observed DataFrame before get.")
        if self._result is None:
            # The metrics are aggregates over the rows the action read: the observed DataFrame's rows.
            self._result = self._df.select(*self._exprs).collect()[0].asDict()
        return self._result
`;
