/**
 * `pyspark.ml.fpm` (Python source): FPGrowth / FPGrowthModel (frequent itemsets, association
 * rules with confidence, lift and support, transform predicting the consequents of matching
 * rules) and PrefixSpan.findFrequentSequentialPatterns. Items of any hashable type are mapped to
 * integer ids for the kernels (`pyspark.ml._glm`, src/engine/ml/algos/fpgrowth.ts) and back.
 */
export const FPM = String.raw`
import math as _math
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import HasPredictionCol
from pyspark.ml.base import Estimator, Model, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.errors.exceptions.captured import IllegalArgumentException
_glm = _import_module("pyspark.ml._glm")

__all__ = ["FPGrowth", "FPGrowthModel", "PrefixSpan"]

class _FPGrowthParams(HasPredictionCol):
    itemsCol = Param(Params._dummy(), "itemsCol", "items column name", typeConverter=TypeConverters.toString)
    minSupport = Param(Params._dummy(), "minSupport", "Minimal support level of the frequent pattern. [0.0, 1.0]. Any pattern that appears more than (minSupport * size-of-the-dataset) times will be output in the frequent itemsets.", typeConverter=TypeConverters.toFloat)
    numPartitions = Param(Params._dummy(), "numPartitions", "Number of partitions (at least 1) used by parallel FP-growth. By default the param is not set, and partition number of the input dataset is used.", typeConverter=TypeConverters.toInt)
    minConfidence = Param(Params._dummy(), "minConfidence", "Minimal confidence for generating Association Rule. [0.0, 1.0]. minConfidence will not affect the mining for frequent itemsets, but will affect the association rules generation.", typeConverter=TypeConverters.toFloat)

    def __init__(self, *args):
        super(_FPGrowthParams, self).__init__(*args)
        self._setDefault(minSupport=0.3, minConfidence=0.8, itemsCol="items", predictionCol="prediction")

    def getItemsCol(self):
        return self.getOrDefault(self.itemsCol)
    def getMinSupport(self):
        return self.getOrDefault(self.minSupport)
    def getNumPartitions(self):
        return self.getOrDefault(self.numPartitions)
    def getMinConfidence(self):
        return self.getOrDefault(self.minConfidence)

def _java_hash(x):
    """hashCode of the JVM value Spark holds for a Python item (Integer/Long, Double, String, Boolean)."""
    if isinstance(x, bool):
        return 1231 if x else 1237
    if isinstance(x, int):
        v = x & 0xFFFFFFFFFFFFFFFF
        h = (v ^ (v >> 32)) & 0xFFFFFFFF
    elif isinstance(x, float):
        import struct
        v = struct.unpack(">q", struct.pack(">d", x))[0] & 0xFFFFFFFFFFFFFFFF
        h = (v ^ (v >> 32)) & 0xFFFFFFFF
    else:
        h = 0
        for ch in str(x):
            c = ord(ch)
            if c > 0xFFFF:
                c -= 0x10000
                h = (31 * h + (0xD800 + (c >> 10))) & 0xFFFFFFFF
                c = 0xDC00 + (c & 0x3FF)
            h = (31 * h + c) & 0xFFFFFFFF
    return h - 0x100000000 if h >= 0x80000000 else h

def _ranked_items(collections, numParts):
    """Distinct items in Spark's order of the frequent-item list: reduceByKey's hash partitions in
    order (first appearance within one), then a stable sort by descending count. Returns (items, counts)."""
    counts = {}
    first = []
    for c in collections:
        for x in c:
            if x not in counts:
                counts[x] = 0
                first.append(x)
            counts[x] += 1
    n = max(1, numParts)
    order = sorted(range(len(first)), key=lambda k: (_java_hash(first[k]) % n, k))
    items = [first[k] for k in order]
    items = sorted(items, key=lambda x: -counts[x])
    return items, counts

def _num_parts(dataset):
    try:
        return dataset.rdd.getNumPartitions()
    except Exception:
        return dataset.sparkSession.sparkContext.defaultParallelism

def _item_type(dataset, colName):
    from pyspark.sql.types import ArrayType, StringType
    t = dataset.schema[colName].dataType
    if not isinstance(t, ArrayType):
        raise IllegalArgumentException("requirement failed: The input column must be array, but got %s." % t.simpleString())
    return t.elementType

class FPGrowth(Estimator, _FPGrowthParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.fpm.FPGrowth"

    @keyword_only
    def __init__(self, *, minSupport=0.3, minConfidence=0.8, itemsCol="items", predictionCol="prediction", numPartitions=None):
        super(FPGrowth, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, minSupport=0.3, minConfidence=0.8, itemsCol="items", predictionCol="prediction", numPartitions=None):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setItemsCol(self, value):
        return self._set(itemsCol=value)
    def setMinSupport(self, value):
        return self._set(minSupport=value)
    def setNumPartitions(self, value):
        return self._set(numPartitions=value)
    def setMinConfidence(self, value):
        return self._set(minConfidence=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)

    def _fit(self, dataset):
        col = self.getItemsCol()
        elem = _item_type(dataset, col)
        rows = [r[0] for r in dataset.select(col).collect() if r[0] is not None]
        for items in rows:
            if len(set(items)) != len(items):
                raise IllegalArgumentException("requirement failed: Items in a transaction must be unique but got %s." % ("WrappedArray(" + ", ".join(str(x) for x in items) + ")"))
        parts = self.getNumPartitions() if self.isDefined(self.numPartitions) else _num_parts(dataset)
        values, _ = _ranked_items(rows, parts)
        ids = dict((x, k) for (k, x) in enumerate(values))
        trans = [[ids[x] for x in items] for items in rows]
        n = len(trans)
        minCount = int(_math.ceil(self.getMinSupport() * n))
        sets, freqs = _glm.fp_growth(trans, minCount, parts)
        itemsets = [([values[i] for i in s], f) for (s, f) in zip(sets, freqs)]
        return self._new_model(FPGrowthModel(itemsets, n, elem))

class FPGrowthModel(Model, _FPGrowthParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.fpm.FPGrowthModel"

    def __init__(self, itemsets=None, numTrainingRecords=0, itemType=None):
        super(FPGrowthModel, self).__init__()
        from pyspark.sql.types import StringType
        self._itemsets = itemsets or []
        self._n = numTrainingRecords
        self._itemType = itemType if itemType is not None else StringType()
        self._rules = None
        self._rulesConf = None

    def setItemsCol(self, value):
        return self._set(itemsCol=value)
    def setMinConfidence(self, value):
        return self._set(minConfidence=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)

    def _spark(self):
        from pyspark.sql import SparkSession
        return SparkSession.builder.getOrCreate()

    @property
    def freqItemsets(self):
        from pyspark.sql.types import StructType, StructField, ArrayType, LongType
        schema = StructType([StructField("items", ArrayType(self._itemType, False), False), StructField("freq", LongType(), False)])
        return self._spark().createDataFrame([(list(s), int(f)) for (s, f) in self._itemsets], schema)

    def _rule_list(self):
        conf = float(self.getMinConfidence())
        if self._rules is None or self._rulesConf != conf:
            ids = {}
            values = []
            sets = []
            for (s, f) in self._itemsets:
                t = []
                for x in s:
                    if x not in ids:
                        ids[x] = len(values)
                        values.append(x)
                    t.append(ids[x])
                sets.append(t)
            raw = _glm.assoc_rules(sets, [f for (s, f) in self._itemsets], conf, self._n)
            self._rules = [([values[i] for i in a], [values[i] for i in c], cf, lf, sp) for (a, c, cf, lf, sp) in raw]
            self._rulesConf = conf
        return self._rules

    @property
    def associationRules(self):
        from pyspark.sql.types import StructType, StructField, ArrayType, DoubleType
        schema = StructType([StructField("antecedent", ArrayType(self._itemType, False), False),
                             StructField("consequent", ArrayType(self._itemType, False), False),
                             StructField("confidence", DoubleType(), False),
                             StructField("lift", DoubleType(), True),
                             StructField("support", DoubleType(), False)])
        return self._spark().createDataFrame([(a, c, cf, lf, sp) for (a, c, cf, lf, sp) in self._rule_list()], schema)

    def _transform(self, dataset):
        from pyspark.sql.types import ArrayType
        rules = [(set(a), c) for (a, c, cf, lf, sp) in self._rule_list()]
        def predict(items):
            if items is None:
                return ([],)
            have = set(items)
            out = []
            for (a, c) in rules:
                if a <= have:
                    for x in c:
                        if x not in have and x not in out:
                            out.append(x)
            return (out,)
        return _with_columns(dataset, [self.getItemsCol()], [(self.getPredictionCol(), ArrayType(self._itemType, True))], predict)

    def _model_data(self):
        return {"itemsets": [[list(s), f] for (s, f) in self._itemsets], "numTrainingRecords": self._n, "itemType": self._itemType.simpleString()}
    def _set_model_data(self, data):
        from pyspark.sql.types import _parse_type
        self._itemsets = [(list(s), f) for (s, f) in data["itemsets"]]
        self._n = data["numTrainingRecords"]
        self._itemType = _parse_type(data["itemType"])
        self._rules = None

    def __repr__(self):
        return "FPGrowthModel: uid=%s, numTrainingRecords=%d" % (self.uid, self._n)
    __str__ = __repr__

class PrefixSpan(Params):
    minSupport = Param(Params._dummy(), "minSupport", "The minimal support level of the sequential pattern. Sequential pattern that appears more than (minSupport * size-of-the-dataset) times will be output. Must be >= 0.", typeConverter=TypeConverters.toFloat)
    maxPatternLength = Param(Params._dummy(), "maxPatternLength", "The maximal length of the sequential pattern. Must be > 0.", typeConverter=TypeConverters.toInt)
    maxLocalProjDBSize = Param(Params._dummy(), "maxLocalProjDBSize", "The maximum number of items (including delimiters used in the internal storage format) allowed in a projected database before local processing. If a projected database exceeds this size, another iteration of distributed prefix growth is run. Must be > 0.", typeConverter=TypeConverters.toInt)
    sequenceCol = Param(Params._dummy(), "sequenceCol", "The name of the sequence column in dataset, rows with nulls in this column are ignored.", typeConverter=TypeConverters.toString)

    @keyword_only
    def __init__(self, *, minSupport=0.1, maxPatternLength=10, maxLocalProjDBSize=32000000, sequenceCol="sequence"):
        super(PrefixSpan, self).__init__()
        self._setDefault(minSupport=0.1, maxPatternLength=10, maxLocalProjDBSize=32000000, sequenceCol="sequence")
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, minSupport=0.1, maxPatternLength=10, maxLocalProjDBSize=32000000, sequenceCol="sequence"):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setMinSupport(self, value):
        return self._set(minSupport=value)
    def getMinSupport(self):
        return self.getOrDefault(self.minSupport)
    def setMaxPatternLength(self, value):
        return self._set(maxPatternLength=value)
    def getMaxPatternLength(self):
        return self.getOrDefault(self.maxPatternLength)
    def setMaxLocalProjDBSize(self, value):
        return self._set(maxLocalProjDBSize=value)
    def getMaxLocalProjDBSize(self):
        return self.getOrDefault(self.maxLocalProjDBSize)
    def setSequenceCol(self, value):
        return self._set(sequenceCol=value)
    def getSequenceCol(self):
        return self.getOrDefault(self.sequenceCol)

    def findFrequentSequentialPatterns(self, dataset):
        from pyspark.sql.types import StructType, StructField, ArrayType, LongType
        col = self.getSequenceCol()
        t = dataset.schema[col].dataType
        if not (isinstance(t, ArrayType) and isinstance(t.elementType, ArrayType)):
            raise IllegalArgumentException("requirement failed: The input column must be ArrayType, and its element type must also be ArrayType, but got %s." % t.simpleString())
        if self.getMinSupport() < 0:
            raise IllegalArgumentException("requirement failed: The minimum support value must be non-negative, but got %s." % self.getMinSupport())
        elem = t.elementType.elementType
        rows = [r[0] for r in dataset.select(col).collect() if r[0] is not None]
        # internal ids: the frequent-item list's order (Spark sorts each itemset of a pattern by them)
        values, _ = _ranked_items([set(x for its in seq for x in (its or [])) for seq in rows], _num_parts(dataset))
        ids = dict((x, k) for (k, x) in enumerate(values))
        db = [[[ids[x] for x in (its or [])] for its in seq] for seq in rows]
        minCount = int(_math.ceil(self.getMinSupport() * len(db)))
        pats = _glm.prefix_span(db, minCount, self.getMaxPatternLength())
        schema = StructType([StructField("sequence", ArrayType(ArrayType(elem, True), True), True), StructField("freq", LongType(), False)])
        return dataset.sparkSession.createDataFrame([([[values[i] for i in its] for its in s], int(f)) for (s, f) in pats], schema)

    def __repr__(self):
        return self.uid

_register_java_class(FPGrowth._java_class, FPGrowth)
_register_java_class(FPGrowthModel._java_class, FPGrowthModel)
`;
