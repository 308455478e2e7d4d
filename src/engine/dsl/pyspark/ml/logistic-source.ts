/**
 * `pyspark.ml.classification` part 10 (Python source): LogisticRegression, binomial and
 * multinomial, on the kernel of src/engine/ml/algos/softmax.ts (Spark 3.5's block aggregators:
 * standardized, virtually centred, Breeze L-BFGS / OWL-QN, per-partition sums as jobs), and
 * LogisticRegressionModel (coefficientMatrix / interceptVector compressed as Spark's,
 * binary thresholds, softmax probabilities, training summary and evaluate()).
 */
export const LOGISTIC = String.raw`
import json as _json
from pyspark.ml._train import _Instances, _algos
from pyspark.ml.linalg import SparseMatrix
from pyspark.ml.feature import _compressed
_linear = _import_module("pyspark.ml._linear")
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
        d = inst.numFeatures
        stats = _summary_stats(inst)
        mean, std, wsum, count, hist, invalid = _linear.feature_summary(stats)
        numClasses = len(hist)
        if invalid:
            raise ValueError("Classification labels should be in [0 to %d]. Found %d invalid labels." % (max(numClasses - 1, 0), invalid))
        family = self.getFamily().lower()
        if family == "binomial":
            if numClasses > 2:
                raise ValueError("requirement failed: Binomial family only supports 1 or 2 outcome classes but found %d." % numClasses)
            multinomial = False
        elif family == "multinomial":
            multinomial = True
        elif family == "auto":
            multinomial = numClasses > 2
        else:
            raise ValueError("Unsupported family: %s" % family)
        if self.isDefined(self.thresholds) and self.getOrDefault(self.thresholds) is not None and len(self.getOrDefault(self.thresholds)) != numClasses:
            raise ValueError("requirement failed: LogisticRegression.train() called with non-matching numClasses and thresholds.length. numClasses=%d, but thresholds has length %d" % (numClasses, len(self.getOrDefault(self.thresholds))))
        for bp in ("lowerBoundsOnCoefficients", "upperBoundsOnCoefficients", "lowerBoundsOnIntercepts", "upperBoundsOnIntercepts"):
            if self.isSet(bp):
                raise NotImplementedError("Flint's LogisticRegression does not support bound-constrained optimization yet (%s is set)" % bp)
        sets = numClasses if multinomial else 1
        nonzero = [h for h in hist if h != 0.0]
        if self.getFitIntercept() and len(nonzero) == 1:
            k = max(range(len(hist)), key=lambda i: hist[i])
            coefM = SparseMatrix(sets, d, [0] * (sets + 1), [], [], True)
            if multinomial:
                iv = SparseVector(numClasses, [k], [float("inf")])
            else:
                iv = DenseVector([float("inf") if numClasses == 2 else float("-inf")])
            return self._make_model(dataset, coefM, iv, numClasses, multinomial, [0.0])
        p = _json.dumps({"regParam": self.getRegParam(), "elasticNetParam": self.getElasticNetParam(), "fitIntercept": self.getFitIntercept(),
                         "standardization": self.getStandardization(), "maxIter": self.getMaxIter(), "tol": self.getTol(),
                         "multinomial": multinomial, "numClasses": numClasses})
        def evaluate(ctx, coef):
            return inst.aggregate(lambda b, i: _import_module("pyspark.ml._linear").logistic_agg(b, ctx, coef))
        coefs, intercepts, hist2 = _linear.logistic_fit(stats, d, p, evaluate)
        coefM = _compressed_matrix(DenseMatrix(sets, d, coefs, True))
        iv = _compressed(list(intercepts)) if (self.getFitIntercept() or not multinomial) else SparseVector(sets, [], [])
        return self._make_model(dataset, coefM, iv, numClasses, multinomial, hist2)

    def _make_model(self, dataset, coefM, iv, numClasses, multinomial, history):
        model = self._new_model(LogisticRegressionModel(coefM, iv, numClasses, multinomial))
        model._summary = lambda: model._training_summary(dataset, history)
        return model

for _n in ["maxIter", "regParam", "elasticNetParam", "tol", "fitIntercept", "standardization", "weightCol", "aggregationDepth", "family", "lowerBoundsOnCoefficients", "upperBoundsOnCoefficients", "lowerBoundsOnIntercepts", "upperBoundsOnIntercepts", "maxBlockSizeInMB"]:
    def _mk(n):
        def setter(self, value):
            return self._set(**{n: value})
        return setter
    setattr(LogisticRegression, "set" + _n[0].upper() + _n[1:], _mk(_n))

def _compressed_matrix(m):
    """Spark's Matrix.compressed: dense, or CSC/CSR, whichever is smallest."""
    vals = [m[i, j] for i in range(m.numRows) for j in range(m.numCols)]
    nnz = len([v for v in vals if v != 0])
    csr = 12 * nnz + 4 * (m.numRows + 1) + 36
    csc = 12 * nnz + 4 * (m.numCols + 1) + 36
    dense = 8 * m.numRows * m.numCols + 12
    if dense < min(csr, csc):
        return DenseMatrix(m.numRows, m.numCols, vals, 1) if m.isTransposed else DenseMatrix(m.numRows, m.numCols, [m[i, j] for j in range(m.numCols) for i in range(m.numRows)], 0)
    if csc <= csr:
        ptrs, idx, vs = [0], [], []
        for j in range(m.numCols):
            for i in range(m.numRows):
                if m[i, j] != 0:
                    idx.append(i)
                    vs.append(m[i, j])
            ptrs.append(len(vs))
        return SparseMatrix(m.numRows, m.numCols, ptrs, idx, vs, 0)
    ptrs, idx, vs = [0], [], []
    for i in range(m.numRows):
        for j in range(m.numCols):
            if m[i, j] != 0:
                idx.append(j)
                vs.append(m[i, j])
        ptrs.append(len(vs))
    return SparseMatrix(m.numRows, m.numCols, ptrs, idx, vs, 1)

class LogisticRegressionModel(ProbabilisticClassificationModel, _LogisticRegressionParams, _LazySummaryMixin, MLWritable, MLReadable):
    def __init__(self, coefficientMatrix=None, interceptVector=None, numClasses=2, isMultinomial=False):
        super(LogisticRegressionModel, self).__init__()
        if isinstance(coefficientMatrix, Vector):
            coefficientMatrix = DenseMatrix(1, len(coefficientMatrix), list(coefficientMatrix.toArray()), 1)
        if isinstance(interceptVector, (int, float)):
            interceptVector = DenseVector([float(interceptVector)])
        self._coefM = coefficientMatrix if coefficientMatrix is not None else DenseMatrix(1, 0, [], 1)
        self._iv = interceptVector if interceptVector is not None else DenseVector([0.0])
        self._numClasses = int(numClasses)
        self._multi = bool(isMultinomial)
        self._summary = None
        self._rows = None

    def setProbabilityCol(self, value):
        return self._set(probabilityCol=value)
    def setRawPredictionCol(self, value):
        return self._set(rawPredictionCol=value)
    def setThresholds(self, value):
        self._set(thresholds=value)
        self.clear(self.threshold)
        return self

    def _coef_rows(self):
        if self._rows is None:
            m = self._coefM
            self._rows = [[float(m[i, j]) for j in range(m.numCols)] for i in range(m.numRows)]
        return self._rows

    @property
    def coefficients(self):
        if self._multi:
            raise RuntimeError("Multinomial models contain a matrix of coefficients, use coefficientMatrix instead.")
        m = self._coefM
        if isinstance(m, SparseMatrix):
            return SparseVector(m.numCols, list(m.rowIndices), list(m.values))
        return DenseVector(list(m.values))
    @property
    def intercept(self):
        if self._multi:
            raise RuntimeError("Multinomial models contain a vector of intercepts, use interceptVector instead.")
        return float(self._iv[0])
    @property
    def coefficientMatrix(self):
        return self._coefM
    @property
    def interceptVector(self):
        return self._iv
    @property
    def numClasses(self):
        return self._numClasses
    @property
    def numFeatures(self):
        return self._coefM.numCols

    def _margins(self, value):
        x = list(value.toArray())
        iv = list(self._iv.toArray())
        return [iv[k] + sum(c * v for (c, v) in zip(row, x) if v != 0) for (k, row) in enumerate(self._coef_rows())]

    def predictRaw(self, value):
        if self._multi:
            return DenseVector(self._margins(value))
        m = self._margins(value)[0]
        return DenseVector([-m, m])
    def _raw2probability(self, raw):
        if self._multi:
            return DenseVector(_softmax(list(raw.toArray())))
        m = raw[1]
        p0 = 1.0 / (1.0 + _math.exp(m)) if m < 709 else 0.0
        return DenseVector([p0, 1.0 - p0])
    def _probability2prediction(self, prob):
        if self._multi or self.isSet(self.thresholds):
            return ProbabilisticClassificationModel._probability2prediction(self, prob)
        return 1.0 if prob[1] > self.getThreshold() else 0.0

    @property
    def binarySummary(self):
        s = self.summary
        if not isinstance(s, BinaryLogisticRegressionSummary):
            raise RuntimeError("Cannot create a binary summary for a non-binary model(numClasses=%d), use summary instead." % self.numClasses)
        return s

    def _summary_args(self, predictions):
        wc = self.getWeightCol() if self.isDefined(self.weightCol) and self.getWeightCol() else None
        return (predictions, self.getPredictionCol(), self.getLabelCol(), wc, self.getProbabilityCol(), self.getFeaturesCol())

    def _training_summary(self, dataset, history):
        args = self._summary_args(self.transform(dataset))
        if self.numClasses <= 2:
            return BinaryLogisticRegressionTrainingSummary(*(args + (history,)))
        return LogisticRegressionTrainingSummary(*(args + (history,)))

    def evaluate(self, dataset):
        args = self._summary_args(self.transform(dataset))
        if self.numClasses > 2:
            return LogisticRegressionSummary(*args)
        return BinaryLogisticRegressionSummary(*args)

    def _model_data(self):
        return {"numClasses": self._numClasses, "numFeatures": self.numFeatures, "interceptVector": self._iv,
                "coefficientMatrix": self._coefM, "isMultinomial": self._multi}
    def _set_model_data(self, d):
        if "coefficientMatrix" in d:
            self._coefM = d["coefficientMatrix"]
            self._iv = d["interceptVector"]
            self._numClasses = int(d["numClasses"])
            self._multi = bool(d["isMultinomial"])
        else:
            c = d["coefficients"]
            self._coefM = DenseMatrix(1, len(c), list(c.toArray()), 1)
            self._iv = DenseVector([float(d["intercept"])])
            self._numClasses = 2
            self._multi = False
        m = self._coefM
        if isinstance(m, DenseMatrix):
            self._coefM = DenseMatrix(m.numRows, m.numCols, list(m.values), 1 if m.isTransposed else 0)
        else:
            self._coefM = SparseMatrix(m.numRows, m.numCols, m.colPtrs, m.rowIndices, m.values, 1 if m.isTransposed else 0)
        self._rows = None

    def __repr__(self):
        return "LogisticRegressionModel: uid=%s, numClasses=%d, numFeatures=%d" % (self.uid, self.numClasses, self.numFeatures)
    __str__ = __repr__

_register_classification(LogisticRegression, LogisticRegressionModel)
`;
