/**
 * `pyspark.ml.feature` (Python source, follows feature2-source.ts's statistics helpers):
 * Imputer / ImputerModel, SQLTransformer, Interaction, FeatureHasher, VectorIndexer /
 * VectorIndexerModel and QuantileDiscretizer.
 */
export const FEATURE2_TRANSFORMERS = String.raw`
# ---------------------------------------------------------------- Imputer

class _ImputerParams(HasInputCol, HasInputCols, HasOutputCol, HasOutputCols, HasRelativeError):
    strategy = _p("strategy", "strategy for imputation. If mean, then replace missing values using the mean value of the feature. If median, then replace missing values using the median value of the feature. If mode, then replace missing using the most frequent value of the feature.", "toString")
    missingValue = _p("missingValue", "The placeholder for the missing values. All occurrences of missingValue will be imputed.", "toFloat")
    def __init__(self, *args):
        super(_ImputerParams, self).__init__(*args)
        self._setDefault(strategy="mean", missingValue=float("nan"), relativeError=0.001)

def _is_missing(v, missing):
    if v is None:
        return True
    if missing != missing:
        return v != v
    return v == missing

class Imputer(_FE, _ImputerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Imputer, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pairs = self._pairs()
        ins = [i for (i, o) in pairs]
        rows = dataset.select(*ins).collect()
        missing = self.getOrDefault("missingValue")
        strategy = self.getOrDefault("strategy")
        surrogates = []
        for k in range(len(ins)):
            vals = [float(r[k]) for r in rows if not _is_missing(r[k], missing) and not _is_nan(float(r[k]))]
            if not vals:
                raise ValueError("surrogate cannot be computed. All the values in %s are Null, Nan or missingValue(%s)" % (ins[k], missing))
            if strategy == "mean":
                surrogates.append(sum(vals) / len(vals))
            elif strategy == "median":
                surrogates.append(_quantile(sorted(vals), 0.5))
            elif strategy == "mode":
                counts = {}
                for v in vals:
                    counts[v] = counts.get(v, 0) + 1
                best = max(counts.values())
                surrogates.append(min(v for v in counts if counts[v] == best))
            else:
                raise ValueError("Unsupported strategy: %s" % strategy)
        return self._new_model(ImputerModel(ins, surrogates))

class ImputerModel(_FM, _ImputerParams):
    def __init__(self, cols=None, surrogates=None):
        super(ImputerModel, self).__init__()
        self._cols = cols or []
        self._surrogates = surrogates or []
    @property
    def surrogateDF(self):
        from pyspark.sql import SparkSession
        fields = [StructField(c, DoubleType(), True) for c in self._cols]
        return SparkSession.getActiveSession().createDataFrame([tuple(self._surrogates)], StructType(fields))
    def _model_data(self):
        return {"cols": self._cols, "surrogates": self._surrogates}
    def _set_model_data(self, d):
        self._cols = d["cols"]
        self._surrogates = d["surrogates"]
    def _transform(self, dataset):
        pairs = self._pairs()
        missing = self.getOrDefault("missingValue")
        sur = dict(zip(self._cols, self._surrogates))
        types = dict((f.name, f.dataType) for f in dataset.schema.fields)
        def fn(*vals):
            out = []
            for (k, v) in enumerate(vals):
                s = sur[pairs[k][0]]
                out.append(s if _is_missing(v, missing) else float(v))
            return tuple(out)
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, types[i] if types[i].typeName() in ("double", "float") else DoubleType()) for (i, o) in pairs], fn)

# ---------------------------------------------------------------- SQLTransformer, Interaction, FeatureHasher

_sql_view_counter = [0]

class SQLTransformer(_FT):
    statement = _p("statement", "SQL statement", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(SQLTransformer, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        _sql_view_counter[0] += 1
        name = "SQLTransformer_flint_%d" % _sql_view_counter[0]
        dataset.createOrReplaceTempView(name)
        return dataset.sparkSession.sql(self.getOrDefault("statement").replace("__THIS__", name))

class Interaction(_FT, HasInputCols, HasOutputCol):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Interaction, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        cols = self.getInputCols()
        def fn(*vals):
            acc = [1.0]
            for v in vals:
                if v is None:
                    return (None,)
                xs = list(v.toArray()) if isinstance(v, Vector) else [float(v)]
                acc = [a * x for a in acc for x in xs]
            return (_compressed(acc),)
        return _with_columns(dataset, cols, [(self.getOutputCol(), VectorUDT())], fn)

class FeatureHasher(_FT, HasInputCols, HasOutputCol, HasNumFeatures):
    categoricalCols = _p("categoricalCols", "numeric columns to treat as categorical", "toListString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(FeatureHasher, self).__init__()
        self._setDefault(numFeatures=1 << 18)
        self._kw(kwargs)
    def _transform(self, dataset):
        cols = self.getInputCols()
        nf = self.getOrDefault("numFeatures")
        cats = set(self.getOrDefault("categoricalCols")) if self.isDefined("categoricalCols") else set()
        types = dict((f.name, f.dataType.typeName()) for f in dataset.schema.fields)
        numeric = [types[c] in ("double", "float", "long", "integer", "short", "byte", "decimal") and c not in cats for c in cols]
        def fn(*vals):
            acc = {}
            for (k, v) in enumerate(vals):
                if v is None:
                    continue
                if numeric[k]:
                    i = _native.term_index(cols[k], nf)
                    acc[i] = acc.get(i, 0.0) + float(v)
                else:
                    s = ("true" if v else "false") if isinstance(v, bool) else (_native.double_str(v) if isinstance(v, float) else str(v))
                    i = _native.term_index(cols[k] + "=" + s, nf)
                    acc[i] = acc.get(i, 0.0) + 1.0
            idx = sorted(acc)
            return (SparseVector(nf, idx, [acc[i] for i in idx]),)
        return _with_columns(dataset, cols, [(self.getOutputCol(), VectorUDT())], fn)

# ---------------------------------------------------------------- VectorIndexer

class _VectorIndexerParams(HasInputCol, HasOutputCol, HasHandleInvalid):
    maxCategories = _p("maxCategories", "Threshold for the number of values a categorical feature can take (>= 2). If a feature is found to have > maxCategories values, then it is declared continuous.", "toInt")
    handleInvalid = _p("handleInvalid", "How to handle invalid data (unseen labels or NULL values). Options are 'skip' (filter out rows with invalid data), 'error' (throw an error), or 'keep' (put invalid data in a special additional bucket, at index of the number of categories of the feature).", "toString")
    def __init__(self, *args):
        super(_VectorIndexerParams, self).__init__(*args)
        self._setDefault(maxCategories=20, handleInvalid="error")

class VectorIndexer(_FE, _VectorIndexerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorIndexer, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getInputCol())
        d = len(xs[0]) if xs else 0
        mc = self.getOrDefault("maxCategories")
        maps = {}
        for j in range(d):
            vals = sorted(set(x[j] for x in xs))
            if len(vals) <= mc:
                m = {}
                if 0.0 in vals:
                    m[0.0] = 0
                for v in vals:
                    if v != 0.0:
                        m[v] = len(m)
                maps[j] = m
        return self._new_model(VectorIndexerModel(d, maps))

class VectorIndexerModel(_FM, _VectorIndexerParams):
    def __init__(self, numFeatures=0, categoryMaps=None):
        super(VectorIndexerModel, self).__init__()
        self.numFeatures = numFeatures
        self.categoryMaps = categoryMaps or {}
    def _model_data(self):
        return {"numFeatures": self.numFeatures, "categoryMaps": [[j, [[v, i] for (v, i) in m.items()]] for (j, m) in self.categoryMaps.items()]}
    def _set_model_data(self, d):
        self.numFeatures = d["numFeatures"]
        self.categoryMaps = dict((j, dict((v, i) for (v, i) in m)) for (j, m) in d["categoryMaps"])
    def _transform(self, dataset):
        mode = self.getOrDefault("handleInvalid")
        maps = self.categoryMaps
        def index(v):
            x = list(v.toArray())
            for (j, m) in maps.items():
                if x[j] in m:
                    x[j] = float(m[x[j]])
                elif mode == "keep":
                    x[j] = float(len(m))
                elif mode == "error":
                    raise ValueError("VectorIndexer encountered invalid value %s on feature index %d. To handle or skip invalid value, try setting VectorIndexer.handleInvalid." % (x[j], j))
                else:
                    return None
            return x
        def keep(v):
            return v is not None and (mode != "skip" or index(v) is not None)
        def fn(v):
            if v is None:
                return (None,)
            x = index(v)
            if isinstance(v, SparseVector):
                idx = [i for i in range(len(x)) if x[i] != 0]
                return (SparseVector(len(x), idx, [x[i] for i in idx]),)
            return (DenseVector(x),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn, keep if mode == "skip" else None)

# ---------------------------------------------------------------- QuantileDiscretizer

class QuantileDiscretizer(_FE, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols, HasHandleInvalid, HasRelativeError):
    numBuckets = _p("numBuckets", "Maximum number of buckets (quantiles, or categories) into which data points are grouped. Must be >= 2.", "toInt")
    handleInvalid = _p("handleInvalid", "how to handle invalid entries. Options are skip (filter out rows with invalid values), error (throw an error), or keep (keep invalid values in a special additional bucket). Note that in the multiple columns case, the invalid handling is applied to all columns. That said for 'error' it will throw an error if any invalids are found in any columns, for 'skip' it will skip rows with any invalids in any columns, etc.", "toString")
    numBucketsArray = _p("numBucketsArray", "Array of number of buckets (quantiles, or categories) into which data points are grouped. This is for multiple columns input. If transforming multiple columns and numBucketsArray is not set, but numBuckets is set, then numBuckets will be applied across all columns.", "toListInt")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(QuantileDiscretizer, self).__init__()
        self._setDefault(numBuckets=2, relativeError=0.001, handleInvalid="error")
        self._kw(kwargs)
    def _fit(self, dataset):
        pairs = self._pairs()
        multi = self.isSet("inputCols")
        nbs = self.getOrDefault("numBucketsArray") if multi and self.isSet("numBucketsArray") else [self.getOrDefault("numBuckets")] * len(pairs)
        rows = dataset.select(*[i for (i, o) in pairs]).collect()
        splitsArray = []
        for k in range(len(pairs)):
            vals = sorted(float(r[k]) for r in rows if r[k] is not None and not _is_nan(float(r[k])))
            qs = [_quantile(vals, float(b) / nbs[k]) for b in range(1, nbs[k])]
            splits = [float("-inf")]
            for q in qs:
                if q != splits[-1]:
                    splits.append(q)
            splits.append(float("inf"))
            splitsArray.append(splits)
        b = Bucketizer(handleInvalid=self.getOrDefault("handleInvalid"))
        if multi:
            b._set(splitsArray=splitsArray, inputCols=[i for (i, o) in pairs], outputCols=[o for (i, o) in pairs])
        else:
            b._set(splits=splitsArray[0], inputCol=pairs[0][0], outputCol=pairs[0][1])
        b._resetUid(self.uid)
        return b
`;
