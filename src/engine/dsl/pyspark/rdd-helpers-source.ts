/**
 * Python source of pyspark.rdd, part 0: module helpers (portable_hash, shipping builtins by
 * name, reduce/bisect/deepcopy without the stdlib, PySpark's seeded samplers) and Partitioner.
 */

export const RDD_HELPERS = String.raw`
import sys
import math

_StorageLevel = _native.load("pyspark.storagelevel").StorageLevel
_StatCounter = _native.load("pyspark.statcounter").StatCounter


def portable_hash(x):
    return _native.portable_hash(x)


def _shippable(f):
    name = _native.builtin_name(f)
    if name is None:
        return f

    def call_builtin(*args):
        return _native.builtin(name)(*args)
    return call_builtin


_API = [None]


def _user_api(method):
    # Names the RDD method the user called, for the call site of the RDDs it creates.
    name = method.__name__

    def call(self, *args, **kwargs):
        outer = _API[0] is None
        if outer:
            _API[0] = name
        try:
            return method(self, *args, **kwargs)
        finally:
            if outer:
                _API[0] = None
    call.__name__ = name
    call.__doc__ = method.__doc__
    return call


def _add(a, b):
    return a + b


def _identity(x):
    return x


def _reduce(f, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value")
    for x in it:
        acc = f(acc, x)
    return acc


def _deepcopy(x):
    if isinstance(x, list):
        return [_deepcopy(v) for v in x]
    if isinstance(x, tuple):
        return tuple(_deepcopy(v) for v in x)
    if isinstance(x, dict):
        return {k: _deepcopy(v) for k, v in x.items()}
    if isinstance(x, set):
        return set(x)
    return x


def _bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _result_iterable(values):
    from pyspark.resultiterable import ResultIterable
    return ResultIterable(values)


def _seeded(seed, split):
    rng = _native.rng(seed ^ split)
    for _ in range(10):
        _native.rng_randint(rng, 0, 1)
    return rng


def _poisson(rng, mean):
    if mean < 20.0:
        limit = math.exp(-mean)
        p = _native.rng_random(rng)
        k = 0
        while p > limit:
            k += 1
            p *= _native.rng_random(rng)
        return k
    p = _native.rng_expovariate(rng, mean)
    k = 0
    while p < 1.0:
        k += 1
        p += _native.rng_expovariate(rng, mean)
    return k


def _sampler(withReplacement, fraction, seed):
    if seed is None:
        seed = _native.entropy_seed()

    def sample(split, iterator):
        rng = _seeded(seed, split)
        for obj in iterator:
            if withReplacement:
                for _ in range(_poisson(rng, fraction)):
                    yield obj
            elif _native.rng_random(rng) < fraction:
                yield obj
    return sample


class Partitioner:
    def __init__(self, numPartitions, partitionFunc):
        self.numPartitions = numPartitions
        self.partitionFunc = partitionFunc

    def __eq__(self, other):
        return (isinstance(other, Partitioner) and self.numPartitions == other.numPartitions
                and self.partitionFunc == other.partitionFunc)

    def __call__(self, k):
        return self.partitionFunc(k) % self.numPartitions
`;
