/**
 * `pyspark.ml.feature` (Python source, follows feature-source.ts's plumbing): Binarizer,
 * Bucketizer, VectorAssembler, StringIndexer / StringIndexerModel / IndexToString and
 * OneHotEncoder / OneHotEncoderModel: the transformers that bin, index, encode or assemble columns.
 */
export const FEATURE_ENCODERS = String.raw`
# ---------------------------------------------------------------- Binarizer

class Binarizer(_FT, HasThreshold, HasThresholds, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols):
    threshold = _p("threshold", "Param for threshold used to binarize continuous features. The features greater than the threshold will be binarized to 1.0. The features equal to or less than the threshold will be binarized to 0.0", "toFloat")
    thresholds = _p("thresholds", "Param for array of threshold used to binarize continuous features. This is for multiple columns input. If transforming multiple columns and thresholds is not set, but threshold is set, then threshold will be applied across all columns.", "toListFloat")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Binarizer, self).__init__()
        self._setDefault(threshold=0.0)
        self._kw(kwargs)
    def _transform(self, dataset):
        pairs = self._pairs()
        multi = self.isSet("inputCols")
        ths = self.getOrDefault("thresholds") if multi and self.isSet("thresholds") else [self.getOrDefault("threshold")] * len(pairs)
        types = dict((f.name, f.dataType) for f in dataset.schema.fields)
        outs = []
        for (i, o) in pairs:
            outs.append((o, VectorUDT() if isinstance(types[i], VectorUDT) else DoubleType()))
        def fn(*vals):
            res = []
            for (k, v) in enumerate(vals):
                t = ths[k]
                if v is None:
                    res.append(None)
                elif isinstance(v, Vector):
                    if isinstance(v, SparseVector):
                        idx = [i for (i, x) in zip(v.indices, v.values) if x > t]
                    else:
                        idx = [i for (i, x) in enumerate(v.toArray()) if x > t]
                    res.append(SparseVector(len(v), idx, [1.0] * len(idx)))
                else:
                    res.append(1.0 if float(v) > t else 0.0)
            return tuple(res)
        return _with_columns(dataset, [i for (i, o) in pairs], outs, fn)

# ---------------------------------------------------------------- Bucketizer

def _bucket(splits, x, keep_index):
    if x is None or _is_nan(x):
        return keep_index
    n = len(splits)
    if x == splits[-1]:
        return float(n - 2)
    lo, hi = 0, n - 1
    if x < splits[0] or x > splits[-1]:
        raise ValueError("Feature value %s out of Bucketizer bounds [%s, %s].  Check your features, or loosen the lower/upper bound constraints." % (x, splits[0], splits[-1]))
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if splits[mid] <= x:
            lo = mid
        else:
            hi = mid
    return float(lo)

class Bucketizer(_FT, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols, HasHandleInvalid):
    splits = _p("splits", "Split points for mapping continuous features into buckets. With n+1 splits, there are n buckets. A bucket defined by splits x,y holds values in the range [x,y) except the last bucket, which also includes y. The splits should be of length >= 3 and strictly increasing. Values at -inf, inf must be explicitly provided to cover all Double values; otherwise, values outside the splits specified will be treated as errors.", "toListFloat")
    handleInvalid = _p("handleInvalid", "how to handle invalid entries containing NaN values. Values outside the splits will always be treated as errors. Options are 'skip' (filter out rows with invalid values), 'error' (throw an error), or 'keep' (keep invalid values in a special additional bucket). Note that in the multiple column case, the invalid handling is applied to all columns. That said for 'error' it will throw an error if any invalids are found in any column, for 'skip' it will skip rows with any invalids in any columns, etc.", "toString")
    splitsArray = _p("splitsArray", "The array of split points for mapping continuous features into buckets for multiple columns. For each input column, with n+1 splits, there are n buckets. A bucket defined by splits x,y holds values in the range [x,y) except the last bucket, which also includes y. The splits should be of length >= 3 and strictly increasing. Values at -inf, inf must be explicitly provided to cover all Double values; otherwise, values outside the splits specified will be treated as errors.", "toListListFloat")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Bucketizer, self).__init__()
        self._setDefault(handleInvalid="error")
        self._kw(kwargs)
    def _transform(self, dataset):
        pairs = self._pairs()
        allSplits = self.getOrDefault("splitsArray") if self.isSet("inputCols") else [self.getOrDefault("splits")]
        mode = self.getOrDefault("handleInvalid")
        def bad(v):
            return v is None or _is_nan(v)
        def keep(*vals):
            if mode == "skip":
                return not any(bad(v) for v in vals)
            if mode == "error":
                for v in vals:
                    if bad(v):
                        raise ValueError("Bucketizer encountered NaN value. To handle or skip NaNs, try setting Bucketizer.handleInvalid.")
            return True
        def fn(*vals):
            return tuple(_bucket(allSplits[k], v, float(len(allSplits[k]) - 1)) for (k, v) in enumerate(vals))
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, DoubleType()) for (i, o) in pairs], fn, keep)

# ---------------------------------------------------------------- VectorAssembler

class VectorAssembler(_FT, HasInputCols, HasOutputCol, HasHandleInvalid):
    handleInvalid = _p("handleInvalid", "How to handle invalid data (NULL and NaN values). Options are 'skip' (filter out rows with invalid data), 'error' (throw an error), or 'keep' (return relevant number of NaN in the output). Column lengths are taken from the size of ML Attribute Group, which can be set using VectorSizeHint in a pipeline before VectorAssembler. Column lengths can also be inferred from first rows of the data since it is safe to do so but only in case of 'error' or 'skip'.", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorAssembler, self).__init__()
        self._setDefault(handleInvalid="error")
        self._kw(kwargs)
    def _transform(self, dataset):
        cols = self.getInputCols()
        mode = self.getOrDefault("handleInvalid")
        types = dict((f.name, f.dataType) for f in dataset.schema.fields)
        for c in cols:
            if c not in types:
                from pyspark.errors.exceptions.captured import AnalysisException
                raise AnalysisException("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name %s cannot be resolved." % ("\x60" + c + "\x60"))
            t = types[c]
            if not (isinstance(t, VectorUDT) or t.typeName() in ("double", "float", "long", "integer", "short", "byte", "boolean", "decimal")):
                raise ValueError("Data type %s of column %s is not supported." % (t.simpleString(), c))
        sizes = []
        for c in cols:
            if isinstance(types[c], VectorUDT) and mode == "keep":
                first = dataset.select(c).na.drop().head()
                sizes.append(len(first[0]) if first is not None else 0)
            else:
                sizes.append(1)
        from pyspark.sql.dataframe import DataFrame
        view = _native.assemble(dataset, cols, self.getOutputCol(), mode, sizes)
        return DataFrame("SELECT * FROM %s" % view, dataset.sparkSession)

# ---------------------------------------------------------------- StringIndexer / IndexToString

def _label_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return _native.double_str(v)
    return str(v)

class _StringIndexerParams(HasHandleInvalid, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols):
    stringOrderType = _p("stringOrderType", "How to order labels of string column. The first label after ordering is assigned an index of 0. Supported options: frequencyDesc, frequencyAsc, alphabetDesc, alphabetAsc. Default is frequencyDesc. In case of equal frequency when under frequencyDesc/Asc, the strings are further sorted alphabetically", "toString")
    handleInvalid = _p("handleInvalid", "how to handle invalid data (unseen or NULL values) in features and label column of string type. Options are 'skip' (filter out rows with invalid data), error (throw an error), or 'keep' (put invalid data in a special additional bucket, at index numLabels).", "toString")
    def __init__(self, *args):
        super(_StringIndexerParams, self).__init__(*args)
        self._setDefault(handleInvalid="error", stringOrderType="frequencyDesc")

class StringIndexer(_FE, _StringIndexerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(StringIndexer, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pairs = self._pairs()
        order = self.getOrDefault("stringOrderType")
        rows = dataset.select(*[i for (i, o) in pairs]).collect()
        labelsArray = []
        for k in range(len(pairs)):
            counts = {}
            for r in rows:
                v = r[k]
                if v is None:
                    continue
                s = _label_str(v)
                counts[s] = counts.get(s, 0) + 1
            items = list(counts.items())
            if order == "frequencyDesc":
                items.sort(key=lambda kv: (-kv[1], kv[0]))
            elif order == "frequencyAsc":
                items.sort(key=lambda kv: (kv[1], kv[0]))
            elif order == "alphabetDesc":
                items.sort(key=lambda kv: kv[0], reverse=True)
            elif order == "alphabetAsc":
                items.sort(key=lambda kv: kv[0])
            else:
                raise ValueError("Unsupported stringOrderType: %s" % order)
            labelsArray.append([kv[0] for kv in items])
        return self._new_model(StringIndexerModel(labelsArray))

class StringIndexerModel(_FM, _StringIndexerParams):
    def __init__(self, labelsArray=None):
        super(StringIndexerModel, self).__init__()
        self._labelsArray = labelsArray or []
    @classmethod
    def from_labels(cls, labels, inputCol, outputCol=None, handleInvalid=None):
        m = cls([list(labels)])
        m._set(inputCol=inputCol)
        if outputCol is not None:
            m._set(outputCol=outputCol)
        if handleInvalid is not None:
            m._set(handleInvalid=handleInvalid)
        return m
    @classmethod
    def from_arrays_of_labels(cls, arrayOfLabels, inputCols, outputCols=None, handleInvalid=None):
        m = cls([list(l) for l in arrayOfLabels])
        m._set(inputCols=inputCols)
        if outputCols is not None:
            m._set(outputCols=outputCols)
        if handleInvalid is not None:
            m._set(handleInvalid=handleInvalid)
        return m
    @property
    def labels(self):
        return list(self._labelsArray[0])
    @property
    def labelsArray(self):
        return [list(l) for l in self._labelsArray]
    def _model_data(self):
        return {"labelsArray": self._labelsArray}
    def _set_model_data(self, d):
        self._labelsArray = d["labelsArray"]
    def _transform(self, dataset):
        pairs = self._pairs()
        mode = self.getOrDefault("handleInvalid")
        maps = [dict((l, float(i)) for (i, l) in enumerate(ls)) for ls in self._labelsArray]
        def lookup(k, v):
            if v is None:
                if mode == "keep":
                    return float(len(self._labelsArray[k]))
                if mode == "error":
                    raise ValueError("StringIndexer encountered NULL value. To handle or skip NULLS, try setting StringIndexer.handleInvalid.")
                return None
            s = _label_str(v)
            if s in maps[k]:
                return maps[k][s]
            if mode == "keep":
                return float(len(self._labelsArray[k]))
            if mode == "error":
                raise ValueError("Unseen label: %s. To handle unseen labels, set Param handleInvalid to keep." % s)
            return None
        def keep(*vals):
            if mode != "skip":
                return True
            return all(v is not None and _label_str(v) in maps[k] for (k, v) in enumerate(vals))
        def fn(*vals):
            return tuple(lookup(k, v) for (k, v) in enumerate(vals))
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, DoubleType()) for (i, o) in pairs], fn, keep if mode == "skip" else None)

class IndexToString(_FT, HasInputCol, HasOutputCol):
    labels = _p("labels", "Optional array of labels specifying index-string mapping. If not provided or if empty, then metadata from inputCol is used instead.", "toListString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(IndexToString, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        labels = self.getOrDefault("labels")
        def fn(v):
            if v is None:
                return (None,)
            i = int(v)
            if i < 0 or i >= len(labels):
                raise ValueError("Unseen index: %s ??" % float(v))
            return (labels[i],)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), StringType())], fn)

# ---------------------------------------------------------------- OneHotEncoder

class _OneHotEncoderParams(HasInputCol, HasInputCols, HasOutputCol, HasOutputCols, HasHandleInvalid):
    handleInvalid = _p("handleInvalid", "How to handle invalid data during transform(). Options are 'keep' (invalid data presented as an extra categorical feature) or error (throw an error). Note that this Param is only used during transform; during fitting, invalid data will result in an error.", "toString")
    dropLast = _p("dropLast", "whether to drop the last category", "toBoolean")
    def __init__(self, *args):
        super(_OneHotEncoderParams, self).__init__(*args)
        self._setDefault(handleInvalid="error", dropLast=True)

class OneHotEncoder(_FE, _OneHotEncoderParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(OneHotEncoder, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pairs = self._pairs()
        rows = dataset.select(*[i for (i, o) in pairs]).collect()
        sizes = []
        for k in range(len(pairs)):
            mx = -1
            for r in rows:
                v = r[k]
                if v is None or _is_nan(v) or v < 0 or v != int(v):
                    raise ValueError("Values from column %s must be indices, but got %s." % (pairs[k][0], v))
                mx = max(mx, int(v))
            sizes.append(mx + 1)
        return self._new_model(OneHotEncoderModel(sizes))

class OneHotEncoderModel(_FM, _OneHotEncoderParams):
    def __init__(self, categorySizes=None):
        super(OneHotEncoderModel, self).__init__()
        self._categorySizes = categorySizes or []
    @property
    def categorySizes(self):
        return list(self._categorySizes)
    def _model_data(self):
        return {"categorySizes": self._categorySizes}
    def _set_model_data(self, d):
        self._categorySizes = d["categorySizes"]
    def _transform(self, dataset):
        pairs = self._pairs()
        keepInvalid = self.getOrDefault("handleInvalid") == "keep"
        dropLast = self.getOrDefault("dropLast")
        def fn(*vals):
            res = []
            for (k, v) in enumerate(vals):
                n = self._categorySizes[k]
                size = n + (1 if keepInvalid else 0) - (1 if dropLast else 0)
                if v is None or _is_nan(v) or v < 0 or v >= n or v != int(v):
                    if not keepInvalid:
                        raise ValueError("Unseen value: %s. To handle unseen values, set Param handleInvalid to keep." % v)
                    i = n
                else:
                    i = int(v)
                res.append(SparseVector(size, [i], [1.0]) if i < size else SparseVector(size, [], []))
            return tuple(res)
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, VectorUDT()) for (i, o) in pairs], fn)
`;
