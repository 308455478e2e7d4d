/**
 * `pyspark.ml.linalg` (Python source, follows linalg-vectors-source.ts): Matrix,
 * DenseMatrix, SparseMatrix (column-major, CSC), the Matrices factory, and the SQL types
 * VectorUDT / MatrixUDT (Spark's struct layouts).
 */
export const LINALG_MATRICES = String.raw`
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
