/**
 * `pyspark.ml.recommendation` (Python source): ALS and ALSModel (explicit and implicit feedback,
 * nonnegative factors, coldStartStrategy 'nan' / 'drop', userFactors / itemFactors,
 * recommendForAllUsers/Items and the subset variants). Factors are fitted by the kernel in
 * src/engine/ml/algos/als.ts (`pyspark.ml._glm.als_fit`) and kept in single precision;
 * predictions are FloatType as Spark's.
 */
export const RECOMMENDATION = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import HasPredictionCol, HasBlockSize, HasMaxIter, HasRegParam, HasCheckpointInterval, HasSeed
from pyspark.ml.base import Estimator, Model, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.errors.exceptions.captured import IllegalArgumentException
_glm = _import_module("pyspark.ml._glm")
_algos = _import_module("pyspark.ml._algos")

__all__ = ["ALS", "ALSModel"]

class _ALSModelParams(HasPredictionCol, HasBlockSize):
    userCol = Param(Params._dummy(), "userCol", "column name for user ids. Ids must be within the integer value range.", typeConverter=TypeConverters.toString)
    itemCol = Param(Params._dummy(), "itemCol", "column name for item ids. Ids must be within the integer value range.", typeConverter=TypeConverters.toString)
    coldStartStrategy = Param(Params._dummy(), "coldStartStrategy", "strategy for dealing with unknown or new users/items at prediction time. This may be useful in cross-validation or production scenarios, for handling user/item ids the model has not seen in the training data. Supported values: 'nan', 'drop'.", typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_ALSModelParams, self).__init__(*args)
        self._setDefault(blockSize=4096)

    def getUserCol(self):
        return self.getOrDefault(self.userCol)
    def getItemCol(self):
        return self.getOrDefault(self.itemCol)
    def getColdStartStrategy(self):
        return self.getOrDefault(self.coldStartStrategy)

class _ALSParams(_ALSModelParams, HasMaxIter, HasRegParam, HasCheckpointInterval, HasSeed):
    rank = Param(Params._dummy(), "rank", "rank of the factorization", typeConverter=TypeConverters.toInt)
    numUserBlocks = Param(Params._dummy(), "numUserBlocks", "number of user blocks", typeConverter=TypeConverters.toInt)
    numItemBlocks = Param(Params._dummy(), "numItemBlocks", "number of item blocks", typeConverter=TypeConverters.toInt)
    implicitPrefs = Param(Params._dummy(), "implicitPrefs", "whether to use implicit preference", typeConverter=TypeConverters.toBoolean)
    alpha = Param(Params._dummy(), "alpha", "alpha for implicit preference", typeConverter=TypeConverters.toFloat)
    ratingCol = Param(Params._dummy(), "ratingCol", "column name for ratings", typeConverter=TypeConverters.toString)
    nonnegative = Param(Params._dummy(), "nonnegative", "whether to use nonnegative constraint for least squares", typeConverter=TypeConverters.toBoolean)
    intermediateStorageLevel = Param(Params._dummy(), "intermediateStorageLevel", "StorageLevel for intermediate datasets. Cannot be 'NONE'.", typeConverter=TypeConverters.toString)
    finalStorageLevel = Param(Params._dummy(), "finalStorageLevel", "StorageLevel for ALS model factors.", typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_ALSParams, self).__init__(*args)
        self._setDefault(rank=10, maxIter=10, regParam=0.1, numUserBlocks=10, numItemBlocks=10, implicitPrefs=False, alpha=1.0,
                         userCol="user", itemCol="item", ratingCol="rating", nonnegative=False, checkpointInterval=10,
                         intermediateStorageLevel="MEMORY_AND_DISK", finalStorageLevel="MEMORY_AND_DISK", coldStartStrategy="nan")

    def getRank(self):
        return self.getOrDefault(self.rank)
    def getNumUserBlocks(self):
        return self.getOrDefault(self.numUserBlocks)
    def getNumItemBlocks(self):
        return self.getOrDefault(self.numItemBlocks)
    def getImplicitPrefs(self):
        return self.getOrDefault(self.implicitPrefs)
    def getAlpha(self):
        return self.getOrDefault(self.alpha)
    def getRatingCol(self):
        return self.getOrDefault(self.ratingCol)
    def getNonnegative(self):
        return self.getOrDefault(self.nonnegative)
    def getIntermediateStorageLevel(self):
        return self.getOrDefault(self.intermediateStorageLevel)
    def getFinalStorageLevel(self):
        return self.getOrDefault(self.finalStorageLevel)

def _check_id(v, what):
    if v is None:
        raise IllegalArgumentException("ALS only supports non-Null values in %s column" % what)
    f = float(v)
    if f != f or f != int(f) or f < -2147483648 or f > 2147483647:
        raise IllegalArgumentException("ALS only supports values in Integer range and without fractional part for columns %s. Value %s was either out of Integer range or contained a fractional part that could not be converted." % (what, v))
    return int(f)

class ALS(Estimator, _ALSParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.recommendation.ALS"

    @keyword_only
    def __init__(self, *, rank=10, maxIter=10, regParam=0.1, numUserBlocks=10, numItemBlocks=10, implicitPrefs=False, alpha=1.0, userCol="user", itemCol="item", seed=None, ratingCol="rating", nonnegative=False, checkpointInterval=10, intermediateStorageLevel="MEMORY_AND_DISK", finalStorageLevel="MEMORY_AND_DISK", coldStartStrategy="nan", blockSize=4096):
        super(ALS, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, rank=10, maxIter=10, regParam=0.1, numUserBlocks=10, numItemBlocks=10, implicitPrefs=False, alpha=1.0, userCol="user", itemCol="item", seed=None, ratingCol="rating", nonnegative=False, checkpointInterval=10, intermediateStorageLevel="MEMORY_AND_DISK", finalStorageLevel="MEMORY_AND_DISK", coldStartStrategy="nan", blockSize=4096):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setRank(self, value):
        return self._set(rank=value)
    def setNumUserBlocks(self, value):
        return self._set(numUserBlocks=value)
    def setNumItemBlocks(self, value):
        return self._set(numItemBlocks=value)
    def setNumBlocks(self, value):
        self._set(numUserBlocks=value)
        return self._set(numItemBlocks=value)
    def setImplicitPrefs(self, value):
        return self._set(implicitPrefs=value)
    def setAlpha(self, value):
        return self._set(alpha=value)
    def setUserCol(self, value):
        return self._set(userCol=value)
    def setItemCol(self, value):
        return self._set(itemCol=value)
    def setRatingCol(self, value):
        return self._set(ratingCol=value)
    def setNonnegative(self, value):
        return self._set(nonnegative=value)
    def setIntermediateStorageLevel(self, value):
        return self._set(intermediateStorageLevel=value)
    def setFinalStorageLevel(self, value):
        return self._set(finalStorageLevel=value)
    def setColdStartStrategy(self, value):
        return self._set(coldStartStrategy=value)
    def setMaxIter(self, value):
        return self._set(maxIter=value)
    def setRegParam(self, value):
        return self._set(regParam=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setCheckpointInterval(self, value):
        return self._set(checkpointInterval=value)
    def setSeed(self, value):
        return self._set(seed=value)
    def setBlockSize(self, value):
        return self._set(blockSize=value)

    def _fit(self, dataset):
        from pyspark.sql.functions import col, lit
        if self.getRank() < 1:
            raise IllegalArgumentException("ALS_%s parameter rank given invalid value %d." % (self.uid, self.getRank()))
        if self.getColdStartStrategy().lower() not in ("nan", "drop"):
            raise IllegalArgumentException("%s parameter coldStartStrategy given invalid value %s." % (self.uid, self.getColdStartStrategy()))
        rc = self.getRatingCol()
        rows = dataset.select(col(self.getUserCol()), col(self.getItemCol()), col(rc).cast("double") if rc else lit(1.0)).collect()
        uid_of, iid_of, users, items = {}, {}, [], []
        us, its, rs = [], [], []
        for r in rows:
            u = _check_id(r[0], "user")
            i = _check_id(r[1], "item")
            if u not in uid_of:
                uid_of[u] = len(users)
                users.append(u)
            if i not in iid_of:
                iid_of[i] = len(items)
                items.append(i)
            us.append(uid_of[u])
            its.append(iid_of[i])
            rs.append(float(r[2]))
        params = {"rank": self.getRank(), "maxIter": self.getMaxIter(), "regParam": self.getRegParam(), "implicitPrefs": bool(self.getImplicitPrefs()),
                  "alpha": self.getAlpha(), "nonnegative": bool(self.getNonnegative()), "seed": int(self.getSeed()) & 0xffffffff}
        # Ratings as blocks on the executors; each half-iteration sums per-entity normal equations
        # over the partitions (a tree reduce) and the driver solves them.
        sc = dataset.sparkSession.sparkContext
        pj = _json.dumps(params)
        nu, ni, k = len(users), len(items), self.getRank()
        blocks = _glm.als_pack(us, its, rs, max(1, min(sc.defaultParallelism, len(rs) or 1)))
        rdd = sc.parallelize(blocks, len(blocks))
        implicit, alpha = params["implicitPrefs"], params["alpha"]
        U = _glm.als_init(nu, pj, 0)
        V = _glm.als_init(ni, pj, 1)
        for _ in range(self.getMaxIter()):
            src = _glm.als_list(U)
            stats = rdd.map(lambda b: _glm.als_stats(b, src, k, True, ni, implicit, alpha)).treeReduce(_algos.merge)
            V = _glm.als_solve(stats, ni, U, nu, pj)
            src2 = _glm.als_list(V)
            stats = rdd.map(lambda b: _glm.als_stats(b, src2, k, False, nu, implicit, alpha)).treeReduce(_algos.merge)
            U = _glm.als_solve(stats, nu, V, ni, pj)
        uf, itf = _glm.als_rows(U, k), _glm.als_rows(V, k)
        model = ALSModel(self.getRank(), dict(zip(users, uf)), dict(zip(items, itf)))
        return self._new_model(model)

class ALSModel(Model, _ALSModelParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.recommendation.ALSModel"

    def __init__(self, rank=0, userFactors=None, itemFactors=None):
        super(ALSModel, self).__init__()
        self._rank = rank
        self._uf = userFactors or {}
        self._if = itemFactors or {}

    def setUserCol(self, value):
        return self._set(userCol=value)
    def setItemCol(self, value):
        return self._set(itemCol=value)
    def setColdStartStrategy(self, value):
        return self._set(coldStartStrategy=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    def setBlockSize(self, value):
        return self._set(blockSize=value)

    @property
    def rank(self):
        return self._rank

    def _spark(self):
        from pyspark.sql import SparkSession
        return SparkSession.builder.getOrCreate()

    def _factors_df(self, d):
        from pyspark.sql.types import StructType, StructField, IntegerType, ArrayType, FloatType
        schema = StructType([StructField("id", IntegerType(), False), StructField("features", ArrayType(FloatType(), False), True)])
        return self._spark().createDataFrame([(k, list(d[k])) for k in sorted(d)], schema)

    @property
    def userFactors(self):
        return self._factors_df(self._uf)
    @property
    def itemFactors(self):
        return self._factors_df(self._if)

    def _predict(self, u, i):
        fu = self._uf.get(int(u)) if u is not None else None
        fi = self._if.get(int(i)) if i is not None else None
        return _glm.als_predict(fu, fi)

    def _transform(self, dataset):
        from pyspark.sql.types import FloatType
        strategy = self.getColdStartStrategy().lower()
        def fn(u, i):
            return (self._predict(u, i),)
        keep = None
        if strategy == "drop":
            def keep(u, i):
                p = self._predict(u, i)
                return p == p
        return _with_columns(dataset, [self.getUserCol(), self.getItemCol()], [(self.getPredictionCol(), FloatType())], fn, keep)

    def _recommend(self, src, dst, srcCol, dstCol, num, ids=None):
        from pyspark.sql.types import StructType, StructField, IntegerType, ArrayType, FloatType
        keys = sorted(src) if ids is None else sorted(set(int(x) for x in ids if x is not None and int(x) in src))
        dkeys = sorted(dst)
        out = []
        for k in keys:
            f = src[k]
            scored = [(d, _glm.als_predict(f, dst[d])) for d in dkeys]
            scored.sort(key=lambda t: -t[1])
            out.append((k, [(d, s) for (d, s) in scored[:num]]))
        schema = StructType([StructField(srcCol, IntegerType(), False),
                             StructField("recommendations", ArrayType(StructType([StructField(dstCol, IntegerType(), True), StructField("rating", FloatType(), True)]), True), True)])
        return self._spark().createDataFrame(out, schema)

    def recommendForAllUsers(self, numItems):
        return self._recommend(self._uf, self._if, self.getUserCol(), self.getItemCol(), numItems)
    def recommendForAllItems(self, numUsers):
        return self._recommend(self._if, self._uf, self.getItemCol(), self.getUserCol(), numUsers)
    def recommendForUserSubset(self, dataset, numItems):
        ids = [r[0] for r in dataset.select(self.getUserCol()).collect()]
        return self._recommend(self._uf, self._if, self.getUserCol(), self.getItemCol(), numItems, ids)
    def recommendForItemSubset(self, dataset, numUsers):
        ids = [r[0] for r in dataset.select(self.getItemCol()).collect()]
        return self._recommend(self._if, self._uf, self.getItemCol(), self.getUserCol(), numUsers, ids)

    def _model_data(self):
        return {"rank": self._rank, "userFactors": [[k, list(v)] for (k, v) in sorted(self._uf.items())],
                "itemFactors": [[k, list(v)] for (k, v) in sorted(self._if.items())]}
    def _set_model_data(self, data):
        self._rank = data["rank"]
        self._uf = dict((int(k), v) for (k, v) in data["userFactors"])
        self._if = dict((int(k), v) for (k, v) in data["itemFactors"])

    def __repr__(self):
        return "ALSModel: uid=%s, rank=%d" % (self.uid, self._rank)
    __str__ = __repr__

_register_java_class(ALS._java_class, ALS)
_register_java_class(ALSModel._java_class, ALSModel)
`;
