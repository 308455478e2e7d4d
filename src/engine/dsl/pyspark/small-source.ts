/** Python source of the small pyspark modules (compiled by PyFlint on first import). */

export const PY4J_PROTOCOL = String.raw`
class Py4JError(Exception):
    pass


class _JavaClass:
    def __init__(self, name):
        self._name = name

    def getName(self):
        return self._name

    def getSimpleName(self):
        return self._name.rsplit(".", 1)[-1]

    def toString(self):
        return "class " + self._name

    __str__ = toString


class _JavaThrowable:
    # What py4j hands over as java_exception: a proxy whose str() is the Throwable's toString().
    def __init__(self, name, message):
        self._name = name
        self._message = message

    def getMessage(self):
        return self._message

    getLocalizedMessage = getMessage

    def getClass(self):
        return _JavaClass(self._name)

    def getCause(self):
        return None

    def toString(self):
        return self._name if self._message is None else "%s: %s" % (self._name, self._message)

    __str__ = toString


class Py4JJavaError(Py4JError):
    # Raised as Py4JJavaError("An error occurred while calling <call>.\n: <class>: <message>").
    def __init__(self, msg, java_exception=None):
        Py4JError.__init__(self, msg)
        head, sep, rest = msg.partition("\n: ")
        self.errmsg = head + "\n" if sep else msg
        if java_exception is None and sep:
            name, colon, message = rest.partition(": ")
            java_exception = _JavaThrowable(name, message if colon else None)
        self._java_exception = java_exception

    @property
    def java_exception(self):
        return self._java_exception

    def __str__(self):
        return self.args[0] if self.args else ""
`;

export const STORAGELEVEL = String.raw`
class StorageLevel:
    def __init__(self, useDisk, useMemory, useOffHeap, deserialized, replication=1):
        self.useDisk = useDisk
        self.useMemory = useMemory
        self.useOffHeap = useOffHeap
        self.deserialized = deserialized
        self.replication = replication

    def __repr__(self):
        return "StorageLevel(%s, %s, %s, %s, %s)" % (
            self.useDisk, self.useMemory, self.useOffHeap, self.deserialized, self.replication)

    def __str__(self):
        text = ("Disk " if self.useDisk else "") + ("Memory " if self.useMemory else "")
        text += "OffHeap " if self.useOffHeap else ""
        text += "Deserialized " if self.deserialized else "Serialized "
        return text + "%sx Replicated" % self.replication


StorageLevel.DISK_ONLY = StorageLevel(True, False, False, False)
StorageLevel.DISK_ONLY_2 = StorageLevel(True, False, False, False, 2)
StorageLevel.DISK_ONLY_3 = StorageLevel(True, False, False, False, 3)
StorageLevel.MEMORY_ONLY = StorageLevel(False, True, False, False)
StorageLevel.MEMORY_ONLY_2 = StorageLevel(False, True, False, False, 2)
StorageLevel.MEMORY_AND_DISK = StorageLevel(True, True, False, False)
StorageLevel.MEMORY_AND_DISK_2 = StorageLevel(True, True, False, False, 2)
StorageLevel.OFF_HEAP = StorageLevel(True, True, True, False, 1)
StorageLevel.MEMORY_AND_DISK_DESER = StorageLevel(True, True, False, True)
StorageLevel.NONE = StorageLevel(False, False, False, False)
`;

export const CONF = String.raw`
class SparkConf:
    def __init__(self, loadDefaults=True, _jvm=None, _jconf=None):
        self._conf = {}

    def set(self, key, value):
        self._conf[key] = str(value)
        return self

    def setIfMissing(self, key, value):
        if self.get(key) is None:
            self.set(key, value)
        return self

    def setMaster(self, value):
        return self.set("spark.master", value)

    def setAppName(self, value):
        return self.set("spark.app.name", value)

    def setSparkHome(self, value):
        return self.set("spark.home", value)

    def setExecutorEnv(self, key=None, value=None, pairs=None):
        if (key is not None and pairs is not None) or (key is None and pairs is None):
            raise RuntimeError("Either pass one key-value pair or a list of pairs")
        if key is not None:
            self.set("spark.executorEnv.%s" % key, value)
        else:
            for k, v in pairs:
                self.set("spark.executorEnv.%s" % k, v)
        return self

    def setAll(self, pairs):
        for k, v in pairs:
            self.set(k, v)
        return self

    def get(self, key, defaultValue=None):
        return self._conf.get(key, defaultValue)

    def getAll(self):
        return list(self._conf.items())

    def contains(self, key):
        return key in self._conf

    def toDebugString(self):
        return "\n".join("%s=%s" % (k, v) for k, v in self._conf.items())
`;

export const STATCOUNTER = String.raw`
import math


class StatCounter:
    def __init__(self, values=None):
        self.n = 0
        self.mu = 0.0
        self.m2 = 0.0
        self.maxValue = float("-inf")
        self.minValue = float("inf")
        for v in values or []:
            self.merge(v)

    def merge(self, value):
        diff = value - self.mu
        self.n += 1
        self.mu += diff / self.n
        self.m2 += diff * (value - self.mu)
        if value > self.maxValue:
            self.maxValue = value
        if value < self.minValue:
            self.minValue = value
        return self

    def mergeStats(self, other):
        if other is self:
            return self.mergeStats(other.copy())
        if self.n == 0:
            self.mu, self.m2, self.n = other.mu, other.m2, other.n
            self.maxValue, self.minValue = other.maxValue, other.minValue
        elif other.n != 0:
            diff = other.mu - self.mu
            total = self.n + other.n
            if other.n * 10 < self.n:
                self.mu = self.mu + (diff * other.n) / total
            elif self.n * 10 < other.n:
                self.mu = other.mu - (diff * self.n) / total
            else:
                self.mu = (self.mu * self.n + other.mu * other.n) / total
            self.maxValue = max(self.maxValue, other.maxValue)
            self.minValue = min(self.minValue, other.minValue)
            self.m2 += other.m2 + (diff * diff * self.n * other.n) / total
            self.n = total
        return self

    def copy(self):
        c = StatCounter()
        c.n, c.mu, c.m2 = self.n, self.mu, self.m2
        c.maxValue, c.minValue = self.maxValue, self.minValue
        return c

    def count(self):
        return int(self.n)

    def mean(self):
        return float(self.mu)

    def sum(self):
        return self.n * self.mu

    def min(self):
        return float(self.minValue)

    def max(self):
        return float(self.maxValue)

    def variance(self):
        return float("nan") if self.n == 0 else float(self.m2 / self.n)

    def sampleVariance(self):
        return float("nan") if self.n <= 1 else float(self.m2 / (self.n - 1))

    def stdev(self):
        return math.sqrt(self.variance())

    def sampleStdev(self):
        return math.sqrt(self.sampleVariance())

    def asDict(self, sample=False):
        return {
            "count": self.count(),
            "mean": self.mean(),
            "sum": self.sum(),
            "min": self.min(),
            "max": self.max(),
            "stdev": self.stdev() if not sample else self.sampleStdev(),
            "variance": self.variance() if not sample else self.sampleVariance(),
        }

    def __repr__(self):
        return "(count: %s, mean: %s, stdev: %s, max: %s, min: %s)" % (
            self.count(), self.mean(), self.stdev(), self.max(), self.min())
`;

export const RESULTITERABLE = String.raw`
class ResultIterable:
    _flint_shared = "resultiterable"

    def __init__(self, data):
        self.data = data
        self.index = None
        self.maxindex = len(data)

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)
`;

export const TASKCONTEXT = String.raw`
class TaskContext:
    _taskContext = None

    def __init__(self, info=None):
        self._info = info
        self._localProperties = {}
        self._resources = {}
        self._cpus = 1

    @classmethod
    def get(cls):
        info = _native.task_info()
        return None if info is None else cls(info)

    def stageId(self):
        return self._info[0]

    def partitionId(self):
        return self._info[2]

    def attemptNumber(self):
        return self._info[3]

    def taskAttemptId(self):
        return self._info[4]

    def getLocalProperty(self, key):
        return self._localProperties.get(key, None)

    def cpus(self):
        return self._cpus

    def resources(self):
        return self._resources
`;

export const ERRORS = String.raw`
class PySparkException(Exception):
    def __init__(self, message=None, error_class=None, message_parameters=None):
        self.error_class = error_class
        self.message_parameters = message_parameters
        self.message = message
        Exception.__init__(self, message)

    def getErrorClass(self):
        return self.error_class

    def getMessageParameters(self):
        return self.message_parameters


class PySparkRuntimeError(PySparkException, RuntimeError):
    pass


class PySparkValueError(PySparkException, ValueError):
    pass


class PySparkTypeError(PySparkException, TypeError):
    pass


class PySparkNotImplementedError(PySparkException, NotImplementedError):
    pass
`;
