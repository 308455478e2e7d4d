/**
 * Python source of `pyspark.streaming.util`, `pyspark.streaming.context` and
 * `pyspark.streaming.listener` (PySpark 3.5's API over the graph of `_graph`).
 */

export const UTIL = String.raw`
import time
from datetime import datetime

from py4j.protocol import Py4JJavaError


def _graph_call(f, call):
    # What the JVM raises reaches Python as Py4JJavaError (py4j's view of a Java exception).
    try:
        return f()
    except _graph.SparkException as e:
        raise _graph.java_error(call, e.cls, e.msg)


class TransformFunction:
    """
    This class wraps a function RDD[X] -> RDD[Y] that was passed to
    DStream.transform(), allowing it to be called from Java via Py4J's
    callback server.
    """

    def __init__(self, ctx, func, *deserializers):
        self.ctx = ctx
        self.func = func
        self.deserializers = deserializers
        self.failure = None

    def call(self, milliseconds, rdds):
        self.failure = None
        t = datetime.fromtimestamp(milliseconds / 1000.0)
        try:
            r = self.func(t, *rdds)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            self.failure = _native.format_exc(e)
            raise _graph.SparkException("An exception was raised by Python:\n" + self.failure)
        if r:
            return r
        return None

    def getLastFailure(self):
        return self.failure

    def __repr__(self):
        return "TransformFunction(%s)" % self.func


def _mktime(timestamp):
    return time.mktime(timestamp.timetuple())


def rddToFileName(prefix, suffix, timestamp):
    """
    Return string prefix-time(.suffix)
    """
    if isinstance(timestamp, datetime):
        seconds = _mktime(timestamp)
        timestamp = int(seconds * 1000) + timestamp.microsecond // 1000
    if suffix is None:
        return prefix + "-" + str(timestamp)
    else:
        return prefix + "-" + str(timestamp) + "." + suffix
`;

export const CONTEXT = String.raw`
from pyspark.context import SparkContext
from pyspark.conf import SparkConf
from pyspark.rdd import RDD
from pyspark.storagelevel import StorageLevel

__all__ = ["StreamingContext"]


class StreamingContext:
    """
    Main entry point for Spark Streaming functionality. A StreamingContext
    represents the connection to a Spark cluster, and can be used to create
    DStream various input sources.
    """

    _transformerSerializer = None
    _activeContext = None

    def __init__(self, sparkContext, batchDuration=None, jssc=None):
        self._sc = sparkContext
        self._jvm = None
        self._jssc = jssc or self._initialize_context(self._sc, batchDuration)

    def _initialize_context(self, sc, duration):
        assert duration is not None
        return _graph.JStreamingContext(sc, self._jduration(duration))

    def _jduration(self, seconds):
        return int(seconds * 1000)

    @classmethod
    def getOrCreate(cls, checkpointPath, setupFunc):
        recovered = _checkpoint.recover(checkpointPath)
        if recovered is None:
            ssc = setupFunc()
            ssc.checkpoint(checkpointPath)
            return ssc
        sc = SparkContext._active_spark_context
        if sc is None:
            sc = SparkContext.getOrCreate(SparkConf())
        jssc = _checkpoint.rebuild(recovered, sc)
        return StreamingContext(sc, None, jssc)

    @classmethod
    def getActive(cls):
        active = cls._activeContext
        if active is not None and active._jssc.state != "ACTIVE":
            cls._activeContext = None
        return cls._activeContext

    @classmethod
    def getActiveOrCreate(cls, checkpointPath, setupFunc):
        if setupFunc is None:
            raise ValueError("setupFunc cannot be None")
        activeContext = cls.getActive()
        if activeContext is not None:
            return activeContext
        elif checkpointPath is not None:
            return cls.getOrCreate(checkpointPath, setupFunc)
        else:
            return setupFunc()

    @property
    def sparkContext(self):
        """
        Return SparkContext which is associated with this StreamingContext.
        """
        return self._sc

    def start(self):
        """
        Start the execution of the streams.
        """
        active = StreamingContext._activeContext
        self._jssc.start(active._jssc if active is not None else None)
        StreamingContext._activeContext = self

    def awaitTermination(self, timeout=None):
        """
        Wait for the execution to stop.
        """
        if timeout is None:
            self._jssc.await_termination(None)
        else:
            self._jssc.await_termination(int(timeout * 1000))

    def awaitTerminationOrTimeout(self, timeout):
        """
        Wait for the execution to stop. Return true if it's stopped; or
        throw the reported error during the execution; or false if the
        waiting time elapsed before returning from the method.
        """
        return self._jssc.await_termination(int(timeout * 1000))

    def stop(self, stopSparkContext=True, stopGraceFully=False):
        """
        Stop the execution of the streams, with option of ensuring all
        received data has been processed.
        """
        self._jssc.stop(stopGraceFully)
        StreamingContext._activeContext = None
        if stopSparkContext:
            self._sc.stop()

    def remember(self, duration):
        """
        Set each DStreams in this context to remember RDDs it generated
        in the last given duration.
        """
        self._jssc.remember(self._jduration(duration))

    def checkpoint(self, directory):
        """
        Sets the context to periodically checkpoint the DStream operations for master
        fault-tolerance. The graph will be checkpointed every batch interval.
        """
        self._jssc.checkpoint(directory)

    def socketTextStream(self, hostname, port, storageLevel=StorageLevel.MEMORY_AND_DISK_2):
        """
        Create an input from TCP source hostname:port. Data is received using
        a TCP socket and receive byte is interpreted as UTF8 encoded newline delimited
        lines.
        """
        j = _util._graph_call(lambda: _graph.JSocketInputDStream(self._jssc, hostname, int(port)),
                              "o.socketTextStream")
        return DStream(j, self, None)

    def textFileStream(self, directory):
        """
        Create an input stream that monitors a Hadoop-compatible file system
        for new files and reads them as text files. Files must be written to the
        monitored directory by "moving" them from another location within the same
        file system. File names starting with . are ignored.
        The text files must be encoded as UTF-8.
        """
        j = _util._graph_call(lambda: _graph.JFileInputDStream(self._jssc, directory), "o.textFileStream")
        return DStream(j, self, None)

    def binaryRecordsStream(self, directory, recordLength):
        """
        Create an input stream that monitors a Hadoop-compatible file system
        for new files and reads them as flat binary files with records of
        fixed length. Files must be written to the monitored directory by "moving"
        them from another location within the same file system.
        File names starting with . are ignored.
        """
        j = _util._graph_call(lambda: _graph.JFileInputDStream(self._jssc, directory, True, recordLength),
                              "o.binaryRecordsStream")
        return DStream(j, self, None)

    def _check_serializers(self, rdds):
        pass

    def queueStream(self, rdds, oneAtATime=True, default=None):
        """
        Create an input stream from a queue of RDDs or list. In each batch,
        it will process either one or all of the RDDs returned by the queue.
        """
        if default and not isinstance(default, RDD):
            default = self._sc.parallelize(default)

        if not rdds and default:
            rdds = [rdds]

        if rdds and not isinstance(rdds[0], RDD):
            rdds = [self._sc.parallelize(input) for input in rdds]
        self._check_serializers(rdds)

        queue = list(rdds)
        j = _util._graph_call(lambda: _graph.JQueueInputDStream(self._jssc, queue, oneAtATime, default if default else None),
                              "o.queueStream")
        return DStream(j, self, rdds[0]._jrdd_deserializer)

    def transform(self, dstreams, transformFunc):
        """
        Create a new DStream in which each RDD is generated by applying
        a function on RDDs of the DStreams. The order of the JavaRDDs in
        the transform function parameter will be the same as the order
        of corresponding DStreams in the list.
        """
        jdstreams = [d._jdstream for d in dstreams]
        func = _util.TransformFunction(self._sc, lambda t, *rdds: transformFunc(rdds))
        j = _util._graph_call(lambda: _graph.JTransformedNDStream(jdstreams, func), "o.transform")
        return DStream(j, self, None)

    def union(self, *dstreams):
        """
        Create a unified DStream from multiple DStreams of the same
        type and same slide duration.
        """
        if not dstreams:
            raise ValueError("should have at least one DStream to union")
        if len(dstreams) == 1:
            return dstreams[0]
        if len(set(s._slideDuration for s in dstreams)) > 1:
            raise ValueError("All DStreams should have same slide duration")
        jdstreams = [d._jdstream for d in dstreams]
        j = _util._graph_call(lambda: _graph.JUnionDStream(jdstreams), "o.union")
        return DStream(j, self, dstreams[0]._jrdd_deserializer)

    def addStreamingListener(self, streamingListener):
        """
        Add a [[org.apache.spark.streaming.scheduler.StreamingListener]] object for
        receiving system events related to streaming.
        """
        self._jssc.listeners.append(_listener._Wrapper(streamingListener))
`;

export const LISTENER = String.raw`
__all__ = ["StreamingListener"]


class StreamingListener:
    def __init__(self):
        pass

    def onStreamingStarted(self, streamingStarted):
        pass

    def onReceiverStarted(self, receiverStarted):
        pass

    def onReceiverError(self, receiverError):
        pass

    def onReceiverStopped(self, receiverStopped):
        pass

    def onBatchSubmitted(self, batchSubmitted):
        pass

    def onBatchStarted(self, batchStarted):
        pass

    def onBatchCompleted(self, batchCompleted):
        pass

    def onOutputOperationStarted(self, outputOperationStarted):
        pass

    def onOutputOperationCompleted(self, outputOperationCompleted):
        pass

    class Java:
        implements = ["org.apache.spark.streaming.api.java.PythonStreamingListener"]


class _Time:
    def __init__(self, ms):
        self._ms = ms

    def milliseconds(self):
        return self._ms

    def __repr__(self):
        return "%d ms" % self._ms

    __str__ = __repr__


class _Some:
    def __init__(self, v):
        self._v = v

    def isDefined(self):
        return self._v is not None

    def isEmpty(self):
        return self._v is None

    def get(self):
        return self._v

    def getOrElse(self, d):
        return self._v if self._v is not None else d


class _OutputOperationInfo:
    def __init__(self, t, n, started, ended, failure):
        self._t = t
        self._n = n
        self._started = started
        self._ended = ended
        self._failure = failure

    def batchTime(self):
        return _Time(self._t)

    def id(self):
        return self._n

    def name(self):
        return "foreachRDD at NativeMethodAccessorImpl.java:0"

    def description(self):
        return ""

    def startTime(self):
        return _Some(self._started)

    def endTime(self):
        return _Some(self._ended)

    def failureReason(self):
        return _Some(self._failure)

    def duration(self):
        return _Some(None if self._ended is None or self._started is None else self._ended - self._started)


class _BatchInfo:
    def __init__(self, t, submitted, started, done, records=0, outputs=None):
        self._t = t
        self._submitted = submitted
        self._started = started
        self._done = done
        self._records = records
        self._outputs = dict(outputs or {})

    def batchTime(self):
        return _Time(self._t)

    def submissionTime(self):
        return self._submitted

    def processingStartTime(self):
        return _Some(self._started)

    def processingEndTime(self):
        return _Some(self._done)

    def schedulingDelay(self):
        return _Some(None if self._started is None else self._started - self._submitted)

    def processingDelay(self):
        return _Some(None if self._done is None or self._started is None else self._done - self._started)

    def totalDelay(self):
        return _Some(None if self._done is None else self._done - self._submitted)

    def numRecords(self):
        return self._records

    def outputOperationInfos(self):
        return {n: _OutputOperationInfo(self._t, n, *v) for n, v in self._outputs.items()}


class _Event:
    def __init__(self, info=None, time=None, output=None):
        self._info = info
        self._time = time
        self._output = output

    def batchInfo(self):
        return self._info

    def outputOperationInfo(self):
        return self._output

    def time(self):
        return self._time


class _Wrapper:
    """Calls a StreamingListener as Spark's PythonStreamingListenerWrapper does."""

    def __init__(self, listener):
        self.listener = listener

    def started(self, t):
        self.listener.onStreamingStarted(_Event(time=t))

    def stopped(self):
        pass

    def batch_submitted(self, t, submitted, records, outputs):
        self.listener.onBatchSubmitted(_Event(_BatchInfo(t, submitted, None, None, records, outputs)))

    def batch_started(self, t, submitted, started, records, outputs):
        self.listener.onBatchStarted(_Event(_BatchInfo(t, submitted, started, None, records, outputs)))

    def output_started(self, t, n, started):
        self.listener.onOutputOperationStarted(_Event(output=_OutputOperationInfo(t, n, started, None, None)))

    def output_completed(self, t, n, started, ended, failure):
        self.listener.onOutputOperationCompleted(_Event(output=_OutputOperationInfo(t, n, started, ended, failure)))

    def batch_completed(self, t, submitted, started, done, records, outputs):
        self.listener.onBatchCompleted(_Event(_BatchInfo(t, submitted, started, done, records, outputs)))
`;
