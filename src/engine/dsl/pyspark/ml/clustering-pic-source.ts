/**
 * `pyspark.ml.clustering` (Python source, follows clustering-lda-source.ts):
 * PowerIterationClustering, then the `_register` call for the module's persistable classes.
 */
export const CLUSTERING_PIC = String.raw`
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
