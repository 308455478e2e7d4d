/**
 * `pyspark.ml.classification` part 20 (Python source): LinearSVC on the hinge kernel of
 * src/engine/ml/algos/hinge.ts — Spark's standardized, virtually centred hinge loss with L2,
 * minimised by Breeze's OWL-QN (zero L1) with the per-partition loss/gradient as jobs —
 * and LinearSVCModel (rawPrediction [-m, m], prediction m > threshold, summary, persistence).
 */
export const SVC = String.raw`
import json as _json
from pyspark.ml._train import _Instances
from pyspark.ml.feature import _compressed
_linear = _import_module("pyspark.ml._linear")

def _opt_col(stage, name):
    return stage.getOrDefault(name) if stage.isDefined(name) and stage.getOrDefault(name) else None

class _LinearSVCParams(_ClassifierParams, HasRegParam, HasMaxIter, HasFitIntercept, HasTol, HasStandardization, HasWeightCol, HasAggregationDepth, HasThreshold, HasMaxBlockSizeInMB):
    threshold = Param(Params._dummy(), "threshold", "The threshold in binary classification applied to the linear model prediction.  This threshold can be any real number, where Inf will make all predictions 0.0 and -Inf will make all predictions 1.0.", typeConverter=TypeConverters.toFloat)
    def __init__(self, *args):
        super(_LinearSVCParams, self).__init__(*args)
        self._setDefault(maxIter=100, regParam=0.0, tol=1e-6, fitIntercept=True, standardization=True, threshold=0.0, aggregationDepth=2, maxBlockSizeInMB=0.0)

class LinearSVC(_FE, Classifier, _LinearSVCParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(LinearSVC, self).__init__()
        self._kw(kwargs)

    def _fit(self, dataset):
        wc = _opt_col(self, "weightCol")
        inst = _Instances(dataset, self.getFeaturesCol(), self.getLabelCol(), wc)
        stats = _summary_stats(inst)
        mean, std, wsum, count, hist, invalid = _linear.feature_summary(stats)
        numClasses = len(hist)
        if invalid or numClasses > 2:
            raise ValueError("Classification labels should be in [0 to 1]. Found %d invalid labels." % (invalid + sum(1 for h in hist[2:] if h)))
        if numClasses != 2:
            raise ValueError("requirement failed: LinearSVC only supports binary classification. %d classes detected in %s" % (numClasses, self.getLabelCol()))
        p = _json.dumps({"regParam": self.getRegParam(), "fitIntercept": self.getFitIntercept(), "standardization": self.getStandardization(),
                         "maxIter": self.getMaxIter(), "tol": self.getTol()})
        def evaluate(ctx, coef):
            return inst.aggregate(lambda b, i: _import_module("pyspark.ml._linear").svc_agg(b, ctx, coef))
        coef, intercept, hist = _linear.svc_fit(stats, inst.numFeatures, p, evaluate)
        model = self._new_model(LinearSVCModel(_compressed(coef), intercept))
        wcol = wc
        model._summary = lambda: LinearSVCTrainingSummary(model.transform(dataset), model.getPredictionCol(), model.getLabelCol(), wcol, model.getRawPredictionCol(), hist)
        return model

class LinearSVCModel(_FM, ClassificationModel, _LinearSVCParams, _LazySummaryMixin):
    def __init__(self, coefficients=None, intercept=0.0):
        super(LinearSVCModel, self).__init__()
        self._coefficients = coefficients if coefficients is not None else DenseVector([])
        self._intercept = float(intercept)
        self._summary = None

    @property
    def coefficients(self):
        return self._coefficients
    @property
    def intercept(self):
        return self._intercept
    @property
    def numClasses(self):
        return 2
    @property
    def numFeatures(self):
        return len(self._coefficients)
    def _repr_extra(self):
        return ", numClasses=%d, numFeatures=%d" % (self.numClasses, self.numFeatures)

    def predictRaw(self, value):
        m = float(self._coefficients.dot(value)) + self._intercept
        return DenseVector([-m, m])
    def _raw2prediction(self, raw):
        return 1.0 if raw[1] > self.getOrDefault("threshold") else 0.0
    def predict(self, value):
        return self._raw2prediction(self.predictRaw(value))

    def evaluate(self, dataset):
        preds = self.transform(dataset)
        return LinearSVCSummary(preds, self.getPredictionCol(), self.getLabelCol(), _opt_col(self, "weightCol"), self.getRawPredictionCol())

    def _model_data(self):
        return {"coefficients": self._coefficients, "intercept": self._intercept}
    def _set_model_data(self, d):
        self._coefficients = d["coefficients"]
        self._intercept = float(d["intercept"])

_register_classification(LinearSVC, LinearSVCModel)
`;
