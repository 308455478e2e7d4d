/** Python source of pyspark.rdd, part 4: histogram, PipelinedRDD, RDDBarrier, the RDD class. */

export const RDD_PIPELINE = String.raw`
def _histogram(rdd, buckets):
    if isinstance(buckets, int):
        if buckets < 1:
            raise ValueError("number of buckets must be >= 1")

        def comparable(x):
            if x is None:
                return False
            if type(x) is float and math.isnan(x):
                return False
            return True
        filtered = rdd.filter(comparable)

        def minmax(a, b):
            return min(a[0], b[0]), max(a[1], b[1])
        try:
            minv, maxv = filtered.map(lambda x: (x, x)).reduce(minmax)
        except ValueError:
            raise ValueError("can not generate buckets from empty RDD")
        if minv == maxv or buckets == 1:
            return [minv, maxv], [filtered.count()]
        try:
            inc = (maxv - minv) / buckets
        except TypeError:
            raise TypeError("Can not generate buckets with non-number in RDD")
        if math.isinf(inc):
            raise ValueError("Can not generate buckets with infinite value")
        inc = int(inc)
        if inc * buckets != maxv - minv:
            inc = (maxv - minv) * 1.0 / buckets
        buckets = [i * inc + minv for i in range(buckets)]
        buckets.append(maxv)
        even = True
    elif isinstance(buckets, (list, tuple)):
        if len(buckets) < 2:
            raise ValueError("buckets should have more than one value")
        if any(i is None or isinstance(i, float) and math.isnan(i) for i in buckets):
            raise ValueError("can not have None or NaN in buckets")
        if sorted(buckets) != list(buckets):
            raise ValueError("buckets should be sorted")
        if len(set(buckets)) != len(buckets):
            raise ValueError("buckets should not contain duplicated values")
        minv = buckets[0]
        maxv = buckets[-1]
        even = False
        inc = None
        try:
            steps = [buckets[i + 1] - buckets[i] for i in range(len(buckets) - 1)]
        except TypeError:
            pass
        else:
            if max(steps) - min(steps) < 1e-10:
                even = True
                inc = (maxv - minv) / (len(buckets) - 1)
    else:
        raise TypeError("buckets should be a list or tuple or number(int or long)")

    def count(iterator):
        counters = [0] * len(buckets)
        for i in iterator:
            if i is None or (isinstance(i, float) and math.isnan(i)) or i > maxv or i < minv:
                continue
            t = int((i - minv) / inc) if even else _bisect_right(buckets, i) - 1
            counters[t] += 1
        last = counters.pop()
        counters[-1] += last
        return [counters]

    def merge(a, b):
        return [i + j for i, j in zip(a, b)]
    return buckets, rdd.mapPartitions(count).reduce(merge)


class RDD(_RDDBase, _RDDActions, _RDDPairs):
    pass


class PipelinedRDD(RDD):
    def __init__(self, prev, func, preservesPartitioning=False, isFromBarrier=False):
        if not isinstance(prev, PipelinedRDD) or not prev._is_pipelinable():
            self.func = func
            self._prev_jrdd = prev._jrdd
        else:
            prev_func = prev.func

            def pipeline_func(split, iterator):
                return func(split, prev_func(split, iterator))
            self.func = pipeline_func
            self._prev_jrdd = prev._prev_jrdd
        self.preservesPartitioning = preservesPartitioning
        self.is_cached = False
        self.is_checkpointed = False
        self.has_resource_profile = False
        self.ctx = prev.ctx
        self.prev = prev
        self._jrdd_val = None
        self._id = None
        self._site_api = None
        self._jrdd_deserializer = None
        self.is_barrier = isFromBarrier or prev._is_barrier()
        self.partitioner = prev.partitioner if self.preservesPartitioning else None

    @property
    def _jrdd(self):
        if self._jrdd_val is None:
            f = self.func

            def run(split, records):
                return _native.task_output(lambda: f(split, iter(records)))
            self._jrdd_val = _native.python_rdd(self._prev_jrdd, run, self._site_api)
        return self._jrdd_val

    def id(self):
        if self._id is None:
            self._id = _native.rdd_id(self._jrdd)
        return self._id

    def _is_pipelinable(self):
        return not (self.is_cached or self.is_checkpointed or self.has_resource_profile)

    def _is_barrier(self):
        return self.is_barrier


def _plain_is_barrier(self):
    return False


_RDDBase._is_barrier = _plain_is_barrier


class RDDBarrier:
    def __init__(self, rdd):
        self.rdd = rdd

    def mapPartitions(self, f, preservesPartitioning=False):
        f = _shippable(f)

        def func(s, iterator):
            return f(iterator)
        return PipelinedRDD(self.rdd, func, preservesPartitioning, isFromBarrier=True)

    def mapPartitionsWithIndex(self, f, preservesPartitioning=False):
        return PipelinedRDD(self.rdd, _shippable(f), preservesPartitioning, isFromBarrier=True)


class BoundedFloat(float):
    def __new__(cls, mean, confidence, low, high):
        obj = float.__new__(cls, mean)
        obj.confidence = confidence
        obj.low = low
        obj.high = high
        return obj
`;
