/**
 * Tree-ensemble training shared by the classifiers and GBTs (Python source):
 * `pyspark.ml._ensembles` grows trees over an RDD of blocks (level-wise statistics merged
 * with treeReduce, as `pyspark.ml.tree._grow`), checks classification labels, and runs
 * Spark's gradient boosting (GradientBoostedTrees.boost: variance trees on pseudo-residuals,
 * weights 1.0 then stepSize, early stop on a validation set). `GBT_REGRESSION` is the part
 * of `pyspark.ml.regression` with GBTRegressor / GBTRegressionModel. Kernels:
 * src/engine/ml/algos/tree.ts and tree-boost.ts.
 */
export const ENSEMBLES = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters
from pyspark.ml.param.shared import HasMaxIter, HasStepSize, HasValidationIndicatorCol
from pyspark.ml.base import _with_columns
from pyspark.ml.linalg import DenseVector, SparseVector, VectorUDT
from pyspark.ml.tree import _TreeEnsembleParams, _TreeEnsembleModel, _DecisionTreeModel, _short_uid
from pyspark.ml._train import _Instances, _algos, _merge, _jd
from pyspark.errors.exceptions.captured import IllegalArgumentException

def _release(inst):
    """Drops the cached training blocks (older _Instances have nothing to release)."""
    if inst is not None and hasattr(inst, "unpersist"):
        inst.unpersist()

def _weight_col(est):
    if est.isDefined(est.weightCol) and est.getOrDefault(est.weightCol):
        return est.getOrDefault(est.weightCol)
    return None

def _check_param(est, name, value, ok):
    if not ok:
        raise IllegalArgumentException("%s parameter %s given invalid value %s." % (est.uid, name, value))

def _check_tree_params(est):
    d = est.getMaxDepth()
    _check_param(est, "maxDepth", d, 0 <= d <= 30)
    _check_param(est, "maxBins", est.getMaxBins(), est.getMaxBins() >= 2)
    _check_param(est, "minInstancesPerNode", est.getMinInstancesPerNode(), est.getMinInstancesPerNode() >= 1)
    f = est.getMinWeightFractionPerNode()
    _check_param(est, "minWeightFractionPerNode", _jd(f), 0.0 <= f < 0.5)
    _check_param(est, "minInfoGain", _jd(est.getMinInfoGain()), est.getMinInfoGain() >= 0.0)
    imp = est.getImpurity()
    _check_param(est, "impurity", imp, imp.lower() in est.supportedImpurities)
    if est.hasParam("subsamplingRate"):
        r = est.getSubsamplingRate()
        _check_param(est, "subsamplingRate", _jd(r), 0.0 < r <= 1.0)
    if est.hasParam("featureSubsetStrategy"):
        s = est.getFeatureSubsetStrategy()
        ok = s.lower() in ["auto", "all", "onethird", "sqrt", "log2"]
        if not ok:
            try:
                v = float(s)
                ok = v > 0 and (v <= 1.0 or v == int(v))
            except ValueError:
                ok = False
        _check_param(est, "featureSubsetStrategy", s, ok)

def _num_classes(est, inst):
    """Spark's getNumClasses (max label + 1, at most 100) and label check."""
    labels = set()
    for b in inst.blocks:
        for l in _algos.block_labels(b):
            labels.add(l)
    if not labels:
        raise ValueError("requirement failed: Nothing has been added to this summarizer.")
    for l in sorted(labels):
        if l < 0 or l != int(l):
            raise IllegalArgumentException("requirement failed: Classifier was given dataset with invalid label %s.  Labels must be integers in range [0, %d)." % (_jd(l), int(max(labels)) + 1 if max(labels) == int(max(labels)) else 0))
    n = int(max(labels)) + 1
    if n > 100:
        raise IllegalArgumentException("requirement failed: Classifier inferred %d from label values in column %s, but this exceeded the max numClasses (100) allowed to be inferred from values.  To avoid this error for labels with > 100 classes, specify numClasses explicitly in the metadata; this can be done by applying StringIndexer to the label column." % (n, est.getLabelCol()))
    return n

def _tree_params(est, numClasses, numTrees, strategy, rate, bootstrap, seed, impurity):
    return {
        "maxDepth": est.getMaxDepth(), "maxBins": est.getMaxBins(),
        "minInstancesPerNode": est.getMinInstancesPerNode(),
        "minWeightFractionPerNode": est.getMinWeightFractionPerNode(),
        "minInfoGain": est.getMinInfoGain(), "impurity": impurity,
        "numClasses": numClasses, "numTrees": numTrees, "featureSubsetStrategy": strategy,
        "subsamplingRate": rate, "bootstrap": bootstrap, "seed": seed,
    }

def _grow_rdd(rdd, th, params, totalWeight):
    """Grows params["numTrees"] trees over an RDD of blocks; the trees as JSON."""
    builder = _algos.forest_new(_json.dumps(params), th, totalWeight)
    while True:
        req = _algos.forest_request(builder, th)
        if req is None:
            break
        stats = rdd.mapPartitionsWithIndex(lambda i, it: [_algos.level_stats(b, i, req) for b in it]).treeReduce(_merge)
        _algos.forest_apply(builder, stats)
    return _algos.forest_result(builder)

def _grow_inst(est, inst, numClasses, numTrees, strategy, rate, bootstrap, impurity):
    th = _algos.tree_thresholds(inst.blocks, est.getMaxBins(), inst.count)
    totalWeight = sum(_algos.block_weight(b) for b in inst.blocks)
    params = _tree_params(est, numClasses, numTrees, strategy, rate, bootstrap, est.getSeed(), impurity)
    return _grow_rdd(inst.rdd, th, params, totalWeight)

def _param_or(model, name, default):
    return model.getOrDefault(name) if model.hasParam(name) and model.isDefined(name) else default

def _native_transform(model, dataset, kind, numClasses=0, average=False):
    """The model's output columns computed on engine rows (no Python call per row)."""
    from pyspark.sql.dataframe import DataFrame
    if model.getFeaturesCol() not in dataset.columns:
        raise IllegalArgumentException("%s does not exist. Available: %s" % (model.getFeaturesCol(), ", ".join(dataset.columns)))
    spec = {
        "kind": kind, "featuresCol": model.getFeaturesCol(), "numClasses": numClasses,
        "weights": list(model.treeWeights) if hasattr(model, "treeWeights") else [1.0],
        "average": average,
        "rawPredictionCol": _param_or(model, "rawPredictionCol", "") or "",
        "probabilityCol": _param_or(model, "probabilityCol", "") or "",
        "predictionCol": _param_or(model, "predictionCol", "") or "",
        "varianceCol": _param_or(model, "varianceCol", "") or "",
        "leafCol": _param_or(model, "leafCol", "") or "",
        "leafVector": not isinstance(model, _DecisionTreeModel),
        "thresholds": [float(t) for t in _param_or(model, "thresholds", None)] if _param_or(model, "thresholds", None) is not None else None,
    }
    view = _algos.tree_transform(dataset, model._h, _json.dumps(spec))
    return DataFrame("SELECT * FROM %s" % view, dataset.sparkSession)

class _GBTParams(_TreeEnsembleParams, HasMaxIter, HasStepSize, HasValidationIndicatorCol):
    stepSize = Param(Params._dummy(), "stepSize", "Step size (a.k.a. learning rate) in interval (0, 1] for shrinking the contribution of each estimator.", typeConverter=TypeConverters.toFloat)
    validationTol = Param(Params._dummy(), "validationTol", "Threshold for stopping early when fit with validation is used. If the error rate on the validation input changes by less than the validationTol, then learning will stop early (before ` + '`maxIter`' + String.raw`). This parameter is ignored when fit without validation is used.", typeConverter=TypeConverters.toFloat)

    def getValidationTol(self):
        return self.getOrDefault(self.validationTol)
    def getLossType(self):
        return self.getOrDefault(self.lossType)

_GBT_SETTERS = ["maxIter", "stepSize", "validationIndicatorCol", "lossType"]

def _updater(tree, weight, loss):
    return lambda b: _algos.boost_update(b, tree, weight, loss)

def _boost(est, dataset, classification):
    """Spark's GradientBoostedTrees.boost: (trees JSON, tree weights, numFeatures)."""
    from pyspark.sql.functions import col
    _check_tree_params(est)
    loss = est.getLossType().lower()
    _check_param(est, "lossType", est.getLossType(), loss in est.supportedLossTypes)
    step = est.getStepSize()
    _check_param(est, "stepSize", _jd(step), 0.0 < step <= 1.0)
    maxIter = est.getMaxIter()
    _check_param(est, "maxIter", maxIter, maxIter >= 0)
    vcol = est.getOrDefault(est.validationIndicatorCol) if est.isDefined(est.validationIndicatorCol) else None
    train = dataset.filter(~col(vcol)) if vcol else dataset
    wc = _weight_col(est)
    inst = _Instances(train, est.getFeaturesCol(), est.getLabelCol(), wc)
    vinst = None
    try:
        vinst = _Instances(dataset.filter(col(vcol)), est.getFeaturesCol(), est.getLabelCol(), wc) if vcol else None
        return _boost_on(est, inst, vinst, classification, loss, step, maxIter)
    finally:
        _release(inst)
        _release(vinst)

def _boost_on(est, inst, vinst, classification, loss, step, maxIter):
    if classification:
        for i in ([inst, vinst] if vinst else [inst]):
            for b in i.blocks:
                for l in _algos.block_labels(b):
                    if l not in (0.0, 1.0):
                        raise IllegalArgumentException("requirement failed: Classifier was given dataset with invalid label %s.  Labels must be integers in range [0, 2)." % _jd(l))
    if inst.count == 0:
        raise ValueError("requirement failed: DecisionTree requires size of input RDD > 0, but was given by empty one.")
    if maxIter == 0:
        raise IllegalArgumentException("requirement failed: numIterations must be greater than 0")
    th = _algos.tree_thresholds(inst.blocks, est.getMaxBins(), inst.count)
    totalWeight = sum(_algos.block_weight(b) for b in inst.blocks)
    seed = est.getSeed()
    base = _tree_params(est, 0, 1, est.getFeatureSubsetStrategy(), est.getSubsamplingRate(), False, seed, "variance")
    rdd = inst.rdd.map(lambda b: _algos.boost_init(b, classification)).cache()
    vblocks = [_algos.boost_init(b, classification) for b in vinst.blocks] if vinst else None
    trees = []
    weights = []
    bestErr = 0.0
    bestM = 1
    old = None
    for m in range(maxIter):
        params = dict(base)
        params["seed"] = seed + m
        t = _grow_rdd(rdd, th, params, totalWeight)
        w = 1.0 if m == 0 else step
        trees.append(t[1:-1])
        weights.append(w)
        if m + 1 < maxIter:
            if old is not None:
                old.unpersist()
            old = rdd
            rdd = rdd.map(_updater(t, w, loss)).cache()
        if vblocks is not None:
            vblocks = [_algos.boost_update(b, t, w, loss) for b in vblocks]
            s = [0.0, 0.0]
            for b in vblocks:
                e = _algos.to_floats(_algos.boost_error(b, loss))
                s[0] += e[0]
                s[1] += e[1]
            err = s[0] / s[1] if s[1] > 0 else 0.0
            if m == 0:
                bestErr = err
            elif bestErr - err < est.getValidationTol() * max(err, 0.01):
                break
            elif err < bestErr:
                bestErr = err
                bestM = m + 1
    if old is not None:
        old.unpersist()
    rdd.unpersist()
    if vblocks is not None:
        trees = trees[:bestM]
        weights = weights[:bestM]
    return "[" + ",".join(trees) + "]", weights, inst.numFeatures

class _GBTModel(_TreeEnsembleModel):
    _tree_prefix = "dtr"
    @property
    def featureImportances(self):
        imp = _algos.importances(self._h, self._numFeatures, False)
        return SparseVector(self._numFeatures, [(i, v) for (i, v) in enumerate(imp) if v != 0.0])
    @property
    def trees(self):
        from pyspark.ml.regression import DecisionTreeRegressionModel
        return [self._tree_model(DecisionTreeRegressionModel, i) for i in range(self._ntrees())]
    def _margin(self, value):
        return _algos.boost_margin(self._h, value, self.treeWeights)
    def _evaluate(self, dataset, loss, classification):
        wc = self.getOrDefault(self.weightCol) if self.isDefined(self.weightCol) and self.getOrDefault(self.weightCol) else None
        inst = _Instances(dataset, self.getFeaturesCol(), self.getLabelCol(), wc)
        try:
            trees = self._trees
            weights = self.treeWeights
            if inst.count == 0:
                return [float("nan")] * len(weights)
            sums = _algos.to_floats(inst.aggregate(lambda b, i: _algos.boost_evaluate(b, trees, weights, loss, classification)))
            n = len(weights)
            return [float(sums[i]) / float(sums[n]) for i in range(n)]
        finally:
            _release(inst)
`;

export const GBT_REGRESSION = String.raw`
from pyspark.ml._ensembles import _GBTParams, _GBT_SETTERS, _GBTModel, _boost, _native_transform

__all__ = __all__ + ["GBTRegressor", "GBTRegressionModel"]

class _GBTRegressorParams(_GBTParams, _TreeRegressorParams):
    supportedLossTypes = ["squared", "absolute"]
    lossType = Param(Params._dummy(), "lossType", "Loss function which GBT tries to minimize (case-insensitive). Supported options: " + ", ".join(supportedLossTypes), typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_GBTRegressorParams, self).__init__(*args)
        self._setDefault(maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, subsamplingRate=1.0, checkpointInterval=10, lossType="squared", maxIter=20, stepSize=0.1, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, leafCol="", minWeightFractionPerNode=0.0)

class GBTRegressor(_Regressor, _GBTRegressorParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.GBTRegressor"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, subsamplingRate=1.0, checkpointInterval=10, lossType="squared", maxIter=20, stepSize=0.1, seed=None, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, validationIndicatorCol=None, leafCol="", minWeightFractionPerNode=0.0, weightCol=None):
        super(GBTRegressor, self).__init__()
        self.setParams(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, subsamplingRate=1.0, checkpointInterval=10, lossType="squared", maxIter=20, stepSize=0.1, seed=None, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, validationIndicatorCol=None, leafCol="", minWeightFractionPerNode=0.0, weightCol=None):
        return self._set(**self._input_kwargs)

    def _fit(self, dataset):
        trees, weights, d = _boost(self, dataset, False)
        return self._new_model(GBTRegressionModel()._init_trees(trees, d, weights))

_tree_setters(GBTRegressor, _TREE_SETTERS + ["subsamplingRate", "featureSubsetStrategy", "validationTol"] + _GBT_SETTERS)

class GBTRegressionModel(_GBTModel, _GBTRegressorParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.GBTRegressionModel"

    def __init__(self):
        super(GBTRegressionModel, self).__init__()
        self._init_trees("[]", 0, [])

    def predict(self, value):
        return float(self._margin(value))

    def evaluateEachIteration(self, dataset, loss):
        l = loss.lower()
        if l not in self.supportedLossTypes:
            raise IllegalArgumentException("GBTRegressionModel does not support loss " + loss)
        return self._evaluate(dataset, l, False)

    def _transform(self, dataset):
        return _native_transform(self, dataset, "regressor")

    def __repr__(self):
        return "GBTRegressionModel: uid=%s, numTrees=%d, numFeatures=%d" % (self.uid, self._ntrees(), self.numFeatures)
    __str__ = __repr__

_tree_setters(GBTRegressionModel, ["leafCol"])

from pyspark.errors.exceptions.captured import IllegalArgumentException

for _c in [GBTRegressor, GBTRegressionModel]:
    _register_java_class(_c._java_class, _c)
`;
