/**
 * `pyspark.ml.linalg` (Python source, follows linalg-source.ts's `ndarray`): Vector,
 * DenseVector, SparseVector (arithmetic, dot / squared_distance / norm, PySpark's reprs and
 * hashes) and the Vectors factory.
 */
export const LINALG_VECTORS = String.raw`
def _floats(xs):
    return [float(x) for x in xs]

class Vector:
    __UDT__ = None
    def toArray(self):
        raise NotImplementedError
    def _serialize(self):
        return list(VectorUDT().serialize(self))

def _vector_hash(size, items):
    result = 31 + size
    nnz = 0
    for (i, v) in items:
        if nnz >= 128:
            break
        if v != 0:
            result = (31 * result + i) & 0xFFFFFFFF
            result = (31 * result + hash(v)) & 0xFFFFFFFF
            nnz += 1
    return result

class DenseVector(Vector):
    def __init__(self, ar):
        if isinstance(ar, bytes):
            raise TypeError("Flint's DenseVector does not take bytes")
        if isinstance(ar, DenseVector):
            ar = ar.array
        self.array = _floats(ar)

    @staticmethod
    def parse(s):
        start = s.find("[")
        if start == -1:
            raise ValueError("Array should start with '['.")
        end = s.find("]")
        if end == -1:
            raise ValueError("Array should end with ']'.")
        s = s[start + 1: end]
        try:
            values = [float(val) for val in s.split(",") if val]
        except ValueError:
            raise ValueError("Unable to parse values from %s" % s)
        return DenseVector(values)

    def __reduce__(self):
        return DenseVector, (list(self.array),)

    def numNonzeros(self):
        return sum(1 for x in self.array if x != 0)

    def norm(self, p):
        return _norm(self.array, p)

    def dot(self, other):
        if isinstance(other, SparseVector):
            return other.dot(self)
        o = _as_list(other)
        if len(o) != len(self.array):
            raise AssertionError("dimension mismatch")
        s = 0.0
        for (a, b) in zip(self.array, o):
            s += a * b
        return s

    def squared_distance(self, other):
        if isinstance(other, SparseVector):
            return other.squared_distance(self)
        o = _as_list(other)
        if len(o) != len(self.array):
            raise AssertionError("dimension mismatch")
        s = 0.0
        for (a, b) in zip(self.array, o):
            d = a - b
            s += d * d
        return s

    @property
    def values(self):
        return self.array

    def toArray(self):
        return ndarray(list(self.array))

    def __getitem__(self, item):
        if isinstance(item, slice):
            return ndarray(self.array[item])
        return self.array[item]

    def __len__(self):
        return len(self.array)

    def __iter__(self):
        return iter(self.array)

    def __str__(self):
        return "[" + ",".join([str(v) for v in self.array]) + "]"

    def __repr__(self):
        return "DenseVector([%s])" % (", ".join(_format_float(i) for i in self.array))

    def __eq__(self, other):
        if isinstance(other, DenseVector):
            return list(self.array) == list(other.array)
        if isinstance(other, SparseVector):
            return len(self) == other.size and list(self.array) == list(other.toArray())
        return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return _vector_hash(len(self.array), enumerate(self.array))

    def __getattr__(self, item):
        if item in ("sum", "mean", "tolist", "shape"):
            return getattr(ndarray(self.__dict__.get("array", [])), item)
        if item == "size":
            return len(self.__dict__.get("array", []))
        raise AttributeError("'DenseVector' object has no attribute '%s'" % item)

    def __neg__(self):
        return DenseVector([-x for x in self.array])

    def _op(self, other, f):
        if isinstance(other, (int, float)):
            return DenseVector([f(x, other) for x in self.array])
        o = _as_list(other)
        if len(o) != len(self.array):
            raise ValueError("operands could not be broadcast together with shapes (%d,) (%d,)" % (len(self.array), len(o)))
        return DenseVector([f(a, b) for (a, b) in zip(self.array, o)])

    def _rop(self, other, f):
        return self._op(other, lambda a, b: f(b, a))

    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): return self._rop(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._rop(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._rop(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, _fdiv)
    def __rtruediv__(self, o): return self._rop(o, _fdiv)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o): return self._op(o, lambda a, b: a ** b)

def _fdiv(a, b):
    if b == 0:
        if a == 0 or a != a:
            return float("nan")
        return float("inf") if a > 0 else float("-inf")
    return a / b

def _as_list(v):
    if isinstance(v, DenseVector):
        return v.array
    if isinstance(v, SparseVector):
        return v.toArray()
    return [float(x) for x in v]

def _norm(values, p):
    p = float(p)
    if p == 1.0:
        return float(sum(abs(x) for x in values))
    if p == 2.0:
        return _math.sqrt(sum(x * x for x in values))
    if p == float("inf"):
        return float(max([abs(x) for x in values] + [0.0]))
    if p == 0.0:
        return float(sum(1 for x in values if x != 0))
    return sum(abs(x) ** p for x in values) ** (1.0 / p)

class SparseVector(Vector):
    def __init__(self, size, *args):
        self.size = int(size)
        if len(args) not in (1, 2):
            raise AssertionError("must pass either 2 or 3 arguments")
        if len(args) == 1:
            pairs = args[0]
            if isinstance(pairs, dict):
                pairs = list(pairs.items())
            pairs = sorted([(int(i), float(v)) for (i, v) in pairs], key=lambda kv: kv[0])
            self.indices = ([i for (i, v) in pairs])
            self.values = ([v for (i, v) in pairs])
        else:
            indices, values = args
            if len(indices) != len(values):
                raise AssertionError("Index and value arrays must have the same length")
            self.indices = ([int(i) for i in indices])
            self.values = (_floats(values))
            for k in range(len(self.indices) - 1):
                if self.indices[k] >= self.indices[k + 1]:
                    raise TypeError("Indices %s and %s are not strictly increasing" % (self.indices[k], self.indices[k + 1]))
        if len(self.indices) > 0:
            if self.indices[-1] >= self.size:
                raise ValueError("Index %d is out of the size of vector with size=%d" % (self.indices[-1], self.size))
            if self.indices[0] < 0:
                raise ValueError("Contains negative index %d" % self.indices[0])

    def numNonzeros(self):
        return sum(1 for x in self.values if x != 0)

    def norm(self, p):
        return _norm(self.values, p)

    def __reduce__(self):
        return SparseVector, (self.size, list(self.indices), list(self.values))

    @staticmethod
    def parse(s):
        start = s.find("(")
        if start == -1:
            raise ValueError("Tuple should start with '('")
        end = s.find(")")
        if end == -1:
            raise ValueError("Tuple should end with ')'")
        s = s[start + 1: end].strip()
        size = s[: s.find(",")]
        try:
            size = int(size)
        except ValueError:
            raise ValueError("Cannot parse size %s." % size)
        ind_start = s.find("[")
        ind_end = s.find("]")
        new_s = s[ind_end + 1:].strip()
        val_start = new_s.find("[")
        val_end = new_s.find("]")
        indices = [int(x) for x in s[ind_start + 1: ind_end].split(",") if x.strip()]
        values = [float(x) for x in new_s[val_start + 1: val_end].split(",") if x.strip()]
        return SparseVector(size, indices, values)

    def dot(self, other):
        if isinstance(other, SparseVector):
            if other.size != self.size:
                raise AssertionError("dimension mismatch")
            d = dict(zip(other.indices, other.values))
            s = 0.0
            for (i, v) in zip(self.indices, self.values):
                if i in d:
                    s += v * d[i]
            return s
        o = _as_list(other)
        if len(o) != self.size:
            raise AssertionError("dimension mismatch")
        s = 0.0
        for (i, v) in zip(self.indices, self.values):
            s += v * o[i]
        return s

    def squared_distance(self, other):
        a = self.toArray()
        b = _as_list(other)
        if len(b) != self.size:
            raise AssertionError("dimension mismatch")
        s = 0.0
        for (x, y) in zip(a, b):
            d = x - y
            s += d * d
        return s

    def toArray(self):
        out = [0.0] * self.size
        for (i, v) in zip(self.indices, self.values):
            out[i] = v
        return ndarray(out)

    def toDense(self):
        return DenseVector(self.toArray())

    def __len__(self):
        return self.size

    def __str__(self):
        inds = "[" + ",".join([str(i) for i in self.indices]) + "]"
        vals = "[" + ",".join([str(v) for v in self.values]) + "]"
        return "(" + ",".join((str(self.size), inds, vals)) + ")"

    def __repr__(self):
        entries = ", ".join(["{0}: {1}".format(i, _format_float(v)) for (i, v) in zip(self.indices, self.values)])
        return "SparseVector({0}, {{{1}}})".format(self.size, entries)

    def __eq__(self, other):
        if isinstance(other, SparseVector):
            return other.size == self.size and list(other.indices) == list(self.indices) and list(other.values) == list(self.values)
        if isinstance(other, DenseVector):
            return self.size == len(other) and list(self.toArray()) == list(other.array)
        return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return _vector_hash(self.size, zip(self.indices, self.values))

    def __getitem__(self, index):
        if not isinstance(index, int):
            raise TypeError("Indices must be of type integer, got type %s" % type(index))
        if index >= self.size or index < -self.size:
            raise IndexError("Index %d out of bounds." % index)
        if index < 0:
            index += self.size
        for (i, v) in zip(self.indices, self.values):
            if i == index:
                return v
            if i > index:
                break
        return 0.0

class Vectors:
    @staticmethod
    def sparse(size, *args):
        return SparseVector(size, *args)

    @staticmethod
    def dense(*elements):
        if len(elements) == 1 and not isinstance(elements[0], (float, int)):
            elements = elements[0]
        return DenseVector(elements)

    @staticmethod
    def squared_distance(v1, v2):
        return _to_vector(v1).squared_distance(v2)

    @staticmethod
    def norm(vector, p):
        return _to_vector(vector).norm(p)

    @staticmethod
    def parse(s):
        if s.find("(") == -1 and s.find("[") != -1:
            return DenseVector.parse(s)
        if s.find("(") != -1:
            return SparseVector.parse(s)
        raise ValueError("Cannot find tokens '[' or '(' from the input string.")

    @staticmethod
    def zeros(size):
        return DenseVector([0.0] * size)

    @staticmethod
    def stringify(vector):
        return str(vector)

    @staticmethod
    def _equals(v1_indices, v1_values, v2_indices, v2_values):
        a = dict((i, v) for (i, v) in zip(v1_indices, v1_values) if v != 0)
        b = dict((i, v) for (i, v) in zip(v2_indices, v2_values) if v != 0)
        return a == b

def _to_vector(v):
    if isinstance(v, Vector):
        return v
    if isinstance(v, (list, tuple, ndarray)):
        return DenseVector(v)
    raise TypeError("Cannot convert type %s into Vector" % type(v))
`;
