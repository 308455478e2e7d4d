/** Python source of pyspark.context: SparkContext over an engine SparkContext (`_jsc`). */

export const CONTEXT = String.raw`
_rdd = _native.load("pyspark.rdd")
_SparkConf = _native.load("pyspark.conf").SparkConf
_Broadcast = _native.load("pyspark.broadcast").Broadcast
_accumulators = _native.load("pyspark.accumulators")
_SparkFiles = _native.load("pyspark.files").SparkFiles


_SYSTEM_PROPERTIES = {"SPARK_SUBMIT": "true", "java.home": "/usr/lib/jvm/java-17-openjdk", "java.version": "17.0.9"}


class SparkContext:
    _active_spark_context = None

    def __init__(self, master=None, appName=None, sparkHome=None, pyFiles=None, environment=None,
                 batchSize=0, serializer=None, conf=None, gateway=None, jsc=None, profiler_cls=None,
                 udf_profiler_cls=None, memory_profiler_cls=None):
        active = SparkContext._active_spark_context
        if active is not None and jsc is None:
            raise ValueError(
                "Cannot run multiple SparkContexts at once; existing SparkContext(app=%s, master=%s)"
                " created by __init__ at <stdin>:1 " % (active.appName, active.master))
        self._conf = conf if conf is not None else _SparkConf()
        if master:
            self._conf.setMaster(master)
        if appName:
            self._conf.setAppName(appName)
        if sparkHome:
            self._conf.setSparkHome(sparkHome)
        if jsc is None:
            if not self._conf.contains("spark.master"):
                raise RuntimeError("A master URL must be set in your configuration")
            if not self._conf.contains("spark.app.name"):
                raise RuntimeError("An application name must be set in your configuration")
            jsc = _native.new_context(self._conf.get("spark.master"), self._conf.get("spark.app.name"))
        self._jsc = jsc
        self.master = _native.master(jsc)
        self.appName = _native.app_name(jsc)
        self._conf.setIfMissing("spark.master", self.master)
        self._conf.setIfMissing("spark.app.name", self.appName)
        self.sparkHome = sparkHome
        self.environment = dict(environment or {})
        self.environment["PYTHONHASHSEED"] = "0"
        self._batchSize = batchSize
        self.pythonExec = "python3"
        self.pythonVer = "3.11"
        self.profiler_collector = None
        self._startTime = _native.now_ms()
        self._localProperties = {}
        self._jobTags = set()
        SparkContext._active_spark_context = self

    def __repr__(self):
        return "<SparkContext master={master} appName={appName}>".format(master=self.master, appName=self.appName)

    def __enter__(self):
        return self

    def __exit__(self, type, value, trace):
        self.stop()

    @classmethod
    def getOrCreate(cls, conf=None):
        if SparkContext._active_spark_context is None:
            SparkContext(conf=conf or _SparkConf())
        return SparkContext._active_spark_context

    @property
    def version(self):
        return "3.5.0"

    @property
    def applicationId(self):
        return "local-%d" % self._startTime

    @property
    def uiWebUrl(self):
        return "http://localhost:4040"

    @property
    def startTime(self):
        return self._startTime

    @property
    def defaultParallelism(self):
        return _native.default_parallelism(self._jsc)

    @property
    def defaultMinPartitions(self):
        return min(self.defaultParallelism, 2)

    def getConf(self):
        conf = _SparkConf()
        conf.setAll(self._conf.getAll())
        return conf

    def setLogLevel(self, logLevel):
        pass

    def sparkUser(self):
        return "root"

    @classmethod
    def setSystemProperty(cls, key, value):
        _SYSTEM_PROPERTIES[key] = value

    def getSystemProperty(self, key):
        return _SYSTEM_PROPERTIES.get(key)

    def stop(self):
        if SparkContext._active_spark_context is self:
            SparkContext._active_spark_context = None

    def parallelize(self, c, numSlices=None):
        numSlices = int(numSlices) if numSlices is not None else self.defaultParallelism
        if isinstance(c, range):
            size = len(c)
            if size == 0:
                return self.parallelize([], numSlices)
            step = c[1] - c[0] if size > 1 else 1
            start0 = c[0]

            def getStart(split):
                return start0 + int((split * size / numSlices)) * step

            def f(split, iterator):
                return range(getStart(split), getStart(split + 1), step)
            return self.parallelize([], numSlices).mapPartitionsWithIndex(f)
        if not isinstance(c, list):
            c = list(c)
        return _rdd.RDD(_native.parallelize(self._jsc, c, numSlices), self)

    def range(self, start, end=None, step=1, numSlices=None):
        if end is None:
            end = start
            start = 0
        return self.parallelize(range(start, end, step), numSlices)

    def emptyRDD(self):
        return _rdd.RDD(_native.empty_rdd(self._jsc), self)

    def union(self, rdds):
        rdds = list(rdds)
        return _rdd.RDD(_native.union(self._jsc, [r._jrdd for r in rdds]), self)

    def broadcast(self, value):
        return _Broadcast(self, value)

    def accumulator(self, value, accum_param=None):
        if accum_param is None:
            accum_param = _accumulators._default_param(value)
        return _accumulators.Accumulator(None, value, accum_param, _jsc=self._jsc)

    def runJob(self, rdd, partitionFunc, partitions=None, allowLocal=False):
        if partitions is None:
            partitions = range(rdd.getNumPartitions())
        mapped = rdd.mapPartitions(partitionFunc)
        return _native.run_job(mapped._jrdd, list(partitions))

    def setLocalProperty(self, key, value):
        self._localProperties[key] = value

    def getLocalProperty(self, key):
        return self._localProperties.get(key)

    def setJobDescription(self, value):
        self.setLocalProperty("spark.job.description", value)

    def setJobGroup(self, groupId, description, interruptOnCancel=False):
        self.setLocalProperty("spark.jobGroup.id", groupId)
        self.setLocalProperty("spark.job.description", description)

    def addJobTag(self, tag):
        self._jobTags.add(tag)

    def removeJobTag(self, tag):
        self._jobTags.discard(tag)

    def getJobTags(self):
        return set(self._jobTags)

    def clearJobTags(self):
        self._jobTags.clear()

    def setInterruptOnCancel(self, interruptOnCancel):
        pass

    def cancelAllJobs(self):
        pass

    def cancelJobGroup(self, groupId):
        pass

    def cancelJobsWithTag(self, tag):
        pass

    def _not_available(self, what):
        raise NotImplementedError("%s is not available in this build of Flint yet" % what)

    def textFile(self, name, minPartitions=None, use_unicode=True):
        minPartitions = minPartitions or min(self.defaultParallelism, 2)
        return _rdd.RDD(_native.text_file(self._jsc, name, minPartitions), self)

    def wholeTextFiles(self, path, minPartitions=None, use_unicode=True):
        minPartitions = minPartitions or self.defaultMinPartitions
        return _rdd.RDD(_native.whole_text_files(self._jsc, path, minPartitions), self)
`;
