/**
 * `pyspark.ml._train` (Python source): what the estimator modules share. A DataFrame's
 * (label, features, weight) columns are packed into one block per partition on the executors
 * and cached there (`_algos.instances`, src/engine/ml/instances.ts); training passes are jobs
 * over those blocks whose per-partition results (Float64Arrays) are summed with a tree
 * reduce, as Spark's treeAggregate. Also Java's Double.toString for the Scala-side texts
 * (toString, toDebugString).
 */
export const TRAIN = String.raw`
import json as _json
_algos = _import_module("pyspark.ml._algos")

def _merge(a, b):
    return _algos.merge(a, b)

def _jd(x):
    """Java's Double.toString of x."""
    x = float(x)
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "-0.0" if str(x).startswith("-") else "0.0"
    sign = "-" if x < 0 else ""
    r = repr(abs(x))
    mant, _, e = r.partition("e")
    ip, _, fp = mant.partition(".")
    alld = ip + fp
    point = len(ip) + (int(e) if e else 0)
    k = len(alld) - len(alld.lstrip("0"))
    digits = alld[k:].rstrip("0") or "0"
    exp10 = point - k - 1
    if 1e-3 <= abs(x) < 1e7:
        if exp10 >= 0:
            ip2 = digits[:exp10 + 1].ljust(exp10 + 1, "0")
            fp2 = digits[exp10 + 1:] or "0"
        else:
            ip2 = "0"
            fp2 = "0" * (-exp10 - 1) + digits
        return sign + ip2 + "." + fp2
    return sign + digits[0] + "." + (digits[1:] or "0") + "E" + str(exp10)

class _Instances:
    """Training rows as cached blocks on the executors (Spark's instances + InstanceBlocks, persisted).

    rdd: one block per partition, packed where the partition lives (never collected);
    count, partitionCounts (rows per partition), numFeatures, weightSum; blocks: the blocks in the driver (fetched on first use, for
    kernels that still run there); aggregate(f): Σ f(block, partition) as a tree reduce;
    unpersist() when training is done.
    """
    def __init__(self, dataset, featuresCol, labelCol=None, weightCol=None, aggregationDepth=2):
        from pyspark.rdd import RDD
        # Resolves the columns first: a missing one raises PySpark's AnalysisException here.
        dataset.select(*[c for c in (featuresCol, labelCol, weightCol) if c]).schema
        self.sc = dataset.sparkSession.sparkContext
        jrdd, self.count, self.numFeatures, self.weightSum, invalid, self.partitionCounts = _algos.instances(dataset, featuresCol, labelCol, weightCol)
        self.rdd = RDD(jrdd, self.sc)
        self.rdd.is_cached = True
        _algos.unpersist_when_collected(self, jrdd)
        self.depth = max(1, aggregationDepth)
        self._blocks = None
        if invalid is not None:
            self.unpersist()
            raise ValueError(invalid)

    @property
    def blocks(self):
        if self._blocks is None:
            self._blocks = [b for b in self.rdd.collect() if _algos.block_rows(b)]
        return self._blocks

    def aggregate(self, f):
        """Sum over partitions of f(block, partitionIndex) (Float64Arrays), as a tree reduce."""
        return self.rdd.mapPartitionsWithIndex(lambda i, it: [f(b, i) for b in it if _algos.block_rows(b)]).treeReduce(_merge, self.depth)

    def unpersist(self):
        self.rdd.unpersist()

def _kmeans_parallel(dataset, featuresCol, weightCol, k, seed, maxIter, tol, cosine, initSteps):
    """KMeans as Spark runs it: k-means|| seeding and Lloyd iterations as jobs over the cached blocks.

    Returns (centers as lists, iterations, cluster sizes, training cost with the final centers).
    """
    inst = _Instances(dataset, featuresCol, None, weightCol)
    try:
        d = inst.numFeatures
        run = _algos.km_run_id()
        part, row = _algos.km_pick(inst.partitionCounts, seed)
        first = inst.rdd.mapPartitionsWithIndex(lambda i, it: [_algos.km_row(b, row) for b in it] if i == part else []).collect()
        centers = first[0]
        fresh = centers
        for step in range(initSteps):
            sumCosts = _algos.km_scalar(inst.aggregate(lambda b, i: _algos.km_cost(b, run, step, fresh, centers, cosine)), 0)
            if sumCosts <= 0:
                break
            chosen = inst.rdd.mapPartitionsWithIndex(
                lambda i, it: [_algos.km_sample(b, run, step, i, seed, k, sumCosts) for b in it if _algos.block_rows(b)]).collect()
            fresh = _algos.km_concat(chosen)
            centers = _algos.km_concat([centers, fresh])
        candidates = _algos.km_distinct(centers, d)
        if _algos.km_rows(candidates, d) > k:
            weights = inst.aggregate(lambda b, i: _algos.km_weights(b, candidates, cosine))
            centers = _algos.km_local(candidates, weights, d, k, seed, cosine)
        else:
            centers = candidates
        iters = 0
        converged = False
        while iters < maxIter and not converged:
            stats = inst.aggregate(lambda b, i: _algos.km_lloyd(b, centers, cosine))
            centers, converged = _algos.km_update(stats, centers, d, tol, cosine)
            iters += 1
        stats = inst.aggregate(lambda b, i: _algos.km_lloyd(b, centers, cosine))
        rows, sizes, cost = _algos.km_result(stats, centers, d)
        return rows, iters, sizes, cost
    finally:
        inst.unpersist()

def _labels(dataset, labelCol):
    return [r[0] for r in dataset.select(labelCol).collect()]
`;
