/**
 * Python source of `pyspark.streaming._graph`: the JVM side of Spark Streaming, which PySpark
 * reaches through py4j and Flint writes in Python over the RDD API. A DStream node keeps the
 * RDDs it generated per batch time (ms); output streams turn each batch into jobs; the batch
 * clock (`_native` timers) calls `run_batch(time)`. Semantics follow Spark 3.5's DStream,
 * InputDStream, QueueInputDStream, FileInputDStream, SocketInputDStream, WindowedDStream,
 * UnionDStream, ForEachDStream and the Python*DStream classes of PythonDStream.scala.
 *
 * This file holds the module's core (errors, time helpers, the JDStream base node); the rest
 * follows in the order of Spark's dstream package: graph-inputs-source.ts (input streams),
 * graph-transforms-source.ts (derived and output streams), graph-context-source.ts (the
 * context and job generator). The parts are concatenated into one Python module.
 */
import { GRAPH_INPUTS } from './graph-inputs-source';
import { GRAPH_TRANSFORMS } from './graph-transforms-source';
import { GRAPH_CONTEXT } from './graph-context-source';

const CORE = String.raw`

_core = _native.load("pyspark._native")
_rdd_mod = _native.load("pyspark.rdd")
_StorageLevel = _native.load("pyspark.storagelevel").StorageLevel
_Py4JJavaError = _native.load("py4j.protocol").Py4JJavaError

_MEMORY_ONLY_SER = _StorageLevel(False, True, False, False, 1)
# The started context of each cluster (engine SparkContext): Spark allows one per JVM.
_ACTIVE = {}
_OBJECT_IDS = [20]


def _next_object():
    _OBJECT_IDS[0] += 1
    return "o%d" % _OBJECT_IDS[0]


def java_error(call, cls, msg):
    return _Py4JJavaError("An error occurred while calling %s.\n: %s: %s" % (call, cls, msg))


class SparkException(Exception):
    """A JVM-side failure inside the streaming scheduler (becomes Py4JJavaError at the API)."""

    def __init__(self, msg, cls="org.apache.spark.SparkException"):
        Exception.__init__(self, msg)
        self.msg = msg
        self.cls = cls


def _require(cond, msg):
    # With a SparkSession (a notebook, flint run) py4j converts IllegalArgumentException.
    if not cond:
        try:
            from pyspark.errors.exceptions.captured import IllegalArgumentException
        except ImportError:
            raise java_error("o.start", "java.lang.IllegalArgumentException", "requirement failed: " + msg)
        raise IllegalArgumentException("requirement failed: " + msg)


def _ms(d):
    return "%d ms" % d


def _trunc(d, step):
    q = abs(d) // step
    return (q if d >= 0 else -q) * step


class JDStream:
    """org.apache.spark.streaming.dstream.DStream."""
    java_name = "DStream"

    def __init__(self, ssc):
        ssc.validate_at_init(self.java_name)
        self.ssc = ssc
        self.zeroTime = None
        self.rememberDuration = None
        self.storageLevel = None
        self.checkpointDuration = None
        self.mustCheckpoint = False
        self.generated = {}
        self.restored = {}
        self.hash = _native.identity_hash(self)
        ssc.nodes.append(self)

    def __repr__(self):
        return "%s@%x" % (self.java_name, self.hash)

    def dependencies(self):
        return []

    def parentRememberDuration(self):
        return self.rememberDuration

    def isInitialized(self):
        return self.zeroTime is not None

    def persist(self, level=None):
        if self.isInitialized():
            raise SparkException("Cannot change storage level of a DStream after streaming context has started",
                                 "java.lang.UnsupportedOperationException")
        self.storageLevel = level if level is not None else _MEMORY_ONLY_SER
        return self

    def checkpoint(self, interval):
        if self.isInitialized():
            raise SparkException("Cannot change checkpoint interval of a DStream after streaming context has started",
                                 "java.lang.UnsupportedOperationException")
        self.persist()
        self.checkpointDuration = interval
        return self

    def initialize(self, t):
        if self.zeroTime is not None and self.zeroTime != t:
            raise SparkException("ZeroTime is already initialized to %s, cannot initialize it again to %s"
                                 % (_ms(self.zeroTime), _ms(t)))
        self.zeroTime = t
        slide = self.slideDuration()
        if self.mustCheckpoint and self.checkpointDuration is None:
            self.checkpointDuration = slide * (-(-10000 // slide))
        minRemember = slide
        if self.checkpointDuration is not None and minRemember <= self.checkpointDuration:
            minRemember = self.checkpointDuration * 2
        if self.rememberDuration is None or self.rememberDuration < minRemember:
            self.rememberDuration = minRemember
        for d in self.dependencies():
            d.initialize(t)

    def remember(self, duration):
        if duration is not None and (self.rememberDuration is None or duration > self.rememberDuration):
            self.rememberDuration = duration
        for d in self.dependencies():
            d.remember(self.parentRememberDuration())

    def validateAtStart(self):
        name = self.java_name
        _require(not self.mustCheckpoint or self.checkpointDuration is not None,
                 "The checkpoint interval for %s has not been set. Please use DStream.checkpoint() to set the "
                 "interval." % name)
        _require(not (self.checkpointDuration is not None and _core.get_checkpoint_dir(self.ssc.sc._jsc) is None),
                 "The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().")
        slide = self.slideDuration()
        if self.checkpointDuration is not None:
            _require(self.checkpointDuration >= slide,
                     "The checkpoint interval for %s has been set to %s which is lower than its slide time (%s). "
                     "Please set it to at least %s." % (name, _ms(self.checkpointDuration), _ms(slide), _ms(slide)))
            _require(self.checkpointDuration % slide == 0,
                     "The checkpoint interval for %s has been set to  %s which not a multiple of its slide time (%s). "
                     "Please set it to a multiple of %s." % (name, _ms(self.checkpointDuration), _ms(slide), _ms(slide)))
        for d in self.dependencies():
            d.validateAtStart()

    def isTimeValid(self, t):
        if self.zeroTime is None:
            raise SparkException("%r has not been initialized" % self)
        return t > self.zeroTime and (t - self.zeroTime) % self.slideDuration() == 0

    def getOrCompute(self, t):
        rdd = self.generated.get(t)
        if rdd is not None:
            return rdd
        if not self.isTimeValid(t):
            return None
        rdd = self.restore(t)
        if rdd is None:
            rdd = self.compute(t)
        if rdd is not None:
            if self.storageLevel is not None and not rdd.is_cached:
                rdd.persist(self.storageLevel)
            if self.checkpointDuration is not None and (t - self.zeroTime) % self.checkpointDuration == 0:
                rdd.checkpoint()
            self.generated[t] = rdd
        return rdd

    def restore(self, t):
        # RDDs recovered from a checkpoint stand in for the batch they were saved at.
        parts = self.restored.pop(t, None)
        if parts is None:
            return None
        return self.ssc.sc.parallelize(parts, max(1, len(parts))).flatMap(lambda p: p)

    def slice(self, fromTime, toTime):
        if self.zeroTime is None:
            raise SparkException("%r has not been initialized" % self)
        slide = self.slideDuration()
        z = self.zeroTime
        if (toTime - z) % slide != 0:
            toTime = _trunc(toTime - z, slide) + z
        if (fromTime - z) % slide != 0:
            fromTime = _trunc(fromTime - z, slide) + z
        out = []
        t = fromTime
        while t <= toTime:
            if t >= z:
                r = self.getOrCompute(t)
                if r is not None:
                    out.append(r)
            t += slide
        return out

    def clearMetadata(self, t):
        limit = t - self.rememberDuration
        for k in [k for k in self.generated if k <= limit]:
            rdd = self.generated.pop(k)
            if rdd.is_cached:
                rdd.unpersist()
        for d in self.dependencies():
            d.clearMetadata(t)

    def union_of(self, rdds):
        sc = self.ssc.sc
        if not rdds:
            return sc.emptyRDD()
        return sc.union(rdds)

    def checkpoint_state(self):
        """(time, partitions) of the RDDs checkpointed so far (Spark's DStreamCheckpointData)."""
        out = []
        for t in sorted(self.generated):
            parts = _native.checkpoint_data(self.generated[t]._jrdd)
            if parts is not None:
                out.append((t, parts))
        return out

`;

/** The whole `pyspark.streaming._graph` module source, in this order. */
export const GRAPH = CORE + GRAPH_INPUTS + GRAPH_TRANSFORMS + GRAPH_CONTEXT;
