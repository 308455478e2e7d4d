/**
 * `pyspark.ml.feature` (Python source, follows feature-encoders-source.ts): StandardScaler,
 * MinMaxScaler, MaxAbsScaler and RobustScaler with their models (statistics over the
 * collected vector column, Spark's model data for persistence).
 */
export const FEATURE_SCALERS = String.raw`
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
`;
