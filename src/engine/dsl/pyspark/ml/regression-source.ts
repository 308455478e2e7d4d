/**
 * `pyspark.ml.regression` (Python source): LinearRegression (normal-equation and l-bfgs /
 * OWL-QN solvers, training summary), DecisionTreeRegressor, RandomForestRegressor and the
 * tree params/models shared with classification (`TREES`). Training runs the kernels of
 * src/engine/ml/algos through `pyspark.ml._train`; param docs and defaults are PySpark 3.5's.
 */
export const TREES = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Predictor, PredictionModel, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, HasTrainingSummary, _register_java_class
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors
from pyspark.ml._train import _Instances, _algos, _jd

class _PredictorParams(HasLabelCol, HasFeaturesCol, HasPredictionCol):
    pass

class _DecisionTreeParams(_PredictorParams, HasCheckpointInterval, HasSeed, HasWeightCol):
    leafCol = Param(Params._dummy(), "leafCol", "Leaf indices column name. Predicted leaf index of each instance in each tree by preorder.", typeConverter=TypeConverters.toString)
    maxDepth = Param(Params._dummy(), "maxDepth", "Maximum depth of the tree. (>= 0) E.g., depth 0 means 1 leaf node; depth 1 means 1 internal node + 2 leaf nodes. Must be in range [0, 30].", typeConverter=TypeConverters.toInt)
    maxBins = Param(Params._dummy(), "maxBins", "Max number of bins for discretizing continuous features.  Must be >=2 and >= number of categories for any categorical feature.", typeConverter=TypeConverters.toInt)
    minInstancesPerNode = Param(Params._dummy(), "minInstancesPerNode", "Minimum number of instances each child must have after split. If a split causes the left or right child to have fewer than minInstancesPerNode, the split will be discarded as invalid. Should be >= 1.", typeConverter=TypeConverters.toInt)
    minWeightFractionPerNode = Param(Params._dummy(), "minWeightFractionPerNode", "Minimum fraction of the weighted sample count that each child must have after split. If a split causes the fraction of the total weight in the left or right child to be less than minWeightFractionPerNode, the split will be discarded as invalid. Should be in interval [0.0, 0.5).", typeConverter=TypeConverters.toFloat)
    minInfoGain = Param(Params._dummy(), "minInfoGain", "Minimum information gain for a split to be considered at a tree node.", typeConverter=TypeConverters.toFloat)
    maxMemoryInMB = Param(Params._dummy(), "maxMemoryInMB", "Maximum memory in MB allocated to histogram aggregation. If too small, then 1 node will be split per iteration, and its aggregates may exceed this size.", typeConverter=TypeConverters.toInt)
    cacheNodeIds = Param(Params._dummy(), "cacheNodeIds", "If false, the algorithm will pass trees to executors to match instances with nodes. If true, the algorithm will cache node IDs for each instance. Caching can speed up training of deeper trees. Users can set how often should the cache be checkpointed or disable it by setting checkpointInterval.", typeConverter=TypeConverters.toBoolean)

    def __init__(self):
        super(_DecisionTreeParams, self).__init__()
        self._setDefault(leafCol="", maxDepth=5, maxBins=32, minInstancesPerNode=1, minWeightFractionPerNode=0.0, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10)

    def setLeafCol(self, value):
        return self._set(leafCol=value)
    def getLeafCol(self):
        return self.getOrDefault(self.leafCol)
    def getMaxDepth(self):
        return self.getOrDefault(self.maxDepth)
    def getMaxBins(self):
        return self.getOrDefault(self.maxBins)
    def getMinInstancesPerNode(self):
        return self.getOrDefault(self.minInstancesPerNode)
    def getMinWeightFractionPerNode(self):
        return self.getOrDefault(self.minWeightFractionPerNode)
    def getMinInfoGain(self):
        return self.getOrDefault(self.minInfoGain)
    def getMaxMemoryInMB(self):
        return self.getOrDefault(self.maxMemoryInMB)
    def getCacheNodeIds(self):
        return self.getOrDefault(self.cacheNodeIds)

class _TreeEnsembleParams(_DecisionTreeParams):
    subsamplingRate = Param(Params._dummy(), "subsamplingRate", "Fraction of the training data used for learning each decision tree, in range (0, 1].", typeConverter=TypeConverters.toFloat)
    supportedFeatureSubsetStrategies = ["auto", "all", "onethird", "sqrt", "log2"]
    featureSubsetStrategy = Param(Params._dummy(), "featureSubsetStrategy", "The number of features to consider for splits at each tree node. Supported options: 'auto' (choose automatically for task: If numTrees == 1, set to 'all'. If numTrees > 1 (forest), set to 'sqrt' for classification and to 'onethird' for regression), 'all' (use all features), 'onethird' (use 1/3 of the features), 'sqrt' (use sqrt(number of features)), 'log2' (use log2(number of features)), 'n' (when n is in the range (0, 1.0], use n * number of features. When n is in the range (1, number of features), use n features). default = 'auto'", typeConverter=TypeConverters.toString)

    def __init__(self):
        super(_TreeEnsembleParams, self).__init__()
    def getSubsamplingRate(self):
        return self.getOrDefault(self.subsamplingRate)
    def getFeatureSubsetStrategy(self):
        return self.getOrDefault(self.featureSubsetStrategy)

class _RandomForestParams(_TreeEnsembleParams):
    numTrees = Param(Params._dummy(), "numTrees", "Number of trees to train (>= 1).", typeConverter=TypeConverters.toInt)
    bootstrap = Param(Params._dummy(), "bootstrap", "Whether bootstrap samples are used when building trees.", typeConverter=TypeConverters.toBoolean)

    def __init__(self):
        super(_RandomForestParams, self).__init__()
    def getNumTrees(self):
        return self.getOrDefault(self.numTrees)
    def getBootstrap(self):
        return self.getOrDefault(self.bootstrap)

class _HasVarianceImpurity(Params):
    supportedImpurities = ["variance"]
    impurity = Param(Params._dummy(), "impurity", "Criterion used for information gain calculation (case-insensitive). Supported options: variance", typeConverter=TypeConverters.toString)
    def __init__(self):
        super(_HasVarianceImpurity, self).__init__()
    def getImpurity(self):
        return self.getOrDefault(self.impurity)

class _TreeClassifierParams(Params):
    supportedImpurities = ["entropy", "gini"]
    impurity = Param(Params._dummy(), "impurity", "Criterion used for information gain calculation (case-insensitive). Supported options: entropy, gini", typeConverter=TypeConverters.toString)
    def __init__(self):
        super(_TreeClassifierParams, self).__init__()
    def getImpurity(self):
        return self.getOrDefault(self.impurity)

_TreeRegressorParams = _HasVarianceImpurity

def _tree_setters(cls, names):
    for n in names:
        def make(n):
            def setter(self, value):
                return self._set(**{n: value})
            setter.__name__ = "set" + n[0].upper() + n[1:]
            return setter
        setattr(cls, "set" + n[0].upper() + n[1:], make(n))
    return cls

_TREE_SETTERS = ["maxDepth", "maxBins", "minInstancesPerNode", "minWeightFractionPerNode", "minInfoGain", "maxMemoryInMB", "cacheNodeIds", "checkpointInterval", "impurity", "seed", "weightCol", "leafCol"]
_FOREST_SETTERS = _TREE_SETTERS + ["numTrees", "bootstrap", "subsamplingRate", "featureSubsetStrategy"]

def _grow(estimator, dataset, numClasses, numTrees, strategy, subsamplingRate, bootstrap):
    weightCol = estimator.getOrDefault(estimator.weightCol) if estimator.isDefined(estimator.weightCol) else None
    inst = _Instances(dataset, estimator.getFeaturesCol(), estimator.getLabelCol(), weightCol)
    params = {
        "maxDepth": estimator.getMaxDepth(), "maxBins": estimator.getMaxBins(),
        "minInstancesPerNode": estimator.getMinInstancesPerNode(),
        "minWeightFractionPerNode": estimator.getMinWeightFractionPerNode(),
        "minInfoGain": estimator.getMinInfoGain(), "impurity": estimator.getImpurity().lower(),
        "numClasses": numClasses, "numTrees": numTrees, "featureSubsetStrategy": strategy,
        "subsamplingRate": subsamplingRate, "bootstrap": bootstrap, "seed": estimator.getSeed(),
    }
    if params["maxDepth"] > 30 or params["maxDepth"] < 0:
        raise ValueError("requirement failed: DecisionTree currently only supports maxDepth <= 30, but was given maxDepth = %d." % params["maxDepth"])
    th = _algos.tree_thresholds(inst.blocks, params["maxBins"], inst.count)
    totalWeight = sum(_algos.block_weight(b) for b in inst.blocks)
    builder = _algos.forest_new(_json.dumps(params), th, totalWeight)
    while True:
        req = _algos.forest_request(builder, th)
        if req is None:
            break
        stats = inst.aggregate(lambda b, i: _algos.level_stats(b, i, req))
        _algos.forest_apply(builder, stats)
    return _algos.forest_result(builder), inst.numFeatures

class _TreesModel:
    """Model state: trees (JSON from the kernel), numFeatures, treeWeights."""
    def _init_trees(self, trees, numFeatures, weights=None):
        self._trees = trees
        self._numFeatures = numFeatures
        self._handle = None
        self._treeWeights = weights
        return self
    @property
    def _h(self):
        if self._handle is None:
            self._handle = _algos.trees_load(self._trees)
        return self._handle
    def _ntrees(self):
        return len(_json.loads(self._trees))
    @property
    def numFeatures(self):
        return self._numFeatures
    @property
    def featureImportances(self):
        imp = _algos.importances(self._h, self._numFeatures)
        return SparseVector(self._numFeatures, [(i, v) for (i, v) in enumerate(imp) if v != 0.0])
    def _model_data(self):
        return {"trees": self._trees, "numFeatures": self._numFeatures, "treeWeights": self._treeWeights}
    def _set_model_data(self, data):
        self._init_trees(data["trees"], data["numFeatures"], data.get("treeWeights"))
    def _subtree(self, node, indent):
        pre = " " * indent
        if node[0] < 0:
            return pre + "Predict: " + _jd(node[2]) + "\n"
        cond = "feature %d <= %s" % (node[0], _jd(node[1]))
        els = "feature %d > %s" % (node[0], _jd(node[1]))
        return pre + "If (" + cond + ")\n" + self._subtree(node[3], indent + 1) + pre + "Else (" + els + ")\n" + self._subtree(node[4], indent + 1)

class _DecisionTreeModel(_TreesModel, PredictionModel):
    @property
    def numNodes(self):
        return _algos.tree_info(self._h, 0)[1]
    @property
    def depth(self):
        return _algos.tree_info(self._h, 0)[0]
    @property
    def toDebugString(self):
        return str(self) + "\n" + self._subtree(_algos.tree_nodes(self._h, 0), 2)
    def predictLeaf(self, value):
        return _algos.tree_leaf(self._h, 0, value)
    def __repr__(self):
        return "%s: uid=%s, depth=%d, numNodes=%d, numFeatures=%d" % (type(self).__name__, self.uid, self.depth, self.numNodes, self.numFeatures)
    __str__ = __repr__

class _TreeEnsembleModel(_TreesModel, PredictionModel):
    @property
    def getNumTrees(self):
        return self._ntrees()
    @property
    def treeWeights(self):
        return list(self._treeWeights) if self._treeWeights is not None else [1.0] * self._ntrees()
    @property
    def totalNumNodes(self):
        return sum(_algos.tree_info(self._h, i)[1] for i in range(self._ntrees()))
    @property
    def toDebugString(self):
        out = str(self) + "\n"
        for i in range(self._ntrees()):
            out += "  Tree %d (weight %s):\n" % (i, _jd(self.treeWeights[i]))
            out += self._subtree(_algos.tree_nodes(self._h, i), 4)
        return out
    def predictLeaf(self, value):
        return DenseVector([_algos.tree_leaf(self._h, i, value) for i in range(self._ntrees())])
    def _tree_model(self, cls, i):
        t = _json.loads(self._trees)
        m = cls()
        m._resetUid(_short_uid(self._tree_prefix))
        m._init_trees(_json.dumps([t[i]]), self._numFeatures)
        return m
    def __repr__(self):
        return "%s: uid=%s, numTrees=%d, numFeatures=%d" % (type(self).__name__, self.uid, self._ntrees(), self.numFeatures)
    __str__ = __repr__

def _leaf_outputs(model, dataset, extra=None):
    """prediction, then varianceCol (a decision tree), then leafCol when set (Spark's order), computed
    on engine rows by pyspark.ml._ensembles._native_transform; a forest averages its trees."""
    from pyspark.ml._ensembles import _native_transform
    return _native_transform(model, dataset, "regressor", 0, True)

import random as _random
_uid_rng = _random.Random()

def _short_uid(prefix):
    return prefix + "_" + "%012x" % _uid_rng.getrandbits(48)
`;

export const REGRESSION = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Predictor, PredictionModel, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, HasTrainingSummary, _register_java_class
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors
from pyspark.ml._train import _Instances, _algos, _jd
from pyspark.ml.tree import _PredictorParams, _DecisionTreeParams, _TreeEnsembleParams, _RandomForestParams, _HasVarianceImpurity, _TreeRegressorParams, _tree_setters, _TREE_SETTERS, _FOREST_SETTERS, _grow, _TreesModel, _DecisionTreeModel, _TreeEnsembleModel, _leaf_outputs

__all__ = ["LinearRegression", "LinearRegressionModel", "LinearRegressionSummary", "LinearRegressionTrainingSummary",
           "DecisionTreeRegressor", "DecisionTreeRegressionModel", "RandomForestRegressor", "RandomForestRegressionModel"]

class _Regressor(Predictor):
    pass

class _RegressionModel(PredictionModel):
    pass

class _LinearRegressionParams(_PredictorParams, HasRegParam, HasElasticNetParam, HasMaxIter, HasTol, HasFitIntercept, HasStandardization, HasWeightCol, HasSolver, HasAggregationDepth, HasLoss, HasMaxBlockSizeInMB):
    solver = Param(Params._dummy(), "solver", "The solver algorithm for optimization. Supported options: auto, normal, l-bfgs.", typeConverter=TypeConverters.toString)
    loss = Param(Params._dummy(), "loss", "The loss function to be optimized. Supported options: squaredError, huber.", typeConverter=TypeConverters.toString)
    epsilon = Param(Params._dummy(), "epsilon", "The shape parameter to control the amount of robustness. Must be > 1.0. Only valid when loss is huber", typeConverter=TypeConverters.toFloat)

    def __init__(self):
        super(_LinearRegressionParams, self).__init__()
        self._setDefault(maxIter=100, regParam=0.0, tol=1e-6, loss="squaredError", epsilon=1.35, maxBlockSizeInMB=0.0)

    def getEpsilon(self):
        return self.getOrDefault(self.epsilon)

class LinearRegression(_Regressor, _LinearRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.LinearRegression"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxIter=100, regParam=0.0, elasticNetParam=0.0, tol=1e-6, fitIntercept=True, standardization=True, solver="auto", weightCol=None, aggregationDepth=2, loss="squaredError", epsilon=1.35, maxBlockSizeInMB=0.0):
        super(LinearRegression, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxIter=100, regParam=0.0, elasticNetParam=0.0, tol=1e-6, fitIntercept=True, standardization=True, solver="auto", weightCol=None, aggregationDepth=2, loss="squaredError", epsilon=1.35, maxBlockSizeInMB=0.0):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setEpsilon(self, value):
        return self._set(epsilon=value)
    def setMaxIter(self, value):
        return self._set(maxIter=value)
    def setRegParam(self, value):
        return self._set(regParam=value)
    def setTol(self, value):
        return self._set(tol=value)
    def setElasticNetParam(self, value):
        return self._set(elasticNetParam=value)
    def setFitIntercept(self, value):
        return self._set(fitIntercept=value)
    def setStandardization(self, value):
        return self._set(standardization=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)
    def setSolver(self, value):
        return self._set(solver=value)
    def setAggregationDepth(self, value):
        return self._set(aggregationDepth=value)
    def setLoss(self, value):
        return self._set(loss=value)
    def setMaxBlockSizeInMB(self, value):
        return self._set(maxBlockSizeInMB=value)

    def _fit(self, dataset):
        weightCol = self.getWeightCol() if self.isDefined(self.weightCol) and self.getWeightCol() else None
        if self.getLoss() != "squaredError":
            raise NotImplementedError("Flint's LinearRegression supports loss='squaredError' only")
        solver = self.getSolver()
        if solver not in ("auto", "normal", "l-bfgs"):
            raise ValueError("LinearRegression_solver given invalid value %s." % solver)
        inst = _Instances(dataset, self.getFeaturesCol(), self.getLabelCol(), weightCol, self.getAggregationDepth())
        d = inst.numFeatures
        stats = inst.aggregate(lambda b, i: _algos.lr_stats(b))
        p = _json.dumps({"regParam": self.getRegParam(), "elasticNetParam": self.getElasticNetParam(), "fitIntercept": self.getFitIntercept(),
                         "standardization": self.getStandardization(), "maxIter": self.getMaxIter(), "tol": self.getTol()})
        if solver == "normal" or (solver == "auto" and d <= 4096):
            coef, intercept, diag, hist = _algos.lr_normal(stats, d, p)
        else:
            def evaluate(ctx, beta):
                return inst.aggregate(lambda b, i: _algos.lr_loss(b, ctx, beta))
            coef, intercept, diag, hist = _algos.lr_lbfgs(stats, d, p, evaluate)
        inst.unpersist()
        model = self._new_model(LinearRegressionModel(DenseVector(coef), intercept))
        model._summary = LinearRegressionTrainingSummary(model, lambda: model.transform(dataset), diag, hist)
        return model

class LinearRegressionModel(_RegressionModel, _LinearRegressionParams, HasTrainingSummary, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.LinearRegressionModel"

    def __init__(self, coefficients=None, intercept=0.0, scale=1.0):
        super(LinearRegressionModel, self).__init__()
        self._coefficients = coefficients if coefficients is not None else DenseVector([])
        self._intercept = float(intercept)
        self._scale = float(scale)
        self._summary = None

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

    def predict(self, value):
        return float(self._coefficients.dot(value)) + self._intercept

    def evaluate(self, dataset):
        return LinearRegressionSummary(self, self.transform(dataset), None)

    def _model_data(self):
        return {"intercept": self._intercept, "coefficients": self._coefficients, "scale": self._scale}
    def _set_model_data(self, data):
        self._coefficients = data["coefficients"]
        self._intercept = float(data["intercept"])
        self._scale = float(data.get("scale", 1.0))

    def __repr__(self):
        return "LinearRegressionModel: uid=%s, numFeatures=%d" % (self.uid, self.numFeatures)
    __str__ = __repr__

class LinearRegressionSummary:
    """Metrics computed on first use (fit does not pay for a pass over the predictions)."""
    def __init__(self, model, predictions, diagInvAtWA):
        self._model = model
        self._pred_df = predictions
        self._diag = diagInvAtWA
        wc = model.getWeightCol() if model.isDefined(model.weightCol) and model.getWeightCol() else None
        self._weightCol = wc
        self._state = None

    def _load(self):
        if self._state is None:
            model = self._model
            wc = self._weightCol
            cols = [model.getPredictionCol(), model.getLabelCol()] + ([wc] if wc else [])
            rows = self.predictions.select(*cols).collect()
            sums = _algos.metric_sums([(r[0], r[1], r[2] if wc else 1.0) for r in rows])
            self._state = (_algos.regression_metrics(sums, not model.getFitIntercept()), len(rows), rows)
        return self._state

    @property
    def _metrics(self):
        return self._load()[0]
    @property
    def _n(self):
        return self._load()[1]
    @property
    def _rows(self):
        return self._load()[2]
    @property
    def _predictions(self):
        if callable(self._pred_df):
            self._pred_df = self._pred_df()
        return self._pred_df

    @property
    def predictions(self):
        return self._predictions
    @property
    def predictionCol(self):
        return self._model.getPredictionCol()
    @property
    def labelCol(self):
        return self._model.getLabelCol()
    @property
    def featuresCol(self):
        return self._model.getFeaturesCol()
    @property
    def explainedVariance(self):
        return self._metrics[4]
    @property
    def meanAbsoluteError(self):
        return self._metrics[2]
    @property
    def meanSquaredError(self):
        return self._metrics[0]
    @property
    def rootMeanSquaredError(self):
        return self._metrics[1]
    @property
    def r2(self):
        return self._metrics[3]
    @property
    def r2adj(self):
        k = 1 if self._model.getFitIntercept() else 0
        return 1 - (1 - self.r2) * (self._n - k) / (self._n - self._model.numFeatures - k)
    @property
    def residuals(self):
        from pyspark.sql.functions import col
        return self._predictions.select((col(self.labelCol) - col(self.predictionCol)).alias("residuals"))
    @property
    def numInstances(self):
        return self._n
    @property
    def degreesOfFreedom(self):
        return self._n - self._model.numFeatures - (1 if self._model.getFitIntercept() else 0)
    @property
    def devianceResiduals(self):
        import math
        res = [(r[1] - r[0]) * (math.sqrt(r[2]) if self._weightCol else 1.0) for r in self._rows]
        return [min(res), max(res)] if res else [0.0, 0.0]
    @property
    def coefficientStandardErrors(self):
        import math
        if self._diag is None or (len(self._diag) == 1 and self._diag[0] == 0.0):
            raise RuntimeError("No Std. Error of coefficients available for this LinearRegressionModel")
        if self._weightCol:
            rss = sum((r[1] - r[0]) ** 2 * r[2] for r in self._rows)
        else:
            rss = self.meanSquaredError * self._n
        sigma2 = rss / self.degreesOfFreedom
        return [math.sqrt(v * sigma2) for v in self._diag]
    @property
    def tValues(self):
        se = self.coefficientStandardErrors
        est = list(self._model.coefficients) + ([self._model.intercept] if self._model.getFitIntercept() else [])
        return [e / s for (e, s) in zip(est, se)]
    @property
    def pValues(self):
        dof = self.degreesOfFreedom
        return [_algos.t_pvalue(t, dof) for t in self.tValues]
    @property
    def weightCol(self):
        return self._weightCol

class LinearRegressionTrainingSummary(LinearRegressionSummary):
    def __init__(self, model, predictions, diagInvAtWA, objectiveHistory):
        LinearRegressionSummary.__init__(self, model, predictions, diagInvAtWA)
        self._history = objectiveHistory
    @property
    def objectiveHistory(self):
        return list(self._history)
    @property
    def totalIterations(self):
        return len(self._history) - 1

class DecisionTreeRegressor(_Regressor, _DecisionTreeParams, _TreeRegressorParams, HasVarianceCol, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.DecisionTreeRegressor"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="variance", seed=None, varianceCol=None, weightCol=None, leafCol="", minWeightFractionPerNode=0.0):
        super(DecisionTreeRegressor, self).__init__()
        self._setDefault(impurity="variance")
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="variance", seed=None, varianceCol=None, weightCol=None, leafCol="", minWeightFractionPerNode=0.0):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setVarianceCol(self, value):
        return self._set(varianceCol=value)

    def _fit(self, dataset):
        trees, d = _grow(self, dataset, 0, 1, "all", 1.0, False)
        return self._new_model(DecisionTreeRegressionModel()._init_trees(trees, d))

_tree_setters(DecisionTreeRegressor, _TREE_SETTERS)

class DecisionTreeRegressionModel(_DecisionTreeModel, _DecisionTreeParams, _TreeRegressorParams, HasVarianceCol, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.DecisionTreeRegressionModel"

    def __init__(self):
        super(DecisionTreeRegressionModel, self).__init__()
        self._init_trees("[]", 0)

    def setVarianceCol(self, value):
        return self._set(varianceCol=value)

    def predict(self, value):
        return _algos.tree_predict(self._h, 0, value)

    def _variance(self, value):
        s = _algos.tree_leaf_stats(self._h, 0, value)
        if s[0] == 0:
            return 0.0
        m = s[1] / s[0]
        return s[2] / s[0] - m * m

    def _transform(self, dataset):
        from pyspark.sql.types import DoubleType
        vc = self.getOrDefault(self.varianceCol) if self.isDefined(self.varianceCol) else None
        return _leaf_outputs(self, dataset, [(vc, DoubleType(), lambda v: self._variance(v))] if vc else None)

_tree_setters(DecisionTreeRegressionModel, ["leafCol", "varianceCol"])

class RandomForestRegressor(_Regressor, _RandomForestParams, _TreeRegressorParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.RandomForestRegressor"

    @keyword_only
    def __init__(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="variance", subsamplingRate=1.0, seed=None, numTrees=20, featureSubsetStrategy="auto", leafCol="", minWeightFractionPerNode=0.0, weightCol=None, bootstrap=True):
        super(RandomForestRegressor, self).__init__()
        self._setDefault(impurity="variance", subsamplingRate=1.0, numTrees=20, featureSubsetStrategy="auto", bootstrap=True)
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, featuresCol="features", labelCol="label", predictionCol="prediction", maxDepth=5, maxBins=32, minInstancesPerNode=1, minInfoGain=0.0, maxMemoryInMB=256, cacheNodeIds=False, checkpointInterval=10, impurity="variance", subsamplingRate=1.0, seed=None, numTrees=20, featureSubsetStrategy="auto", leafCol="", minWeightFractionPerNode=0.0, weightCol=None, bootstrap=True):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def _fit(self, dataset):
        n = self.getNumTrees()
        trees, d = _grow(self, dataset, 0, n, self.getFeatureSubsetStrategy(), self.getSubsamplingRate(), self.getBootstrap())
        return self._new_model(RandomForestRegressionModel()._init_trees(trees, d, [1.0] * n))

_tree_setters(RandomForestRegressor, _FOREST_SETTERS)

class RandomForestRegressionModel(_TreeEnsembleModel, _RandomForestParams, _TreeRegressorParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.RandomForestRegressionModel"
    _tree_prefix = "dtr"

    def __init__(self):
        super(RandomForestRegressionModel, self).__init__()
        self._init_trees("[]", 0)

    @property
    def trees(self):
        return [self._tree_model(DecisionTreeRegressionModel, i) for i in range(self._ntrees())]

    def predict(self, value):
        return _algos.forest_predict(self._h, value, self.treeWeights)

    def _transform(self, dataset):
        return _leaf_outputs(self, dataset)

_tree_setters(RandomForestRegressionModel, ["leafCol"])

for _c in [LinearRegression, LinearRegressionModel, DecisionTreeRegressor, DecisionTreeRegressionModel, RandomForestRegressor, RandomForestRegressionModel]:
    _register_java_class(_c._java_class, _c)
`;
