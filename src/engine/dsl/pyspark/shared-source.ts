/**
 * Python source of pyspark.accumulators and pyspark.broadcast. The same classes serve the
 * driver (wrapping the core's Accumulator/Broadcast) and executors, where shipping.ts
 * rebuilds them with only an id and `_on_executor` set.
 */

export const ACCUMULATORS = String.raw`
_PySparkRuntimeError = _native.load("pyspark.errors.exceptions.base").PySparkRuntimeError


def _not_accessible():
    return _PySparkRuntimeError(
        "[VALUE_NOT_ACCESSIBLE] Value \x60Accumulator.value\x60 cannot be accessed inside tasks.",
        "VALUE_NOT_ACCESSIBLE", {"value": "Accumulator.value"})


class AccumulatorParam:
    def zero(self, value):
        raise NotImplementedError

    def addInPlace(self, value1, value2):
        raise NotImplementedError


class AddingAccumulatorParam(AccumulatorParam):
    def __init__(self, zero_value):
        self.zero_value = zero_value

    def zero(self, value):
        return self.zero_value

    def addInPlace(self, value1, value2):
        value1 += value2
        return value1


INT_ACCUMULATOR_PARAM = AddingAccumulatorParam(0)
FLOAT_ACCUMULATOR_PARAM = AddingAccumulatorParam(0.0)


def _adding_merge(value1, value2):
    value1 += value2
    return value1


def _merge_calling(add_in_place):
    def merge(value1, value2):
        return add_in_place(None, value1, value2)
    return merge


def _default_param(value):
    if isinstance(value, int):
        return INT_ACCUMULATOR_PARAM
    if isinstance(value, float):
        return FLOAT_ACCUMULATOR_PARAM
    raise TypeError("No default accumulator param for type %s" % type(value))


class Accumulator:
    _flint_shared = "accumulator"

    def __init__(self, aid, value, accum_param, _jsc=None):
        self.accum_param = accum_param
        self._on_executor = False
        if _jsc is None:
            raise RuntimeError("Accumulators are created with SparkContext.accumulator()")
        if isinstance(accum_param, AddingAccumulatorParam):
            merge = _adding_merge
        else:
            merge = _merge_calling(type(accum_param).addInPlace)
        self._core = _native.accumulator(_jsc, value, merge, accum_param.zero(value))
        self._aid = _native.acc_id(self._core)

    @property
    def value(self):
        if self._on_executor:
            raise _not_accessible()
        return _native.acc_get(self._core)

    @value.setter
    def value(self, value):
        if self._on_executor:
            raise _not_accessible()
        _native.acc_set(self._core, value)

    def add(self, term):
        if self._on_executor:
            _native.acc_add_in_task(self._aid, term)
        else:
            _native.acc_add(self._core, term)

    def __iadd__(self, term):
        self.add(term)
        return self

    def __str__(self):
        return str(self.value)

    def __repr__(self):
        return "Accumulator<id=%i, value=%s>" % (self._aid, self.value)
`;

export const BROADCAST = String.raw`
class Broadcast:
    _flint_shared = "broadcast"

    def __init__(self, sc=None, value=None, pickle_registry=None, path=None, sock_file=None):
        self._on_executor = sc is None
        if sc is not None:
            self._core = _native.broadcast(sc._jsc, value)
            self._bid = _native.bcast_id(self._core)

    @property
    def value(self):
        if self._on_executor:
            return _native.bcast_value_in_task(self._bid)
        return _native.bcast_value(self._core)

    def unpersist(self, blocking=False):
        if self._on_executor:
            raise RuntimeError("[BROADCAST_VARIABLE_NOT_LOADED] Broadcast variable %s not loaded." % self._bid)
        _native.bcast_unpersist(self._core)

    def destroy(self, blocking=False):
        if self._on_executor:
            raise RuntimeError("[BROADCAST_VARIABLE_NOT_LOADED] Broadcast variable %s not loaded." % self._bid)
        _native.bcast_destroy(self._core)

    # PySpark pickles a broadcast's value to a file; Flint writes its own serialisation.
    def dump(self, value, f):
        f.write(_native.dump_value(value))

    def load_from_path(self, path):
        with open(path, "rb") as f:
            return self.load(f)

    def load(self, file):
        return _native.load_value(file.read())
`;
