/**
 * `pyspark.ml._train` (Python source): what the estimator modules share. A DataFrame's
 * (label, features, weight) rows are packed into blocks (`_algos.pack`), one per partition,
 * and parallelized; training passes are jobs over those blocks whose per-partition results
 * (Float64Arrays) are summed with a tree reduce, as Spark's treeAggregate. Also Java's
 * Double.toString for the Scala-side texts (toString, toDebugString).
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
    """Training rows as blocks on the executors: rdd (one block per partition), numFeatures, count, weightSum."""
    def __init__(self, dataset, featuresCol, labelCol=None, weightCol=None):
        from pyspark.sql.functions import col, lit
        cols = [col(labelCol).cast("double") if labelCol else lit(0.0), col(featuresCol)]
        if weightCol:
            cols.append(col(weightCol).cast("double"))
        rows = dataset.select(*cols).collect()
        self.sc = dataset.sparkSession.sparkContext
        parts = max(1, self.sc.defaultParallelism)
        for r in rows:
            if r[0] is None and labelCol:
                raise ValueError("Labels MUST NOT be Null or NaN")
        self.blocks = _algos.pack(rows, None, parts)
        self.count = len(rows)
        self.numFeatures = _algos.block_features(self.blocks[0]) if self.blocks else 0
        self.rdd = self.sc.parallelize(self.blocks, len(self.blocks))

    def aggregate(self, f):
        """Sum over partitions of f(block, partitionIndex) (Float64Arrays), as a tree reduce."""
        return self.rdd.mapPartitionsWithIndex(lambda i, it: [f(b, i) for b in it]).treeReduce(_merge)

def _labels(dataset, labelCol):
    return [r[0] for r in dataset.select(labelCol).collect()]
`;
