/**
 * Python source of `pyspark.streaming.dstream` (PySpark 3.5's DStream API): every operation is
 * a transform of each batch's RDD, as in PySpark, over the graph nodes of `_graph`.
 */

export const DSTREAM = String.raw`
import operator
from itertools import chain
from datetime import datetime

from pyspark.rdd import RDD, portable_hash
from pyspark.storagelevel import StorageLevel
from pyspark.resultiterable import ResultIterable
from py4j.protocol import Py4JJavaError

__all__ = ["DStream"]


def _argcount(f):
    return _native.argcount(f)


class DStream:
    """
    A Discretized Stream (DStream), the basic abstraction in Spark Streaming,
    is a continuous sequence of RDDs (of the same type) representing a
    continuous stream of data.
    """

    def __init__(self, jdstream, ssc, jrdd_deserializer=None):
        self._jdstream = jdstream
        self._ssc = ssc
        self._sc = ssc._sc
        self._jrdd_deserializer = jrdd_deserializer
        self.is_cached = False
        self.is_checkpointed = False

    def context(self):
        return self._ssc

    def count(self):
        return self.mapPartitions(lambda i: [sum(1 for _ in i)]).reduce(operator.add)

    def filter(self, f):
        def func(iterator):
            return filter(f, iterator)

        return self.mapPartitions(func, True)

    def flatMap(self, f, preservesPartitioning=False):
        def func(s, iterator):
            return chain.from_iterable(map(f, iterator))

        return self.mapPartitionsWithIndex(func, preservesPartitioning)

    def map(self, f, preservesPartitioning=False):
        def func(iterator):
            return map(f, iterator)

        return self.mapPartitions(func, preservesPartitioning)

    def mapPartitions(self, f, preservesPartitioning=False):
        def func(s, iterator):
            return f(iterator)

        return self.mapPartitionsWithIndex(func, preservesPartitioning)

    def mapPartitionsWithIndex(self, f, preservesPartitioning=False):
        return self.transform(lambda rdd: rdd.mapPartitionsWithIndex(f, preservesPartitioning))

    def reduce(self, func):
        return self.map(lambda x: (None, x)).reduceByKey(func, 1).map(lambda x: x[1])

    def reduceByKey(self, func, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.combineByKey(lambda x: x, func, func, numPartitions)

    def combineByKey(self, createCombiner, mergeValue, mergeCombiners, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism

        def func(rdd):
            return rdd.combineByKey(createCombiner, mergeValue, mergeCombiners, numPartitions)

        return self.transform(func)

    def partitionBy(self, numPartitions, partitionFunc=portable_hash):
        return self.transform(lambda rdd: rdd.partitionBy(numPartitions, partitionFunc))

    def foreachRDD(self, func):
        if _argcount(func) == 1:
            old_func = func

            def func(_, rdd):
                return old_func(rdd)

        jfunc = _util.TransformFunction(self._sc, func, self._jrdd_deserializer)
        _graph.JForEachDStream(self._jdstream, jfunc)

    def pprint(self, num=10):
        def takeAndPrint(time, rdd):
            taken = rdd.take(num + 1)
            print("-------------------------------------------")
            print("Time: %s" % time)
            print("-------------------------------------------")
            for record in taken[:num]:
                print(record)
            if len(taken) > num:
                print("...")
            print("")

        self.foreachRDD(takeAndPrint)

    def mapValues(self, f):
        def map_values_fn(kv):
            return kv[0], f(kv[1])

        return self.map(map_values_fn, preservesPartitioning=True)

    def flatMapValues(self, f):
        def flat_map_fn(kv):
            return ((kv[0], x) for x in f(kv[1]))

        return self.flatMap(flat_map_fn, preservesPartitioning=True)

    def glom(self):
        def func(iterator):
            yield list(iterator)

        return self.mapPartitions(func)

    def cache(self):
        self.is_cached = True
        self.persist(StorageLevel.MEMORY_ONLY)
        return self

    def persist(self, storageLevel):
        self.is_cached = True
        _graph_call(lambda: self._jdstream.persist(storageLevel), "o.persist")
        return self

    def checkpoint(self, interval):
        self.is_checkpointed = True
        _graph_call(lambda: self._jdstream.checkpoint(self._ssc._jduration(interval)), "o.checkpoint")
        return self

    def groupByKey(self, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transform(lambda rdd: rdd.groupByKey(numPartitions))

    def countByValue(self):
        return self.map(lambda x: (x, 1)).reduceByKey(lambda x, y: x + y)

    def saveAsTextFiles(self, prefix, suffix=None):
        def saveAsTextFile(t, rdd):
            path = _util.rddToFileName(prefix, suffix, t)
            try:
                rdd.saveAsTextFile(path)
            except Py4JJavaError as e:
                # after recovered from checkpointing, the foreachRDD may
                # be called twice
                if "FileAlreadyExistsException" not in str(e):
                    raise

        return self.foreachRDD(saveAsTextFile)

    def transform(self, func):
        if _argcount(func) == 1:
            oldfunc = func

            def func(_, rdd):
                return oldfunc(rdd)

        assert _argcount(func) == 2, "func should take one or two arguments"
        return TransformedDStream(self, func)

    def transformWith(self, func, other, keepSerializer=False):
        if _argcount(func) == 2:
            oldfunc = func

            def func(_, a, b):
                return oldfunc(a, b)

        assert _argcount(func) == 3, "func should take two or three arguments"
        jfunc = _util.TransformFunction(self._sc, func, self._jrdd_deserializer, other._jrdd_deserializer)
        dstream = _graph_call(lambda: _graph.JTransformed2DStream(self._jdstream, other._jdstream, jfunc),
                              "None.org.apache.spark.streaming.api.python.PythonTransformed2DStream")
        return DStream(dstream, self._ssc, self._jrdd_deserializer if keepSerializer else None)

    def repartition(self, numPartitions):
        return self.transform(lambda rdd: rdd.repartition(numPartitions))

    @property
    def _slideDuration(self):
        return self._jdstream.slideDuration() / 1000.0

    def union(self, other):
        if self._slideDuration != other._slideDuration:
            raise ValueError("the two DStream should have same slide duration")
        return self.transformWith(lambda a, b: a.union(b), other, True)

    def cogroup(self, other, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transformWith(lambda a, b: a.cogroup(b, numPartitions), other)

    def join(self, other, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transformWith(lambda a, b: a.join(b, numPartitions), other)

    def leftOuterJoin(self, other, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transformWith(lambda a, b: a.leftOuterJoin(b, numPartitions), other)

    def rightOuterJoin(self, other, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transformWith(lambda a, b: a.rightOuterJoin(b, numPartitions), other)

    def fullOuterJoin(self, other, numPartitions=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism
        return self.transformWith(lambda a, b: a.fullOuterJoin(b, numPartitions), other)

    def _jtime(self, timestamp):
        if isinstance(timestamp, datetime):
            timestamp = _util._mktime(timestamp)
        return int(timestamp * 1000)

    def slice(self, begin, end):
        jrdds = _graph_call(lambda: self._jdstream.slice(self._jtime(begin), self._jtime(end)), "o.slice")
        return list(jrdds)

    def _validate_window_param(self, window, slide):
        duration = self._jdstream.slideDuration()
        if int(window * 1000) % duration != 0:
            raise ValueError(
                "windowDuration must be multiple of the parent "
                "dstream's slide (batch) duration (%d ms)" % duration
            )
        if slide and int(slide * 1000) % duration != 0:
            raise ValueError(
                "slideDuration must be multiple of the parent "
                "dstream's slide (batch) duration (%d ms)" % duration
            )

    def window(self, windowDuration, slideDuration=None):
        self._validate_window_param(windowDuration, slideDuration)
        d = self._ssc._jduration(windowDuration)
        s = self._jdstream.slideDuration() if slideDuration is None else self._ssc._jduration(slideDuration)
        j = _graph_call(lambda: _graph.JWindowedDStream(self._jdstream, d, s), "o.window")
        return DStream(j, self._ssc, self._jrdd_deserializer)

    def reduceByWindow(self, reduceFunc, invReduceFunc, windowDuration, slideDuration):
        keyed = self.map(lambda x: (1, x))
        reduced = keyed.reduceByKeyAndWindow(reduceFunc, invReduceFunc, windowDuration, slideDuration, 1)
        return reduced.map(lambda kv: kv[1])

    def countByWindow(self, windowDuration, slideDuration):
        return self.map(lambda x: 1).reduceByWindow(operator.add, operator.sub, windowDuration, slideDuration)

    def countByValueAndWindow(self, windowDuration, slideDuration, numPartitions=None):
        keyed = self.map(lambda x: (x, 1))
        counted = keyed.reduceByKeyAndWindow(operator.add, operator.sub, windowDuration, slideDuration, numPartitions)
        return counted.filter(lambda kv: kv[1] > 0)

    def groupByKeyAndWindow(self, windowDuration, slideDuration, numPartitions=None):
        ls = self.mapValues(lambda x: [x])
        grouped = ls.reduceByKeyAndWindow(
            lambda a, b: a.extend(b) or a, lambda a, b: a[len(b):], windowDuration, slideDuration, numPartitions
        )
        return grouped.mapValues(ResultIterable)

    def reduceByKeyAndWindow(self, func, invFunc, windowDuration, slideDuration=None, numPartitions=None,
                             filterFunc=None):
        self._validate_window_param(windowDuration, slideDuration)
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism

        reduced = self.reduceByKey(func, numPartitions)

        if invFunc:

            def reduceFunc(t, a, b):
                b = b.reduceByKey(func, numPartitions)
                r = a.union(b).reduceByKey(func, numPartitions) if a else b
                if filterFunc:
                    r = r.filter(filterFunc)
                return r

            def invReduceFunc(t, a, b):
                b = b.reduceByKey(func, numPartitions)
                joined = a.leftOuterJoin(b, numPartitions)
                return joined.mapValues(lambda kv: invFunc(kv[0], kv[1]) if kv[1] is not None else kv[0])

            jreduceFunc = _util.TransformFunction(self._sc, reduceFunc, reduced._jrdd_deserializer)
            jinvReduceFunc = _util.TransformFunction(self._sc, invReduceFunc, reduced._jrdd_deserializer)
            if slideDuration is None:
                slideDuration = self._slideDuration
            dstream = _graph_call(lambda: _graph.JReducedWindowedDStream(
                reduced._jdstream, jreduceFunc, jinvReduceFunc,
                self._ssc._jduration(windowDuration), self._ssc._jduration(slideDuration)),
                "None.org.apache.spark.streaming.api.python.PythonReducedWindowedDStream")
            return DStream(dstream, self._ssc, None)
        else:
            return reduced.window(windowDuration, slideDuration).reduceByKey(func, numPartitions)

    def updateStateByKey(self, updateFunc, numPartitions=None, initialRDD=None):
        if numPartitions is None:
            numPartitions = self._sc.defaultParallelism

        if initialRDD and not isinstance(initialRDD, RDD):
            initialRDD = self._sc.parallelize(initialRDD)

        def reduceFunc(t, a, b):
            if a is None:
                g = b.groupByKey(numPartitions).mapValues(lambda vs: (list(vs), None))
            else:
                g = a.cogroup(b.partitionBy(numPartitions), numPartitions)
                g = g.mapValues(lambda ab: (list(ab[1]), list(ab[0])[0] if len(ab[0]) else None))
            state = g.mapValues(lambda vs_s: updateFunc(vs_s[0], vs_s[1]))
            return state.filter(lambda k_v: k_v[1] is not None)

        jreduceFunc = _util.TransformFunction(self._sc, reduceFunc, None, self._jrdd_deserializer)
        dstream = _graph_call(lambda: _graph.JStateDStream(self._jdstream, jreduceFunc, initialRDD if initialRDD else None),
                              "None.org.apache.spark.streaming.api.python.PythonStateDStream")
        return DStream(dstream, self._ssc, None)


class TransformedDStream(DStream):
    """
    TransformedDStream is a DStream generated by an Python function
    transforming each RDD of a DStream to another RDDs.

    Multiple continuous transformations of DStream can be combined into
    one transformation.
    """

    def __init__(self, prev, func):
        self._ssc = prev._ssc
        self._sc = self._ssc._sc
        self._jrdd_deserializer = None
        self.is_cached = False
        self.is_checkpointed = False
        self._jdstream_val = None

        # Using type() to avoid folding the functions and compacting the DStreams which is not
        # not strictly an object of TransformedDStream.
        if type(prev) is TransformedDStream and not prev.is_cached and not prev.is_checkpointed:
            prev_func = prev.func
            self.func = lambda t, rdd: func(t, prev_func(t, rdd))
            self.prev = prev.prev
        else:
            self.prev = prev
            self.func = func

    @property
    def _jdstream(self):
        if self._jdstream_val is not None:
            return self._jdstream_val

        jfunc = _util.TransformFunction(self._sc, self.func, self.prev._jrdd_deserializer)
        self._jdstream_val = _graph_call(lambda: _graph.JTransformedDStream(self.prev._jdstream, jfunc),
                                         "None.org.apache.spark.streaming.api.python.PythonTransformedDStream")
        return self._jdstream_val
`;
