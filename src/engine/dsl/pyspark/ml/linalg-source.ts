/**
 * `pyspark.ml.linalg` (Python source): dense and sparse vectors and matrices with PySpark's
 * reprs, and their SQL user-defined types (VectorUDT / MatrixUDT, stored as Spark's structs).
 * PyFlint has no numpy: values are lists of floats; `toArray()` gives a small `ndarray`
 * stand-in with numpy's repr for 1-d and 2-d float arrays.
 *
 * This file holds the module's head (float formatting, print options, `ndarray`);
 * linalg-vectors-source.ts and linalg-matrices-source.ts follow, concatenated in this order
 * into one Python module (also served as `pyspark.mllib.linalg`, see index.ts).
 */
import { LINALG_VECTORS } from './linalg-vectors-source';
import { LINALG_MATRICES } from './linalg-matrices-source';

const NDARRAY = String.raw`
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
`;

/** The whole `pyspark.ml.linalg` module source, in this order. */
export const LINALG = NDARRAY + LINALG_VECTORS + LINALG_MATRICES;
