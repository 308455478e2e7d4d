/**
 * `pyspark.ml.classification` part 0 (Python source): the classifier base classes —
 * Classifier / ClassificationModel (rawPrediction, prediction) and ProbabilisticClassifier /
 * ProbabilisticClassificationModel (probability, thresholds: argmax of p / t, as Spark's
 * probability2prediction) — that the estimator parts of the module build on; and NaiveBayes
 * (multinomial, bernoulli, complement, gaussian) as part 50.
 */
export const CLASSIFICATION_BASE = String.raw`
import math as _math
from pyspark.ml.param import Param, Params, TypeConverters
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Predictor, PredictionModel, _with_columns
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors, Vector, VectorUDT, DenseMatrix
from pyspark.ml.feature import _FE, _FM, _p
from pyspark.ml.util import _register_java_class
from pyspark.sql.types import DoubleType

def _register_classification(*classes):
    for c in classes:
        c._java_class = "org.apache.spark.ml.classification." + c.__name__
        _register_java_class(c._java_class, c)

class _ClassifierParams(HasLabelCol, HasFeaturesCol, HasPredictionCol, HasRawPredictionCol):
    pass

class _ProbabilisticClassifierParams(_ClassifierParams, HasProbabilityCol, HasThresholds):
    pass

class Classifier(Predictor, _ClassifierParams):
    def setRawPredictionCol(self, value):
        return self._set(rawPredictionCol=value)

class ProbabilisticClassifier(Classifier, _ProbabilisticClassifierParams):
    def setProbabilityCol(self, value):
        return self._set(probabilityCol=value)
    def setThresholds(self, value):
        return self._set(thresholds=value)

def _argmax(xs):
    best = 0
    for i in range(1, len(xs)):
        if xs[i] > xs[best]:
            best = i
    return best

class ClassificationModel(PredictionModel, _ClassifierParams):
    @property
    def numClasses(self):
        raise NotImplementedError()
    def predictRaw(self, value):
        raise NotImplementedError()
    def _raw2prediction(self, raw):
        return float(_argmax(list(raw.toArray())))
    def predict(self, value):
        return self._raw2prediction(self.predictRaw(value))
    def _transform(self, dataset):
        rawCol = self.getOrDefault("rawPredictionCol")
        predCol = self.getOrDefault("predictionCol")
        outs = []
        if rawCol:
            outs.append((rawCol, VectorUDT()))
        if predCol:
            outs.append((predCol, DoubleType()))
        def fn(v):
            if v is None:
                return tuple(None for _ in outs)
            raw = self.predictRaw(v)
            res = []
            if rawCol:
                res.append(raw)
            if predCol:
                res.append(self._raw2prediction(raw))
            return tuple(res)
        return _with_columns(dataset, [self.getFeaturesCol()], outs, fn)

class ProbabilisticClassificationModel(ClassificationModel, _ProbabilisticClassifierParams):
    def _raw2probability(self, raw):
        raise NotImplementedError()
    def _probability2prediction(self, prob):
        p = list(prob.toArray())
        if self.isDefined("thresholds"):
            t = self.getOrDefault("thresholds")
            scaled = [(float("inf") if ti == 0 else pi / ti) if not (ti == 0 and pi == 0) else 0.0 for (pi, ti) in zip(p, t)]
            return float(_argmax(scaled))
        return float(_argmax(p))
    def predictProbability(self, value):
        return self._raw2probability(self.predictRaw(value))
    def predict(self, value):
        return self._probability2prediction(self.predictProbability(value))
    def _transform(self, dataset):
        rawCol = self.getOrDefault("rawPredictionCol")
        probCol = self.getOrDefault("probabilityCol")
        predCol = self.getOrDefault("predictionCol")
        outs = []
        if rawCol:
            outs.append((rawCol, VectorUDT()))
        if probCol:
            outs.append((probCol, VectorUDT()))
        if predCol:
            outs.append((predCol, DoubleType()))
        def fn(v):
            if v is None:
                return tuple(None for _ in outs)
            raw = self.predictRaw(v)
            prob = self._raw2probability(raw)
            res = []
            if rawCol:
                res.append(raw)
            if probCol:
                res.append(prob)
            if predCol:
                res.append(self._probability2prediction(prob))
            return tuple(res)
        return _with_columns(dataset, [self.getFeaturesCol()], outs, fn)

def _softmax(xs):
    m = max(xs)
    es = [_math.exp(x - m) for x in xs]
    s = sum(es)
    return [e / s for e in es]
`;

export const NAIVE_BAYES = String.raw`
class _NaiveBayesParams(_ProbabilisticClassifierParams, HasWeightCol):
    smoothing = _p("smoothing", "The smoothing parameter, should be >= 0, default is 1.0", "toFloat")
    modelType = _p("modelType", "The model type which is a string (case-sensitive). Supported options: multinomial (default), bernoulli and gaussian.", "toString")
    def __init__(self, *args):
        super(_NaiveBayesParams, self).__init__(*args)
        self._setDefault(smoothing=1.0, modelType="multinomial")

class NaiveBayes(_FE, ProbabilisticClassifier, _NaiveBayesParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(NaiveBayes, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        from pyspark.sql.functions import col, lit
        wc = self.getOrDefault("weightCol") if self.isDefined("weightCol") and self.getOrDefault("weightCol") else None
        rows = dataset.select(col(self.getLabelCol()).cast("double"), col(self.getFeaturesCol()),
                              col(wc).cast("double") if wc else lit(1.0)).collect()
        mt = self.getOrDefault("modelType")
        lam = self.getOrDefault("smoothing")
        d = len(rows[0][1]) if rows else 0
        labels = sorted(set(r[0] for r in rows))
        numLabels = int(max(labels)) + 1 if labels else 0
        n = [0.0] * numLabels
        sums = [[0.0] * d for _ in range(numLabels)]
        sq = [[0.0] * d for _ in range(numLabels)]
        for (y, v, w) in rows:
            x = v.toArray()
            if mt in ("multinomial", "complement"):
                for xv in x:
                    if xv < 0:
                        raise ValueError("requirement failed: Naive Bayes requires nonnegative feature values but found %s." % v)
            if mt == "bernoulli":
                for xv in x:
                    if xv not in (0.0, 1.0):
                        raise ValueError("requirement failed: Bernoulli naive Bayes requires 0 or 1 feature values but found %s." % v)
            c = int(y)
            n[c] += w
            for j in range(d):
                sums[c][j] += w * x[j]
                sq[c][j] += w * x[j] * x[j]
        present = [c for c in range(numLabels) if n[c] > 0]
        k = len(present)
        total = sum(n)
        theta = []
        sigma = []
        pi = []
        if mt == "gaussian":
            for c in present:
                pi.append(_math.log(n[c] / total))
                mean = [s / n[c] for s in sums[c]]
                theta.append(mean)
                sigma.append([sq[c][j] / n[c] - mean[j] * mean[j] for j in range(d)])
            eps = 1e-9 * max([max(r) for r in sigma] + [0.0])
            sigma = [[max(v, 0.0) + eps for v in r] for r in sigma]
        else:
            piLogDenom = _math.log(total + k * lam)
            featureSum = [sum(sums[c][j] for c in present) for j in range(d)]
            for c in present:
                pi.append(_math.log(n[c] + lam) - piLogDenom)
                if mt == "multinomial":
                    den = _math.log(sum(sums[c]) + d * lam)
                    theta.append([_math.log(sums[c][j] + lam) - den for j in range(d)])
                elif mt == "bernoulli":
                    den = _math.log(n[c] + 2.0 * lam)
                    theta.append([_math.log(sums[c][j] + lam) - den for j in range(d)])
                elif mt == "complement":
                    comp = [featureSum[j] - sums[c][j] for j in range(d)]
                    den = _math.log(sum(comp) + d * lam)
                    theta.append([_math.log(comp[j] + lam) - den for j in range(d)])
                else:
                    raise ValueError("Invalid modelType: %s." % mt)
        thetaM = DenseMatrix(k, d, [v for r in theta for v in r], 1)
        sigmaM = DenseMatrix(k, d, [v for r in sigma for v in r], 1) if mt == "gaussian" else DenseMatrix(0, 0, [], 0)
        return self._new_model(NaiveBayesModel(DenseVector(pi), thetaM, sigmaM))

class NaiveBayesModel(_FM, ProbabilisticClassificationModel, _NaiveBayesParams):
    def __init__(self, pi=None, theta=None, sigma=None):
        super(NaiveBayesModel, self).__init__()
        self.pi = pi
        self.theta = theta
        self.sigma = sigma
    def _repr_extra(self):
        return ", modelType=%s, numClasses=%d, numFeatures=%d" % (self.getOrDefault("modelType"), self.numClasses, self.numFeatures)
    @property
    def numClasses(self):
        return len(self.pi) if self.pi is not None else 0
    @property
    def numFeatures(self):
        return self.theta.numCols if self.theta is not None else 0
    def _model_data(self):
        return {"pi": self.pi, "theta": self.theta, "sigma": self.sigma}
    def _set_model_data(self, d):
        self.pi = d["pi"]
        m = d["theta"]
        self.theta = DenseMatrix(m.numRows, m.numCols, list(m.values), 1 if m.isTransposed else 0)
        s = d["sigma"]
        self.sigma = DenseMatrix(s.numRows, s.numCols, list(s.values), 1 if s.isTransposed else 0)
    def predictRaw(self, value):
        x = list(value.toArray())
        mt = self.getOrDefault("modelType")
        k = self.numClasses
        d = self.numFeatures
        pi = list(self.pi.toArray())
        th = [[self.theta[c, j] for j in range(d)] for c in range(k)]
        if mt == "multinomial":
            return DenseVector([pi[c] + sum(th[c][j] * x[j] for j in range(d)) for c in range(k)])
        if mt == "complement":
            raw = [sum(th[c][j] * x[j] for j in range(d)) for c in range(k)]
            return DenseVector(raw)
        if mt == "bernoulli":
            out = []
            for c in range(k):
                s = pi[c]
                for j in range(d):
                    t = th[c][j]
                    s += t * x[j] + _math.log(1 - _math.exp(t)) * (1 - x[j])
                out.append(s)
            return DenseVector(out)
        sg = [[self.sigma[c, j] for j in range(d)] for c in range(k)]
        out = []
        for c in range(k):
            s = pi[c]
            for j in range(d):
                v = sg[c][j]
                s -= 0.5 * (_math.log(2 * _math.pi * v) + (x[j] - th[c][j]) ** 2 / v)
            out.append(s)
        return DenseVector(out)
    def _raw2probability(self, raw):
        if self.getOrDefault("modelType") == "complement":
            r = list(raw.toArray())
            s = sum(r)
            return DenseVector(_softmax(r))
        return DenseVector(_softmax(list(raw.toArray())))

_register_classification(NaiveBayes, NaiveBayesModel)
`;
