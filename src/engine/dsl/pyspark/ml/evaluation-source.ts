/**
 * `pyspark.ml.evaluation` (Python source): the evaluators with Spark 3.5's metrics —
 * RegressionMetrics (weighted), BinaryClassificationMetrics (ROC / PR curves over distinct
 * scores, numBins down-sampling, trapezoid areas), MulticlassMetrics (per-label and weighted
 * rates, logLoss, hammingLoss), the silhouette of ClusteringEvaluator, multilabel and ranking.
 */
export const EVALUATION = String.raw`
import math as _math
from pyspark.ml.param import Param, Params, TypeConverters, keyword_only
from pyspark.ml.param.shared import HasLabelCol, HasPredictionCol, HasRawPredictionCol, HasFeaturesCol, HasWeightCol, HasProbabilityCol
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.ml.linalg import Vector

__all__ = ["Evaluator", "BinaryClassificationEvaluator", "RegressionEvaluator", "MulticlassClassificationEvaluator",
           "MultilabelClassificationEvaluator", "ClusteringEvaluator", "RankingEvaluator"]

class Evaluator(Params):
    def _evaluate(self, dataset):
        raise NotImplementedError()
    def evaluate(self, dataset, params=None):
        if params is None:
            params = dict()
        if isinstance(params, dict):
            if params:
                return self.copy(params)._evaluate(dataset)
            return self._evaluate(dataset)
        raise TypeError("Params must be a param map but got %s." % type(params))
    def isLargerBetter(self):
        return True

JavaEvaluator = Evaluator

def _rows(dataset, cols):
    return [tuple(r) for r in dataset.select(*cols).collect()]

def _weight_rows(dataset, cols, weightCol):
    from pyspark.sql.functions import col, lit
    c = [col(x) for x in cols] + [col(weightCol).cast("double") if weightCol else lit(1.0)]
    return [tuple(r) for r in dataset.select(*c).collect()]

def _opt_weight(ev):
    return ev.getOrDefault(ev.weightCol) if ev.isDefined(ev.weightCol) and ev.getOrDefault(ev.weightCol) else None

def _trapezoid(points):
    s = 0.0
    for k in range(1, len(points)):
        (x0, y0), (x1, y1) = points[k - 1], points[k]
        s += (x1 - x0) * (y1 + y0) / 2.0
    return s

def _binary_curves(scored, numBins):
    """scored: [(score, label, weight)] -> (roc points, pr points) as Spark's BinaryClassificationMetrics."""
    agg = {}
    for (s, l, w) in scored:
        a = agg.get(s)
        if a is None:
            a = [0.0, 0.0]
            agg[s] = a
        if l > 0.5:
            a[0] += w
        else:
            a[1] += w
    counts = sorted(agg.items(), key=lambda kv: -kv[0])
    if numBins > 0 and len(counts) > numBins:
        grouping = len(counts) // numBins
        if grouping >= 2:
            grouped = []
            for k in range(0, len(counts), grouping):
                chunk = counts[k:k + grouping]
                grouped.append((chunk[0][0], [sum(c[1][0] for c in chunk), sum(c[1][1] for c in chunk)]))
            counts = grouped
    totalPos = sum(c[1][0] for c in counts)
    totalNeg = sum(c[1][1] for c in counts)
    tp = 0.0
    fp = 0.0
    roc = [(0.0, 0.0)]
    pr = []
    for (s, (p, n)) in counts:
        tp += p
        fp += n
        fpr = fp / totalNeg if totalNeg else 0.0
        tpr = tp / totalPos if totalPos else 0.0
        roc.append((fpr, tpr))
        precision = tp / (tp + fp) if tp + fp else 1.0
        pr.append((tpr, precision))
    roc.append((1.0, 1.0))
    if pr:
        pr = [(0.0, pr[0][1])] + pr
    return roc, pr

class BinaryClassificationEvaluator(Evaluator, HasLabelCol, HasRawPredictionCol, HasWeightCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.BinaryClassificationEvaluator"
    metricName = Param(Params._dummy(), "metricName", "metric name in evaluation (areaUnderROC|areaUnderPR)", typeConverter=TypeConverters.toString)
    numBins = Param(Params._dummy(), "numBins", "Number of bins to down-sample the curves (ROC curve, PR curve) in area computation. If 0, no down-sampling will occur. Must be >= 0.", typeConverter=TypeConverters.toInt)

    @keyword_only
    def __init__(self, *, rawPredictionCol="rawPrediction", labelCol="label", metricName="areaUnderROC", weightCol=None, numBins=1000):
        super(BinaryClassificationEvaluator, self).__init__()
        self._setDefault(metricName="areaUnderROC", numBins=1000)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, rawPredictionCol="rawPrediction", labelCol="label", metricName="areaUnderROC", weightCol=None, numBins=1000):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setNumBins(self, value):
        return self._set(numBins=value)
    def getNumBins(self):
        return self.getOrDefault(self.numBins)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setRawPredictionCol(self, value):
        return self._set(rawPredictionCol=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)

    def _evaluate(self, dataset):
        rows = _weight_rows(dataset, [self.getRawPredictionCol(), self.getLabelCol()], _opt_weight(self))
        scored = []
        for (raw, label, w) in rows:
            s = raw[1] if isinstance(raw, Vector) else float(raw)
            scored.append((float(s), float(label), 1.0 if w is None else float(w)))
        roc, pr = _binary_curves(scored, self.getNumBins())
        if self.getMetricName() == "areaUnderPR":
            return _trapezoid(pr)
        return _trapezoid(roc)

    def isLargerBetter(self):
        return True

class RegressionEvaluator(Evaluator, HasPredictionCol, HasLabelCol, HasWeightCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.RegressionEvaluator"
    metricName = Param(Params._dummy(), "metricName", "Metric name in evaluation - one of:\n                       rmse - root mean squared error (default)\n                       mse - mean squared error\n                       r2 - r^2 metric\n                       mae - mean absolute error\n                       var - explained variance.", typeConverter=TypeConverters.toString)
    throughOrigin = Param(Params._dummy(), "throughOrigin", "whether the regression is through the origin.", typeConverter=TypeConverters.toBoolean)

    @keyword_only
    def __init__(self, *, predictionCol="prediction", labelCol="label", metricName="rmse", weightCol=None, throughOrigin=False):
        super(RegressionEvaluator, self).__init__()
        self._setDefault(metricName="rmse", throughOrigin=False)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, predictionCol="prediction", labelCol="label", metricName="rmse", weightCol=None, throughOrigin=False):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setThroughOrigin(self, value):
        return self._set(throughOrigin=value)
    def getThroughOrigin(self):
        return self.getOrDefault(self.throughOrigin)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)

    def _evaluate(self, dataset):
        from pyspark.sql.functions import col
        rows = _weight_rows(dataset, [col(self.getPredictionCol()).cast("double"), col(self.getLabelCol()).cast("double")], _opt_weight(self))
        return _regression_metric([(p, l, w) for (p, l, w) in rows], self.getMetricName(), self.getThroughOrigin())

    def isLargerBetter(self):
        return self.getMetricName() in ("r2", "var")

def _regression_metric(rows, metric, throughOrigin=False):
    W = 0.0
    sy = 0.0
    for (p, l, w) in rows:
        W += w
        sy += w * l
    ybar = sy / W if W else float("nan")
    sse = 0.0
    sae = 0.0
    sst = 0.0
    ssr = 0.0
    syy = 0.0
    for (p, l, w) in rows:
        e = l - p
        sse += w * e * e
        sae += w * abs(e)
        sst += w * (l - ybar) * (l - ybar)
        ssr += w * (p - ybar) * (p - ybar)
        syy += w * l * l
    if metric == "rmse":
        return _math.sqrt(sse / W)
    if metric == "mse":
        return sse / W
    if metric == "mae":
        return sae / W
    if metric == "var":
        return ssr / W
    if metric == "r2":
        if throughOrigin:
            return 1.0 - sse / syy
        return 1.0 - sse / sst
    raise ValueError("Unsupported metric name: %s" % metric)

class _MulticlassMetrics:
    def __init__(self, rows):
        # rows: (prediction, label, weight)
        self.tp = {}
        self.fp = {}
        self.byLabel = {}
        self.count = 0.0
        self.confusion = {}
        for (p, l, w) in rows:
            self.count += w
            self.byLabel[l] = self.byLabel.get(l, 0.0) + w
            if p == l:
                self.tp[l] = self.tp.get(l, 0.0) + w
            else:
                self.fp[p] = self.fp.get(p, 0.0) + w
        self.labels = sorted(self.byLabel)
    def truePositiveRate(self, label):
        return self.tp.get(label, 0.0) / self.byLabel[label] if self.byLabel.get(label) else 0.0
    def falsePositiveRate(self, label):
        n = self.count - self.byLabel.get(label, 0.0)
        return self.fp.get(label, 0.0) / n if n else 0.0
    def precision(self, label):
        tp = self.tp.get(label, 0.0)
        fp = self.fp.get(label, 0.0)
        return tp / (tp + fp) if tp + fp else 0.0
    def recall(self, label):
        return self.truePositiveRate(label)
    def fMeasure(self, label, beta=1.0):
        p = self.precision(label)
        r = self.recall(label)
        b2 = beta * beta
        return 0.0 if p + r == 0 else (1 + b2) * p * r / (b2 * p + r)
    @property
    def accuracy(self):
        return sum(self.tp.values()) / self.count
    def _weighted(self, f):
        return sum(f(l) * self.byLabel[l] / self.count for l in self.labels)

class MulticlassClassificationEvaluator(Evaluator, HasLabelCol, HasPredictionCol, HasWeightCol, HasProbabilityCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator"
    metricName = Param(Params._dummy(), "metricName", "metric name in evaluation (f1|accuracy|weightedPrecision|weightedRecall|weightedTruePositiveRate| weightedFalsePositiveRate|weightedFMeasure|truePositiveRateByLabel| falsePositiveRateByLabel|precisionByLabel|recallByLabel|fMeasureByLabel| logLoss|hammingLoss)", typeConverter=TypeConverters.toString)
    metricLabel = Param(Params._dummy(), "metricLabel", "The class whose metric will be computed in truePositiveRateByLabel|falsePositiveRateByLabel|precisionByLabel|recallByLabel|fMeasureByLabel. Must be >= 0. The default value is 0.", typeConverter=TypeConverters.toFloat)
    beta = Param(Params._dummy(), "beta", "The beta value used in weightedFMeasure|fMeasureByLabel. Must be > 0. The default value is 1.", typeConverter=TypeConverters.toFloat)
    eps = Param(Params._dummy(), "eps", "log-loss is undefined for p=0 or p=1, so probabilities are clipped to max(eps, min(1 - eps, p)). Must be in range (0, 0.5). The default value is 1e-15.", typeConverter=TypeConverters.toFloat)

    @keyword_only
    def __init__(self, *, predictionCol="prediction", labelCol="label", metricName="f1", weightCol=None, metricLabel=0.0, beta=1.0, probabilityCol="probability", eps=1e-15):
        super(MulticlassClassificationEvaluator, self).__init__()
        self._setDefault(metricName="f1", metricLabel=0.0, beta=1.0, eps=1e-15)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, predictionCol="prediction", labelCol="label", metricName="f1", weightCol=None, metricLabel=0.0, beta=1.0, probabilityCol="probability", eps=1e-15):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setMetricLabel(self, value):
        return self._set(metricLabel=value)
    def getMetricLabel(self):
        return self.getOrDefault(self.metricLabel)
    def setBeta(self, value):
        return self._set(beta=value)
    def getBeta(self):
        return self.getOrDefault(self.beta)
    def setEps(self, value):
        return self._set(eps=value)
    def getEps(self):
        return self.getOrDefault(self.eps)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setProbabilityCol(self, value):
        return self._set(probabilityCol=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)

    def _evaluate(self, dataset):
        from pyspark.sql.functions import col
        name = self.getMetricName()
        if name == "logLoss":
            rows = _weight_rows(dataset, [col(self.getProbabilityCol()), col(self.getLabelCol()).cast("double")], _opt_weight(self))
            eps = self.getEps()
            total = 0.0
            W = 0.0
            for (prob, label, w) in rows:
                p = prob[int(label)]
                p = max(eps, min(1.0 - eps, p))
                total -= w * _math.log(p)
                W += w
            return total / W
        rows = _weight_rows(dataset, [col(self.getPredictionCol()).cast("double"), col(self.getLabelCol()).cast("double")], _opt_weight(self))
        m = _MulticlassMetrics(rows)
        label = self.getMetricLabel()
        beta = self.getBeta()
        if name == "f1":
            return m._weighted(lambda l: m.fMeasure(l, 1.0))
        if name == "accuracy":
            return m.accuracy
        if name == "weightedPrecision":
            return m._weighted(m.precision)
        if name in ("weightedRecall", "weightedTruePositiveRate"):
            return m._weighted(m.recall)
        if name == "weightedFalsePositiveRate":
            return m._weighted(m.falsePositiveRate)
        if name == "weightedFMeasure":
            return m._weighted(lambda l: m.fMeasure(l, beta))
        if name in ("truePositiveRateByLabel", "recallByLabel"):
            return m.truePositiveRate(label)
        if name == "falsePositiveRateByLabel":
            return m.falsePositiveRate(label)
        if name == "precisionByLabel":
            return m.precision(label)
        if name == "fMeasureByLabel":
            return m.fMeasure(label, beta)
        if name == "hammingLoss":
            return sum(w for (p, l, w) in rows if p != l) / m.count
        raise ValueError("Unsupported metric name: %s" % name)

    def isLargerBetter(self):
        return self.getMetricName() not in ("weightedFalsePositiveRate", "falsePositiveRateByLabel", "logLoss", "hammingLoss")

class MultilabelClassificationEvaluator(Evaluator, HasLabelCol, HasPredictionCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.MultilabelClassificationEvaluator"
    metricName = Param(Params._dummy(), "metricName", "metric name in evaluation (subsetAccuracy|accuracy|hammingLoss|precision|recall|f1Measure|precisionByLabel|recallByLabel|f1MeasureByLabel|microPrecision|microRecall|microF1Measure)", typeConverter=TypeConverters.toString)
    metricLabel = Param(Params._dummy(), "metricLabel", "The class whose metric will be computed in precisionByLabel|recallByLabel|f1MeasureByLabel. Must be >= 0. The default value is 0.", typeConverter=TypeConverters.toFloat)

    @keyword_only
    def __init__(self, *, predictionCol="prediction", labelCol="label", metricName="f1Measure", metricLabel=0.0):
        super(MultilabelClassificationEvaluator, self).__init__()
        self._setDefault(metricName="f1Measure", metricLabel=0.0)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, predictionCol="prediction", labelCol="label", metricName="f1Measure", metricLabel=0.0):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setMetricLabel(self, value):
        return self._set(metricLabel=value)
    def getMetricLabel(self):
        return self.getOrDefault(self.metricLabel)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)

    def _evaluate(self, dataset):
        rows = [(set(p), set(l)) for (p, l) in _rows(dataset, [self.getPredictionCol(), self.getLabelCol()])]
        n = float(len(rows))
        name = self.getMetricName()
        labels = set()
        for (p, l) in rows:
            labels |= l
        numLabels = len(labels)
        tp = sum(len(p & l) for (p, l) in rows)
        fp = sum(len(p - l) for (p, l) in rows)
        fn = sum(len(l - p) for (p, l) in rows)
        if name == "subsetAccuracy":
            return sum(1.0 for (p, l) in rows if p == l) / n
        if name == "accuracy":
            return sum(len(p & l) / float(len(p | l)) if p | l else 1.0 for (p, l) in rows) / n
        if name == "hammingLoss":
            return sum(len(p - l) + len(l - p) for (p, l) in rows) / (n * numLabels)
        if name == "precision":
            return sum(len(p & l) / float(len(p)) if p else 0.0 for (p, l) in rows) / n
        if name == "recall":
            return sum(len(p & l) / float(len(l)) if l else 0.0 for (p, l) in rows) / n
        if name == "f1Measure":
            return sum(2.0 * len(p & l) / (len(p) + len(l)) if p or l else 0.0 for (p, l) in rows) / n
        if name == "microPrecision":
            return tp / float(tp + fp)
        if name == "microRecall":
            return tp / float(tp + fn)
        if name == "microF1Measure":
            return 2.0 * tp / (2 * tp + fp + fn)
        label = self.getMetricLabel()
        ltp = sum(1.0 for (p, l) in rows if label in p and label in l)
        lfp = sum(1.0 for (p, l) in rows if label in p and label not in l)
        lfn = sum(1.0 for (p, l) in rows if label not in p and label in l)
        prec = ltp / (ltp + lfp) if ltp + lfp else 0.0
        rec = ltp / (ltp + lfn) if ltp + lfn else 0.0
        if name == "precisionByLabel":
            return prec
        if name == "recallByLabel":
            return rec
        if name == "f1MeasureByLabel":
            return 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        raise ValueError("Unsupported metric name: %s" % name)

    def isLargerBetter(self):
        return self.getMetricName() != "hammingLoss"

class RankingEvaluator(Evaluator, HasLabelCol, HasPredictionCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.RankingEvaluator"
    metricName = Param(Params._dummy(), "metricName", "metric name in evaluation (meanAveragePrecision|meanAveragePrecisionAtK|precisionAtK|ndcgAtK|recallAtK)", typeConverter=TypeConverters.toString)
    k = Param(Params._dummy(), "k", "The ranking position value used in meanAveragePrecisionAtK|precisionAtK|ndcgAtK|recallAtK. Must be > 0. The default value is 10.", typeConverter=TypeConverters.toInt)

    @keyword_only
    def __init__(self, *, predictionCol="prediction", labelCol="label", metricName="meanAveragePrecision", k=10):
        super(RankingEvaluator, self).__init__()
        self._setDefault(metricName="meanAveragePrecision", k=10)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, predictionCol="prediction", labelCol="label", metricName="meanAveragePrecision", k=10):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setK(self, value):
        return self._set(k=value)
    def getK(self):
        return self.getOrDefault(self.k)
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)

    def _evaluate(self, dataset):
        rows = _rows(dataset, [self.getPredictionCol(), self.getLabelCol()])
        name = self.getMetricName()
        k = self.getK()
        total = 0.0
        for (pred, lab) in rows:
            pred = list(pred)
            labSet = set(lab)
            if name == "meanAveragePrecision" or name == "meanAveragePrecisionAtK":
                n = len(pred) if name == "meanAveragePrecision" else min(len(pred), k)
                if labSet:
                    hits = 0
                    s = 0.0
                    for i in range(n):
                        if pred[i] in labSet:
                            hits += 1
                            s += hits / (i + 1.0)
                    total += s / (len(labSet) if name == "meanAveragePrecision" else min(len(labSet), k))
            elif name == "precisionAtK":
                if labSet:
                    total += sum(1.0 for x in pred[:k] if x in labSet) / k
            elif name == "recallAtK":
                if labSet:
                    total += sum(1.0 for x in pred[:k] if x in labSet) / len(labSet)
            elif name == "ndcgAtK":
                if labSet:
                    labSize = len(labSet)
                    n = max(min(len(pred), k), min(labSize, k))
                    dcg = 0.0
                    maxDcg = 0.0
                    for i in range(n):
                        gain = 1.0 / _math.log(i + 2)
                        if i < len(pred) and i < k and pred[i] in labSet:
                            dcg += gain
                        if i < labSize:
                            maxDcg += gain
                    total += dcg / maxDcg
            else:
                raise ValueError("Unsupported metric name: %s" % name)
        return total / len(rows)

    def isLargerBetter(self):
        return True

class ClusteringEvaluator(Evaluator, HasPredictionCol, HasFeaturesCol, HasWeightCol, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.evaluation.ClusteringEvaluator"
    metricName = Param(Params._dummy(), "metricName", "metric name in evaluation (silhouette)", typeConverter=TypeConverters.toString)
    distanceMeasure = Param(Params._dummy(), "distanceMeasure", "The distance measure. Supported options: 'squaredEuclidean' and 'cosine'.", typeConverter=TypeConverters.toString)

    @keyword_only
    def __init__(self, *, predictionCol="prediction", featuresCol="features", metricName="silhouette", distanceMeasure="squaredEuclidean", weightCol=None):
        super(ClusteringEvaluator, self).__init__()
        self._setDefault(metricName="silhouette", distanceMeasure="squaredEuclidean")
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, predictionCol="prediction", featuresCol="features", metricName="silhouette", distanceMeasure="squaredEuclidean", weightCol=None):
        return self._set(**self._input_kwargs)

    def setMetricName(self, value):
        return self._set(metricName=value)
    def getMetricName(self):
        return self.getOrDefault(self.metricName)
    def setDistanceMeasure(self, value):
        return self._set(distanceMeasure=value)
    def getDistanceMeasure(self):
        return self.getOrDefault(self.distanceMeasure)
    def setFeaturesCol(self, value):
        return self._set(featuresCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)

    def _evaluate(self, dataset):
        from pyspark.sql.functions import col
        rows = _weight_rows(dataset, [col(self.getFeaturesCol()), col(self.getPredictionCol()).cast("double")], _opt_weight(self))
        cosine = self.getDistanceMeasure() == "cosine"
        pts = []
        for (f, c, w) in rows:
            x = list(f.toArray())
            if cosine:
                n = _math.sqrt(sum(v * v for v in x))
                x = [v / n for v in x] if n else x
            pts.append((x, c, w))
        stats = {}
        for (x, c, w) in pts:
            s = stats.get(c)
            if s is None:
                s = [0.0, [0.0] * len(x), 0.0]
                stats[c] = s
            s[0] += w
            for i in range(len(x)):
                s[1][i] += w * x[i]
            s[2] += w * sum(v * v for v in x)
        if len(stats) < 2:
            raise ValueError("Number of clusters must be greater than one.")
        total = 0.0
        W = 0.0
        for (x, c, w) in pts:
            xx = sum(v * v for v in x)
            def avg(cl):
                s = stats[cl]
                dot = sum(a * b for (a, b) in zip(x, s[1]))
                if cosine:
                    return s[0] - dot
                return s[0] * xx - 2 * dot + s[2]
            own = stats[c]
            if own[0] - w <= 0:
                sil = 0.0
            else:
                a = avg(c) / (own[0] - w)
                b = min(avg(o) / stats[o][0] for o in stats if o != c)
                if a < b:
                    sil = 1 - a / b
                elif a > b:
                    sil = b / a - 1
                else:
                    sil = 0.0
            total += w * sil
            W += w
        return total / W

    def isLargerBetter(self):
        return True

for _c in (BinaryClassificationEvaluator, RegressionEvaluator, MulticlassClassificationEvaluator, MultilabelClassificationEvaluator, RankingEvaluator, ClusteringEvaluator):
    _register_java_class(_c._java_class, _c)
`;
