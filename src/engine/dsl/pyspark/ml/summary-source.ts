/**
 * `pyspark.ml.classification` part 5 (Python source): the classification summaries every
 * classifier's `summary` / `evaluate()` returns — per-label and weighted metrics over the
 * (prediction, label, weight) rows, the binary curves (roc, pr, F-measure / precision /
 * recall by threshold, areaUnderROC) as Spark's BinaryClassificationMetrics computes them
 * with 1000 bins, and the training summaries' objectiveHistory / totalIterations.
 */
export const SUMMARIES = String.raw`
from pyspark.ml.evaluation import _MulticlassMetrics, _trapezoid

def _summary_rows(predictions, cols, weightCol):
    from pyspark.sql.functions import col, lit
    c = [col(x) for x in cols]
    c.append(col(weightCol).cast("double") if weightCol and weightCol in predictions.columns else lit(1.0))
    return [tuple(r) for r in predictions.select(*c).collect()]

def _summary_stats(inst):
    """Spark's Summarizer over the training blocks: one partial per partition, merged in a tree reduce."""
    if inst.count == 0:
        raise ValueError("requirement failed: Nothing has been added to this summarizer.")
    def part(it):
        L = _import_module("pyspark.ml._linear")
        A = _import_module("pyspark.ml._algos")
        return [L.summary_part(b) for b in it if A.block_rows(b)]
    return inst.rdd.mapPartitions(part).treeReduce(lambda a, b: _import_module("pyspark.ml._linear").summary_merge(a, b), inst.depth)

class _ClassificationSummary:
    """Metrics of a classifier's predictions (predictionCol, labelCol, optional weightCol)."""
    def __init__(self, predictions, predictionCol, labelCol, weightCol=None):
        self._predictions = predictions
        self._predictionCol = predictionCol
        self._labelCol = labelCol
        self._weightCol = weightCol if weightCol else "weightCol"
        self._mm = None

    @property
    def predictions(self):
        return self._predictions
    @property
    def predictionCol(self):
        return self._predictionCol
    @property
    def labelCol(self):
        return self._labelCol
    @property
    def weightCol(self):
        return self._weightCol

    def _metrics(self):
        if self._mm is None:
            rows = _summary_rows(self._predictions, [self._predictionCol, self._labelCol], self._weightCol)
            self._mm = _MulticlassMetrics([(float(p), float(l), float(w)) for (p, l, w) in rows])
        return self._mm

    @property
    def labels(self):
        return [float(l) for l in self._metrics().labels]
    @property
    def truePositiveRateByLabel(self):
        m = self._metrics()
        return [m.truePositiveRate(l) for l in m.labels]
    @property
    def falsePositiveRateByLabel(self):
        m = self._metrics()
        return [m.falsePositiveRate(l) for l in m.labels]
    @property
    def precisionByLabel(self):
        m = self._metrics()
        return [m.precision(l) for l in m.labels]
    @property
    def recallByLabel(self):
        m = self._metrics()
        return [m.recall(l) for l in m.labels]
    def fMeasureByLabel(self, beta=1.0):
        m = self._metrics()
        return [m.fMeasure(l, beta) for l in m.labels]
    @property
    def accuracy(self):
        return self._metrics().accuracy
    @property
    def weightedTruePositiveRate(self):
        m = self._metrics()
        return m._weighted(m.truePositiveRate)
    @property
    def weightedFalsePositiveRate(self):
        m = self._metrics()
        return m._weighted(m.falsePositiveRate)
    @property
    def weightedRecall(self):
        m = self._metrics()
        return m._weighted(m.recall)
    @property
    def weightedPrecision(self):
        m = self._metrics()
        return m._weighted(m.precision)
    def weightedFMeasure(self, beta=1.0):
        m = self._metrics()
        return m._weighted(lambda l: m.fMeasure(l, beta))

class _TrainingSummary:
    def __init__(self, objectiveHistory):
        self._objectiveHistory = [float(v) for v in objectiveHistory]
    @property
    def objectiveHistory(self):
        return list(self._objectiveHistory)
    @property
    def totalIterations(self):
        return len(self._objectiveHistory) - 1

def _binary_points(scored, numBins=1000):
    """[(score, label, weight)] -> [(threshold, tp, fp)] cumulative from the highest score, binned as Spark."""
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
    if numBins > 0 and len(counts) // numBins >= 2:
        grouping = len(counts) // numBins
        grouped = []
        for k in range(0, len(counts), grouping):
            chunk = counts[k:k + grouping]
            grouped.append((chunk[-1][0], [sum(c[1][0] for c in chunk), sum(c[1][1] for c in chunk)]))
        counts = grouped
    pts = []
    tp = 0.0
    fp = 0.0
    for (s, (p, n)) in counts:
        tp += p
        fp += n
        pts.append((s, tp, fp))
    return pts

class _BinaryClassificationSummary(_ClassificationSummary):
    """Adds the binary curves over scoreCol (the probability or raw prediction's element 1)."""
    def __init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol):
        _ClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol)
        self._scoreCol = scoreCol
        self._pts = None

    @property
    def scoreCol(self):
        return self._scoreCol

    def _points(self):
        if self._pts is None:
            rows = _summary_rows(self._predictions, [self._scoreCol, self._labelCol], self._weightCol)
            scored = []
            for (v, l, w) in rows:
                s = float(v[1]) if hasattr(v, "toArray") or isinstance(v, (list, tuple)) else float(v)
                scored.append((s, float(l), float(w)))
            pts = _binary_points(scored)
            self._pos = sum(w for (s, l, w) in scored if l > 0.5)
            self._neg = sum(w for (s, l, w) in scored if not l > 0.5)
            self._pts = pts
        return self._pts

    def _df(self, rows, names):
        return self._predictions.sparkSession.createDataFrame(rows, names)

    def _roc_points(self):
        pts = self._points()
        P, N = self._pos, self._neg
        roc = [(0.0, 0.0)]
        for (s, tp, fp) in pts:
            roc.append((fp / N if N else 0.0, tp / P if P else 0.0))
        roc.append((1.0, 1.0))
        return roc

    def _pr_rows(self):
        pts = self._points()
        P = self._pos
        out = []
        for (s, tp, fp) in pts:
            prec = tp / (tp + fp) if tp + fp else 1.0
            out.append((s, tp / P if P else 0.0, prec))
        return out

    @property
    def roc(self):
        return self._df(self._roc_points(), ["FPR", "TPR"])
    @property
    def areaUnderROC(self):
        return _trapezoid(self._roc_points())
    @property
    def pr(self):
        rows = self._pr_rows()
        first = rows[0][2] if rows else 1.0
        return self._df([(0.0, first)] + [(r, p) for (s, r, p) in rows], ["recall", "precision"])
    @property
    def fMeasureByThreshold(self):
        out = []
        for (s, r, p) in self._pr_rows():
            out.append((s, 0.0 if p + r == 0 else 2.0 * p * r / (p + r)))
        return self._df(out, ["threshold", "F-Measure"])
    @property
    def precisionByThreshold(self):
        return self._df([(s, p) for (s, r, p) in self._pr_rows()], ["threshold", "precision"])
    @property
    def recallByThreshold(self):
        return self._df([(s, r) for (s, r, p) in self._pr_rows()], ["threshold", "recall"])

class LogisticRegressionSummary(_ClassificationSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol):
        _ClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol)
        self._probabilityCol = probabilityCol
        self._featuresCol = featuresCol
    @property
    def probabilityCol(self):
        return self._probabilityCol
    @property
    def featuresCol(self):
        return self._featuresCol

class LogisticRegressionTrainingSummary(LogisticRegressionSummary, _TrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol, objectiveHistory):
        LogisticRegressionSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol)
        _TrainingSummary.__init__(self, objectiveHistory)

class BinaryLogisticRegressionSummary(_BinaryClassificationSummary, LogisticRegressionSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol):
        _BinaryClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol)
        self._probabilityCol = probabilityCol
        self._featuresCol = featuresCol

class BinaryLogisticRegressionTrainingSummary(BinaryLogisticRegressionSummary, LogisticRegressionTrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol, objectiveHistory):
        BinaryLogisticRegressionSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, probabilityCol, featuresCol)
        _TrainingSummary.__init__(self, objectiveHistory)

class LinearSVCSummary(_BinaryClassificationSummary):
    pass

class LinearSVCTrainingSummary(LinearSVCSummary, _TrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol, objectiveHistory):
        LinearSVCSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol)
        _TrainingSummary.__init__(self, objectiveHistory)

class FMClassificationSummary(_BinaryClassificationSummary):
    pass

class FMClassificationTrainingSummary(FMClassificationSummary, _TrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol, objectiveHistory):
        FMClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol)
        _TrainingSummary.__init__(self, objectiveHistory)

class MultilayerPerceptronClassificationSummary(_ClassificationSummary):
    pass

class MultilayerPerceptronClassificationTrainingSummary(MultilayerPerceptronClassificationSummary, _TrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, objectiveHistory):
        MultilayerPerceptronClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol)
        _TrainingSummary.__init__(self, objectiveHistory)

class _LazySummaryMixin:
    """model.summary / hasSummary; _summary may be a zero-argument function building it on first use."""
    @property
    def hasSummary(self):
        return getattr(self, "_summary", None) is not None
    @property
    def summary(self):
        s = getattr(self, "_summary", None)
        if s is None:
            raise RuntimeError("No training summary available for this %s" % self.__class__.__name__)
        if callable(s) and not isinstance(s, _ClassificationSummary):
            s = s()
            self._summary = s
        return s
`;
