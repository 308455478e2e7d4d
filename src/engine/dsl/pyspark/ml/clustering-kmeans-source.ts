/**
 * `pyspark.ml.clustering` (Python source, follows clustering-source.ts): KMeans / KMeansModel
 * (k-means++ seeding from the seed, Lloyd iterations, euclidean or cosine) and BisectingKMeans /
 * BisectingKMeansModel (Spark's split of each divisible leaf, noise from java.util.Random).
 */
export const CLUSTERING_KMEANS = String.raw`
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
`;
