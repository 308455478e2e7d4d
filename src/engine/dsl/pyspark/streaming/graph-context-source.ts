/**
 * `pyspark.streaming._graph` (Python source, follows graph-transforms-source.ts):
 * JStreamingContext, i.e. JavaStreamingContext + StreamingContext + the JobScheduler /
 * JobGenerator of one context: states, start/stop/awaitTermination, the batch timer's
 * `run_batch`, error reporting, checkpoint writing and graph restart after recovery.
 */
export const GRAPH_CONTEXT = String.raw`
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
