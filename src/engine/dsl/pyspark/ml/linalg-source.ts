/**
 * `pyspark.ml.linalg` (Python source): dense and sparse vectors and matrices with PySpark's
 * reprs, and their SQL user-defined types (VectorUDT / MatrixUDT, stored as Spark's structs).
 * PyFlint has no numpy: values are lists of floats; `toArray()` gives a small `ndarray`
 * stand-in with numpy's repr for 1-d and 2-d float arrays.
 */
export const LINALG = String.raw`
import math as _math
from pyspark.sql.types import UserDefinedType, StructType, StructField, ArrayType, DoubleType, IntegerType, ByteType, BooleanType

__all__ = ["Vector", "DenseVector", "SparseVector", "Vectors", "Matrix", "DenseMatrix", "SparseMatrix", "Matrices"]

def _format_float(f, digits=4):
    s = str(round(f, digits))
    if "." in s:
        s = s[: s.index(".") + 1 + digits]
    return s

def _format_float_list(xs):
    return [_format_float(x) for x in xs]

# numpy's print options as far as the ndarray stand-in honours them (PySpark's clustering tests
# run with set_printoptions(legacy="1.13")).
_PRINT_OPTIONS = {"legacy": False}

def set_printoptions(legacy=False):
    _PRINT_OPTIONS["legacy"] = legacy

def _np_float(x):
    # numpy's repr of one float64 element inside an array ("1.", "0.5", "nan").
    if x != x:
        return "nan"
    if x == _math.inf:
        return "inf"
    if x == -_math.inf:
        return "-inf"
    if x == int(x) and abs(x) < 1e16:
        return "%d." % int(x)
    return repr(x)

class ndarray(list):
    """A minimal stand-in for numpy arrays returned by toArray() (1-d or 2-d of floats)."""
    def __init__(self, data, shape=None):
        list.__init__(self, data)
        self.shape = shape if shape is not None else (len(data),)
    def __eq__(self, other):
        # numpy compares element-wise; a bool array comes back
        if isinstance(other, (list, tuple)) and len(other) == len(self) and not (len(self.shape) == 2):
            return ndarray([a == b for (a, b) in zip(self, other)])
        if isinstance(other, (int, float)):
            return ndarray([a == other for a in self])
        return list.__eq__(self, other)
    def __ne__(self, other):
        r = self.__eq__(other)
        return ndarray([not x for x in r]) if isinstance(r, ndarray) else not r
    def _cells(self):
        # numpy aligns float cells on the decimal point: integer parts padded left, fractions right.
        flat = [x for r in self for x in r] if len(self.shape) == 2 else list(self)
        parts = [(_np_float(x) + ".").split(".")[:2] if "." in _np_float(x) else [_np_float(x), None] for x in flat]
        lw = max([len(p[0]) for p in parts] + [0])
        rw = max([len(p[1]) for p in parts if p[1] is not None] + [0])
        cells = [p[0].rjust(lw) + ("." + p[1].ljust(rw) if p[1] is not None else " " * (rw + 1)) for p in parts]
        if len(self.shape) == 2:
            n = self.shape[1]
            return [cells[i * n:(i + 1) * n] for i in range(self.shape[0])]
        return cells
    def _text(self, sep, indent):
        cells = self._cells()
        if len(self.shape) == 1:
            return "[" + sep.join(cells) + "]"
        return "[" + ("%s\n%s" % (sep.rstrip(), indent)).join("[" + sep.join(r) + "]" for r in cells) + "]"
    def __repr__(self):
        if len(self) and all(isinstance(x, bool) for x in self):
            cells = ", ".join(("True" if x else "False").rjust(5) for x in self)
            return "array([" + cells + "]" + (", dtype=bool)" if _PRINT_OPTIONS["legacy"] == "1.13" else ")")
        return "array(" + self._text(", ", " " * 7) + ")"
    def __str__(self):
        return self._text(" ", " ")
    def tolist(self):
        return [list(r) if isinstance(r, list) else r for r in self]
    def sum(self):
        return float(sum(self))
    def mean(self):
        return float(sum(self)) / len(self) if len(self) else float("nan")

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

class Matrix:
    def __init__(self, numRows, numCols, isTransposed=False):
        self.numRows = numRows
        self.numCols = numCols
        self.isTransposed = isTransposed
    def toArray(self):
        raise NotImplementedError
    def _serialize(self):
        return list(MatrixUDT().serialize(self))

def _matrix_entries(values):
    entries = _format_float_list(values)
    if len(entries) > 16:
        entries = entries[:8] + ["..."] + entries[-8:]
    return entries

class DenseMatrix(Matrix):
    def __init__(self, numRows, numCols, values, isTransposed=False):
        Matrix.__init__(self, numRows, numCols, isTransposed)
        values = _floats(values)
        if len(values) != numRows * numCols:
            raise AssertionError("Invalid length of values")
        self.values = values

    def __reduce__(self):
        return DenseMatrix, (self.numRows, self.numCols, list(self.values), int(self.isTransposed))

    def __repr__(self):
        return "DenseMatrix({0}, {1}, [{2}], {3})".format(self.numRows, self.numCols, ", ".join(_matrix_entries(self.values)), self.isTransposed)

    def __str__(self):
        return "DenseMatrix(" + self.toArray()._text(", ", " " * 13) + ")"

    def _at(self, i, j):
        if self.isTransposed:
            return self.values[i * self.numCols + j]
        return self.values[i + j * self.numRows]

    def toArray(self):
        return ndarray([ndarray([self._at(i, j) for j in range(self.numCols)]) for i in range(self.numRows)], (self.numRows, self.numCols))

    def toSparse(self):
        colPtrs = [0]
        rowIndices = []
        values = []
        for j in range(self.numCols):
            for i in range(self.numRows):
                v = self._at(i, j)
                if v != 0:
                    rowIndices.append(i)
                    values.append(v)
            colPtrs.append(len(values))
        return SparseMatrix(self.numRows, self.numCols, colPtrs, rowIndices, values)

    def __getitem__(self, indices):
        i, j = indices
        if i < 0 or i >= self.numRows:
            raise IndexError("Row index %d is out of range [0, %d)" % (i, self.numRows))
        if j < 0 or j >= self.numCols:
            raise IndexError("Column index %d is out of range [0, %d)" % (j, self.numCols))
        return self._at(i, j)

    def __eq__(self, other):
        if isinstance(other, SparseMatrix):
            return self.numRows == other.numRows and self.numCols == other.numCols and self.toArray().tolist() == other.toArray().tolist()
        if not isinstance(other, DenseMatrix) or self.numRows != other.numRows or self.numCols != other.numCols:
            return False
        return self.toArray().tolist() == other.toArray().tolist()

    def __ne__(self, other):
        return not self == other

class SparseMatrix(Matrix):
    def __init__(self, numRows, numCols, colPtrs, rowIndices, values, isTransposed=False):
        Matrix.__init__(self, numRows, numCols, isTransposed)
        self.colPtrs = ([int(x) for x in colPtrs])
        self.rowIndices = ([int(x) for x in rowIndices])
        self.values = (_floats(values))
        if self.isTransposed:
            if len(self.colPtrs) != numRows + 1:
                raise ValueError("Expected colPtrs of size %d, got %d." % (numRows + 1, len(self.colPtrs)))
        elif len(self.colPtrs) != numCols + 1:
            raise ValueError("Expected colPtrs of size %d, got %d." % (numCols + 1, len(self.colPtrs)))
        if len(self.rowIndices) != len(self.values):
            raise ValueError("Expected rowIndices of length %d, got %d." % (len(self.rowIndices), len(self.values)))

    def __repr__(self):
        def cut(xs):
            xs = list(xs)
            if len(xs) > 16:
                return xs[:8] + ["..."] + xs[-8:]
            return xs
        return "SparseMatrix({0}, {1}, [{2}], [{3}], [{4}], {5})".format(
            self.numRows, self.numCols, ", ".join(str(x) for x in cut(self.colPtrs)),
            ", ".join(str(x) for x in cut(self.rowIndices)), ", ".join(cut(_format_float_list(self.values))), self.isTransposed)

    def __reduce__(self):
        return SparseMatrix, (self.numRows, self.numCols, list(self.colPtrs), list(self.rowIndices), list(self.values), int(self.isTransposed))

    def __getitem__(self, indices):
        i, j = indices
        if i < 0 or i >= self.numRows:
            raise IndexError("Row index %d is out of range [0, %d)" % (i, self.numRows))
        if j < 0 or j >= self.numCols:
            raise IndexError("Column index %d is out of range [0, %d)" % (j, self.numCols))
        if self.isTransposed:
            i, j = j, i
        for k in range(self.colPtrs[j], self.colPtrs[j + 1]):
            if self.rowIndices[k] == i:
                return self.values[k]
        return 0.0

    def toArray(self):
        out = [[0.0] * self.numCols for _ in range(self.numRows)]
        outer = self.numRows if self.isTransposed else self.numCols
        for c in range(outer):
            for k in range(self.colPtrs[c], self.colPtrs[c + 1]):
                r = self.rowIndices[k]
                if self.isTransposed:
                    out[c][r] = self.values[k]
                else:
                    out[r][c] = self.values[k]
        return ndarray([ndarray(r) for r in out], (self.numRows, self.numCols))

    def toDense(self):
        a = self.toArray()
        return DenseMatrix(self.numRows, self.numCols, [a[i][j] for j in range(self.numCols) for i in range(self.numRows)])

    def __eq__(self, other):
        if not isinstance(other, Matrix) or self.numRows != other.numRows or self.numCols != other.numCols:
            return False
        return self.toArray().tolist() == other.toArray().tolist()

    def __ne__(self, other):
        return not self == other

class Matrices:
    @staticmethod
    def dense(numRows, numCols, values):
        return DenseMatrix(numRows, numCols, values)

    @staticmethod
    def sparse(numRows, numCols, colPtrs, rowIndices, values):
        return SparseMatrix(numRows, numCols, colPtrs, rowIndices, values)

class VectorUDT(UserDefinedType):
    @classmethod
    def sqlType(cls):
        return StructType([StructField("type", ByteType(), False), StructField("size", IntegerType(), True),
                           StructField("indices", ArrayType(IntegerType(), False), True),
                           StructField("values", ArrayType(DoubleType(), False), True)])
    @classmethod
    def module(cls):
        return "pyspark.ml.linalg"
    @classmethod
    def scalaUDT(cls):
        return "org.apache.spark.ml.linalg.VectorUDT"
    def serialize(self, obj):
        if isinstance(obj, SparseVector):
            return (0, obj.size, [int(i) for i in obj.indices], [float(v) for v in obj.values])
        if isinstance(obj, DenseVector):
            return (1, None, None, [float(v) for v in obj.array])
        raise TypeError("cannot serialize %r of type %r" % (obj, type(obj)))
    def deserialize(self, datum):
        if len(datum) != 4:
            raise AssertionError("VectorUDT.deserialize given row with length %d but requires 4" % len(datum))
        if datum[0] == 0:
            return SparseVector(datum[1], datum[2], datum[3])
        return DenseVector(datum[3])
    def simpleString(self):
        return "vector"
    def __repr__(self):
        return "VectorUDT()"

class MatrixUDT(UserDefinedType):
    @classmethod
    def sqlType(cls):
        return StructType([StructField("type", ByteType(), False), StructField("numRows", IntegerType(), False),
                           StructField("numCols", IntegerType(), False),
                           StructField("colPtrs", ArrayType(IntegerType(), False), True),
                           StructField("rowIndices", ArrayType(IntegerType(), False), True),
                           StructField("values", ArrayType(DoubleType(), False), True),
                           StructField("isTransposed", BooleanType(), False)])
    @classmethod
    def module(cls):
        return "pyspark.ml.linalg"
    @classmethod
    def scalaUDT(cls):
        return "org.apache.spark.ml.linalg.MatrixUDT"
    def serialize(self, obj):
        if isinstance(obj, SparseMatrix):
            return (0, obj.numRows, obj.numCols, [int(i) for i in obj.colPtrs], [int(i) for i in obj.rowIndices],
                    [float(v) for v in obj.values], bool(obj.isTransposed))
        if isinstance(obj, DenseMatrix):
            return (1, obj.numRows, obj.numCols, None, None, [float(v) for v in obj.values], bool(obj.isTransposed))
        raise TypeError("cannot serialize type %r" % (type(obj)))
    def deserialize(self, datum):
        if datum[0] == 0:
            return SparseMatrix(datum[1], datum[2], datum[3], datum[4], datum[5], datum[6])
        return DenseMatrix(datum[1], datum[2], datum[5], datum[6])
    def simpleString(self):
        return "matrix"
    def __repr__(self):
        return "MatrixUDT()"

DenseVector.__UDT__ = VectorUDT()
SparseVector.__UDT__ = VectorUDT()
DenseMatrix.__UDT__ = MatrixUDT()
SparseMatrix.__UDT__ = MatrixUDT()
`;
