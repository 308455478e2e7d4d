/**
 * `pyspark.ml.clustering` (Python source): KMeans (k-means++ seeding from the seed, Lloyd
 * iterations), BisectingKMeans (Spark's symmetric split of each divisible leaf, noise from
 * java.util.Random), GaussianMixture (EM), LDA (online / EM variational updates, local and
 * distributed models) and PowerIterationClustering, with summaries and persistence.
 * Training runs on collected rows; results match Spark's where the algorithm is
 * deterministic, not where Spark's own random initialisation decides the outcome.
 */
export const CLUSTERING = String.raw`
import math as _math
import random as _random
from pyspark.ml.param import Param, Params, TypeConverters
from pyspark.ml.param.shared import *
from pyspark.ml.base import _with_columns
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors, Vector, VectorUDT, DenseMatrix, ndarray
from pyspark.ml.feature import _FE, _FM, _FT, _p, _JavaRandom
from pyspark.ml.util import _register_java_class
from pyspark.sql.types import DoubleType, IntegerType, LongType, StructType, StructField, ArrayType

def _register(*classes):
    for c in classes:
        c._java_class = "org.apache.spark.ml.clustering." + c.__name__
        _register_java_class(c._java_class, c)

def _points(dataset, featuresCol, weightCol=None):
    from pyspark.sql.functions import col, lit
    cols = [col(featuresCol), col(weightCol).cast("double") if weightCol else lit(1.0)]
    return [(list(r[0].toArray()), r[1]) for r in dataset.select(*cols).collect()]

def _sqdist(a, b):
    s = 0.0
    for (x, y) in zip(a, b):
        d = x - y
        s += d * d
    return s

def _cosdist(a, b):
    na = _math.sqrt(sum(x * x for x in a))
    nb = _math.sqrt(sum(x * x for x in b))
    return 1.0 - sum(x * y for (x, y) in zip(a, b)) / (na * nb) if na and nb else 1.0

def _closest(centers, x, cosine=False):
    best = 0
    bd = None
    for (i, c) in enumerate(centers):
        d = _cosdist(c, x) if cosine else _sqdist(c, x)
        if bd is None or d < bd:
            bd = d
            best = i
    return best, bd

def _weight_col(est):
    return est.getOrDefault("weightCol") if est.hasParam("weightCol") and est.isDefined("weightCol") and est.getOrDefault("weightCol") else None

class ClusteringSummary:
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes):
        # predictions: a DataFrame, or a function making it on first use (fit skips a pass over the data)
        self._predictions = predictions
        self.predictionCol = predictionCol
        self.featuresCol = featuresCol
        self.k = k
        self.numIter = numIter
        self.clusterSizes = clusterSizes
    @property
    def predictions(self):
        if callable(self._predictions):
            self._predictions = self._predictions()
        return self._predictions
    @property
    def cluster(self):
        return self.predictions.select(self.predictionCol)

class KMeansSummary(ClusteringSummary):
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes, trainingCost):
        ClusteringSummary.__init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes)
        self.trainingCost = trainingCost

class BisectingKMeansSummary(KMeansSummary):
    pass

class GaussianMixtureSummary(ClusteringSummary):
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes, probabilityCol, logLikelihood):
        ClusteringSummary.__init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes)
        self.probabilityCol = probabilityCol
        self.logLikelihood = logLikelihood
    @property
    def probability(self):
        return self.predictions.select(self.probabilityCol)

class _SummaryMixin:
    @property
    def hasSummary(self):
        return getattr(self, "_summary", None) is not None
    @property
    def summary(self):
        if self.hasSummary:
            return self._summary
        raise RuntimeError("No training summary available for this %s" % self.__class__.__name__)

# ---------------------------------------------------------------- KMeans

class _KMeansParams(HasMaxIter, HasFeaturesCol, HasSeed, HasPredictionCol, HasTol, HasDistanceMeasure, HasWeightCol, HasSolver, HasMaxBlockSizeInMB):
    k = _p("k", "The number of clusters to create. Must be > 1.", "toInt")
    initMode = _p("initMode", 'The initialization algorithm. This can be either "random" to choose random points as initial cluster centers, or "k-means||" to use a parallel variant of k-means++', "toString")
    initSteps = _p("initSteps", "The number of steps for k-means|| initialization mode. Must be > 0.", "toInt")
    solver = _p("solver", "The solver algorithm for optimization. Supported options: auto, row, block.", "toString")
    def __init__(self, *args):
        super(_KMeansParams, self).__init__(*args)
        self._setDefault(k=2, initMode="k-means||", initSteps=2, tol=1e-4, maxIter=20, distanceMeasure="euclidean", solver="auto", maxBlockSizeInMB=0.0)

def _kmeans(pts, k, seed, maxIter, tol, cosine=False, initMode="k-means||"):
    rnd = _random.Random(seed)
    xs = [p for (p, w) in pts]
    ws = [w for (p, w) in pts]
    distinct = []
    for x in xs:
        if x not in distinct:
            distinct.append(x)
    k = min(k, len(distinct))
    if initMode == "random":
        centers = [list(c) for c in rnd.sample(distinct, k)]
    else:
        centers = [list(xs[rnd.randrange(len(xs))])]
        while len(centers) < k:
            d2 = [w * (_closest(centers, x, cosine)[1]) for (x, w) in zip(xs, ws)]
            total = sum(d2)
            if total <= 0:
                break
            r = rnd.random() * total
            acc = 0.0
            pick = len(xs) - 1
            for (i, d) in enumerate(d2):
                acc += d
                if acc >= r:
                    pick = i
                    break
            centers.append(list(xs[pick]))
    it = 0
    for it in range(1, maxIter + 1):
        sums = [[0.0] * len(centers[0]) for _ in centers]
        wsum = [0.0] * len(centers)
        for (x, w) in zip(xs, ws):
            j, _ = _closest(centers, x, cosine)
            wsum[j] += w
            s = sums[j]
            for t in range(len(x)):
                s[t] += w * x[t]
        moved = False
        for j in range(len(centers)):
            if wsum[j] > 0:
                c = [v / wsum[j] for v in sums[j]]
                if cosine:
                    n = _math.sqrt(sum(v * v for v in c))
                    c = [v / n for v in c] if n else c
                if _sqdist(c, centers[j]) > tol * tol:
                    moved = True
                centers[j] = c
        if not moved:
            break
    return centers, it

class KMeans(_FE, _KMeansParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(KMeans, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        cosine = self.getOrDefault("distanceMeasure") == "cosine"
        if self.getOrDefault("initMode") == "k-means||":
            from pyspark.ml._train import _kmeans_parallel
            centers, iters, sizes, cost = _kmeans_parallel(dataset, self.getFeaturesCol(), _weight_col(self), self.getOrDefault("k"),
                                                           self.getOrDefault("seed"), self.getOrDefault("maxIter"), self.getOrDefault("tol"),
                                                           cosine, self.getOrDefault("initSteps"))
        else:
            centers, iters, sizes, cost = _native.kmeans(dataset, self.getFeaturesCol(), _weight_col(self), self.getOrDefault("k"),
                                                         self.getOrDefault("seed"), self.getOrDefault("maxIter"), self.getOrDefault("tol"),
                                                         cosine, self.getOrDefault("initMode"))
        model = self._new_model(KMeansModel([DenseVector(c) for c in centers]))
        model._summary = KMeansSummary(lambda: model.transform(dataset), self.getPredictionCol(), self.getFeaturesCol(), len(centers), iters, sizes, cost)
        return model

class KMeansModel(_FM, _KMeansParams, _SummaryMixin):
    def __init__(self, clusterCenters=None):
        super(KMeansModel, self).__init__()
        self._centers = clusterCenters or []
        self._summary = None
    def _repr_extra(self):
        return ", k=%d, distanceMeasure=%s, numFeatures=%d" % (len(self._centers), self.getOrDefault("distanceMeasure"), len(self._centers[0]) if self._centers else 0)
    def clusterCenters(self):
        return [c.toArray() for c in self._centers]
    @property
    def numFeatures(self):
        return len(self._centers[0]) if self._centers else 0
    def _model_data(self):
        return {"clusterCenters": self._centers}
    def _set_model_data(self, d):
        self._centers = d["clusterCenters"]
        self._summary = None
    def predict(self, value):
        return _closest([c.toArray() for c in self._centers], list(value.toArray()), self.getOrDefault("distanceMeasure") == "cosine")[0]
    def _transform(self, dataset):
        from pyspark.sql.dataframe import DataFrame
        view = _native.kmeans_predict(dataset, self.getFeaturesCol(), self.getPredictionCol(), [list(c.toArray()) for c in self._centers],
                                      self.getOrDefault("distanceMeasure") == "cosine")
        return DataFrame("SELECT * FROM %s" % view, dataset.sparkSession)

# ---------------------------------------------------------------- BisectingKMeans

class _BisectingKMeansParams(HasMaxIter, HasFeaturesCol, HasSeed, HasPredictionCol, HasDistanceMeasure, HasWeightCol):
    k = _p("k", "The desired number of leaf clusters. Must be > 1.", "toInt")
    minDivisibleClusterSize = _p("minDivisibleClusterSize", "The minimum number of points (if >= 1.0) or the minimum proportion of points (if < 1.0) of a divisible cluster.", "toFloat")
    def __init__(self, *args):
        super(_BisectingKMeansParams, self).__init__(*args)
        self._setDefault(maxIter=20, k=4, minDivisibleClusterSize=1.0)

def _center(members):
    W = sum(w for (x, w) in members)
    d = len(members[0][0])
    return [sum(w * x[t] for (x, w) in members) / W for t in range(d)]

def _cost(members, c):
    return sum(w * _sqdist(x, c) for (x, w) in members)

def _cluster_cost(members):
    # Spark's EuclideanDistanceMeasure.clusterCost from the cluster's summary: sum of squares minus
    # weight times the squared norm of the centroid (computed through its norm, as Spark does)
    W = sum(w for (x, w) in members)
    sumSq = sum(w * sum(v * v for v in x) for (x, w) in members)
    norm = _math.sqrt(sum(v * v for v in _center(members)))
    return max(sumSq - W * norm * norm, 0.0)

class BisectingKMeans(_FE, _BisectingKMeansParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(BisectingKMeans, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pts = _points(dataset, self.getFeaturesCol(), _weight_col(self))
        k = self.getOrDefault("k")
        maxIter = self.getOrDefault("maxIter")
        mdcs = self.getOrDefault("minDivisibleClusterSize")
        minSize = mdcs if mdcs >= 1.0 else _math.ceil(mdcs * len(pts))
        rand = _JavaRandom(self.getOrDefault("seed"))
        leaves = {1: pts}
        while len(leaves) < k:
            divisible = sorted([i for (i, m) in leaves.items() if len(m) >= minSize and len(m) > 1 and _cost(m, _center(m)) > 0])
            if not divisible:
                break
            for i in divisible:
                if len(leaves) >= k:
                    break
                members = leaves[i]
                c = _center(members)
                norm = _math.sqrt(sum(v * v for v in c))
                level = 1e-4 * norm
                noise = [rand.nextDouble() for _ in c]
                left = [a - level * b for (a, b) in zip(c, noise)]
                right = [a + level * b for (a, b) in zip(c, noise)]
                for _ in range(maxIter):
                    L = [m for m in members if _sqdist(m[0], left) <= _sqdist(m[0], right)]
                    R = [m for m in members if _sqdist(m[0], left) > _sqdist(m[0], right)]
                    if not L or not R:
                        break
                    nl, nr = _center(L), _center(R)
                    if nl == left and nr == right:
                        break
                    left, right = nl, nr
                L = [m for m in members if _sqdist(m[0], left) <= _sqdist(m[0], right)]
                R = [m for m in members if _sqdist(m[0], left) > _sqdist(m[0], right)]
                if not L or not R:
                    continue
                del leaves[i]
                leaves[2 * i] = L
                leaves[2 * i + 1] = R
        order = sorted(leaves)
        centers = [_center(leaves[i]) for i in order]
        model = self._new_model(BisectingKMeansModel([DenseVector(c) for c in centers]))
        sizes = [len(leaves[i]) for i in order]
        cost = sum(_cluster_cost(leaves[i]) for i in order)
        model._summary = BisectingKMeansSummary(model.transform(dataset), self.getPredictionCol(), self.getFeaturesCol(), len(centers), maxIter, sizes, cost)
        return model

class BisectingKMeansModel(_FM, _BisectingKMeansParams, _SummaryMixin):
    def __init__(self, clusterCenters=None):
        super(BisectingKMeansModel, self).__init__()
        self._centers = clusterCenters or []
        self._summary = None
    def _repr_extra(self):
        return ", k=%d, distanceMeasure=%s, numFeatures=%d" % (len(self._centers), self.getOrDefault("distanceMeasure"), len(self._centers[0]) if self._centers else 0)
    def clusterCenters(self):
        return [c.toArray() for c in self._centers]
    def _model_data(self):
        return {"clusterCenters": self._centers}
    def _set_model_data(self, d):
        self._centers = d["clusterCenters"]
        self._summary = None
    def predict(self, value):
        return _closest([c.toArray() for c in self._centers], list(value.toArray()))[0]
    def computeCost(self, dataset):
        centers = [list(c.toArray()) for c in self._centers]
        return sum(_closest(centers, x)[1] for (x, w) in _points(dataset, self.getFeaturesCol()))
    def _transform(self, dataset):
        centers = [list(c.toArray()) for c in self._centers]
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getPredictionCol(), IntegerType())],
                             lambda v: (None if v is None else _closest(centers, list(v.toArray()))[0],))

# ---------------------------------------------------------------- GaussianMixture

class MultivariateGaussian:
    def __init__(self, mean, cov):
        self.mean = mean
        self.cov = cov
    def __repr__(self):
        return "MultivariateGaussian(mean=%r, cov=%r)" % (self.mean, self.cov)

def _chol_logdet_inv(m, d):
    a = [row[:] for row in m]
    for i in range(d):
        a[i][i] += 1e-12
    L = [[0.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i + 1):
            s = a[i][j] - sum(L[i][t] * L[j][t] for t in range(j))
            if i == j:
                L[i][j] = _math.sqrt(max(s, 1e-300))
            else:
                L[i][j] = s / L[j][j]
    logdet = 2 * sum(_math.log(L[i][i]) for i in range(d))
    return L, logdet

def _gauss_logpdf(x, mean, L, logdet, d):
    z = [0.0] * d
    diff = [x[i] - mean[i] for i in range(d)]
    for i in range(d):
        z[i] = (diff[i] - sum(L[i][t] * z[t] for t in range(i))) / L[i][i]
    return -0.5 * (d * _math.log(2 * _math.pi) + logdet + sum(v * v for v in z))

class _GaussianMixtureParams(HasMaxIter, HasFeaturesCol, HasSeed, HasPredictionCol, HasProbabilityCol, HasTol, HasAggregationDepth, HasWeightCol):
    k = _p("k", "Number of independent Gaussians in the mixture model. Must be > 1.", "toInt")
    def __init__(self, *args):
        super(_GaussianMixtureParams, self).__init__(*args)
        self._setDefault(k=2, tol=0.01, maxIter=100, aggregationDepth=2)

class GaussianMixture(_FE, _GaussianMixtureParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(GaussianMixture, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pts = _points(dataset, self.getFeaturesCol(), _weight_col(self))
        k = self.getOrDefault("k")
        d = len(pts[0][0])
        xs = [p for (p, w) in pts]
        ws = [w for (p, w) in pts]
        W = sum(ws)
        centers, _ = _kmeans(pts, k, self.getOrDefault("seed"), 5, 1e-4)
        while len(centers) < k:
            centers.append(list(xs[len(centers) % len(xs)]))
        gmean = [sum(w * x[t] for (x, w) in pts) / W for t in range(d)]
        gvar = [sum(w * (x[t] - gmean[t]) ** 2 for (x, w) in pts) / W for t in range(d)]
        means = [list(c) for c in centers]
        covs = [[[gvar[i] if i == j else 0.0 for j in range(d)] for i in range(d)] for _ in range(k)]
        weights = [1.0 / k] * k
        ll = None
        it = 0
        for it in range(1, self.getOrDefault("maxIter") + 1):
            facts = [_chol_logdet_inv(covs[j], d) for j in range(k)]
            resp = []
            newll = 0.0
            for (x, w) in pts:
                logs = [_math.log(weights[j]) + _gauss_logpdf(x, means[j], facts[j][0], facts[j][1], d) if weights[j] > 0 else float("-inf") for j in range(k)]
                m = max(logs)
                ps = [_math.exp(l - m) for l in logs]
                s = sum(ps)
                newll += w * (m + _math.log(s))
                resp.append([p / s for p in ps])
            for j in range(k):
                rj = [r[j] * w for (r, w) in zip(resp, ws)]
                nj = sum(rj)
                if nj <= 0:
                    continue
                weights[j] = nj / W
                means[j] = [sum(rj[i] * xs[i][t] for i in range(len(xs))) / nj for t in range(d)]
                covs[j] = [[sum(rj[i] * (xs[i][a] - means[j][a]) * (xs[i][b] - means[j][b]) for i in range(len(xs))) / nj for b in range(d)] for a in range(d)]
            if ll is not None and abs(newll - ll) < self.getOrDefault("tol"):
                ll = newll
                break
            ll = newll
        gaussians = [MultivariateGaussian(DenseVector(means[j]), DenseMatrix(d, d, [covs[j][a][b] for b in range(d) for a in range(d)], 0)) for j in range(k)]
        model = self._new_model(GaussianMixtureModel(weights, gaussians))
        preds = model.transform(dataset)
        sizes = [0] * k
        for (x, w) in pts:
            sizes[model._predict_list(x)] += 1
        model._summary = GaussianMixtureSummary(preds, self.getPredictionCol(), self.getFeaturesCol(), k, it, sizes, self.getProbabilityCol(), ll)
        return model

class GaussianMixtureModel(_FM, _GaussianMixtureParams, _SummaryMixin):
    def __init__(self, weights=None, gaussians=None):
        super(GaussianMixtureModel, self).__init__()
        self.weights = weights or []
        self.gaussians = gaussians or []
        self._summary = None
    def _repr_extra(self):
        return ", k=%d, numFeatures=%d" % (len(self.weights), len(self.gaussians[0].mean) if self.gaussians else 0)
    @property
    def gaussiansDF(self):
        from pyspark.sql import SparkSession
        from pyspark.ml.linalg import MatrixUDT
        schema = StructType([StructField("mean", VectorUDT(), True), StructField("cov", MatrixUDT(), True)])
        return SparkSession.getActiveSession().createDataFrame([(g.mean, g.cov) for g in self.gaussians], schema)
    def _model_data(self):
        return {"weights": self.weights, "mus": [g.mean for g in self.gaussians], "sigmas": [g.cov for g in self.gaussians]}
    def _set_model_data(self, d):
        self.weights = d["weights"]
        self.gaussians = [MultivariateGaussian(m, DenseMatrix(s.numRows, s.numCols, list(s.values), 0)) for (m, s) in zip(d["mus"], d["sigmas"])]
        self._summary = None
    def _probabilities(self, x):
        d = len(x)
        logs = []
        for (w, g) in zip(self.weights, self.gaussians):
            cov = g.cov.toArray()
            L, logdet = _chol_logdet_inv([list(r) for r in cov], d)
            logs.append(_math.log(w) + _gauss_logpdf(x, list(g.mean.toArray()), L, logdet, d) if w > 0 else float("-inf"))
        m = max(logs)
        ps = [_math.exp(l - m) for l in logs]
        s = sum(ps)
        return [p / s for p in ps]
    def _predict_list(self, x):
        ps = self._probabilities(x)
        return ps.index(max(ps))
    def predict(self, value):
        return self._predict_list(list(value.toArray()))
    def predictProbability(self, value):
        return DenseVector(self._probabilities(list(value.toArray())))
    def _transform(self, dataset):
        def fn(v):
            if v is None:
                return (None, None)
            ps = self._probabilities(list(v.toArray()))
            return (ps.index(max(ps)), DenseVector(ps))
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getPredictionCol(), IntegerType()), (self.getProbabilityCol(), VectorUDT())], fn)

# ---------------------------------------------------------------- LDA

class _LDAParams(HasMaxIter, HasFeaturesCol, HasSeed, HasCheckpointInterval):
    k = _p("k", "The number of topics (clusters) to infer. Must be > 1.", "toInt")
    optimizer = _p("optimizer", "Optimizer or inference algorithm used to estimate the LDA model.  Supported: online, em", "toString")
    learningOffset = _p("learningOffset", "A (positive) learning parameter that downweights early iterations. Larger values make early iterations count less", "toFloat")
    learningDecay = _p("learningDecay", "Learning rate, set as anexponential decay rate. This should be between (0.5, 1.0] to guarantee asymptotic convergence.", "toFloat")
    subsamplingRate = _p("subsamplingRate", "Fraction of the corpus to be sampled and used in each iteration of mini-batch gradient descent, in range (0, 1].", "toFloat")
    optimizeDocConcentration = _p("optimizeDocConcentration", "Indicates whether the docConcentration (Dirichlet parameter for document-topic distribution) will be optimized during training.", "toBoolean")
    docConcentration = _p("docConcentration", 'Concentration parameter (commonly named "alpha") for the prior placed on documents\' distributions over topics ("theta").', "toListFloat")
    topicConcentration = _p("topicConcentration", 'Concentration parameter (commonly named "beta" or "eta") for the prior placed on topic\' distributions over terms.', "toFloat")
    topicDistributionCol = _p("topicDistributionCol", 'Output column with estimates of the topic mixture distribution for each document (often called "theta" in the literature). Returns a vector of zeros for an empty document.', "toString")
    keepLastCheckpoint = _p("keepLastCheckpoint", "(For EM optimizer) If using checkpointing, this indicates whether to keep the last checkpoint. If false, then the checkpoint will be deleted. Deleting the checkpoint can cause failures if a data partition is lost, so set this bit with care.", "toBoolean")
    def __init__(self, *args):
        super(_LDAParams, self).__init__(*args)
        self._setDefault(maxIter=20, checkpointInterval=10, k=10, optimizer="online", learningOffset=1024.0, learningDecay=0.51,
                         subsamplingRate=0.05, optimizeDocConcentration=True, topicDistributionCol="topicDistribution", keepLastCheckpoint=True)

def _digamma(x):
    r = 0.0
    while x < 6:
        r -= 1 / x
        x += 1
    f = 1 / (x * x)
    return r + _math.log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))))

class LDA(_FE, _LDAParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(LDA, self).__init__()
        self._kw(kwargs)
    def _fit_em(self, dataset):
        """Spark's EMLDAOptimizer: a doc-term graph whose edges start with random soft topic assignments
        (java.util.Random(partition + seed), one L1-normalised k-vector per edge times its count), then
        maxIter rounds of gamma_wjk ~ (N_wk + eta - 1)(N_jk + alpha - 1)/(N_k + W(eta - 1)) summed into new
        doc and term counts. alpha defaults to 50/k + 1 and eta to 1.1."""
        k = self.getOrDefault("k")
        seed = self.getOrDefault("seed")
        parts = dataset.select(self.getFeaturesCol()).rdd.glom().map(lambda rs: [r[0] for r in rs]).collect()
        V = 0
        for part in parts:
            for x in part:
                V = len(x)
                break
            if V:
                break
        alpha = self.getOrDefault("docConcentration") if self.isSet("docConcentration") else None
        alpha = float(alpha[0]) if alpha else 50.0 / k + 1.0
        eta = float(self.getOrDefault("topicConcentration")) if self.isSet("topicConcentration") else 1.1
        edges = []
        ndoc = []
        nterm = [[0.0] * k for _ in range(V)]
        for (pi, part) in enumerate(parts):
            rnd = _JavaRandom(pi + seed)
            for x in part:
                d = len(ndoc)
                ndoc.append([0.0] * k)
                if isinstance(x, SparseVector):
                    items = [(int(i), float(c)) for (i, c) in zip(x.indices, x.values)]
                else:
                    items = list(enumerate(float(c) for c in x.toArray()))
                for (t, c) in items:
                    if c == 0.0:
                        continue
                    g = [rnd.nextDouble() for _ in range(k)]
                    sg = sum(abs(v) for v in g)
                    g = [v / sg * c for v in g]
                    edges.append((d, t, c))
                    ndoc[d] = [a + b for (a, b) in zip(ndoc[d], g)]
                    nterm[t] = [a + b for (a, b) in zip(nterm[t], g)]
        W = V
        for _ in range(self.getOrDefault("maxIter")):
            nk = [sum(nterm[t][j] for t in range(V)) for j in range(k)]
            newdoc = [[0.0] * k for _ in ndoc]
            newterm = [[0.0] * k for _ in range(V)]
            for (d, t, c) in edges:
                gam = [(nterm[t][j] + eta - 1.0) * (ndoc[d][j] + alpha - 1.0) / (nk[j] + W * (eta - 1.0)) for j in range(k)]
                sg = sum(gam)
                gam = [v / sg * c for v in gam]
                newdoc[d] = [a + b for (a, b) in zip(newdoc[d], gam)]
                newterm[t] = [a + b for (a, b) in zip(newterm[t], gam)]
            ndoc, nterm = newdoc, newterm
        nk = [sum(nterm[t][j] for t in range(V)) for j in range(k)]
        topics = [[nterm[v][t] / nk[t] if nk[t] else 0.0 for v in range(V)] for t in range(k)]
        counts = [[nterm[v][t] for v in range(V)] for t in range(k)]
        model = DistributedLDAModel(topics, [alpha] * k)
        model._counts = counts
        return self._new_model(model)

    def _fit(self, dataset):
        if self.getOrDefault("optimizer") == "em":
            return self._fit_em(dataset)
        docs = [list(r[0].toArray()) for r in dataset.select(self.getFeaturesCol()).collect()]
        V = len(docs[0]) if docs else 0
        k = self.getOrDefault("k")
        rnd = _random.Random(self.getOrDefault("seed"))
        alpha = self.getOrDefault("docConcentration") if self.isDefined("docConcentration") else None
        alpha = [alpha[0]] * k if alpha and len(alpha) == 1 else (alpha or [1.0 / k] * k)
        eta = self.getOrDefault("topicConcentration") if self.isDefined("topicConcentration") else 1.0 / k
        lam = [[rnd.gammavariate(100.0, 0.01) for _ in range(V)] for _ in range(k)]
        for _ in range(self.getOrDefault("maxIter")):
            stats = [[0.0] * V for _ in range(k)]
            for doc in docs:
                gamma = [1.0] * k
                for _ in range(50):
                    elog_theta = [_digamma(g) - _digamma(sum(gamma)) for g in gamma]
                    new = list(alpha)
                    for v in range(V):
                        if doc[v] == 0:
                            continue
                        ws = [_math.exp(elog_theta[t] + _digamma(lam[t][v]) - _digamma(sum(lam[t]))) for t in range(k)]
                        s = sum(ws)
                        for t in range(k):
                            new[t] += doc[v] * ws[t] / s
                    if max(abs(a - b) for (a, b) in zip(new, gamma)) < 1e-3:
                        gamma = new
                        break
                    gamma = new
                elog_theta = [_digamma(g) - _digamma(sum(gamma)) for g in gamma]
                for v in range(V):
                    if doc[v] == 0:
                        continue
                    ws = [_math.exp(elog_theta[t] + _digamma(lam[t][v]) - _digamma(sum(lam[t]))) for t in range(k)]
                    s = sum(ws)
                    for t in range(k):
                        stats[t][v] += doc[v] * ws[t] / s
            lam = [[eta + stats[t][v] for v in range(V)] for t in range(k)]
        topics = [[lam[t][v] / sum(lam[t]) for v in range(V)] for t in range(k)]
        cls = DistributedLDAModel if self.getOrDefault("optimizer") == "em" else LocalLDAModel
        return self._new_model(cls(topics, alpha))

class LDAModel(_FM, _LDAParams):
    def __init__(self, topics=None, alpha=None):
        super(LDAModel, self).__init__()
        self._topics = topics or []
        self._alpha = alpha or []
        # EM models: the term-topic counts N_wk, which Spark's topicsMatrix shows (topics are N_wk / N_k)
        self._counts = None
    def _repr_extra(self):
        return ", k=%d, numFeatures=%d" % (len(self._topics), self.vocabSize())
    def _model_data(self):
        d = {"topics": self._topics, "alpha": self._alpha}
        if self._counts is not None:
            d["topicCounts"] = self._counts
        return d
    def _set_model_data(self, d):
        self._topics = d["topics"]
        self._alpha = d["alpha"]
        self._counts = d.get("topicCounts")
    def vocabSize(self):
        return len(self._topics[0]) if self._topics else 0
    def topicsMatrix(self):
        k = len(self._topics)
        V = self.vocabSize()
        # py4j hands the JVM's matrix over with isTransposed as the int 0, which PySpark's repr shows
        src = self._counts if self._counts is not None else self._topics
        return DenseMatrix(V, k, [src[t][v] for t in range(k) for v in range(V)], 0)
    def isDistributed(self):
        return False
    def describeTopics(self, maxTermsPerTopic=10):
        from pyspark.sql import SparkSession
        rows = []
        for (t, topic) in enumerate(self._topics):
            order = sorted(range(len(topic)), key=lambda v: -topic[v])[:maxTermsPerTopic]
            rows.append((t, order, [topic[v] for v in order]))
        schema = StructType([StructField("topic", IntegerType(), False), StructField("termIndices", ArrayType(IntegerType(), False), True),
                             StructField("termWeights", ArrayType(DoubleType(), False), True)])
        return SparkSession.getActiveSession().createDataFrame(rows, schema)
    def estimatedDocConcentration(self):
        return DenseVector(self._alpha)
    def logLikelihood(self, dataset):
        total = 0.0
        for r in dataset.select(self.getFeaturesCol()).collect():
            x = r[0].toArray()
            theta = self._theta(x)
            for v in range(len(x)):
                if x[v]:
                    total += x[v] * _math.log(sum(theta[t] * self._topics[t][v] for t in range(len(self._topics))))
        return total
    def logPerplexity(self, dataset):
        n = sum(sum(r[0].toArray()) for r in dataset.select(self.getFeaturesCol()).collect())
        return -self.logLikelihood(dataset) / n
    def _theta(self, x):
        k = len(self._topics)
        theta = [1.0 / k] * k
        for _ in range(50):
            new = [0.0] * k
            for v in range(len(x)):
                if x[v] == 0:
                    continue
                ps = [theta[t] * self._topics[t][v] for t in range(k)]
                s = sum(ps)
                for t in range(k):
                    new[t] += x[v] * ps[t] / s if s else 0.0
            s = sum(new)
            theta = [a / s for a in new] if s else theta
        return theta
    def _transform(self, dataset):
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getOrDefault("topicDistributionCol"), VectorUDT())],
                             lambda v: (None if v is None else DenseVector(self._theta(list(v.toArray())) if sum(v.toArray()) else [0.0] * len(self._topics)),))

class LocalLDAModel(LDAModel):
    pass

class DistributedLDAModel(LDAModel):
    def isDistributed(self):
        return True
    def toLocal(self):
        m = LocalLDAModel(self._topics, self._alpha)
        m._counts = self._counts
        self._copyValues(m)
        return m._resetUid(self.uid)
    def trainingLogLikelihood(self):
        return float("nan")
    def logPrior(self):
        return float("nan")
    def getCheckpointFiles(self):
        return []

# ---------------------------------------------------------------- PowerIterationClustering

class PowerIterationClustering(_FT, HasMaxIter, HasWeightCol):
    k = _p("k", "The number of clusters to create. Must be > 1.", "toInt")
    initMode = _p("initMode", "The initialization algorithm. This can be either 'random' to use a random vector as vertex properties, or 'degree' to use a normalized sum of similarities with other vertices.  Supported options: 'random' and 'degree'.", "toString")
    srcCol = _p("srcCol", "Name of the input column for source vertex IDs.", "toString")
    dstCol = _p("dstCol", "Name of the input column for destination vertex IDs.", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(PowerIterationClustering, self).__init__()
        self._setDefault(k=2, maxIter=20, initMode="random", srcCol="src", dstCol="dst")
        self._kw(kwargs)
    def assignClusters(self, dataset):
        from pyspark.sql.functions import col, lit
        wc = _weight_col(self)
        rows = dataset.select(col(self.getOrDefault("srcCol")), col(self.getOrDefault("dstCol")),
                              col(wc).cast("double") if wc else lit(1.0)).collect()
        ids = sorted(set([r[0] for r in rows] + [r[1] for r in rows]))
        pos = dict((v, i) for (i, v) in enumerate(ids))
        n = len(ids)
        A = [dict() for _ in range(n)]
        for (s, t, w) in rows:
            A[pos[s]][pos[t]] = w
            A[pos[t]][pos[s]] = w
        deg = [sum(a.values()) for a in A]
        if self.getOrDefault("initMode") == "degree":
            total = sum(deg)
            v = [d / total for d in deg]
        else:
            rnd = _JavaRandom(0)
            v = [rnd.nextDouble() for _ in range(n)]
            s = sum(abs(x) for x in v)
            v = [x / s for x in v]
        prevDelta = float("inf")
        tol = 1e-5 / n
        for _ in range(self.getOrDefault("maxIter")):
            nv = [sum(w * v[j] for (j, w) in A[i].items()) / deg[i] if deg[i] else 0.0 for i in range(n)]
            s = sum(abs(x) for x in nv)
            nv = [x / s for x in nv] if s else nv
            delta = sum(abs(a - b) for (a, b) in zip(nv, v))
            v = nv
            if abs(delta - prevDelta) < tol:
                break
            prevDelta = delta
        centers, _ = _kmeans([([x], 1.0) for x in v], self.getOrDefault("k"), 0, 20, 1e-4)
        from pyspark.sql import SparkSession
        schema = StructType([StructField("id", LongType(), False), StructField("cluster", IntegerType(), False)])
        return SparkSession.getActiveSession().createDataFrame([(ids[i], _closest(centers, [v[i]])[0]) for i in range(n)], schema)
    def _transform(self, dataset):
        return self.assignClusters(dataset)

_register(KMeans, KMeansModel, BisectingKMeans, BisectingKMeansModel, GaussianMixture, GaussianMixtureModel, LDA, LocalLDAModel,
          DistributedLDAModel, PowerIterationClustering)
`;
