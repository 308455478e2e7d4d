/**
 * `pyspark.ml.feature` (Python source), part 1: the shared plumbing of the feature classes
 * (generated setX/getX accessors, keyword-only constructors, single/multi column pairs) and
 * the transformers and estimators over scalar and vector columns. Semantics are Spark 3.5's
 * (handleInvalid modes, output sparsity, model data); computations run on collected rows.
 */
export const FEATURE = String.raw`
import math as _math
from pyspark.ml.param import Param, Params, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Transformer, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors, Vector, VectorUDT, DenseMatrix, Matrices
from pyspark.sql.types import DoubleType, ArrayType, StringType, StructType, StructField

def _p(name, doc, conv):
    return Param(Params._dummy(), name, doc, typeConverter=getattr(TypeConverters, conv))

class _Auto:
    """setX / getX for every param X (PySpark spells each out); keyword-only __init__/setParams."""
    def __getattr__(self, name):
        if not name.startswith("_") and len(name) > 3 and name[:3] in ("set", "get"):
            p = name[3].lower() + name[4:]
            if isinstance(getattr(type(self), p, None), Param):
                if name[:3] == "set":
                    def setter(value):
                        return self._set(**{p: value})
                    return setter
                def getter():
                    return self.getOrDefault(p)
                return getter
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _kw(self, kwargs, where="__init__"):
        for k in kwargs:
            if not isinstance(getattr(type(self), k, None), Param):
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (where, k))
        return self._set(**kwargs)

    def setParams(self, *args, **kwargs):
        if args:
            raise TypeError("Method setParams forces keyword arguments.")
        return self._kw(kwargs, "setParams")

    def _pairs(self):
        """(input, output) column pairs: inputCols/outputCols when set, else inputCol/outputCol."""
        if self.hasParam("inputCols") and self.isSet("inputCols"):
            if self.hasParam("inputCol") and self.isSet("inputCol"):
                raise ValueError("Only one of inputCol and inputCols may be set")
            outs = self.getOrDefault("outputCols") if self.isDefined("outputCols") else []
            ins = self.getOrDefault("inputCols")
            if len(ins) != len(outs):
                raise ValueError("The number of input columns %d does not match output columns %d" % (len(ins), len(outs)))
            return list(zip(ins, outs))
        return [(self.getOrDefault("inputCol"), self.getOrDefault("outputCol"))]

class _FT(_Auto, Transformer, MLReadable, MLWritable):
    pass

class _FE(_Auto, Estimator, MLReadable, MLWritable):
    pass

class _FM(_Auto, Model, MLReadable, MLWritable):
    def __repr__(self):
        # Scala's Model.toString: "<Model class>: uid=<uid>, ..." (the details vary by model)
        extra = self._repr_extra() if hasattr(self, "_repr_extra") else ""
        return "%s: uid=%s%s" % (type(self).__name__, self.uid, extra)

def _register(*classes):
    for c in classes:
        c._java_class = "org.apache.spark.ml.feature." + c.__name__
        _register_java_class(c._java_class, c)

def _vec(v):
    if isinstance(v, Vector):
        return v
    return DenseVector(v)

def _compressed(values):
    nnz = 0
    for x in values:
        if x != 0:
            nnz += 1
    if 1.5 * (nnz + 1.0) < len(values):
        idx = [i for i in range(len(values)) if values[i] != 0]
        return SparseVector(len(values), idx, [values[i] for i in idx])
    return DenseVector(values)

def _map_values(v, f):
    """Applies f(index, value) to a vector's stored values, keeping its sparsity."""
    if isinstance(v, SparseVector):
        return SparseVector(v.size, list(v.indices), [f(i, x) for (i, x) in zip(v.indices, v.values)])
    return DenseVector([f(i, x) for (i, x) in enumerate(v.toArray())])

def _affine(dataset, inputCol, outputCol, shift, scale, offset):
    from pyspark.sql.dataframe import DataFrame
    view = _native.affine(dataset, inputCol, outputCol, shift, scale, offset)
    return DataFrame("SELECT * FROM %s" % view, dataset.sparkSession)

def _is_nan(x):
    return isinstance(x, float) and x != x

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

# ---------------------------------------------------------------- scalers

def _column_arrays(dataset, col):
    return [r[0].toArray() for r in dataset.select(col).collect() if r[0] is not None]

class _StandardScalerParams(HasInputCol, HasOutputCol):
    withMean = _p("withMean", "Center data with mean", "toBoolean")
    withStd = _p("withStd", "Scale to unit standard deviation", "toBoolean")
    def __init__(self, *args):
        super(_StandardScalerParams, self).__init__(*args)
        self._setDefault(withMean=False, withStd=True)

class StandardScaler(_FE, _StandardScalerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(StandardScaler, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        n, mean, var, lo, hi = _native.vector_stats(dataset, self.getInputCol())
        std = [_math.sqrt(v) for v in var]
        return self._new_model(StandardScalerModel(DenseVector(mean), DenseVector(std)))

class StandardScalerModel(_FM, _StandardScalerParams):
    def __init__(self, mean=None, std=None):
        super(StandardScalerModel, self).__init__()
        self.mean = mean
        self.std = std
    def _model_data(self):
        return {"std": self.std, "mean": self.mean}
    def _set_model_data(self, d):
        self.std = d["std"]
        self.mean = d["mean"]
    def _transform(self, dataset):
        withMean = self.getOrDefault("withMean")
        withStd = self.getOrDefault("withStd")
        mean = list(self.mean.toArray())
        scale = [((1.0 / x if x != 0 else 0.0) if withStd else 1.0) for x in self.std.toArray()]
        return _affine(dataset, self.getInputCol(), self.getOutputCol(), mean if withMean else None, scale, None)

class _MinMaxScalerParams(HasInputCol, HasOutputCol):
    min = _p("min", "Lower bound of the output feature range", "toFloat")
    max = _p("max", "Upper bound of the output feature range", "toFloat")
    def __init__(self, *args):
        super(_MinMaxScalerParams, self).__init__(*args)
        self._setDefault(min=0.0, max=1.0)

class MinMaxScaler(_FE, _MinMaxScalerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(MinMaxScaler, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        n, mean, var, lo, hi = _native.vector_stats(dataset, self.getInputCol())
        return self._new_model(MinMaxScalerModel(DenseVector(lo), DenseVector(hi)))

class MinMaxScalerModel(_FM, _MinMaxScalerParams):
    def __init__(self, originalMin=None, originalMax=None):
        super(MinMaxScalerModel, self).__init__()
        self.originalMin = originalMin
        self.originalMax = originalMax
    def _model_data(self):
        return {"originalMin": self.originalMin, "originalMax": self.originalMax}
    def _set_model_data(self, d):
        self.originalMin = d["originalMin"]
        self.originalMax = d["originalMax"]
    def _transform(self, dataset):
        lo = list(self.originalMin.toArray())
        hi = list(self.originalMax.toArray())
        mn = self.getOrDefault("min")
        mx = self.getOrDefault("max")
        scale = [((mx - mn) / (h - l) if h != l else 0.0) for (l, h) in zip(lo, hi)]
        offset = [(mn if h != l else 0.5 * (mx + mn)) for (l, h) in zip(lo, hi)]
        return _affine(dataset, self.getInputCol(), self.getOutputCol(), lo, scale, offset)

class MaxAbsScaler(_FE, HasInputCol, HasOutputCol):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(MaxAbsScaler, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        n, mean, var, lo, hi = _native.vector_stats(dataset, self.getInputCol())
        return self._new_model(MaxAbsScalerModel(DenseVector([max(abs(a), abs(b)) for (a, b) in zip(lo, hi)])))

class MaxAbsScalerModel(_FM, HasInputCol, HasOutputCol):
    def __init__(self, maxAbs=None):
        super(MaxAbsScalerModel, self).__init__()
        self.maxAbs = maxAbs
    def _model_data(self):
        return {"maxAbs": self.maxAbs}
    def _set_model_data(self, d):
        self.maxAbs = d["maxAbs"]
    def _transform(self, dataset):
        scale = [(1.0 / x if x != 0 else 0.0) for x in self.maxAbs.toArray()]
        return _affine(dataset, self.getInputCol(), self.getOutputCol(), None, scale, None)

def _quantile(sorted_vals, q):
    n = len(sorted_vals)
    if n == 0:
        return float("nan")
    rank = int(_math.ceil(q * n)) - 1
    return sorted_vals[min(max(rank, 0), n - 1)]

class _RobustScalerParams(HasInputCol, HasOutputCol, HasRelativeError):
    lower = _p("lower", "Lower quantile to calculate quantile range", "toFloat")
    upper = _p("upper", "Upper quantile to calculate quantile range", "toFloat")
    withCentering = _p("withCentering", "Whether to center data with median", "toBoolean")
    withScaling = _p("withScaling", "Whether to scale the data to quantile range", "toBoolean")
    def __init__(self, *args):
        super(_RobustScalerParams, self).__init__(*args)
        self._setDefault(lower=0.25, upper=0.75, withCentering=False, withScaling=True, relativeError=0.001)

class RobustScaler(_FE, _RobustScalerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(RobustScaler, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getInputCol())
        d = len(xs[0]) if xs else 0
        med = []
        rng = []
        for j in range(d):
            col = sorted(x[j] for x in xs)
            med.append(_quantile(col, 0.5))
            rng.append(_quantile(col, self.getOrDefault("upper")) - _quantile(col, self.getOrDefault("lower")))
        return self._new_model(RobustScalerModel(DenseVector(med), DenseVector(rng)))

class RobustScalerModel(_FM, _RobustScalerParams):
    def __init__(self, median=None, range=None):
        super(RobustScalerModel, self).__init__()
        self.median = median
        self.range = range
    def _model_data(self):
        return {"range": self.range, "median": self.median}
    def _set_model_data(self, d):
        self.range = d["range"]
        self.median = d["median"]
    def _transform(self, dataset):
        c = self.getOrDefault("withCentering")
        s = self.getOrDefault("withScaling")
        med = self.median.toArray()
        scale = [(1.0 / r if r != 0 else 0.0) for r in self.range.toArray()]
        def fn(v):
            if v is None:
                return (None,)
            if c:
                x = v.toArray()
                return (DenseVector([(x[j] - med[j]) * (scale[j] if s else 1.0) for j in range(len(x))]),)
            if s:
                return (_map_values(v, lambda j, x: x * scale[j]),)
            return (v,)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class Normalizer(_FT, HasInputCol, HasOutputCol):
    p = _p("p", "the p norm value.", "toFloat")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Normalizer, self).__init__()
        self._setDefault(p=2.0)
        self._kw(kwargs)
    def _transform(self, dataset):
        p = self.getOrDefault("p")
        def fn(v):
            if v is None:
                return (None,)
            n = v.norm(p)
            if n == 0:
                return (v,)
            return (_map_values(v, lambda j, x: x / n),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class ElementwiseProduct(_FT, HasInputCol, HasOutputCol):
    scalingVec = _p("scalingVec", "Vector for hadamard product.", "toVector")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(ElementwiseProduct, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        w = self.getOrDefault("scalingVec").toArray()
        def fn(v):
            if v is None:
                return (None,)
            if len(v) != len(w):
                raise ValueError("vector sizes do not match: Expected %d but found %d" % (len(w), len(v)))
            return (_map_values(v, lambda j, x: x * w[j]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _poly(x, degree):
    def expand(k, d):
        if k == 0 or d == 0:
            return []
        prev = expand(k - 1, d)
        lower = [1.0] + expand(k, d - 1)
        return prev + [x[k - 1] * m for m in lower]
    return expand(len(x), degree)

class PolynomialExpansion(_FT, HasInputCol, HasOutputCol):
    degree = _p("degree", "the polynomial degree to expand (>= 1)", "toInt")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(PolynomialExpansion, self).__init__()
        self._setDefault(degree=2)
        self._kw(kwargs)
    def _transform(self, dataset):
        d = self.getOrDefault("degree")
        def fn(v):
            if v is None:
                return (None,)
            out = _poly(list(v.toArray()), d)
            if isinstance(v, SparseVector):
                idx = [i for i in range(len(out)) if out[i] != 0]
                return (SparseVector(len(out), idx, [out[i] for i in idx]),)
            return (DenseVector(out),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class DCT(_FT, HasInputCol, HasOutputCol):
    inverse = _p("inverse", "Set transformer to perform inverse DCT, default False.", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(DCT, self).__init__()
        self._setDefault(inverse=False)
        self._kw(kwargs)
    def _transform(self, dataset):
        inv = self.getOrDefault("inverse")
        def fn(v):
            if v is None:
                return (None,)
            x = list(v.toArray())
            n = len(x)
            out = []
            for k in range(n):
                s = 0.0
                if not inv:
                    for i in range(n):
                        s += x[i] * _math.cos(_math.pi * (i + 0.5) * k / n)
                    s *= _math.sqrt((1.0 if k == 0 else 2.0) / n)
                else:
                    for i in range(n):
                        s += x[i] * _math.sqrt((1.0 if i == 0 else 2.0) / n) * _math.cos(_math.pi * (k + 0.5) * i / n)
                out.append(s)
            return (DenseVector(out),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class VectorSlicer(_FT, HasInputCol, HasOutputCol):
    indices = _p("indices", "An array of indices to select features from a vector column. There can be no overlap with names.", "toListInt")
    names = _p("names", "An array of feature names to select features from a vector column. These names must be specified by ML org.apache.spark.ml.attribute.Attribute. There can be no overlap with indices.", "toListString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorSlicer, self).__init__()
        self._setDefault(indices=[], names=[])
        self._kw(kwargs)
    def _transform(self, dataset):
        idx = self.getOrDefault("indices")
        def fn(v):
            if v is None:
                return (None,)
            if isinstance(v, SparseVector):
                pos = dict((i, x) for (i, x) in zip(v.indices, v.values))
                ii = [k for (k, i) in enumerate(idx) if i in pos]
                return (SparseVector(len(idx), ii, [pos[idx[k]] for k in ii]),)
            a = v.toArray()
            return (DenseVector([a[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class VectorSizeHint(_FT, HasInputCol, HasHandleInvalid):
    size = _p("size", "Size of vectors in column.", "toInt")
    handleInvalid = _p("handleInvalid", "How to handle invalid vectors in inputCol. Invalid vectors include nulls and vectors with the wrong size. The options are 'skip' (filter out rows with invalid vectors), 'error' (throw an error) and 'optimistic' (do not check the vector size, and keep all rows). 'error' by default.", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorSizeHint, self).__init__()
        self._setDefault(handleInvalid="error")
        self._kw(kwargs)
    def _transform(self, dataset):
        mode = self.getOrDefault("handleInvalid")
        size = self.getOrDefault("size")
        if mode == "optimistic":
            return dataset
        col = self.getInputCol()
        def check(v):
            ok = v is not None and len(v) == size
            if not ok and mode == "error":
                if v is None:
                    raise ValueError("Got null vector in VectorSizeHint, set handleInvalid to 'skip' to filter invalid rows.")
                raise ValueError("VectorSizeHint Expecting a vector of size %d but got %d" % (size, len(v)))
            return ok
        return _with_columns(dataset, [col], [(col, VectorUDT())], lambda v: (v,), check)

# ---------------------------------------------------------------- text

class Tokenizer(_FT, HasInputCol, HasOutputCol):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Tokenizer, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        import re
        def fn(s):
            if s is None:
                return (None,)
            toks = re.split(r"\s", s.lower())
            while toks and toks[-1] == "":
                toks.pop()
            return (toks,)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), True))], fn)

class RegexTokenizer(_FT, HasInputCol, HasOutputCol):
    minTokenLength = _p("minTokenLength", "minimum token length (>= 0)", "toInt")
    gaps = _p("gaps", "whether regex splits on gaps (True) or matches tokens (False)", "toBoolean")
    pattern = _p("pattern", "regex pattern (Java dialect) used for tokenizing", "toString")
    toLowercase = _p("toLowercase", "whether to convert all characters to lowercase before tokenizing", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(RegexTokenizer, self).__init__()
        self._setDefault(minTokenLength=1, gaps=True, pattern="\\s+", toLowercase=True)
        self._kw(kwargs)
    def _transform(self, dataset):
        import re
        pat = re.compile(self.getOrDefault("pattern"))
        gaps = self.getOrDefault("gaps")
        low = self.getOrDefault("toLowercase")
        mn = self.getOrDefault("minTokenLength")
        def fn(s):
            if s is None:
                return (None,)
            t = s.lower() if low else s
            if gaps:
                toks = pat.split(t)
                while toks and toks[-1] == "":
                    toks.pop()
            else:
                toks = [m.group(0) for m in pat.finditer(t)]
            return ([x for x in toks if len(x) >= mn],)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), True))], fn)

_ENGLISH_STOP_WORDS = ("i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves what which who whom this that these those am "
    "is are was were be been being have has had having do does did doing a an the and but if or because as until "
    "while of at by for with about against between into through during before after above below to from up down in "
    "out on off over under again further then once here there when where why how all any both each few more most "
    "other some such no nor not only own same so than too very s t can will just don should now i'll you'll he'll "
    "she'll we'll they'll i'd you'd he'd she'd we'd they'd i'm you're he's she's it's we're they're i've we've "
    "you've they've isn't aren't wasn't weren't haven't hasn't hadn't don't doesn't didn't won't wouldn't shan't "
    "shouldn't mustn't can't couldn't cannot could here's how's let's ought that's there's what's when's where's "
    "who's why's would").split(" ")

class StopWordsRemover(_FT, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols):
    stopWords = _p("stopWords", "The words to be filtered out", "toListString")
    caseSensitive = _p("caseSensitive", "whether to do a case sensitive comparison over the stop words", "toBoolean")
    locale = _p("locale", "locale of the input. ignored when case sensitive is true", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(StopWordsRemover, self).__init__()
        self._setDefault(stopWords=StopWordsRemover.loadDefaultStopWords("english"), caseSensitive=False, locale="en_US")
        self._kw(kwargs)
    @staticmethod
    def loadDefaultStopWords(language):
        if language != "english":
            raise ValueError("Flint only bundles the english stop words; %s is not available" % language)
        return list(_ENGLISH_STOP_WORDS)
    def _transform(self, dataset):
        pairs = self._pairs()
        cs = self.getOrDefault("caseSensitive")
        words = set(self.getOrDefault("stopWords")) if cs else set(w.lower() for w in self.getOrDefault("stopWords"))
        def fn(*vals):
            return tuple(None if v is None else [w for w in v if w is None or (w if cs else w.lower()) not in words] for v in vals)
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, ArrayType(StringType(), True)) for (i, o) in pairs], fn)

class NGram(_FT, HasInputCol, HasOutputCol):
    n = _p("n", "number of elements per n-gram (>=1)", "toInt")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(NGram, self).__init__()
        self._setDefault(n=2)
        self._kw(kwargs)
    def _transform(self, dataset):
        n = self.getOrDefault("n")
        def fn(v):
            if v is None:
                return (None,)
            return ([" ".join(v[i:i + n]) for i in range(len(v) - n + 1)],)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), False))], fn)

class HashingTF(_FT, HasInputCol, HasOutputCol, HasNumFeatures):
    binary = _p("binary", "If True, all non zero counts are set to 1. This is useful for discrete probabilistic models that model binary events rather than integer counts. Default False.", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(HashingTF, self).__init__()
        self._setDefault(numFeatures=1 << 18, binary=False)
        self._kw(kwargs)
    def indexOf(self, term):
        return _native.term_index(_term_text(term), self.getOrDefault("numFeatures"))
    def _transform(self, dataset):
        nf = self.getOrDefault("numFeatures")
        binary = self.getOrDefault("binary")
        def fn(terms):
            if terms is None:
                return (None,)
            counts = {}
            for t in terms:
                i = _native.term_index(_term_text(t), nf)
                counts[i] = 1.0 if binary else counts.get(i, 0.0) + 1.0
            idx = sorted(counts)
            return (SparseVector(nf, idx, [counts[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _term_text(t):
    return t if isinstance(t, str) else str(t)

class _IDFParams(HasInputCol, HasOutputCol):
    minDocFreq = _p("minDocFreq", "minimum number of documents in which a term should appear for filtering", "toInt")
    def __init__(self, *args):
        super(_IDFParams, self).__init__(*args)
        self._setDefault(minDocFreq=0)

class IDF(_FE, _IDFParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(IDF, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        vs = [r[0] for r in dataset.select(self.getInputCol()).collect() if r[0] is not None]
        d = len(vs[0]) if vs else 0
        df = [0] * d
        for v in vs:
            if isinstance(v, SparseVector):
                for (i, x) in zip(v.indices, v.values):
                    if x > 0:
                        df[i] += 1
            else:
                for (i, x) in enumerate(v.toArray()):
                    if x > 0:
                        df[i] += 1
        m = len(vs)
        mdf = self.getOrDefault("minDocFreq")
        idf = [(_math.log((m + 1.0) / (df[i] + 1.0)) if df[i] >= mdf else 0.0) for i in range(d)]
        return self._new_model(IDFModel(DenseVector(idf), [df[i] if df[i] >= mdf else 0 for i in range(d)], m))

class IDFModel(_FM, _IDFParams):
    def __init__(self, idf=None, docFreq=None, numDocs=0):
        super(IDFModel, self).__init__()
        self.idf = idf
        self.docFreq = docFreq
        self.numDocs = numDocs
    def _model_data(self):
        return {"idf": self.idf, "docFreq": self.docFreq, "numDocs": self.numDocs}
    def _set_model_data(self, d):
        self.idf = d["idf"]
        self.docFreq = d["docFreq"]
        self.numDocs = d["numDocs"]
    def _transform(self, dataset):
        w = self.idf.toArray()
        def fn(v):
            if v is None:
                return (None,)
            return (_map_values(v, lambda j, x: x * w[j]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class _CountVectorizerParams(HasInputCol, HasOutputCol):
    minTF = _p("minTF", "Filter to ignore rare words in a document. For each document, terms with frequency/count less than the given threshold are ignored. If this is an integer >= 1, then this specifies a count (of times the term must appear in the document); if this is a double in [0,1), then this specifies a fraction (out of the document's token count). Note that the parameter is only used in transform of CountVectorizerModel and does not affect fitting. Default 1.0", "toFloat")
    minDF = _p("minDF", "Specifies the minimum number of different documents a term must appear in to be included in the vocabulary. If this is an integer >= 1, this specifies the number of documents the term must appear in; if this is a double in [0,1), then this specifies the fraction of documents. Default 1.0", "toFloat")
    maxDF = _p("maxDF", "Specifies the maximum number of different documents a term could appear in to be included in the vocabulary. A term that appears more than the threshold will be ignored. If this is an integer >= 1, this specifies the maximum number of documents the term could appear in; if this is a double in [0,1), then this specifies the maximum fraction of documents the term could appear in. Default (2^63) - 1", "toFloat")
    vocabSize = _p("vocabSize", "max size of the vocabulary. Default 1 << 18.", "toInt")
    binary = _p("binary", "Binary toggle to control the output vector values. If True, all nonzero counts (after minTF filter applied) are set to 1. This is useful for discrete probabilistic models that model binary events rather than integer counts. Default False", "toBoolean")
    def __init__(self, *args):
        super(_CountVectorizerParams, self).__init__(*args)
        self._setDefault(minTF=1.0, minDF=1.0, maxDF=2 ** 63 - 1, vocabSize=1 << 18, binary=False)

class CountVectorizer(_FE, _CountVectorizerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(CountVectorizer, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        docs = [r[0] for r in dataset.select(self.getInputCol()).collect() if r[0] is not None]
        n = len(docs)
        minDF = self.getOrDefault("minDF")
        maxDF = self.getOrDefault("maxDF")
        minDocs = minDF if minDF >= 1.0 else minDF * n
        maxDocs = maxDF if maxDF >= 1.0 else maxDF * n
        tf = {}
        dfc = {}
        for d in docs:
            seen = set()
            for w in d:
                tf[w] = tf.get(w, 0) + 1
                if w not in seen:
                    seen.add(w)
                    dfc[w] = dfc.get(w, 0) + 1
        items = [(w, c) for (w, c) in tf.items() if dfc[w] >= minDocs and dfc[w] <= maxDocs]
        items.sort(key=lambda wc: (-wc[1], wc[0]))
        vocab = [w for (w, c) in items[:self.getOrDefault("vocabSize")]]
        return self._new_model(CountVectorizerModel(vocab))

class CountVectorizerModel(_FM, _CountVectorizerParams):
    def __init__(self, vocabulary=None):
        super(CountVectorizerModel, self).__init__()
        self.vocabulary = vocabulary or []
    @classmethod
    def from_vocabulary(cls, vocabulary, inputCol, outputCol=None, minTF=None, binary=None):
        m = cls(list(vocabulary))
        m._set(inputCol=inputCol)
        for (k, v) in (("outputCol", outputCol), ("minTF", minTF), ("binary", binary)):
            if v is not None:
                m._set(**{k: v})
        return m
    def _model_data(self):
        return {"vocabulary": self.vocabulary}
    def _set_model_data(self, d):
        self.vocabulary = d["vocabulary"]
    def _transform(self, dataset):
        pos = dict((w, i) for (i, w) in enumerate(self.vocabulary))
        minTF = self.getOrDefault("minTF")
        binary = self.getOrDefault("binary")
        size = len(self.vocabulary)
        def fn(doc):
            if doc is None:
                return (None,)
            counts = {}
            for w in doc:
                if w in pos:
                    counts[pos[w]] = counts.get(pos[w], 0.0) + 1.0
            th = minTF if minTF >= 1.0 else minTF * len(doc)
            idx = sorted(i for i in counts if counts[i] >= th)
            return (SparseVector(size, idx, [1.0 if binary else counts[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

_register(Binarizer, Bucketizer, VectorAssembler, StringIndexer, StringIndexerModel, IndexToString, OneHotEncoder,
          OneHotEncoderModel, StandardScaler, StandardScalerModel, MinMaxScaler, MinMaxScalerModel, MaxAbsScaler,
          MaxAbsScalerModel, RobustScaler, RobustScalerModel, Normalizer, ElementwiseProduct, PolynomialExpansion, DCT,
          VectorSlicer, VectorSizeHint, Tokenizer, RegexTokenizer, StopWordsRemover, NGram, HashingTF, IDF, IDFModel,
          CountVectorizer, CountVectorizerModel)
`;
