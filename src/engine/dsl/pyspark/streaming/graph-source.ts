/**
 * Python source of `pyspark.streaming._graph`: the JVM side of Spark Streaming, which PySpark
 * reaches through py4j and Flint writes in Python over the RDD API. A DStream node keeps the
 * RDDs it generated per batch time (ms); output streams turn each batch into jobs; the batch
 * clock (`_native` timers) calls `run_batch(time)`. Semantics follow Spark 3.5's DStream,
 * InputDStream, QueueInputDStream, FileInputDStream, SocketInputDStream, WindowedDStream,
 * UnionDStream, ForEachDStream and the Python*DStream classes of PythonDStream.scala.
 */

export const GRAPH = String.raw`

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


class JInputDStream(JDStream):
    java_name = "InputDStream"

    def __init__(self, ssc):
        JDStream.__init__(self, ssc)
        self.id = len(ssc.inputStreams)
        ssc.inputStreams.append(self)

    def slideDuration(self):
        return self.ssc.batchDuration

    def start(self):
        pass

    def stop(self):
        pass

    def allocate(self, t):
        pass

    def has_pending(self):
        return False


class JQueueInputDStream(JInputDStream):
    java_name = "QueueInputDStream"

    def __init__(self, ssc, queue, oneAtATime, default):
        JInputDStream.__init__(self, ssc)
        self.queue = list(queue)
        self.oneAtATime = oneAtATime
        self.default = default

    def compute(self, t):
        if self.oneAtATime and self.queue:
            return self.queue.pop(0)
        buffer = self.queue
        self.queue = []
        if buffer:
            if self.oneAtATime:
                return buffer[0]
            return self.ssc.sc.union(buffer)
        if self.default is not None:
            return self.default
        return self.ssc.sc.emptyRDD()

    def has_pending(self):
        return len(self.queue) > 0


class JFileInputDStream(JInputDStream):
    java_name = "FileInputDStream"

    def __init__(self, ssc, directory, newFilesOnly=True, recordLength=None):
        JInputDStream.__init__(self, ssc)
        self.directory = directory
        self.recordLength = recordLength
        self.initialModTimeIgnoreThreshold = ssc.now() if newFilesOnly else 0
        minRemember = 60000
        self.numBatchesToRemember = -(-minRemember // ssc.batchDuration)
        self.durationToRemember = ssc.batchDuration * self.numBatchesToRemember
        self.batchTimeToSelectedFiles = {}
        self.recentlySelectedFiles = set()
        self.remember(self.durationToRemember)

    def find_new_files(self, current):
        threshold = max(self.initialModTimeIgnoreThreshold, current - self.durationToRemember)
        found = []
        for path, mtime in _native.list_files(self.ssc.sc._jsc, self.directory):
            name = path.rsplit("/", 1)[-1]
            if name.startswith("."):
                continue
            if mtime <= threshold or mtime > current:
                continue
            if path in self.recentlySelectedFiles:
                continue
            found.append(path)
        return found

    def compute(self, t):
        files = self.find_new_files(t)
        self.batchTimeToSelectedFiles[t] = files
        for f in files:
            self.recentlySelectedFiles.add(f)
        sc = self.ssc.sc
        if self.recordLength is None:
            rdds = [sc.textFile(f, 1) for f in files]
        else:
            rdds = [sc.binaryRecords(f, self.recordLength) for f in files]
        return self.union_of(rdds)

    def clearMetadata(self, t):
        JDStream.clearMetadata(self, t)
        limit = t - self.rememberDuration
        for k in [k for k in self.batchTimeToSelectedFiles if k < limit]:
            for f in self.batchTimeToSelectedFiles.pop(k):
                self.recentlySelectedFiles.discard(f)


class JSocketInputDStream(JInputDStream):
    """A receiver stream over a socket-like endpoint (see dstream/socket.ts)."""
    java_name = "SocketInputDStream"

    def __init__(self, ssc, host, port):
        JInputDStream.__init__(self, ssc)
        self.host = host
        self.port = port
        self.blocks = {}
        self.connected = False

    def start(self):
        if not self.connected:
            _native.socket_connect(self.host, self.port)
            self.connected = True

    def stop(self):
        if self.connected:
            _native.socket_disconnect(self.host, self.port)
            self.connected = False

    def allocate(self, t):
        if self.connected:
            self.blocks[t] = _native.socket_take(self.host, self.port)
            return len(self.blocks[t])
        return 0

    def has_pending(self):
        return self.connected and _native.socket_pending(self.host, self.port) > 0

    def compute(self, t):
        lines = self.blocks.pop(t, None)
        sc = self.ssc.sc
        if not lines:
            return sc.emptyRDD()
        return sc.parallelize(lines, 1)


class JTransformedDStream(JDStream):
    """PythonTransformedDStream: func(time, [rdd]) over one parent."""
    java_name = "PythonTransformedDStream"

    def __init__(self, parent, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        rdd = self.parent.getOrCompute(t)
        if rdd is None:
            return None
        return self.func.call(t, [rdd])


class JTransformed2DStream(JDStream):
    """PythonTransformed2DStream: func(time, [rdd1, rdd2]); a missing side is an empty RDD."""
    java_name = "PythonTransformed2DStream"

    def __init__(self, parent, parent2, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.parent2 = parent2
        self.func = func

    def dependencies(self):
        return [self.parent, self.parent2]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        sc = self.ssc.sc
        a = self.parent.getOrCompute(t)
        b = self.parent2.getOrCompute(t)
        return self.func.call(t, [a if a is not None else sc.emptyRDD(), b if b is not None else sc.emptyRDD()])


class JTransformedNDStream(JDStream):
    """TransformedDStream of StreamingContext.transform: one RDD from each parent."""
    java_name = "TransformedDStream"

    def __init__(self, parents, func):
        JDStream.__init__(self, parents[0].ssc)
        _require(len(parents) > 0, "List of DStreams to transform is empty")
        _require(len(set(p.slideDuration() for p in parents)) == 1, "Some of the DStreams have different slide durations")
        self.parents = list(parents)
        self.func = func

    def dependencies(self):
        return list(self.parents)

    def slideDuration(self):
        return self.parents[0].slideDuration()

    def compute(self, t):
        rdds = []
        for p in self.parents:
            r = p.getOrCompute(t)
            if r is None:
                raise SparkException("Couldn't generate RDD from parent at time %s" % _ms(t))
            rdds.append(r)
        out = self.func.call(t, rdds)
        if out is None:
            raise SparkException("Transform function must not return null. Return SparkContext.emptyRDD() instead to "
                                 "represent no element as the result of transformation.")
        return out


class JUnionDStream(JDStream):
    java_name = "UnionDStream"

    def __init__(self, parents):
        _require(len(parents) > 0, "List of DStreams to union is empty")
        JDStream.__init__(self, parents[0].ssc)
        _require(len(set(id(p.ssc) for p in parents)) == 1, "Some of the DStreams have different contexts")
        _require(len(set(p.slideDuration() for p in parents)) == 1, "Some of the DStreams have different slide durations")
        self.parents = list(parents)

    def dependencies(self):
        return list(self.parents)

    def slideDuration(self):
        return self.parents[0].slideDuration()

    def compute(self, t):
        rdds = []
        for p in self.parents:
            r = p.getOrCompute(t)
            if r is None:
                raise SparkException("Could not generate RDD from a parent for unifying at time %s" % _ms(t))
            rdds.append(r)
        return self.ssc.sc.union(rdds) if rdds else None


class JWindowedDStream(JDStream):
    java_name = "WindowedDStream"

    def __init__(self, parent, windowDuration, slideDuration):
        JDStream.__init__(self, parent.ssc)
        ps = parent.slideDuration()
        if windowDuration % ps != 0:
            raise SparkException("The window duration of windowed DStream (%s) must be a multiple of the slide "
                                 "duration of parent DStream (%s)" % (_ms(windowDuration), _ms(ps)), "java.lang.Exception")
        if slideDuration % ps != 0:
            raise SparkException("The slide duration of windowed DStream (%s) must be a multiple of the slide "
                                 "duration of parent DStream (%s)" % (_ms(slideDuration), _ms(ps)), "java.lang.Exception")
        self.parent = parent
        self.windowDuration = windowDuration
        self.slide = slideDuration
        parent.persist(_MEMORY_ONLY_SER)

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.slide

    def parentRememberDuration(self):
        return self.rememberDuration + self.windowDuration

    def persist(self, level=None):
        # The windows share their parent's RDDs: persisting the parent is what helps.
        self.parent.persist(level)
        return self

    def compute(self, t):
        rdds = self.parent.slice(t - self.windowDuration + self.parent.slideDuration(), t)
        return self.union_of(rdds)


class JStateDStream(JDStream):
    """PythonStateDStream: state(t) = func(state(t - slide) or initial, parent(t))."""
    java_name = "PythonStateDStream"

    def __init__(self, parent, func, initial=None):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        self.initial = initial
        self.storageLevel = _StorageLevel(False, True, False, False, 1)
        self.mustCheckpoint = True

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        last = self.getOrCompute(t - self.slideDuration())
        rdd = self.parent.getOrCompute(t)
        if rdd is not None:
            return self.func.call(t, [last if last is not None else self.initial, rdd])
        return last


class JReducedWindowedDStream(JDStream):
    """PythonReducedWindowedDStream: incremental windows when an inverse function is given."""
    java_name = "PythonReducedWindowedDStream"

    def __init__(self, parent, func, invFunc, windowDuration, slideDuration):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        self.invFunc = invFunc
        self.windowDuration = windowDuration
        self.slide = slideDuration
        self.storageLevel = _StorageLevel(False, True, False, False, 1)
        self.mustCheckpoint = True

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.slide

    def parentRememberDuration(self):
        return self.rememberDuration + self.windowDuration

    def compute(self, t):
        w = self.windowDuration
        ps = self.parent.slideDuration()
        cur_begin, cur_end = t - w, t
        prev_begin, prev_end = cur_begin - self.slide, cur_end - self.slide
        previous = self.getOrCompute(prev_end)
        sc = self.ssc.sc
        if self.invFunc is not None and previous is not None and w >= self.slide * 5:
            old = self.parent.slice(prev_begin + ps, cur_begin)
            subtracted = self.invFunc.call(t, [previous, sc.union(old)]) if old else previous
            new = self.parent.slice(prev_end + ps, cur_end)
            if new:
                return self.func.call(t, [subtracted, sc.union(new)])
            return subtracted
        current = self.parent.slice(cur_begin + ps, cur_end)
        if current:
            return self.func.call(t, [None, sc.union(current)])
        return None


class JForEachDStream(JDStream):
    java_name = "ForEachDStream"

    def __init__(self, parent, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        parent.ssc.outputStreams.append(self)

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def generateJob(self, t):
        rdd = self.parent.getOrCompute(t)
        if rdd is None:
            return None
        func = self.func
        return lambda: func.call(t, [rdd])


class JStreamingContext:
    """JavaStreamingContext + StreamingContext + JobScheduler/JobGenerator of one context."""

    def __init__(self, sc, batchDuration, manual=None):
        self.sc = sc
        self.batchDuration = batchDuration
        self.nodes = []
        self.inputStreams = []
        self.outputStreams = []
        self.rememberDuration = None
        self.checkpointDir = None
        self.state = "INITIALIZED"
        self.zeroTime = None
        self.startTime = None
        self.error = None
        self.listeners = []
        self.recovered = None
        self.jobs_done = 0
        self.batches = []
        self.log = []
        self.obj = _next_object()
        if manual is None:
            manual = sc._conf.get("spark.streaming.clock") == "org.apache.spark.util.ManualClock"
        self.clock = _native.manual_clock(0) if manual else _native.system_clock()
        self.timer = None

    # --- state checks -------------------------------------------------------------------
    def validate_at_init(self, what):
        if self.state == "ACTIVE":
            raise java_error("None.org.apache.spark.streaming.api.python." + what, "java.lang.IllegalStateException",
                             "Adding new inputs, transformations, and output operations after starting a context "
                             "is not supported")
        if self.state == "STOPPED":
            raise java_error("None.org.apache.spark.streaming.api.python." + what, "java.lang.IllegalStateException",
                             "Adding new inputs, transformations, and output operations after stopping a context "
                             "is not supported")

    def now(self):
        return _native.clock_now(self.clock)

    def advance_clock(self, ms):
        """Test hook (ManualClock): moves time forward, running the batches that fall due."""
        _native.clock_advance(self.clock, int(ms))

    # --- configuration ------------------------------------------------------------------
    def remember(self, duration):
        self.rememberDuration = duration

    def checkpoint(self, directory):
        if directory is not None:
            _native.mkdirs(self.sc._jsc, directory)
            _core.set_checkpoint_dir(self.sc._jsc, directory)
            self.checkpointDir = _native.qualify(self.sc._jsc, directory)
        else:
            self.checkpointDir = None

    # --- lifecycle ----------------------------------------------------------------------
    def start(self, active):
        call = self.obj + ".start"
        if self.state == "ACTIVE":
            self.log = self.log[-99:] + ["WARN StreamingContext: StreamingContext has already been started"]
            return
        if self.state == "STOPPED":
            raise java_error(call, "java.lang.IllegalStateException", "StreamingContext has already been stopped")
        jvm = _native.identity_hash(self.sc._jsc)
        active = _ACTIVE.get(jvm)
        if active is not None and active is not self and active.state == "ACTIVE":
            raise java_error(call, "java.lang.IllegalStateException",
                             "Only one StreamingContext may be started in this JVM. Currently running "
                             "StreamingContext was started atorg.apache.spark.streaming.api.java."
                             "JavaStreamingContext.start(JavaStreamingContext.scala:557)")
        try:
            _require(len(self.outputStreams) > 0, "No output operations registered, so nothing to execute")
            if self.checkpointDir is not None:
                self.check_serializable()
            self.timer = _native.new_timer(self.clock, self.batchDuration, self.run_batch)
            if self.recovered is not None:
                restart = self.restart_graph()
            else:
                first = _native.timer_start_time(self.timer)
                self.start_graph(first - self.batchDuration)
                restart = None
            self.state = "ACTIVE"
            _ACTIVE[jvm] = self
        except BaseException:
            self.state = "STOPPED"
            if self.timer is not None:
                _native.timer_stop(self.timer)
            raise
        for l in self.listeners:
            l.started(self.now())
        if restart is None:
            _native.timer_start(self.timer, first)
        else:
            times, at = restart
            for t in times:
                self.run_batch(t)
            _native.timer_start(self.timer, at)

    def start_graph(self, zero):
        self.zeroTime = zero
        self.startTime = zero
        for o in self.outputStreams:
            o.initialize(zero)
        for o in self.outputStreams:
            o.remember(self.rememberDuration)
        for o in self.outputStreams:
            o.validateAtStart()
        for i in self.inputStreams:
            i.start()

    def stop(self, graceful):
        if self.state != "ACTIVE":
            self.state = "STOPPED"
            return
        if graceful and self.timer is not None and not _native.clock_is_manual(self.clock):
            # As Spark's graceful stop: the timer fires once more (the batch that covers the moment
            # of stopping, with what the receivers got) before it stops.
            due = _native.timer_next(self.timer)
            _native.wait_until(self.clock, due, lambda: self.state != "ACTIVE")
        for i in self.inputStreams:
            i.stop()
        if self.timer is not None:
            _native.timer_stop(self.timer)
        self.state = "STOPPED"
        for l in self.listeners:
            l.stopped()

    def await_termination(self, timeout_ms):
        """True when the context stopped, False on timeout; raises the first batch error."""
        done = lambda: self.state == "STOPPED" or self.error is not None
        _native.await_until(timeout_ms, done)
        if self.error is not None:
            raise self.error
        return self.state == "STOPPED"

    # --- batches ------------------------------------------------------------------------
    def report_error(self, call, e, where):
        if isinstance(e, SparkException):
            err = java_error(call, e.cls, e.msg)
            text = "%s: %s" % (e.cls, e.msg)
        elif isinstance(e, _Py4JJavaError):
            err = e
            text = str(e)
        else:
            text = "org.apache.spark.SparkException: An exception was raised by Python:\n" + _native.format_exc(e)
            err = java_error(call, "org.apache.spark.SparkException",
                             "An exception was raised by Python:\n" + _native.format_exc(e))
        # Spark logs "ERROR JobScheduler: <where>" to the driver log (not the cell); awaitTermination raises it.
        self.log = self.log[-99:] + ["ERROR JobScheduler: %s\n%s" % (where, text)]
        if self.error is None:
            self.error = err

    def run_batch(self, t):
        if self.state != "ACTIVE":
            return
        submitted = self.now()
        records = 0
        for i in self.inputStreams:
            records += i.allocate(t) or 0
        jobs = []
        try:
            for n, o in enumerate(self.outputStreams):
                job = o.generateJob(t)
                if job is not None:
                    jobs.append((n, job))
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            self.report_error(self.obj + ".awaitTermination", e, "Error generating jobs for time %s" % _ms(t))
            return
        outputs = {}
        for l in self.listeners:
            l.batch_submitted(t, submitted, records, outputs)
        started = self.now()
        for l in self.listeners:
            l.batch_started(t, submitted, started, records, outputs)
        for n, job in jobs:
            op_start = self.now()
            outputs[n] = (op_start, None, None)
            for l in self.listeners:
                l.output_started(t, n, op_start)
            failure = None
            try:
                job()
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                self.report_error(self.obj + ".awaitTermination", e, "Error running job streaming job %s.%d" % (_ms(t), n))
                failure = self.log[-1].split("\n", 1)[1]
            outputs[n] = (op_start, self.now(), failure)
            for l in self.listeners:
                l.output_completed(t, n, op_start, outputs[n][1], failure)
        done = self.now()
        self.jobs_done += len(jobs)
        self.batches = self.batches[-99:] + [t]
        for o in self.outputStreams:
            o.clearMetadata(t)
        if self.checkpointDir is not None:
            try:
                self.write_checkpoint(t)
            except BaseException as e:
                self.report_error(self.obj + ".awaitTermination", e, "Error checkpointing for time %s" % _ms(t))
        for l in self.listeners:
            l.batch_completed(t, submitted, started, done, records, outputs)

    # --- checkpoints --------------------------------------------------------------------
    def check_serializable(self):
        _native.load("pyspark.streaming._checkpoint").graph_record(self, 0)

    def write_checkpoint(self, t):
        _native.load("pyspark.streaming._checkpoint").write(self, t)

    def restart_graph(self):
        ck = self.recovered
        if _native.clock_is_manual(self.clock):
            # As Spark's JobGenerator: a ManualClock resumes at the checkpoint time (+ a configured jump).
            jump = int(self.sc._conf.get("spark.streaming.manualClock.jump") or 0)
            _native.clock_set(self.clock, ck["checkpointTime"] + jump)
        self.zeroTime = ck["zeroTime"]
        self.startTime = ck["zeroTime"]
        for o in self.outputStreams:
            o.initialize(self.zeroTime)
        for o in self.outputStreams:
            o.remember(self.rememberDuration)
        for o in self.outputStreams:
            o.validateAtStart()
        for i in self.inputStreams:
            i.start()
        at = _native.timer_restart_time(self.timer, self.zeroTime)
        self.startTime = at
        times = sorted(set([x for x in ck["pendingTimes"] if x < at] +
                           list(range(ck["checkpointTime"], at, self.batchDuration))))
        return times, at
`;
