/**
 * The `pyspark.mllib` parts the course and Spark's examples use (Python source):
 * `evaluation.RegressionMetrics` over an RDD of (prediction, observation[, weight]) —
 * per-partition sums combined by a tree reduce, Spark's formulas — `regression.LabeledPoint`,
 * and `util.MLUtils` (libsvm text files), plus `pyspark.ml._libsvm` behind
 * `spark.read.format("libsvm")`.
 */
export const MLLIB_EVALUATION = String.raw`
from pyspark.ml._train import _algos, _merge

__all__ = ["RegressionMetrics"]

class RegressionMetrics:
    def __init__(self, predictionAndObservations):
        rdd = predictionAndObservations
        if hasattr(rdd, "rdd") and not hasattr(rdd, "mapPartitions"):
            rdd = rdd.rdd
        self._sums = rdd.mapPartitions(lambda it: [_algos.metric_sums(list(it))]).treeReduce(_merge)
        self._values = {}

    def _m(self, i, throughOrigin=False):
        key = (i, throughOrigin)
        if key not in self._values:
            self._values[key] = _algos.regression_metrics(self._sums, throughOrigin)[i]
        return self._values[key]

    @property
    def explainedVariance(self):
        return self._m(4)
    @property
    def meanAbsoluteError(self):
        return self._m(2)
    @property
    def meanSquaredError(self):
        return self._m(0)
    @property
    def rootMeanSquaredError(self):
        return self._m(1)
    @property
    def r2(self):
        return self._m(3)
`;

export const MLLIB_REGRESSION = String.raw`
from pyspark.mllib.linalg import Vectors, DenseVector, SparseVector, Vector

__all__ = ["LabeledPoint"]

def _convert_to_vector(v):
    if isinstance(v, Vector):
        return v
    if hasattr(v, "toArray") and hasattr(v, "size") and hasattr(v, "indices"):
        return SparseVector(v.size, list(v.indices), list(v.values))
    if hasattr(v, "array"):
        return DenseVector(list(v.array))
    if isinstance(v, (list, tuple, range)):
        return DenseVector(v)
    raise TypeError("Cannot convert type %s into Vector" % type(v))

class LabeledPoint:
    def __init__(self, label, features):
        self.label = float(label)
        self.features = _convert_to_vector(features)

    def __reduce__(self):
        return (LabeledPoint, (self.label, self.features))

    def __str__(self):
        return "(" + ",".join((str(self.label), str(self.features))) + ")"

    def __repr__(self):
        return "LabeledPoint(%s, %s)" % (self.label, self.features)

    def __eq__(self, other):
        return isinstance(other, LabeledPoint) and self.label == other.label and self.features == other.features
`;

export const MLLIB_UTIL = String.raw`
from pyspark.mllib.linalg import Vectors
from pyspark.mllib.regression import LabeledPoint

__all__ = ["MLUtils"]

def _parse_libsvm_line(line):
    items = line.split(None)
    label = float(items[0])
    indices = []
    values = []
    for item in items[1:]:
        index, value = item.split(":")
        indices.append(int(index) - 1)
        values.append(float(value))
    return label, indices, values

def _convert_labeled_point_to_libsvm(p):
    from pyspark.mllib.linalg import SparseVector
    items = [str(p.label)]
    v = p.features
    if isinstance(v, SparseVector):
        for i in range(len(v.indices)):
            items.append(str(v.indices[i] + 1) + ":" + str(v.values[i]))
    else:
        for i in range(len(v)):
            items.append(str(i + 1) + ":" + str(v[i]))
    return " ".join(items)

class MLUtils:
    @staticmethod
    def _parse_libsvm_line(line):
        return _parse_libsvm_line(line)

    @staticmethod
    def loadLibSVMFile(sc, path, numFeatures=-1, minPartitions=None):
        lines = sc.textFile(path, minPartitions)
        parsed = lines.filter(lambda l: l.strip() != "" and not l.lstrip().startswith("#")).map(lambda l: _parse_libsvm_line(l))
        if numFeatures <= 0:
            parsed.cache()
            numFeatures = parsed.map(lambda x: -1 if len(x[1]) == 0 else x[1][-1]).reduce(max) + 1
        n = numFeatures
        return parsed.map(lambda x: LabeledPoint(x[0], Vectors.sparse(n, x[1], x[2])))

    @staticmethod
    def saveAsLibSVMFile(data, dir):
        data.map(_convert_labeled_point_to_libsvm).saveAsTextFile(dir)

    @staticmethod
    def loadLabeledPoints(sc, path, minPartitions=None):
        from pyspark.mllib.linalg import DenseVector
        def parse(s):
            s = s.strip()
            label, _, rest = s[1:-1].partition(",")
            return LabeledPoint(float(label), Vectors.parse(rest) if hasattr(Vectors, "parse") else DenseVector.parse(rest))
        return sc.textFile(path, minPartitions).map(parse)

    @staticmethod
    def appendBias(data):
        from pyspark.mllib.linalg import SparseVector, DenseVector
        if isinstance(data, SparseVector):
            return SparseVector(data.size + 1, list(data.indices) + [data.size], list(data.values) + [1.0])
        return DenseVector(list(data.toArray()) + [1.0])
`;

/** `pyspark.ml._libsvm`: the "libsvm" data source (label double, features vector). */
export const ML_LIBSVM = String.raw`
def read(spark, paths, options):
    from pyspark.ml.linalg import Vectors, VectorUDT
    from pyspark.sql.types import StructType, StructField, DoubleType
    from pyspark.mllib.util import _parse_libsvm_line
    if isinstance(paths, str):
        paths = [paths]
    sc = spark.sparkContext
    parsed = []
    for p in paths:
        parsed.extend(_parse_libsvm_line(l) for l in sc.textFile(p).collect() if l.strip() != "" and not l.lstrip().startswith("#"))
    n = int(options.get("numFeatures", options.get("numfeatures", -1)))
    if n <= 0:
        n = max([-1] + [x[1][-1] for x in parsed if len(x[1]) > 0]) + 1
    dense = str(options.get("vectorType", options.get("vectortype", "sparse"))).lower() == "dense"
    rows = []
    for (label, idx, vals) in parsed:
        v = Vectors.sparse(n, idx, vals)
        rows.append((label, v.toDense() if dense and hasattr(v, "toDense") else v))
    schema = StructType([StructField("label", DoubleType(), True), StructField("features", VectorUDT(), True)])
    return spark.createDataFrame(rows, schema)
`;
