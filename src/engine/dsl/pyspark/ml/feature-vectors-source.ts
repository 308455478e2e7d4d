/**
 * `pyspark.ml.feature` (Python source, follows feature-scalers-source.ts): the row-wise
 * vector transformers Normalizer, ElementwiseProduct, PolynomialExpansion, DCT, VectorSlicer
 * and VectorSizeHint.
 */
export const FEATURE_VECTORS = String.raw`
class Normalizer(_FT, HasInputCol, HasOutputCol):
    p = _p("p", "the p norm value.", "toFloat")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Normalizer, self).__init__()
        self._setDefault(p=2.0)
        self._kw(kwargs)
    def _transform(self, dataset):
        p = self.getOrDefault("p")
        def fn(v):
            if v is None:
                return (None,)
            n = v.norm(p)
            if n == 0:
                return (v,)
            return (_map_values(v, lambda j, x: x / n),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class ElementwiseProduct(_FT, HasInputCol, HasOutputCol):
    scalingVec = _p("scalingVec", "Vector for hadamard product.", "toVector")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(ElementwiseProduct, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        w = self.getOrDefault("scalingVec").toArray()
        def fn(v):
            if v is None:
                return (None,)
            if len(v) != len(w):
                raise ValueError("vector sizes do not match: Expected %d but found %d" % (len(w), len(v)))
            return (_map_values(v, lambda j, x: x * w[j]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _poly(x, degree):
    def expand(k, d):
        if k == 0 or d == 0:
            return []
        prev = expand(k - 1, d)
        lower = [1.0] + expand(k, d - 1)
        return prev + [x[k - 1] * m for m in lower]
    return expand(len(x), degree)

class PolynomialExpansion(_FT, HasInputCol, HasOutputCol):
    degree = _p("degree", "the polynomial degree to expand (>= 1)", "toInt")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(PolynomialExpansion, self).__init__()
        self._setDefault(degree=2)
        self._kw(kwargs)
    def _transform(self, dataset):
        d = self.getOrDefault("degree")
        def fn(v):
            if v is None:
                return (None,)
            out = _poly(list(v.toArray()), d)
            if isinstance(v, SparseVector):
                idx = [i for i in range(len(out)) if out[i] != 0]
                return (SparseVector(len(out), idx, [out[i] for i in idx]),)
            return (DenseVector(out),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class DCT(_FT, HasInputCol, HasOutputCol):
    inverse = _p("inverse", "Set transformer to perform inverse DCT, default False.", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(DCT, self).__init__()
        self._setDefault(inverse=False)
        self._kw(kwargs)
    def _transform(self, dataset):
        inv = self.getOrDefault("inverse")
        def fn(v):
            if v is None:
                return (None,)
            x = list(v.toArray())
            n = len(x)
            out = []
            for k in range(n):
                s = 0.0
                if not inv:
                    for i in range(n):
                        s += x[i] * _math.cos(_math.pi * (i + 0.5) * k / n)
                    s *= _math.sqrt((1.0 if k == 0 else 2.0) / n)
                else:
                    for i in range(n):
                        s += x[i] * _math.sqrt((1.0 if i == 0 else 2.0) / n) * _math.cos(_math.pi * (k + 0.5) * i / n)
                out.append(s)
            return (DenseVector(out),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class VectorSlicer(_FT, HasInputCol, HasOutputCol):
    indices = _p("indices", "An array of indices to select features from a vector column. There can be no overlap with names.", "toListInt")
    names = _p("names", "An array of feature names to select features from a vector column. These names must be specified by ML org.apache.spark.ml.attribute.Attribute. There can be no overlap with indices.", "toListString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorSlicer, self).__init__()
        self._setDefault(indices=[], names=[])
        self._kw(kwargs)
    def _transform(self, dataset):
        idx = self.getOrDefault("indices")
        def fn(v):
            if v is None:
                return (None,)
            if isinstance(v, SparseVector):
                pos = dict((i, x) for (i, x) in zip(v.indices, v.values))
                ii = [k for (k, i) in enumerate(idx) if i in pos]
                return (SparseVector(len(idx), ii, [pos[idx[k]] for k in ii]),)
            a = v.toArray()
            return (DenseVector([a[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class VectorSizeHint(_FT, HasInputCol, HasHandleInvalid):
    size = _p("size", "Size of vectors in column.", "toInt")
    handleInvalid = _p("handleInvalid", "How to handle invalid vectors in inputCol. Invalid vectors include nulls and vectors with the wrong size. The options are 'skip' (filter out rows with invalid vectors), 'error' (throw an error) and 'optimistic' (do not check the vector size, and keep all rows). 'error' by default.", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VectorSizeHint, self).__init__()
        self._setDefault(handleInvalid="error")
        self._kw(kwargs)
    def _transform(self, dataset):
        mode = self.getOrDefault("handleInvalid")
        size = self.getOrDefault("size")
        if mode == "optimistic":
            return dataset
        col = self.getInputCol()
        def check(v):
            ok = v is not None and len(v) == size
            if not ok and mode == "error":
                if v is None:
                    raise ValueError("Got null vector in VectorSizeHint, set handleInvalid to 'skip' to filter invalid rows.")
                raise ValueError("VectorSizeHint Expecting a vector of size %d but got %d" % (size, len(v)))
            return ok
        return _with_columns(dataset, [col], [(col, VectorUDT())], lambda v: (v,), check)
`;
