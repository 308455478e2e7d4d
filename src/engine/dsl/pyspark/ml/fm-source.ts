/**
 * Factorization machines (Python sources) on the kernel of src/engine/ml/algos/fm.ts:
 * `pyspark.ml.classification` part 80 (FMClassifier, logistic loss, probability as Spark's
 * sigmoid of rawPrediction[1], binary training summary) and `pyspark.ml.regression` part 60
 * (FMRegressor, squared error). Both run mllib's mini-batch gradient descent (adamW or gd)
 * with the per-partition loss/gradient sums as jobs; factors start from java.util.Random(seed).
 */
const FM_PARAMS = String.raw`
import json as _json
from pyspark.ml._train import _Instances
from pyspark.ml.linalg import DenseMatrix as _FmDenseMatrix, DenseVector as _FmDenseVector
from pyspark.ml.param import Param as _FmParam, Params as _FmParams, TypeConverters as _FmTC
from pyspark.ml.param.shared import HasMaxIter as _FmHasMaxIter, HasStepSize as _FmHasStepSize, HasTol as _FmHasTol, HasSolver as _FmHasSolver, HasSeed as _FmHasSeed, HasFitIntercept as _FmHasFitIntercept, HasRegParam as _FmHasRegParam, HasWeightCol as _FmHasWeightCol
_fm_linear = _import_module("pyspark.ml._linear")

class _FactorizationMachinesParams(_FmHasMaxIter, _FmHasStepSize, _FmHasTol, _FmHasSolver, _FmHasSeed, _FmHasFitIntercept, _FmHasRegParam, _FmHasWeightCol):
    factorSize = _FmParam(_FmParams._dummy(), "factorSize", "Dimensionality of the factor vectors, which are used to get pairwise interactions between variables", typeConverter=_FmTC.toInt)
    fitLinear = _FmParam(_FmParams._dummy(), "fitLinear", "whether to fit linear term (aka 1-way term)", typeConverter=_FmTC.toBoolean)
    miniBatchFraction = _FmParam(_FmParams._dummy(), "miniBatchFraction", "fraction of the input data set that should be used for one iteration of gradient descent", typeConverter=_FmTC.toFloat)
    initStd = _FmParam(_FmParams._dummy(), "initStd", "standard deviation of initial coefficients", typeConverter=_FmTC.toFloat)
    solver = _FmParam(_FmParams._dummy(), "solver", "The solver algorithm for optimization. Supported options: gd, adamW. (Default adamW)", typeConverter=_FmTC.toString)
    def __init__(self, *args):
        super(_FactorizationMachinesParams, self).__init__(*args)
        self._setDefault(factorSize=8, fitIntercept=True, fitLinear=True, regParam=0.0, miniBatchFraction=1.0, initStd=0.01, maxIter=100, stepSize=1.0, tol=1e-6, solver="adamW")

def _fm_train(est, dataset, logistic):
    inst = _Instances(dataset, est.getFeaturesCol(), est.getLabelCol(), None)
    d = inst.numFeatures
    if logistic:
        hist, invalid = _fm_linear.feature_summary(_summary_stats(inst))[4:]
        if invalid or len(hist) > 2:
            raise ValueError("Classification labels should be in [0 to 1]. Found %d invalid labels." % (invalid + sum(1 for h in hist[2:] if h)))
    fr = est.getOrDefault("miniBatchFraction")
    if not (0 < fr <= 1):
        raise ValueError("requirement failed: Fraction for mini-batch SGD must be in range (0, 1] but got %s" % fr)
    solver = est.getOrDefault("solver")
    if solver not in ("adamW", "gd"):
        raise ValueError("%s_solver given invalid value %s." % (type(est).__name__, solver))
    shape = {"numFeatures": d, "factorSize": est.getOrDefault("factorSize"), "fitIntercept": est.getOrDefault("fitIntercept"), "fitLinear": est.getOrDefault("fitLinear")}
    params = {"solver": solver, "maxIter": est.getOrDefault("maxIter"), "stepSize": est.getOrDefault("stepSize"), "regParam": est.getOrDefault("regParam"),
              "tol": est.getOrDefault("tol"), "miniBatchFraction": fr}
    ctx = _json.dumps({"shape": shape, "logistic": logistic, "fraction": fr, "numPartitions": inst.rdd.getNumPartitions()})
    def evaluate(ctx, w, iteration):
        return inst.aggregate(lambda b, i: _import_module("pyspark.ml._linear").fm_agg(b, i, ctx, w, iteration))
    coef, hist = _fm_linear.fm_fit(_json.dumps(shape), est.getOrDefault("seed"), est.getOrDefault("initStd"), _json.dumps(params), ctx, evaluate)
    k = shape["factorSize"]
    nf = d * k
    factors = _FmDenseMatrix(d, k, coef[:nf], 1)
    linear = _FmDenseVector(coef[nf:nf + d]) if shape["fitLinear"] else SparseVector(d, [], [])
    intercept = coef[-1] if shape["fitIntercept"] else 0.0
    return intercept, linear, factors, hist

class _FMModelMixin:
    def __init__(self, intercept=0.0, linear=None, factors=None):
        self._intercept = float(intercept)
        self._linear = linear
        self._factors = factors
    @property
    def intercept(self):
        return self._intercept
    @property
    def linear(self):
        return self._linear
    @property
    def factors(self):
        return self._factors
    @property
    def numFeatures(self):
        return self._linear.size if self._linear is not None else 0
    def _fm_raw(self, value):
        return _fm_linear.fm_predict(self.numFeatures, self._factors.numCols, list(self._factors.values), list(self._linear.toArray()), self._intercept, list(value.toArray()))
    def _model_data(self):
        return {"intercept": self._intercept, "linear": self._linear, "factors": self._factors}
    def _set_model_data(self, d):
        self._intercept = float(d["intercept"])
        self._linear = d["linear"]
        m = d["factors"]
        self._factors = _FmDenseMatrix(m.numRows, m.numCols, list(m.values), 1 if m.isTransposed else 0)
    def _repr_extra(self):
        return ", numFeatures=%d, factorSize=%d, fitLinear=%s, fitIntercept=%s" % (self.numFeatures, self.getOrDefault("factorSize"), str(self.getOrDefault("fitLinear")).lower(), str(self.getOrDefault("fitIntercept")).lower())
`;

export const FM_CLASSIFIER = FM_PARAMS + String.raw`
class _FMClassifierParams(_ProbabilisticClassifierParams, _FactorizationMachinesParams):
    pass

class FMClassifier(_FE, ProbabilisticClassifier, _FMClassifierParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(FMClassifier, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        intercept, linear, factors, hist = _fm_train(self, dataset, True)
        model = self._new_model(FMClassificationModel(intercept, linear, factors))
        model._summary = lambda: FMClassificationTrainingSummary(model.transform(dataset), model.getPredictionCol(), model.getLabelCol(), None, model.getProbabilityCol(), hist)
        return model

class FMClassificationModel(_FM, ProbabilisticClassificationModel, _FMClassifierParams, _FMModelMixin, _LazySummaryMixin):
    def __init__(self, intercept=0.0, linear=None, factors=None):
        super(FMClassificationModel, self).__init__()
        _FMModelMixin.__init__(self, intercept, linear, factors)
        self._summary = None
    numFeatures = _FMModelMixin.numFeatures
    @property
    def numClasses(self):
        return 2
    def _repr_extra(self):
        return ", numClasses=2" + _FMModelMixin._repr_extra(self)
    def predictRaw(self, value):
        r = self._fm_raw(value)
        return DenseVector([-r, r])
    def _raw2probability(self, raw):
        p = 1.0 / (1.0 + _math.exp(-raw[1])) if raw[1] > -745 else 0.0
        return DenseVector([1.0 - p, p])
    def evaluate(self, dataset):
        return FMClassificationSummary(self.transform(dataset), self.getPredictionCol(), self.getLabelCol(), None, self.getProbabilityCol())

_register_classification(FMClassifier, FMClassificationModel)
`;

export const FM_REGRESSOR = FM_PARAMS + String.raw`
from pyspark.ml.base import Predictor as _FmPredictor, PredictionModel as _FmPredictionModel
from pyspark.ml.feature import _FE as _FmFE, _FM as _FmFM
from pyspark.ml.util import _register_java_class as _fm_register
from pyspark.ml.linalg import SparseVector

class _FMRegressorParams(_FactorizationMachinesParams):
    pass

class FMRegressor(_FmFE, _FmPredictor, _FMRegressorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(FMRegressor, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        intercept, linear, factors, hist = _fm_train(self, dataset, False)
        return self._new_model(FMRegressionModel(intercept, linear, factors))

class FMRegressionModel(_FmFM, _FmPredictionModel, _FMRegressorParams, _FMModelMixin):
    def __init__(self, intercept=0.0, linear=None, factors=None):
        super(FMRegressionModel, self).__init__()
        _FMModelMixin.__init__(self, intercept, linear, factors)
    numFeatures = _FMModelMixin.numFeatures
    def predict(self, value):
        return self._fm_raw(value)

for _c in (FMRegressor, FMRegressionModel):
    _c._java_class = "org.apache.spark.ml.regression." + _c.__name__
    _fm_register(_c._java_class, _c)
__all__ = __all__ + ["FMRegressor", "FMRegressionModel"]
`;
