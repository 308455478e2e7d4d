/**
 * `pyspark.ml.classification` part 30 (Python source): DecisionTreeClassifier,
 * RandomForestClassifier and GBTClassifier with their models. Trees are grown by the kernels
 * of src/engine/ml/algos/tree.ts (gini / entropy statistics per class) through
 * `pyspark.ml._ensembles`; GBT classification boosts variance trees on labels mapped to ±1
 * with the logistic loss (tree-boost.ts). rawPrediction is the leaf's class weights (a tree),
 * the sum of the trees' normalised leaf distributions (a forest), or [-margin, margin] (GBT);
 * reprs and toDebugString are Spark's texts.
 */
export const TREE_CLASSIFIERS = String.raw`
from pyspark.ml.param import keyword_only
from pyspark.ml.util import MLReadable, MLWritable
from pyspark.ml.tree import _DecisionTreeParams, _RandomForestParams, _TreeClassifierParams, _HasVarianceImpurity, _tree_setters, _TREE_SETTERS, _FOREST_SETTERS, _TreesModel, _DecisionTreeModel, _TreeEnsembleModel
from pyspark.ml._ensembles import _GBTParams, _GBT_SETTERS, _GBTModel, _boost, _check_tree_params, _num_classes, _grow_inst, _weight_col, _native_transform, _release
from pyspark.ml._train import _Instances, _algos as _talgos
from pyspark.errors.exceptions.captured import IllegalArgumentException as _IAE

class _TreeClassificationModel:
    """numClasses, leafCol output and persistence shared by the tree classification models."""
    _numClasses = 0
    @property
    def numClasses(self):
        return self._numClasses
    def _model_data(self):
        d = _TreesModel._model_data(self)
        d["numClasses"] = self._numClasses
        return d
    def _set_model_data(self, data):
        _TreesModel._set_model_data(self, data)
        self._numClasses = data.get("numClasses", 2)
    def setLeafCol(self, value):
        return self._set(leafCol=value)
    def setRawPredictionCol(self, value):
        return self._set(rawPredictionCol=value)
    def setProbabilityCol(self, value):
        return self._set(probabilityCol=value)
    def setThresholds(self, value):
        return self._set(thresholds=value)
    _kind = "tree-classifier"
    def _transform(self, dataset):
        return _native_transform(self, dataset, self._kind, self.numClasses)
    def _raw2probability(self, raw):
        r = list(raw.toArray())
        s = sum(r)
        return DenseVector([x / s for x in r] if s != 0 else r)

def _fit_trees(est, dataset, numTrees, strategy, rate, bootstrap):
    _check_tree_params(est)
    inst = _Instances(dataset, est.getFeaturesCol(), est.getLabelCol(), _weight_col(est))
    try:
        if inst.count == 0:
            raise ValueError("requirement failed: DecisionTree requires size of input RDD > 0, but was given by empty one.")
        k = _num_classes(est, inst)
        if est.isDefined(est.thresholds) and len(est.getOrDefault(est.thresholds)) != k:
            raise _IAE("requirement failed: %s.train() called with non-matching numClasses and thresholds.length. numClasses=%d, but thresholds has length %d" % (type(est).__name__, k, len(est.getOrDefault(est.thresholds))))
        trees = _grow_inst(est, inst, k, numTrees, strategy, rate, bootstrap, est.getImpurity().lower())
        return trees, inst.numFeatures, k
    finally:
        _release(inst)


class _DecisionTreeClassifierParams(_DecisionTreeParams, _TreeClassifierParams):
    def __init__(self, *args):
        super(_DecisionTreeClassifierParams, self).__init__(*args)
        self._setDefault(maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", leafCol="", minWeightFractionPerNode=0.0)

class DecisionTreeClassifier(ProbabilisticClassifier, _DecisionTreeClassifierParams, MLWritable, MLReadable):
    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", probabilityCol="probability", rawPredictionCol="rawPrediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", seed=None, weightCol=None, leafCol="", minWeightFractionPerNode=0.0):
        super(DecisionTreeClassifier, self).__init__()
        self.setParams(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", probabilityCol="probability", rawPredictionCol="rawPrediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", seed=None, weightCol=None, leafCol="", minWeightFractionPerNode=0.0):
        return self._set(**self._input_kwargs)

    def _fit(self, dataset):
        trees, d, k = _fit_trees(self, dataset, 1, "all", 1.0, False)
        m = DecisionTreeClassificationModel()._init_trees(trees, d)
        m._numClasses = k
        return self._new_model(m)

_tree_setters(DecisionTreeClassifier, _TREE_SETTERS)

class DecisionTreeClassificationModel(_TreeClassificationModel, _DecisionTreeModel, ProbabilisticClassificationModel, _DecisionTreeClassifierParams, MLWritable, MLReadable):
    def __init__(self):
        super(DecisionTreeClassificationModel, self).__init__()
        self._init_trees("[]", 0)

    def predictRaw(self, value):
        return DenseVector(_talgos.tree_leaf_stats(self._h, 0, value))
    def predict(self, value):
        return _talgos.tree_predict(self._h, 0, value)

    def __repr__(self):
        return "DecisionTreeClassificationModel: uid=%s, depth=%d, numNodes=%d, numClasses=%d, numFeatures=%d" % (self.uid, self.depth, self.numNodes, self.numClasses, self.numFeatures)
    __str__ = __repr__

class _RandomForestClassifierParams(_RandomForestParams, _TreeClassifierParams):
    def __init__(self, *args):
        super(_RandomForestClassifierParams, self).__init__(*args)
        self._setDefault(maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", numTrees=20, featureSubsetStrategy="auto", subsamplingRate=1.0, leafCol="", minWeightFractionPerNode=0.0, bootstrap=True)

class RandomForestClassifier(ProbabilisticClassifier, _RandomForestClassifierParams, MLWritable, MLReadable):
    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", probabilityCol="probability", rawPredictionCol="rawPrediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", numTrees=20, featureSubsetStrategy="auto", seed=None, subsamplingRate=1.0, leafCol="", minWeightFractionPerNode=0.0, weightCol=None, bootstrap=True):
        super(RandomForestClassifier, self).__init__()
        self.setParams(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", probabilityCol="probability", rawPredictionCol="rawPrediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="gini", numTrees=20, featureSubsetStrategy="auto", seed=None, subsamplingRate=1.0, leafCol="", minWeightFractionPerNode=0.0, weightCol=None, bootstrap=True):
        return self._set(**self._input_kwargs)

    def _fit(self, dataset):
        n = self.getNumTrees()
        if n < 1:
            raise _IAE("%s parameter numTrees given invalid value %d." % (self.uid, n))
        trees, d, k = _fit_trees(self, dataset, n, self.getFeatureSubsetStrategy(), self.getSubsamplingRate(), self.getBootstrap())
        m = RandomForestClassificationModel()._init_trees(trees, d, [1.0] * n)
        m._numClasses = k
        model = self._new_model(m)
        wc = _weight_col(self)
        def summary():
            preds = model.transform(dataset)
            if k == 2:
                return BinaryRandomForestClassificationTrainingSummary(preds, model.getPredictionCol(), model.getLabelCol(), wc, model.getProbabilityCol())
            return RandomForestClassificationTrainingSummary(preds, model.getPredictionCol(), model.getLabelCol(), wc)
        model._summary = summary
        return model

_tree_setters(RandomForestClassifier, _FOREST_SETTERS)

class RandomForestClassificationSummary(_ClassificationSummary):
    pass

class RandomForestClassificationTrainingSummary(RandomForestClassificationSummary, _TrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol):
        RandomForestClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol)
        _TrainingSummary.__init__(self, [0.0])

class BinaryRandomForestClassificationSummary(_BinaryClassificationSummary):
    pass

class BinaryRandomForestClassificationTrainingSummary(BinaryRandomForestClassificationSummary, RandomForestClassificationTrainingSummary):
    def __init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol):
        BinaryRandomForestClassificationSummary.__init__(self, predictions, predictionCol, labelCol, weightCol, scoreCol)
        _TrainingSummary.__init__(self, [0.0])

class RandomForestClassificationModel(_TreeClassificationModel, _TreeEnsembleModel, ProbabilisticClassificationModel, _RandomForestClassifierParams, _LazySummaryMixin, MLWritable, MLReadable):
    """Spark 3.1+'s summary: binary summaries (curves over the probability) for 2 classes."""
    _tree_prefix = "dtc"
    _kind = "forest-classifier"

    def __init__(self):
        super(RandomForestClassificationModel, self).__init__()
        self._init_trees("[]", 0)
        self._summary = None

    def evaluate(self, dataset):
        preds = self.transform(dataset)
        wc = _weight_col(self) if self.hasParam("weightCol") else None
        if self.numClasses == 2:
            return BinaryRandomForestClassificationSummary(preds, self.getPredictionCol(), self.getLabelCol(), wc, self.getProbabilityCol())
        return RandomForestClassificationSummary(preds, self.getPredictionCol(), self.getLabelCol(), wc)

    @property
    def trees(self):
        out = []
        for i in range(self._ntrees()):
            t = self._tree_model(DecisionTreeClassificationModel, i)
            t._numClasses = self._numClasses
            out.append(t)
        return out

    def predictRaw(self, value):
        return DenseVector(_talgos.forest_votes(self._h, value, self._numClasses))

    def __repr__(self):
        return "RandomForestClassificationModel: uid=%s, numTrees=%d, numClasses=%d, numFeatures=%d" % (self.uid, self._ntrees(), self.numClasses, self.numFeatures)
    __str__ = __repr__

class _GBTClassifierParams(_GBTParams, _HasVarianceImpurity):
    supportedLossTypes = ["logistic"]
    lossType = Param(Params._dummy(), "lossType", "Loss function which GBT tries to minimize (case-insensitive). Supported options: " + ", ".join(supportedLossTypes), typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_GBTClassifierParams, self).__init__(*args)
        self._setDefault(maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, lossType="logistic", maxIter=20, stepSize=0.1, subsamplingRate=1.0, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, leafCol="", minWeightFractionPerNode=0.0)

class GBTClassifier(ProbabilisticClassifier, _GBTClassifierParams, MLWritable, MLReadable):
    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, lossType="logistic", maxIter=20, stepSize=0.1, seed=None, subsamplingRate=1.0, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, validationIndicatorCol=None, leafCol="", minWeightFractionPerNode=0.0, weightCol=None):
        super(GBTClassifier, self).__init__()
        self.setParams(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, lossType="logistic", maxIter=20, stepSize=0.1, seed=None, subsamplingRate=1.0, impurity="variance", featureSubsetStrategy="all", validationTol=0.01, validationIndicatorCol=None, leafCol="", minWeightFractionPerNode=0.0, weightCol=None):
        return self._set(**self._input_kwargs)

    def _fit(self, dataset):
        if self.isDefined(self.thresholds) and len(self.getOrDefault(self.thresholds)) != 2:
            raise _IAE("requirement failed: GBTClassifier.train() called with non-matching numClasses and thresholds.length. numClasses=2, but thresholds has length %d" % len(self.getOrDefault(self.thresholds)))
        trees, weights, d = _boost(self, dataset, True)
        return self._new_model(GBTClassificationModel()._init_trees(trees, d, weights))

_tree_setters(GBTClassifier, _TREE_SETTERS + ["subsamplingRate", "featureSubsetStrategy", "validationTol"] + _GBT_SETTERS)

class GBTClassificationModel(_TreeClassificationModel, _GBTModel, ProbabilisticClassificationModel, _GBTClassifierParams, MLWritable, MLReadable):
    _numClasses = 2
    _kind = "gbt-classifier"

    def __init__(self):
        super(GBTClassificationModel, self).__init__()
        self._init_trees("[]", 0, [])

    def predictRaw(self, value):
        m = float(self._margin(value))
        return DenseVector([-m, m])
    def _raw2probability(self, raw):
        p0 = _talgos.boost_probability(raw[0])
        return DenseVector([p0, 1.0 - p0])
    def predict(self, value):
        if self.isDefined(self.thresholds):
            return ProbabilisticClassificationModel.predict(self, value)
        return 1.0 if self._margin(value) > 0.0 else 0.0

    def evaluateEachIteration(self, dataset):
        return self._evaluate(dataset, self.getLossType().lower(), True)

    def __repr__(self):
        return "GBTClassificationModel: uid = %s, numTrees=%d, numClasses=%d, numFeatures=%d" % (self.uid, self._ntrees(), self.numClasses, self.numFeatures)
    __str__ = __repr__

for _c in [DecisionTreeClassificationModel, RandomForestClassificationModel, GBTClassificationModel]:
    _tree_setters(_c, ["leafCol"])

_register_classification(DecisionTreeClassifier, DecisionTreeClassificationModel, RandomForestClassifier, RandomForestClassificationModel, GBTClassifier, GBTClassificationModel)
`;
