/**
 * `pyspark.ml.regression`, part 30 (Python source): AFTSurvivalRegression (Weibull AFT; L-BFGS on
 * the driver, each loss/gradient evaluation a job over the executors' blocks) and
 * IsotonicRegression (pool adjacent violators; boundaries/predictions, interpolation at predict).
 * Kernels: `pyspark.ml._glm` (src/engine/ml/algos/aft.ts, isotonic.ts).
 */
export const SURVIVAL = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Predictor, PredictionModel, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.ml.linalg import DenseVector, Vectors, Vector, VectorUDT
from pyspark.ml._train import _algos, _jd
from pyspark.ml.tree import _PredictorParams
from pyspark.errors.exceptions.captured import IllegalArgumentException
_glm = _import_module("pyspark.ml._glm")

__all__ = __all__ + ["AFTSurvivalRegression", "AFTSurvivalRegressionModel", "IsotonicRegression", "IsotonicRegressionModel"]

_AFT_QUANTILES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]

class _AFTSurvivalRegressionParams(_PredictorParams, HasMaxIter, HasTol, HasFitIntercept, HasAggregationDepth, HasMaxBlockSizeInMB):
    censorCol = Param(Params._dummy(), "censorCol", "censor column name. The value of this column could be 0 or 1. If the value is 1, it means the event has occurred i.e. uncensored; otherwise censored.", typeConverter=TypeConverters.toString)
    quantileProbabilities = Param(Params._dummy(), "quantileProbabilities", "quantile probabilities array. Values of the quantile probabilities array should be in the range (0, 1) and the array should be non-empty.", typeConverter=TypeConverters.toListFloat)
    quantilesCol = Param(Params._dummy(), "quantilesCol", "quantiles column name. This column will output quantiles of corresponding quantileProbabilities if it is set.", typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_AFTSurvivalRegressionParams, self).__init__(*args)
        self._setDefault(censorCol="censor", quantileProbabilities=list(_AFT_QUANTILES), maxIter=100, tol=1e-6, maxBlockSizeInMB=0.0)

    def getCensorCol(self):
        return self.getOrDefault(self.censorCol)
    def getQuantileProbabilities(self):
        return self.getOrDefault(self.quantileProbabilities)
    def getQuantilesCol(self):
        return self.getOrDefault(self.quantilesCol)

class AFTSurvivalRegression(Predictor, _AFTSurvivalRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.AFTSurvivalRegression"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", fitIntercept=True, maxIter=100, tol=1e-6, censorCol="censor", quantileProbabilities=list(_AFT_QUANTILES), quantilesCol=None, aggregationDepth=2, maxBlockSizeInMB=0.0):
        super(AFTSurvivalRegression, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", fitIntercept=True, maxIter=100, tol=1e-6, censorCol="censor", quantileProbabilities=list(_AFT_QUANTILES), quantilesCol=None, aggregationDepth=2, maxBlockSizeInMB=0.0):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setCensorCol(self, value):
        return self._set(censorCol=value)
    def setQuantileProbabilities(self, value):
        return self._set(quantileProbabilities=value)
    def setQuantilesCol(self, value):
        return self._set(quantilesCol=value)
    def setMaxIter(self, value):
        return self._set(maxIter=value)
    def setTol(self, value):
        return self._set(tol=value)
    def setFitIntercept(self, value):
        return self._set(fitIntercept=value)
    def setAggregationDepth(self, value):
        return self._set(aggregationDepth=value)
    def setMaxBlockSizeInMB(self, value):
        return self._set(maxBlockSizeInMB=value)

    def _fit(self, dataset):
        import math
        from pyspark.sql.functions import col
        rows = dataset.select(col(self.getLabelCol()).cast("double"), col(self.getFeaturesCol()), col(self.getCensorCol()).cast("double")).collect()
        for r in rows:
            if r[0] is None or r[0] != r[0]:
                raise IllegalArgumentException("requirement failed: Labels MUST NOT be Null or NaN")
            if r[2] is None or r[2] != r[2]:
                raise IllegalArgumentException("Censors MUST NOT be Null or NaN")
            if r[2] != 0.0 and r[2] != 1.0:
                raise IllegalArgumentException("Censors MUST be in {0, 1}, but got " + _jd(r[2]))
        sc = dataset.sparkSession.sparkContext
        blocks, d = _glm.pack(rows, max(1, sc.defaultParallelism), False)
        # Feature mean and unbiased std (Spark's summarizer over the unweighted features).
        n = len(rows)
        mean = [0.0] * d
        m2 = [0.0] * d
        for r in rows:
            v = r[1].toArray()
            for j in range(d):
                mean[j] += v[j]
        mean = [m / n for m in mean] if n else mean
        for r in rows:
            v = r[1].toArray()
            for j in range(d):
                m2[j] += (v[j] - mean[j]) ** 2
        std = [math.sqrt(s / (n - 1)) if n > 1 else 0.0 for s in m2]
        rdd = sc.parallelize(blocks, len(blocks))
        def evaluate(ctx, x):
            return rdd.map(lambda b: _glm.aft_loss(b, ctx, x)).treeReduce(_algos.merge)
        coef, intercept, scale, hist = _glm.aft_fit(mean, std, self.getFitIntercept(), self.getMaxIter(), self.getTol(), evaluate)
        return self._new_model(AFTSurvivalRegressionModel(DenseVector(coef), intercept, scale))

class AFTSurvivalRegressionModel(PredictionModel, _AFTSurvivalRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.AFTSurvivalRegressionModel"

    def __init__(self, coefficients=None, intercept=0.0, scale=1.0):
        super(AFTSurvivalRegressionModel, self).__init__()
        self._coefficients = coefficients if coefficients is not None else DenseVector([])
        self._intercept = float(intercept)
        self._scale = float(scale)

    def setQuantileProbabilities(self, value):
        return self._set(quantileProbabilities=value)
    def setQuantilesCol(self, value):
        return self._set(quantilesCol=value)

    @property
    def coefficients(self):
        return self._coefficients
    @property
    def intercept(self):
        return self._intercept
    @property
    def scale(self):
        return self._scale
    @property
    def numFeatures(self):
        return len(self._coefficients)

    def predict(self, features):
        import math
        return math.exp(float(self._coefficients.dot(features)) + self._intercept)

    def _quantiles(self, lam):
        import math
        return DenseVector([lam * math.exp(math.log(-math.log1p(-q)) * self._scale) for q in self.getQuantileProbabilities()])

    def predictQuantiles(self, features):
        return self._quantiles(self.predict(features))

    def _transform(self, dataset):
        from pyspark.sql.types import DoubleType
        outs = []
        pred = bool(self.getPredictionCol())
        quant = self.isDefined(self.quantilesCol) and bool(self.getQuantilesCol())
        if pred:
            outs.append((self.getPredictionCol(), DoubleType()))
        if quant:
            outs.append((self.getQuantilesCol(), VectorUDT()))
        if not outs:
            return dataset
        def fn(v):
            lam = self.predict(v)
            r = []
            if pred:
                r.append(lam)
            if quant:
                r.append(self._quantiles(lam))
            return tuple(r)
        return _with_columns(dataset, [self.getFeaturesCol()], outs, fn)

    def _model_data(self):
        return {"coefficients": self._coefficients, "intercept": self._intercept, "scale": self._scale}
    def _set_model_data(self, data):
        self._coefficients = data["coefficients"]
        self._intercept = float(data["intercept"])
        self._scale = float(data["scale"])

    def __repr__(self):
        return "AFTSurvivalRegressionModel: uid=%s, numFeatures=%d" % (self.uid, self.numFeatures)
    __str__ = __repr__

class _IsotonicRegressionParams(HasFeaturesCol, HasLabelCol, HasPredictionCol, HasWeightCol):
    isotonic = Param(Params._dummy(), "isotonic", "whether the output sequence should be isotonic/increasing (true) or" + "antitonic/decreasing (false).", typeConverter=TypeConverters.toBoolean)
    featureIndex = Param(Params._dummy(), "featureIndex", "The index of the feature if featuresCol is a vector column, no effect otherwise.", typeConverter=TypeConverters.toInt)

    def __init__(self, *args):
        super(_IsotonicRegressionParams, self).__init__(*args)
        self._setDefault(isotonic=True, featureIndex=0)

    def getIsotonic(self):
        return self.getOrDefault(self.isotonic)
    def getFeatureIndex(self):
        return self.getOrDefault(self.featureIndex)

    def _feature(self, v):
        if isinstance(v, Vector):
            return float(v[self.getFeatureIndex()])
        return float(v)

class IsotonicRegression(Estimator, _IsotonicRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.IsotonicRegression"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", weightCol=None, isotonic=True, featureIndex=0):
        super(IsotonicRegression, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", weightCol=None, isotonic=True, featureIndex=0):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setIsotonic(self, value):
        return self._set(isotonic=value)
    def setFeatureIndex(self, value):
        return self._set(featureIndex=value)
    def setFeaturesCol(self, value):
        return self._set(featuresCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)

    def _fit(self, dataset):
        from pyspark.sql.functions import col, lit
        wc = self.getWeightCol() if self.isDefined(self.weightCol) and self.getWeightCol() else None
        rows = dataset.select(col(self.getLabelCol()).cast("double"), col(self.getFeaturesCol()),
                              col(wc).cast("double") if wc else lit(1.0)).collect()
        triples = []
        for r in rows:
            if r[0] is None or r[0] != r[0]:
                raise IllegalArgumentException("requirement failed: Labels MUST NOT be Null or NaN")
            triples.append((r[0], self._feature(r[1]), r[2]))
        b, p = _glm.iso_fit(triples, self.getIsotonic())
        return self._new_model(IsotonicRegressionModel(DenseVector(b), DenseVector(p)))

class IsotonicRegressionModel(Model, _IsotonicRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.IsotonicRegressionModel"

    def __init__(self, boundaries=None, predictions=None):
        super(IsotonicRegressionModel, self).__init__()
        self._boundaries = boundaries if boundaries is not None else DenseVector([])
        self._predictions = predictions if predictions is not None else DenseVector([])
        self._h = None

    def setFeaturesCol(self, value):
        return self._set(featuresCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setFeatureIndex(self, value):
        return self._set(featureIndex=value)

    @property
    def boundaries(self):
        return self._boundaries
    @property
    def predictions(self):
        return self._predictions
    @property
    def numFeatures(self):
        return 1

    def _handle(self):
        if self._h is None:
            self._h = _glm.iso_model(list(self._boundaries.toArray()), list(self._predictions.toArray()))
        return self._h

    def predict(self, value):
        return _glm.iso_predict(self._handle(), float(value))

    def _transform(self, dataset):
        from pyspark.sql.types import DoubleType
        if not self.getPredictionCol():
            return dataset
        h = self._handle()
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getPredictionCol(), DoubleType())],
                             lambda v: (_glm.iso_predict(h, self._feature(v)),))

    def _model_data(self):
        return {"boundaries": list(self._boundaries.toArray()), "predictions": list(self._predictions.toArray()), "isotonic": bool(self.getIsotonic())}
    def _set_model_data(self, data):
        self._boundaries = DenseVector(data["boundaries"])
        self._predictions = DenseVector(data["predictions"])
        self._h = None

    def __repr__(self):
        return "IsotonicRegressionModel: uid=%s, numFeatures=%d" % (self.uid, self.numFeatures)
    __str__ = __repr__

for _c in [AFTSurvivalRegression, AFTSurvivalRegressionModel, IsotonicRegression, IsotonicRegressionModel]:
    _register_java_class(_c._java_class, _c)
`;
