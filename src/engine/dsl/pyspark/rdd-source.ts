/**
 * Python source of pyspark.rdd, part 1: the RDD base with its narrow transformations.
 * Everything is a PipelinedRDD of Python functions over a few JVM-side primitives in
 * `_native`, as in PySpark. Functions that run on executors capture only plain values,
 * functions and modules (never self), so they ship.
 */

export const RDD_BASE = String.raw`
class _RDDBase:
    def __init__(self, jrdd, ctx, jrdd_deserializer=None):
        self._jrdd = jrdd
        self.is_cached = False
        self.is_checkpointed = False
        self.has_resource_profile = False
        self.ctx = ctx
        self._jrdd_deserializer = jrdd_deserializer
        self._id = _native.rdd_id(jrdd)
        self.partitioner = None

    def id(self):
        return self._id

    def __repr__(self):
        return _native.rdd_repr(self._jrdd)

    @property
    def context(self):
        return self.ctx

    def cache(self):
        return self.persist(_StorageLevel.MEMORY_ONLY)

    def persist(self, storageLevel=None):
        level = _StorageLevel.MEMORY_ONLY if storageLevel is None else storageLevel
        self.is_cached = True
        _native.persist(self._jrdd, level.useDisk, level.useMemory, level.useOffHeap,
                        level.deserialized, level.replication)
        return self

    def unpersist(self, blocking=False):
        self.is_cached = False
        _native.unpersist(self._jrdd)
        return self

    def checkpoint(self):
        self.is_checkpointed = True
        _native.checkpoint(self._jrdd)

    def isCheckpointed(self):
        return _native.is_checkpointed(self._jrdd)

    def localCheckpoint(self):
        _native.local_checkpoint(self._jrdd)

    def isLocallyCheckpointed(self):
        return _native.is_local_checkpointed(self._jrdd)

    def getCheckpointFile(self):
        return _native.checkpoint_file(self._jrdd)

    def getStorageLevel(self):
        return _StorageLevel(*_native.storage_level(self._jrdd))

    def getNumPartitions(self):
        return _native.num_partitions(self._jrdd)

    def name(self):
        return _native.get_name(self._jrdd)

    def setName(self, name):
        _native.set_name(self._jrdd, name)
        return self

    def toDebugString(self):
        return _native.debug_string(self._jrdd)

    def map(self, f, preservesPartitioning=False):
        f = _shippable(f)

        def func(_, iterator):
            return map(f, iterator)
        return self.mapPartitionsWithIndex(func, preservesPartitioning)

    def flatMap(self, f, preservesPartitioning=False):
        f = _shippable(f)

        def func(_, iterator):
            for x in iterator:
                for y in f(x):
                    yield y
        return self.mapPartitionsWithIndex(func, preservesPartitioning)

    def mapPartitions(self, f, preservesPartitioning=False):
        f = _shippable(f)

        def func(_, iterator):
            return f(iterator)
        return self.mapPartitionsWithIndex(func, preservesPartitioning)

    def mapPartitionsWithIndex(self, f, preservesPartitioning=False):
        return PipelinedRDD(self, _shippable(f), preservesPartitioning)

    def mapPartitionsWithSplit(self, f, preservesPartitioning=False):
        return self.mapPartitionsWithIndex(f, preservesPartitioning)

    def filter(self, f):
        f = _shippable(f)

        def func(iterator):
            return filter(f, iterator)
        return self.mapPartitions(func, True)

    @_user_api
    def distinct(self, numPartitions=None):
        return (self.map(lambda x: (x, None))
                .reduceByKey(lambda x, _: x, numPartitions)
                .map(lambda x: x[0]))

    def sample(self, withReplacement, fraction, seed=None):
        if not fraction >= 0.0:
            raise ValueError("Fraction must be nonnegative.")
        return self.mapPartitionsWithIndex(_sampler(withReplacement, fraction, seed), True)

    def randomSplit(self, weights, seed=None):
        if not all(w >= 0 for w in weights):
            raise ValueError("Weights must be nonnegative")
        s = float(sum(weights))
        if not s > 0:
            raise ValueError("Sum of weights must be positive")
        cweights = [0.0]
        for w in weights:
            cweights.append(cweights[-1] + w / s)
        if seed is None:
            seed = _native.entropy_seed()

        def splitter(lb, ub):
            def func(split, iterator):
                rng = _seeded(seed, split)
                for obj in iterator:
                    if lb <= _native.rng_random(rng) < ub:
                        yield obj
            return func
        return [self.mapPartitionsWithIndex(splitter(lb, ub), True)
                for lb, ub in zip(cweights, cweights[1:])]

    def union(self, other):
        rdd = RDD(_native.union(self.ctx._jsc, [self._jrdd, other._jrdd]), self.ctx)
        if self.partitioner == other.partitioner and self.getNumPartitions() == rdd.getNumPartitions():
            rdd.partitioner = self.partitioner
        return rdd

    def __add__(self, other):
        if not isinstance(other, _RDDBase):
            raise TypeError
        return self.union(other)

    @_user_api
    def intersection(self, other):
        return (self.map(lambda v: (v, None))
                .cogroup(other.map(lambda v: (v, None)))
                .filter(lambda k_vs: all(k_vs[1]))
                .keys())

    def glom(self):
        def func(iterator):
            yield list(iterator)
        return self.mapPartitions(func)

    def cartesian(self, other):
        return RDD(_native.cartesian(self._jrdd, other._jrdd), self.ctx)

    def zip(self, other):
        if self.getNumPartitions() != other.getNumPartitions():
            raise ValueError("Can only zip with RDD which has the same number of partitions")
        return RDD(_native.zip(self._jrdd, other._jrdd), self.ctx)

    def coalesce(self, numPartitions, shuffle=False):
        if not numPartitions > 0:
            raise ValueError("Number of partitions must be positive.")
        return RDD(_native.coalesce(self._jrdd, numPartitions, shuffle), self.ctx)

    def repartition(self, numPartitions):
        return self.coalesce(numPartitions, shuffle=True)

    def keyBy(self, f):
        f = _shippable(f)
        return self.map(lambda x: (f(x), x))

    @_user_api
    def groupBy(self, f, numPartitions=None, partitionFunc=portable_hash):
        f = _shippable(f)
        return self.map(lambda x: (f(x), x)).groupByKey(numPartitions, partitionFunc)

    def zipWithIndex(self):
        starts = [0]
        if self.getNumPartitions() > 1:
            nums = self.mapPartitions(lambda it: [sum(1 for i in it)]).collect()
            for i in range(len(nums) - 1):
                starts.append(starts[-1] + nums[i])

        def func(k, it):
            for i, v in enumerate(it, starts[k]):
                yield v, i
        return self.mapPartitionsWithIndex(func)

    def zipWithUniqueId(self):
        n = self.getNumPartitions()

        def func(k, it):
            for i, v in enumerate(it):
                yield v, i * n + k
        return self.mapPartitionsWithIndex(func)

    def pipe(self, command, env=None, checkCode=False):
        raise NotImplementedError("RDD.pipe needs external processes, which Flint does not run")

    def barrier(self):
        return RDDBarrier(self)

    def _defaultReducePartitions(self):
        if self.ctx._conf.contains("spark.default.parallelism"):
            return self.ctx.defaultParallelism
        return self.getNumPartitions()
`;
