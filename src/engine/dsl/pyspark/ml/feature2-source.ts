/**
 * `pyspark.ml.feature` (Python source), part 2: Imputer, SQLTransformer, Interaction,
 * FeatureHasher, VectorIndexer, QuantileDiscretizer, PCA and the feature selectors
 * (ChiSq, Univariate with chi2 / ANOVA / F-regression tests, VarianceThreshold).
 * Runs after part 1 in the same module namespace.
 */
export const FEATURE2 = String.raw`
# ---------------------------------------------------------------- statistics helpers

_LANCZOS = (0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7)

def _gammaln(x):
    """log Gamma(x) for x > 0 (Lanczos, g=7)."""
    if x < 0.5:
        return _math.log(_math.pi / abs(_math.sin(_math.pi * x))) - _gammaln(1 - x)
    x -= 1
    a = _LANCZOS[0]
    t = x + 7.5
    for i in range(1, 9):
        a += _LANCZOS[i] / (x + i)
    return 0.5 * _math.log(2 * _math.pi) + (x + 0.5) * _math.log(t) - t + _math.log(a)

def _gammp(a, x):
    """Regularized lower incomplete gamma P(a, x)."""
    if x <= 0:
        return 0.0
    if x < a + 1:
        ap = a
        s = 1.0 / a
        d = s
        for _ in range(1000):
            ap += 1
            d *= x / ap
            s += d
            if abs(d) < abs(s) * 1e-16:
                break
        return s * _math.exp(-x + a * _math.log(x) - _gammaln(a))
    b = x + 1 - a
    c = 1.0 / 1e-300
    d = 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        if abs(d) < 1e-300:
            d = 1e-300
        c = b + an / c
        if abs(c) < 1e-300:
            c = 1e-300
        d = 1.0 / d
        dl = d * c
        h *= dl
        if abs(dl - 1) < 1e-16:
            break
    return 1.0 - _math.exp(-x + a * _math.log(x) - _gammaln(a)) * h

def _chi2_sf(stat, dof):
    return 1.0 - _gammp(dof / 2.0, stat / 2.0)

def _betacf(a, b, x):
    qab = a + b
    qap = a + 1
    qam = a - 1
    c = 1.0
    d = 1 - qab * x / qap
    if abs(d) < 1e-300:
        d = 1e-300
    d = 1.0 / d
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1e-300 if abs(d) < 1e-300 else d
        c = 1 + aa / c
        c = 1e-300 if abs(c) < 1e-300 else c
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1e-300 if abs(d) < 1e-300 else d
        c = 1 + aa / c
        c = 1e-300 if abs(c) < 1e-300 else c
        d = 1.0 / d
        dl = d * c
        h *= dl
        if abs(dl - 1) < 1e-16:
            break
    return h

def _betai(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    bt = _math.exp(_gammaln(a + b) - _gammaln(a) - _gammaln(b) + a * _math.log(x) + b * _math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return bt * _betacf(a, b, x) / a
    return 1.0 - bt * _betacf(b, a, 1 - x) / b

def _f_sf(f, d1, d2):
    if f <= 0 or f != f:
        return 1.0 if f <= 0 else float("nan")
    return _betai(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f))

def _chi2_test(xs, ys):
    """Pearson's independence test of a categorical feature against a categorical label: (pValue, stat, dof)."""
    table = {}
    fcount = {}
    lcount = {}
    for (x, y) in zip(xs, ys):
        table[(x, y)] = table.get((x, y), 0) + 1
        fcount[x] = fcount.get(x, 0) + 1
        lcount[y] = lcount.get(y, 0) + 1
    n = float(len(xs))
    stat = 0.0
    for x in fcount:
        for y in lcount:
            e = fcount[x] * lcount[y] / n
            o = table.get((x, y), 0)
            stat += (o - e) * (o - e) / e
    dof = (len(fcount) - 1) * (len(lcount) - 1)
    return (_chi2_sf(stat, dof) if dof > 0 else 1.0, stat, dof)

def _anova_test(xs, ys):
    groups = {}
    for (x, y) in zip(xs, ys):
        groups.setdefault(y, []).append(x)
    n = len(xs)
    k = len(groups)
    mean = sum(xs) / n
    ssb = sum(len(g) * (sum(g) / len(g) - mean) ** 2 for g in groups.values())
    ssw = sum(sum((v - sum(g) / len(g)) ** 2 for v in g) for g in groups.values())
    dfb = k - 1
    dfw = n - k
    f = (ssb / dfb) / (ssw / dfw) if dfb > 0 and dfw > 0 and ssw > 0 else float("inf")
    return (_f_sf(f, dfb, dfw), f, dfb)

def _fregression_test(xs, ys):
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxy = sum((x - mx) * (y - my) for (x, y) in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    r = sxy / _math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0
    dof = n - 2
    f = r * r / (1 - r * r) * dof if r * r < 1 else float("inf")
    return (_f_sf(f, 1, dof), f, dof)

def _sym_eigen(a, d):
    """Eigen-decomposition of a symmetric d x d matrix (Jacobi rotations): (values, vectors as columns)."""
    a = [row[:] for row in a]
    v = [[1.0 if i == j else 0.0 for j in range(d)] for i in range(d)]
    for sweep in range(100):
        off = sum(a[i][j] * a[i][j] for i in range(d) for j in range(d) if i != j)
        if off < 1e-30:
            break
        for p in range(d):
            for q in range(p + 1, d):
                if abs(a[p][q]) < 1e-300:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = (1.0 if theta >= 0 else -1.0) / (abs(theta) + _math.sqrt(theta * theta + 1))
                c = 1 / _math.sqrt(t * t + 1)
                s = t * c
                for k in range(d):
                    akp = a[k][p]
                    akq = a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                for k in range(d):
                    apk = a[p][k]
                    aqk = a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
                for k in range(d):
                    vkp = v[k][p]
                    vkq = v[k][q]
                    v[k][p] = c * vkp - s * vkq
                    v[k][q] = s * vkp + c * vkq
    return [a[i][i] for i in range(d)], v

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

# ---------------------------------------------------------------- PCA

class _PCAParams(HasInputCol, HasOutputCol):
    k = _p("k", "the number of principal components", "toInt")

class PCA(_FE, _PCAParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(PCA, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getInputCol())
        n = len(xs)
        d = len(xs[0]) if xs else 0
        k = self.getOrDefault("k")
        if k > d:
            raise ValueError("requirement failed: source vector size %d must be no less than k=%d" % (d, k))
        mean = [sum(x[j] for x in xs) / n for j in range(d)]
        cov = [[0.0] * d for _ in range(d)]
        for x in xs:
            c = [x[j] - mean[j] for j in range(d)]
            for i in range(d):
                ci = c[i]
                row = cov[i]
                for j in range(d):
                    row[j] += ci * c[j]
        cov = [[v / (n - 1) for v in row] for row in cov]
        vals, vecs = _sym_eigen(cov, d)
        order = sorted(range(d), key=lambda i: -vals[i])
        total = sum(max(v, 0.0) for v in vals)
        pcs = []
        for i in order[:k]:
            col = [vecs[r][i] for r in range(d)]
            # LAPACK's SVD (which Spark calls) returns these columns with a negative leading entry here.
            lead = next((x for x in col if abs(x) > 1e-12), 0.0)
            if lead > 0:
                col = [-x for x in col]
            pcs.append(col)
        ev = [max(vals[i], 0.0) / total for i in order[:k]]
        return self._new_model(PCAModel(DenseMatrix(d, k, [x for col in pcs for x in col]), DenseVector(ev)))

class PCAModel(_FM, _PCAParams):
    def __init__(self, pc=None, explainedVariance=None):
        super(PCAModel, self).__init__()
        self.pc = pc
        self.explainedVariance = explainedVariance
    def _model_data(self):
        return {"pc": self.pc, "explainedVariance": self.explainedVariance}
    def _set_model_data(self, d):
        self.pc = d["pc"]
        self.explainedVariance = d["explainedVariance"]
    def _transform(self, dataset):
        pc = self.pc
        d = pc.numRows
        k = pc.numCols
        cols = [[pc[r, c] for r in range(d)] for c in range(k)]
        def fn(v):
            if v is None:
                return (None,)
            x = v.toArray()
            return (DenseVector([sum(x[r] * col[r] for r in range(d)) for col in cols]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

# ---------------------------------------------------------------- selectors

class _SelectorModelBase(_FM):
    def __init__(self, selectedFeatures=None):
        super(_SelectorModelBase, self).__init__()
        self.selectedFeatures = selectedFeatures or []
    def _model_data(self):
        return {"selectedFeatures": self.selectedFeatures}
    def _set_model_data(self, d):
        self.selectedFeatures = d["selectedFeatures"]
    def _transform(self, dataset):
        sel = sorted(self.selectedFeatures)
        def fn(v):
            if v is None:
                return (None,)
            if isinstance(v, SparseVector):
                pos = dict(zip(v.indices, v.values))
                ii = [k for (k, i) in enumerate(sel) if i in pos]
                return (SparseVector(len(sel), ii, [pos[sel[k]] for k in ii]),)
            a = v.toArray()
            return (DenseVector([a[i] for i in sel]),)
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _select_by_tests(results, mode, threshold, numFeatures):
    """results: [(pValue, stat)] per feature -> selected indices (Spark's selection modes)."""
    idx = list(range(len(results)))
    if mode == "numTopFeatures":
        return sorted(sorted(idx, key=lambda i: results[i][0])[:int(threshold)])
    if mode == "percentile":
        n = int(numFeatures * threshold)
        return sorted(sorted(idx, key=lambda i: results[i][0])[:n])
    if mode == "fpr":
        return [i for i in idx if results[i][0] < threshold]
    if mode == "fdr":
        ordered = sorted(idx, key=lambda i: results[i][0])
        maxIndex = -1
        for (rank, i) in enumerate(ordered):
            if results[i][0] <= threshold * (rank + 1) / len(ordered):
                maxIndex = rank
        return sorted(ordered[:maxIndex + 1])
    if mode == "fwe":
        return [i for i in idx if results[i][0] < threshold / len(results)]
    raise ValueError("Unknown Selector Type: %s" % mode)

class _ChiSqSelectorParams(HasFeaturesCol, HasOutputCol, HasLabelCol):
    selectorType = _p("selectorType", "The selector type. Supported options: numTopFeatures (default), percentile, fpr, fdr, fwe.", "toString")
    numTopFeatures = _p("numTopFeatures", "Number of features that selector will select, ordered by ascending p-value. If the number of features is < numTopFeatures, then this will select all features.", "toInt")
    percentile = _p("percentile", "Percentile of features that selector will select, ordered by ascending p-value.", "toFloat")
    fpr = _p("fpr", "The highest p-value for features to be kept.", "toFloat")
    fdr = _p("fdr", "The upper bound of the expected false discovery rate.", "toFloat")
    fwe = _p("fwe", "The upper bound of the expected family-wise error rate.", "toFloat")
    def __init__(self, *args):
        super(_ChiSqSelectorParams, self).__init__(*args)
        self._setDefault(numTopFeatures=50, selectorType="numTopFeatures", percentile=0.1, fpr=0.05, fdr=0.05, fwe=0.05)

def _features_labels(dataset, featuresCol, labelCol):
    from pyspark.sql.functions import col
    rows = dataset.select(col(featuresCol), col(labelCol).cast("double")).collect()
    return [list(r[0].toArray()) for r in rows], [r[1] for r in rows]

class ChiSqSelector(_FE, _ChiSqSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(ChiSqSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs, ys = _features_labels(dataset, self.getFeaturesCol(), self.getLabelCol())
        d = len(xs[0]) if xs else 0
        results = [_chi2_test([x[j] for x in xs], ys) for j in range(d)]
        mode = self.getOrDefault("selectorType")
        th = {"numTopFeatures": self.getOrDefault("numTopFeatures"), "percentile": self.getOrDefault("percentile"),
              "fpr": self.getOrDefault("fpr"), "fdr": self.getOrDefault("fdr"), "fwe": self.getOrDefault("fwe")}[mode]
        return self._new_model(ChiSqSelectorModel(_select_by_tests(results, mode, th, d)))

class ChiSqSelectorModel(_SelectorModelBase, _ChiSqSelectorParams):
    pass

class _UnivariateFeatureSelectorParams(HasFeaturesCol, HasOutputCol, HasLabelCol):
    featureType = _p("featureType", "The feature type. Supported options: categorical, continuous.", "toString")
    labelType = _p("labelType", "The label type. Supported options: categorical, continuous.", "toString")
    selectionMode = _p("selectionMode", "The selection mode. Supported options: numTopFeatures (default), percentile, fpr, fdr, fwe.", "toString")
    selectionThreshold = _p("selectionThreshold", "The upper bound of the features that selector will select.", "toFloat")
    def __init__(self, *args):
        super(_UnivariateFeatureSelectorParams, self).__init__(*args)
        self._setDefault(selectionMode="numTopFeatures")

class UnivariateFeatureSelector(_FE, _UnivariateFeatureSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(UnivariateFeatureSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs, ys = _features_labels(dataset, self.getFeaturesCol(), self.getLabelCol())
        d = len(xs[0]) if xs else 0
        ft = self.getOrDefault("featureType")
        lt = self.getOrDefault("labelType")
        if ft == "categorical" and lt == "categorical":
            test = _chi2_test
        elif ft == "continuous" and lt == "categorical":
            test = _anova_test
        elif ft == "continuous" and lt == "continuous":
            test = _fregression_test
        else:
            raise ValueError("Unsupported combination: featureType=%s, labelType=%s" % (ft, lt))
        results = [test([x[j] for x in xs], ys) for j in range(d)]
        mode = self.getOrDefault("selectionMode")
        defaults = {"numTopFeatures": 50, "percentile": 0.1, "fpr": 0.05, "fdr": 0.05, "fwe": 0.05}
        th = self.getOrDefault("selectionThreshold") if self.isDefined("selectionThreshold") else defaults[mode]
        return self._new_model(UnivariateFeatureSelectorModel(_select_by_tests(results, mode, th, d)))

class UnivariateFeatureSelectorModel(_SelectorModelBase, _UnivariateFeatureSelectorParams):
    pass

class _VarianceThresholdSelectorParams(HasFeaturesCol, HasOutputCol):
    varianceThreshold = _p("varianceThreshold", "Param for variance threshold. Features with a variance not greater than this threshold will be removed. The default value is 0.0.", "toFloat")
    def __init__(self, *args):
        super(_VarianceThresholdSelectorParams, self).__init__(*args)
        self._setDefault(varianceThreshold=0.0)

class VarianceThresholdSelector(_FE, _VarianceThresholdSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VarianceThresholdSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getFeaturesCol())
        n = len(xs)
        d = len(xs[0]) if xs else 0
        th = self.getOrDefault("varianceThreshold")
        sel = []
        for j in range(d):
            m = sum(x[j] for x in xs) / n
            var = sum((x[j] - m) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
            if var > th:
                sel.append(j)
        return self._new_model(VarianceThresholdSelectorModel(sel))

class VarianceThresholdSelectorModel(_SelectorModelBase, _VarianceThresholdSelectorParams):
    pass

_register(Imputer, ImputerModel, SQLTransformer, Interaction, FeatureHasher, VectorIndexer, VectorIndexerModel,
          QuantileDiscretizer, PCA, PCAModel, ChiSqSelector, ChiSqSelectorModel, UnivariateFeatureSelector,
          UnivariateFeatureSelectorModel, VarianceThresholdSelector, VarianceThresholdSelectorModel)
`;
