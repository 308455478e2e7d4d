/**
 * `pyspark.ml.feature` LSH (Python source, appended to the feature module): MinHashLSH and
 * BucketedRandomProjectionLSH with Spark's hash functions, drawn from java.util.Random with
 * the estimator's seed as Spark draws them, and the approximate nearest-neighbour search
 * (single probe) and similarity join.
 */
export const LSH = String.raw`
class _JavaRandom:
    """java.util.Random: the 48-bit LCG, nextInt(bound) and nextGaussian (polar method)."""
    _MULT = 0x5DEECE66D
    _MASK = (1 << 48) - 1
    def __init__(self, seed):
        self.seed = (seed ^ self._MULT) & self._MASK
        self._next_gaussian = None
    def _next(self, bits):
        self.seed = (self.seed * self._MULT + 0xB) & self._MASK
        r = self.seed >> (48 - bits)
        if r >= 1 << (bits - 1) and bits == 32:
            r -= 1 << 32
        return r
    def nextInt(self, bound):
        if bound & (bound - 1) == 0:
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            val = bits % bound
            if bits - val + (bound - 1) < (1 << 31):
                return val
    def nextDouble(self):
        return ((self._next(26) << 27) + self._next(27)) * (1.0 / (1 << 53))
    def nextGaussian(self):
        if self._next_gaussian is not None:
            g = self._next_gaussian
            self._next_gaussian = None
            return g
        while True:
            v1 = 2 * self.nextDouble() - 1
            v2 = 2 * self.nextDouble() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        m = _math.sqrt(-2 * _math.log(s) / s)
        self._next_gaussian = v2 * m
        return v1 * m

class _LSHParams(HasInputCol, HasOutputCol):
    numHashTables = _p("numHashTables", "number of hash tables, where increasing number of hash tables lowers the false negative rate, and decreasing it improves the running performance.", "toInt")
    def __init__(self, *args):
        super(_LSHParams, self).__init__(*args)
        self._setDefault(numHashTables=1)

class _LSHModel(_FM):
    def _hashes(self, v):
        raise NotImplementedError()
    def _keyDistance(self, x, y):
        raise NotImplementedError()
    def _transform(self, dataset):
        from pyspark.sql.types import ArrayType
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(VectorUDT(), False))],
                             lambda v: (None if v is None else self._hashes(v),))
    def _with_hashes(self, dataset):
        return dataset if self.getOutputCol() in dataset.columns else self.transform(dataset)
    def approxNearestNeighbors(self, dataset, key, numNearestNeighbors, distCol="distCol"):
        data = self._with_hashes(dataset)
        keyHashes = self._hashes(key)
        inputCol = self.getInputCol()
        outputCol = self.getOutputCol()
        def same(hs):
            return any(a == b for (a, b) in zip(hs, keyHashes))
        withDist = _with_columns(data, [inputCol, outputCol], [(distCol, DoubleType())],
                                 lambda v, hs: (self._keyDistance(v, key),), lambda v, hs: same(hs))
        from pyspark.sql.functions import col
        return withDist.orderBy(col(distCol)).limit(numNearestNeighbors)
    def approxSimilarityJoin(self, datasetA, datasetB, threshold, distCol="distCol"):
        a = self._with_hashes(datasetA)
        b = self._with_hashes(datasetB)
        inputCol = self.getInputCol()
        outputCol = self.getOutputCol()
        ra = a.collect()
        rb = b.collect()
        ia = a.columns.index(inputCol)
        ib = b.columns.index(inputCol)
        ha = a.columns.index(outputCol)
        hb = b.columns.index(outputCol)
        rows = []
        for x in ra:
            for y in rb:
                if not any(p == q for (p, q) in zip(x[ha], y[hb])):
                    continue
                d = self._keyDistance(x[ia], y[ib])
                if d < threshold:
                    rows.append((x, y, d))
        schema = StructType([StructField("datasetA", a.schema, False), StructField("datasetB", b.schema, False),
                             StructField(distCol, DoubleType(), False)])
        return a.sparkSession.createDataFrame(rows, schema)

_HASH_PRIME = 2038074743

class MinHashLSH(_FE, _LSHParams, HasSeed):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(MinHashLSH, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        rand = _JavaRandom(self.getOrDefault("seed"))
        coefs = []
        for _ in range(self.getOrDefault("numHashTables")):
            coefs.append((1 + rand.nextInt(_HASH_PRIME - 1), rand.nextInt(_HASH_PRIME - 1)))
        return self._new_model(MinHashLSHModel(coefs))

class MinHashLSHModel(_LSHModel, _LSHParams):
    def __init__(self, randCoefficients=None):
        super(MinHashLSHModel, self).__init__()
        self._coefs = randCoefficients or []
    def _model_data(self):
        return {"randCoefficients": [list(c) for c in self._coefs]}
    def _set_model_data(self, d):
        self._coefs = [tuple(c) for c in d["randCoefficients"]]
    def _hashes(self, v):
        elems = [i for (i, x) in enumerate(v.toArray()) if x != 0]
        if not elems:
            raise ValueError("requirement failed: Must have at least 1 non zero entry.")
        return [DenseVector([float(min(((1 + e) * a + b) % _HASH_PRIME for e in elems))]) for (a, b) in self._coefs]
    def _keyDistance(self, x, y):
        xs = set(i for (i, v) in enumerate(x.toArray()) if v != 0)
        ys = set(i for (i, v) in enumerate(y.toArray()) if v != 0)
        if not xs and not ys:
            raise ValueError("requirement failed: The union of two input sets must have at least 1 elements")
        return 1.0 - len(xs & ys) / float(len(xs | ys))

class _BRPParams(_LSHParams):
    bucketLength = _p("bucketLength", "the length of each hash bucket, a larger bucket lowers the false negative rate.", "toFloat")

class BucketedRandomProjectionLSH(_FE, _BRPParams, HasSeed):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(BucketedRandomProjectionLSH, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        first = dataset.select(self.getInputCol()).head()
        dim = len(first[0])
        rand = _JavaRandom(self.getOrDefault("seed"))
        n = self.getOrDefault("numHashTables")
        values = [rand.nextGaussian() for _ in range(n * dim)]
        vecs = []
        for i in range(n):
            row = values[i * dim:(i + 1) * dim]
            norm = _math.sqrt(sum(x * x for x in row))
            vecs.append([x / norm for x in row] if norm != 0 else row)
        return self._new_model(BucketedRandomProjectionLSHModel(vecs))

class BucketedRandomProjectionLSHModel(_LSHModel, _BRPParams):
    def __init__(self, randUnitVectors=None):
        super(BucketedRandomProjectionLSHModel, self).__init__()
        self._vecs = randUnitVectors or []
    def _model_data(self):
        return {"randUnitVectors": self._vecs}
    def _set_model_data(self, d):
        self._vecs = d["randUnitVectors"]
    def _hashes(self, v):
        x = v.toArray()
        bl = self.getOrDefault("bucketLength")
        return [DenseVector([float(_math.floor(sum(a * b for (a, b) in zip(x, u)) / bl))]) for u in self._vecs]
    def _keyDistance(self, x, y):
        return _math.sqrt(Vectors.squared_distance(x, y))

_register(MinHashLSH, MinHashLSHModel, BucketedRandomProjectionLSH, BucketedRandomProjectionLSHModel)
`;
