/** Python source of pyspark.rdd, part 2: actions (jobs run through `_native.run_job`). */

export const RDD_ACTIONS = String.raw`
class _RDDActions:
    def collect(self):
        return _native.run_job(self._jrdd, None)

    def foreach(self, f):
        f = _shippable(f)

        def processPartition(iterator):
            for x in iterator:
                f(x)
            return iter([])
        self.mapPartitions(processPartition).count()

    def foreachPartition(self, f):
        f = _shippable(f)

        def func(it):
            r = f(it)
            try:
                return iter(r)
            except TypeError:
                return iter([])
        self.mapPartitions(func).count()

    def reduce(self, f):
        f = _shippable(f)

        def func(iterator):
            iterator = iter(iterator)
            try:
                initial = next(iterator)
            except StopIteration:
                return
            yield _reduce(f, iterator, initial)
        vals = self.mapPartitions(func).collect()
        if vals:
            return _reduce(f, vals)
        raise ValueError("Can not reduce() empty RDD")

    def treeReduce(self, f, depth=2):
        if depth < 1:
            raise ValueError("Depth cannot be smaller than 1 but got %d." % depth)
        f = _shippable(f)

        def op(x, y):
            if x[1]:
                return y
            if y[1]:
                return x
            return f(x[0], y[0]), False
        reduced = self.map(lambda x: (x, False)).treeAggregate((None, True), op, op, depth)
        if reduced[1]:
            raise ValueError("Cannot reduce empty RDD.")
        return reduced[0]

    def fold(self, zeroValue, op):
        op = _shippable(op)

        def func(iterator):
            acc = zeroValue
            for obj in iterator:
                acc = op(acc, obj)
            yield acc
        vals = self.mapPartitions(func).collect()
        return _reduce(op, vals, zeroValue)

    def aggregate(self, zeroValue, seqOp, combOp):
        seqOp = _shippable(seqOp)

        def func(iterator):
            acc = zeroValue
            for obj in iterator:
                acc = seqOp(acc, obj)
            yield acc
        return self.mapPartitions(func).fold(zeroValue, combOp)

    def treeAggregate(self, zeroValue, seqOp, combOp, depth=2):
        if depth < 1:
            raise ValueError("Depth cannot be smaller than 1 but got %d." % depth)
        if self.getNumPartitions() == 0:
            return zeroValue
        seqOp = _shippable(seqOp)

        def aggregatePartition(iterator):
            acc = zeroValue
            for obj in iterator:
                acc = seqOp(acc, obj)
            yield acc
        partial = self.mapPartitions(aggregatePartition)
        numPartitions = partial.getNumPartitions()
        scale = max(int(math.ceil(pow(numPartitions, 1.0 / depth))), 2)
        while numPartitions > scale + numPartitions / scale:
            numPartitions /= scale
            cur = int(numPartitions)

            def mapPartition(i, iterator):
                for obj in iterator:
                    yield (i % cur, obj)
            partial = partial.mapPartitionsWithIndex(mapPartition).reduceByKey(combOp, cur).values()
        return partial.reduce(combOp)

    def max(self, key=None):
        if key is None:
            return self.reduce(lambda a, b: max(a, b))
        key = _shippable(key)
        return self.reduce(lambda a, b: max(a, b, key=key))

    def min(self, key=None):
        if key is None:
            return self.reduce(lambda a, b: min(a, b))
        key = _shippable(key)
        return self.reduce(lambda a, b: min(a, b, key=key))

    def sum(self):
        return self.mapPartitions(lambda x: [sum(x)]).fold(0, _add)

    def count(self):
        return self.mapPartitions(lambda i: [sum(1 for _ in i)]).sum()

    def stats(self):
        def redFunc(iterator):
            from pyspark.statcounter import StatCounter
            s = StatCounter(iterator)
            yield (s.n, s.mu, s.m2, s.maxValue, s.minValue)

        def counter(t):
            c = _StatCounter()
            c.n, c.mu, c.m2, c.maxValue, c.minValue = t
            return c
        parts = [counter(t) for t in self.mapPartitions(redFunc).collect()]
        if not parts:
            raise ValueError("Can not reduce() empty RDD")
        return _reduce(lambda a, b: a.mergeStats(b), parts)

    def mean(self):
        return self.stats().mean()

    def variance(self):
        return self.stats().variance()

    def stdev(self):
        return self.stats().stdev()

    def sampleStdev(self):
        return self.stats().sampleStdev()

    def sampleVariance(self):
        return self.stats().sampleVariance()

    def countByValue(self):
        def countPartition(iterator):
            counts = {}
            for obj in iterator:
                counts[obj] = counts.get(obj, 0) + 1
            yield counts

        def mergeMaps(m1, m2):
            for k, v in m2.items():
                m1[k] = m1.get(k, 0) + v
            return m1
        return _count_dict(self.mapPartitions(countPartition).reduce(mergeMaps))

    def top(self, num, key=None):
        key = _identity if key is None else _shippable(key)

        def topIterator(iterator):
            yield sorted(iterator, key=key, reverse=True)[:num]

        def merge(a, b):
            return sorted(a + b, key=key, reverse=True)[:num]
        return self.mapPartitions(topIterator).reduce(merge)

    def takeOrdered(self, num, key=None):
        if num < 0:
            raise ValueError("top N cannot be negative.")
        if num == 0 or self.getNumPartitions() == 0:
            return []
        key = _identity if key is None else _shippable(key)

        def merge(a, b):
            return sorted(a + b, key=key)[:num]
        return self.mapPartitions(lambda it: [sorted(it, key=key)[:num]]).reduce(merge)

    def take(self, num):
        items = []
        totalParts = self.getNumPartitions()
        partsScanned = 0
        while len(items) < num and partsScanned < totalParts:
            numPartsToTry = 1
            if partsScanned > 0:
                if len(items) == 0:
                    numPartsToTry = partsScanned * 4
                else:
                    numPartsToTry = int(1.5 * num * partsScanned / len(items)) - partsScanned
                    numPartsToTry = min(max(numPartsToTry, 1), partsScanned * 4)
            left = num - len(items)

            def takeUpToNumLeft(iterator):
                iterator = iter(iterator)
                taken = 0
                while taken < left:
                    try:
                        yield next(iterator)
                    except StopIteration:
                        return
                    taken += 1
            p = range(partsScanned, min(partsScanned + numPartsToTry, totalParts))
            items += self.ctx.runJob(self, takeUpToNumLeft, p)
            partsScanned += numPartsToTry
        return items[:num]

    def first(self):
        rs = self.take(1)
        if rs:
            return rs[0]
        raise ValueError("RDD is empty")

    def isEmpty(self):
        return self.getNumPartitions() == 0 or len(self.take(1)) == 0

    def collectAsMap(self):
        return dict(self.collect())

    def takeSample(self, withReplacement, num, seed=None):
        numStDev = 10.0
        maxSampleSize = sys.maxsize - int(numStDev * math.sqrt(sys.maxsize))
        if num < 0:
            raise ValueError("Sample size cannot be negative.")
        if num > maxSampleSize:
            raise ValueError("Sample size cannot be greater than %d." % maxSampleSize)
        if num == 0 or self.getNumPartitions() == 0:
            return []
        initialCount = self.count()
        if initialCount == 0:
            return []
        rand = _native.rng(_native.entropy_seed() if seed is None else seed)
        if (not withReplacement) and num >= initialCount:
            samples = self.collect()
            _native.rng_shuffle(rand, samples)
            return samples
        fraction = _fraction_for_sample_size(num, initialCount, withReplacement)
        samples = self.sample(withReplacement, fraction, seed).collect()
        while len(samples) < num:
            seed = _native.rng_randint(rand, 0, sys.maxsize)
            samples = self.sample(withReplacement, fraction, seed).collect()
        _native.rng_shuffle(rand, samples)
        return samples[0:num]

    def histogram(self, buckets):
        return _histogram(self, buckets)

    def countApprox(self, timeout, confidence=0.95):
        return int(self.count())

    def sumApprox(self, timeout, confidence=0.95):
        # Exact, as a plain float: PyFlint cannot subclass float for BoundedFloat yet.
        return float(self.sum())

    def meanApprox(self, timeout, confidence=0.95):
        return float(self.mean())

    def countApproxDistinct(self, relativeSD=0.05):
        if relativeSD < 0.000017:
            raise ValueError("relativeSD should be greater than 0.000017")
        return self.distinct().count()

    def toLocalIterator(self, prefetchPartitions=False):
        for p in range(self.getNumPartitions()):
            for x in self.ctx.runJob(self, lambda it: it, [p]):
                yield x

    def saveAsTextFile(self, path, compressionCodecClass=None):
        def lines(split, iterator):
            text = []
            for x in iterator:
                text.append((x if isinstance(x, str) else str(x)) + "\n")
            yield (split, "".join(text))
        _native.save_text(self.ctx._jsc, path, self.mapPartitionsWithIndex(lines).collect(), compressionCodecClass)


def _fraction_for_sample_size(sampleSizeLowerBound, total, withReplacement):
    fraction = float(sampleSizeLowerBound) / total
    if withReplacement:
        numStDev = 5
        if sampleSizeLowerBound < 12:
            numStDev = 9
        return fraction + numStDev * math.sqrt(fraction / total)
    delta = 0.00005
    gamma = -math.log(delta) / total
    return min(1, fraction + gamma + math.sqrt(gamma * gamma + 2 * gamma * fraction))


def _count_dict(d):
    try:
        from collections import defaultdict
    except ImportError:
        return d
    counts = defaultdict(int)
    counts.update(d)
    return counts
`;
