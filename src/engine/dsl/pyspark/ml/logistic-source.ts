/**
 * `pyspark.ml.classification` part 10 (Python source): binomial LogisticRegression on the
 * kernel of src/engine/ml/algos/logistic.ts (Spark's scaled objective, L-BFGS / OWL-QN).
 * The multinomial family is not implemented yet (it raises NotImplementedError).
 */
export const LOGISTIC = String.raw`
import json as _json
from pyspark.ml._train import _Instances, _algos
from pyspark.ml.param import keyword_only
from pyspark.ml.util import MLReadable, MLWritable

class _LogisticRegressionParams(_ProbabilisticClassifierParams, HasRegParam, HasElasticNetParam, HasMaxIter, HasFitIntercept, HasTol, HasStandardization, HasWeightCol, HasAggregationDepth, HasThreshold, HasMaxBlockSizeInMB):
    threshold = Param(Params._dummy(), "threshold", "Threshold in binary classification prediction, in range [0, 1]. If threshold and thresholds are both set, they must match.e.g. if threshold is p, then thresholds must be equal to [1-p, p].", typeConverter=TypeConverters.toFloat)
    family = Param(Params._dummy(), "family", "The name of family which is a description of the label distribution to be used in the model. Supported options: auto, binomial, multinomial", typeConverter=TypeConverters.toString)
    lowerBoundsOnCoefficients = Param(Params._dummy(), "lowerBoundsOnCoefficients", "The lower bounds on coefficients if fitting under bound constrained optimization. The bound matrix must be compatible with the shape (1, number of features) for binomial regression, or (number of classes, number of features) for multinomial regression.", typeConverter=TypeConverters.toMatrix)
    upperBoundsOnCoefficients = Param(Params._dummy(), "upperBoundsOnCoefficients", "The upper bounds on coefficients if fitting under bound constrained optimization. The bound matrix must be compatible with the shape (1, number of features) for binomial regression, or (number of classes, number of features) for multinomial regression.", typeConverter=TypeConverters.toMatrix)
    lowerBoundsOnIntercepts = Param(Params._dummy(), "lowerBoundsOnIntercepts", "The lower bounds on intercepts if fitting under bound constrained optimization. The bounds vector size must beequal with 1 for binomial regression, or the number oflasses for multinomial regression.", typeConverter=TypeConverters.toVector)
    upperBoundsOnIntercepts = Param(Params._dummy(), "upperBoundsOnIntercepts", "The upper bounds on intercepts if fitting under bound constrained optimization. The bound vector size must be equal with 1 for binomial regression, or the number of classes for multinomial regression.", typeConverter=TypeConverters.toVector)

    def __init__(self, *args):
        super(_LogisticRegressionParams, self).__init__(*args)
        self._setDefault(maxIter=100, regParam=0.0, tol=1e-6, threshold=0.5, family="auto", maxBlockSizeInMB=0.0)

    def setThreshold(self, value):
        self._set(threshold=value)
        self.clear(self.thresholds)
        return self
    def getThreshold(self):
        if self.isSet(self.thresholds):
            ts = self.getOrDefault(self.thresholds)
            if len(ts) != 2:
                raise ValueError("Logistic Regression getThreshold only applies to binary classification, but thresholds has length != 2.  thresholds: " + ",".join(ts))
            return 1.0 / (1.0 + ts[0] / ts[1])
        return self.getOrDefault(self.threshold)
    def getFamily(self):
        return self.getOrDefault(self.family)
    def getLowerBoundsOnCoefficients(self):
        return self.getOrDefault(self.lowerBoundsOnCoefficients)
    def getUpperBoundsOnCoefficients(self):
        return self.getOrDefault(self.upperBoundsOnCoefficients)
    def getLowerBoundsOnIntercepts(self):
        return self.getOrDefault(self.lowerBoundsOnIntercepts)
    def getUpperBoundsOnIntercepts(self):
        return self.getOrDefault(self.upperBoundsOnIntercepts)

class LogisticRegression(ProbabilisticClassifier, _LogisticRegressionParams, MLWritable, MLReadable):
    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxIter=100, regParam=0.0, elasticNetParam=0.0, tol=1e-6, fitIntercept=True, threshold=0.5, thresholds=None, probabilityCol="probability", rawPredictionCol="rawPrediction", standardization=True, weightCol=None, aggregationDepth=2, family="auto", lowerBoundsOnCoefficients=None, upperBoundsOnCoefficients=None, lowerBoundsOnIntercepts=None, upperBoundsOnIntercepts=None, maxBlockSizeInMB=0.0):
        super(LogisticRegression, self).__init__()
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxIter=100, regParam=0.0, elasticNetParam=0.0, tol=1e-6, fitIntercept=True, threshold=0.5, thresholds=None, probabilityCol="probability", rawPredictionCol="rawPrediction", standardization=True, weightCol=None, aggregationDepth=2, family="auto", lowerBoundsOnCoefficients=None, upperBoundsOnCoefficients=None, lowerBoundsOnIntercepts=None, upperBoundsOnIntercepts=None, maxBlockSizeInMB=0.0):
        return self._set(**self._input_kwargs)

    def _fit(self, dataset):
        wc = self.getWeightCol() if self.isDefined(self.weightCol) and self.getWeightCol() else None
        inst = _Instances(dataset, self.getFeaturesCol(), self.getLabelCol(), wc)
        labels = [l for b in inst.blocks for l in _algos.block_labels(b)]
        numClasses = int(max(labels + [1.0])) + 1
        family = self.getFamily().lower()
        if family == "multinomial" or (family == "auto" and numClasses > 2):
            raise NotImplementedError("Flint's LogisticRegression supports the binomial family only")
        p = _json.dumps({"regParam": self.getRegParam(), "elasticNetParam": self.getElasticNetParam(), "fitIntercept": self.getFitIntercept(),
                         "standardization": self.getStandardization(), "maxIter": self.getMaxIter(), "tol": self.getTol()})
        coef, intercept, hist = _algos.logistic_binomial(inst.blocks, inst.numFeatures, p)
        model = self._new_model(LogisticRegressionModel(DenseVector(coef), intercept))
        model._history = hist
        return model

for _n in ["maxIter", "regParam", "elasticNetParam", "tol", "fitIntercept", "standardization", "weightCol", "aggregationDepth", "family", "lowerBoundsOnCoefficients", "upperBoundsOnCoefficients", "lowerBoundsOnIntercepts", "upperBoundsOnIntercepts", "maxBlockSizeInMB"]:
    def _mk(n):
        def setter(self, value):
            return self._set(**{n: value})
        return setter
    setattr(LogisticRegression, "set" + _n[0].upper() + _n[1:], _mk(_n))

class LogisticRegressionModel(ProbabilisticClassificationModel, _LogisticRegressionParams, MLWritable, MLReadable):
    def __init__(self, coefficients=None, intercept=0.0):
        super(LogisticRegressionModel, self).__init__()
        self._coefficients = coefficients if coefficients is not None else DenseVector([])
        self._intercept = float(intercept)
        self._history = [0.0]

    def setProbabilityCol(self, value):
        return self._set(probabilityCol=value)
    def setRawPredictionCol(self, value):
        return self._set(rawPredictionCol=value)
    def setThresholds(self, value):
        self._set(thresholds=value)
        self.clear(self.threshold)
        return self

    @property
    def coefficients(self):
        return self._coefficients
    @property
    def intercept(self):
        return self._intercept
    @property
    def coefficientMatrix(self):
        return DenseMatrix(1, len(self._coefficients), list(self._coefficients), True)
    @property
    def interceptVector(self):
        return DenseVector([self._intercept])
    @property
    def numClasses(self):
        return 2
    @property
    def numFeatures(self):
        return len(self._coefficients)

    def predictRaw(self, value):
        m = float(self._coefficients.dot(value)) + self._intercept
        return DenseVector([-m, m])
    def _raw2probability(self, raw):
        m = raw[1]
        p = 1.0 / (1.0 + _math.exp(-m)) if m > -700 else 0.0
        return DenseVector([1.0 - p, p])
    def _probability2prediction(self, prob):
        if self.isSet(self.thresholds):
            return ProbabilisticClassificationModel._probability2prediction(self, prob)
        return 1.0 if prob[1] > self.getThreshold() else 0.0

    def _model_data(self):
        return {"coefficients": self._coefficients, "intercept": self._intercept}
    def _set_model_data(self, d):
        self._coefficients = d["coefficients"]
        self._intercept = float(d["intercept"])

    def __repr__(self):
        return "LogisticRegressionModel: uid=%s, numClasses=%d, numFeatures=%d" % (self.uid, self.numClasses, self.numFeatures)
    __str__ = __repr__

_register_classification(LogisticRegression, LogisticRegressionModel)
`;
