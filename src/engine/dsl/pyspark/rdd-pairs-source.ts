/**
 * Python source of pyspark.rdd, part 3: key-value operations (all through partitionBy,
 * PySpark's one shuffle), histogram, PipelinedRDD, RDDBarrier and the final RDD class.
 */

export const RDD_PAIRS = String.raw`
class _RDDPairs:
    def keys(self):
        return self.map(lambda x: x[0])

    def values(self):
        return self.map(lambda x: x[1])

    def mapValues(self, f):
        f = _shippable(f)
        return self.map(lambda kv: (kv[0], f(kv[1])), preservesPartitioning=True)

    def flatMapValues(self, f):
        f = _shippable(f)
        return self.flatMap(lambda kv: ((kv[0], x) for x in f(kv[1])), preservesPartitioning=True)

    @_user_api
    def partitionBy(self, numPartitions, partitionFunc=portable_hash):
        if numPartitions is None:
            numPartitions = self._defaultReducePartitions()
        partitionFunc = _shippable(partitionFunc)
        partitioner = Partitioner(numPartitions, partitionFunc)
        if self.partitioner == partitioner:
            return self
        keyed = self.mapPartitionsWithIndex(lambda split, it: it, True)
        keyed._site_api = _API[0] or "partitionBy"

        def target(kv, n):
            return int(partitionFunc(kv[0]) % n)
        rdd = RDD(_native.shuffle(keyed._jrdd, numPartitions, target, _API[0] or "partitionBy"), self.ctx)
        rdd.partitioner = partitioner
        return rdd

    @_user_api
    def combineByKey(self, createCombiner, mergeValue, mergeCombiners, numPartitions=None,
                     partitionFunc=portable_hash):
        if numPartitions is None:
            numPartitions = self._defaultReducePartitions()
        createCombiner = _shippable(createCombiner)
        mergeValue = _shippable(mergeValue)
        mergeCombiners = _shippable(mergeCombiners)

        def combineLocally(iterator):
            combiners = {}
            for k, v in iterator:
                combiners[k] = mergeValue(combiners[k], v) if k in combiners else createCombiner(v)
            return iter(combiners.items())
        shuffled = self.mapPartitions(combineLocally, True).partitionBy(numPartitions, partitionFunc)

        def mergeAll(iterator):
            combiners = {}
            for k, v in iterator:
                combiners[k] = mergeCombiners(combiners[k], v) if k in combiners else v
            return iter(combiners.items())
        return shuffled.mapPartitions(mergeAll, True)

    @_user_api
    def reduceByKey(self, func, numPartitions=None, partitionFunc=portable_hash):
        return self.combineByKey(_identity, func, func, numPartitions, partitionFunc)

    def reduceByKeyLocally(self, func):
        func = _shippable(func)

        def reducePartition(iterator):
            m = {}
            for k, v in iterator:
                m[k] = func(m[k], v) if k in m else v
            yield m

        def mergeMaps(m1, m2):
            for k, v in m2.items():
                m1[k] = func(m1[k], v) if k in m1 else v
            return m1
        return self.mapPartitions(reducePartition).reduce(mergeMaps)

    def countByKey(self):
        return self.map(lambda x: x[0]).countByValue()

    @_user_api
    def aggregateByKey(self, zeroValue, seqFunc, combFunc, numPartitions=None, partitionFunc=portable_hash):
        seqFunc = _shippable(seqFunc)
        return self.combineByKey(lambda v: seqFunc(_deepcopy(zeroValue), v), seqFunc, combFunc,
                                 numPartitions, partitionFunc)

    @_user_api
    def foldByKey(self, zeroValue, func, numPartitions=None, partitionFunc=portable_hash):
        func = _shippable(func)
        return self.combineByKey(lambda v: func(_deepcopy(zeroValue), v), func, func,
                                 numPartitions, partitionFunc)

    @_user_api
    def groupByKey(self, numPartitions=None, partitionFunc=portable_hash):
        def createCombiner(x):
            return [x]

        def mergeValue(xs, x):
            xs.append(x)
            return xs

        def mergeCombiners(a, b):
            a.extend(b)
            return a
        grouped = self.combineByKey(createCombiner, mergeValue, mergeCombiners, numPartitions, partitionFunc)
        return grouped.mapValues(_result_iterable)

    @_user_api
    def join(self, other, numPartitions=None):
        return _join(self, other, numPartitions, False, False)

    @_user_api
    def leftOuterJoin(self, other, numPartitions=None):
        return _join(self, other, numPartitions, False, True)

    @_user_api
    def rightOuterJoin(self, other, numPartitions=None):
        return _join(self, other, numPartitions, True, False)

    @_user_api
    def fullOuterJoin(self, other, numPartitions=None):
        return _join(self, other, numPartitions, True, True)

    @_user_api
    def cogroup(self, other, numPartitions=None):
        return _cogroup((self, other), numPartitions)

    @_user_api
    def groupWith(self, other, *others):
        return _cogroup((self, other) + others, None)

    def sampleByKey(self, withReplacement, fractions, seed=None):
        for fraction in fractions.values():
            if not fraction >= 0.0:
                raise ValueError("Negative fraction value: %s" % fraction)
        if seed is None:
            seed = _native.entropy_seed()

        def func(split, iterator):
            rng = _seeded(seed, split)
            for key, val in iterator:
                if withReplacement:
                    for _ in range(_poisson(rng, fractions[key])):
                        yield key, val
                elif _native.rng_random(rng) < fractions[key]:
                    yield key, val
        return self.mapPartitionsWithIndex(func, True)

    @_user_api
    def subtractByKey(self, other, numPartitions=None):
        def keep(pair):
            key, (val1, val2) = pair
            return val1 and not val2
        return self.cogroup(other, numPartitions).filter(keep).flatMapValues(lambda x: x[0])

    @_user_api
    def subtract(self, other, numPartitions=None):
        rdd = other.map(lambda x: (x, True))
        return self.map(lambda x: (x, True)).subtractByKey(rdd, numPartitions).keys()

    @_user_api
    def sortByKey(self, ascending=True, numPartitions=None, keyfunc=_identity):
        if numPartitions is None:
            numPartitions = self._defaultReducePartitions()
        keyfunc = _shippable(keyfunc)

        def sortPartition(iterator):
            return iter(sorted(iterator, key=lambda kv: keyfunc(kv[0]), reverse=(not ascending)))
        if numPartitions == 1:
            rdd = self.coalesce(1) if self.getNumPartitions() > 1 else self
            return rdd.mapPartitions(sortPartition, True)
        rddSize = self.count()
        if not rddSize:
            return self
        fraction = min(numPartitions * 20.0 / max(rddSize, 1), 1.0)
        samples = sorted(self.sample(False, fraction, 1).map(lambda kv: kv[0]).collect(), key=keyfunc)
        bounds = [samples[int(len(samples) * (i + 1) / numPartitions)] for i in range(0, numPartitions - 1)]

        def rangePartitioner(k):
            p = _bisect_left(bounds, keyfunc(k))
            return p if ascending else numPartitions - 1 - p
        return self.partitionBy(numPartitions, rangePartitioner).mapPartitions(sortPartition, True)

    @_user_api
    def sortBy(self, keyfunc, ascending=True, numPartitions=None):
        return self.keyBy(keyfunc).sortByKey(ascending, numPartitions).values()

    @_user_api
    def repartitionAndSortWithinPartitions(self, numPartitions=None, partitionFunc=portable_hash,
                                           ascending=True, keyfunc=_identity):
        if numPartitions is None:
            numPartitions = self._defaultReducePartitions()
        keyfunc = _shippable(keyfunc)

        def sortPartition(iterator):
            return iter(sorted(iterator, key=lambda kv: keyfunc(kv[0]), reverse=(not ascending)))
        return self.partitionBy(numPartitions, partitionFunc).mapPartitions(sortPartition, True)

    def lookup(self, key):
        values = self.filter(lambda kv: kv[0] == key).values()
        if self.partitioner is not None:
            return self.ctx.runJob(values, lambda x: x, [self.partitioner(key)])
        return values.collect()


def _join(rdd, other, numPartitions, padLeft, padRight):
    def dispatch(seq):
        vbuf, wbuf = [], []
        for n, v in seq:
            if n == 1:
                vbuf.append(v)
            elif n == 2:
                wbuf.append(v)
        if padRight and not wbuf:
            wbuf.append(None)
        if padLeft and not vbuf:
            vbuf.append(None)
        return ((v, w) for v in vbuf for w in wbuf)
    vs = rdd.mapValues(lambda v: (1, v))
    ws = other.mapValues(lambda v: (2, v))
    return vs.union(ws).groupByKey(numPartitions).flatMapValues(lambda x: dispatch(x.__iter__()))


def _cogroup(rdds, numPartitions):
    def tagger(i):
        return lambda v: (i, v)
    tagged = [rdd.mapValues(tagger(i)) for i, rdd in enumerate(rdds)]
    union = _reduce(lambda acc, other: acc.union(other), tagged)
    count = len(tagged)

    def dispatch(seq):
        bufs = [[] for _ in range(count)]
        for n, v in seq:
            bufs[n].append(v)
        return tuple(_result_iterable(vs) for vs in bufs)
    return union.groupByKey(numPartitions).mapValues(dispatch)
`;
