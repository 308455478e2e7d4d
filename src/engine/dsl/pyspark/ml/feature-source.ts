/**
 * `pyspark.ml.feature` (Python source), part 1: the shared plumbing of the feature classes
 * (generated setX/getX accessors, keyword-only constructors, single/multi column pairs, vector
 * helpers), followed by the transformers and estimators over scalar and vector columns, one
 * family per file. Semantics are Spark 3.5's (handleInvalid modes, output sparsity, model data);
 * computations run on collected rows. The parts are one Python module: they are concatenated in
 * this order and compiled together, so later parts use the plumbing's names directly.
 */
import { FEATURE_ENCODERS } from './feature-encoders-source';
import { FEATURE_SCALERS } from './feature-scalers-source';
import { FEATURE_VECTORS } from './feature-vectors-source';
import { FEATURE_TEXT } from './feature-text-source';

const PLUMBING = String.raw`
import math as _math
from pyspark.ml.param import Param, Params, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Estimator, Model, Transformer, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, _register_java_class
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors, Vector, VectorUDT, DenseMatrix, Matrices
from pyspark.sql.types import DoubleType, ArrayType, StringType, StructType, StructField

def _p(name, doc, conv):
    return Param(Params._dummy(), name, doc, typeConverter=getattr(TypeConverters, conv))

class _Auto:
    """setX / getX for every param X (PySpark spells each out); keyword-only __init__/setParams."""
    def __getattr__(self, name):
        if not name.startswith("_") and len(name) > 3 and name[:3] in ("set", "get"):
            p = name[3].lower() + name[4:]
            if isinstance(getattr(type(self), p, None), Param):
                if name[:3] == "set":
                    def setter(value):
                        return self._set(**{p: value})
                    return setter
                def getter():
                    return self.getOrDefault(p)
                return getter
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _kw(self, kwargs, where="__init__"):
        for k in kwargs:
            if not isinstance(getattr(type(self), k, None), Param):
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (where, k))
        return self._set(**kwargs)

    def setParams(self, *args, **kwargs):
        if args:
            raise TypeError("Method setParams forces keyword arguments.")
        return self._kw(kwargs, "setParams")

    def _pairs(self):
        """(input, output) column pairs: inputCols/outputCols when set, else inputCol/outputCol."""
        if self.hasParam("inputCols") and self.isSet("inputCols"):
            if self.hasParam("inputCol") and self.isSet("inputCol"):
                raise ValueError("Only one of inputCol and inputCols may be set")
            outs = self.getOrDefault("outputCols") if self.isDefined("outputCols") else []
            ins = self.getOrDefault("inputCols")
            if len(ins) != len(outs):
                raise ValueError("The number of input columns %d does not match output columns %d" % (len(ins), len(outs)))
            return list(zip(ins, outs))
        return [(self.getOrDefault("inputCol"), self.getOrDefault("outputCol"))]

class _FT(_Auto, Transformer, MLReadable, MLWritable):
    pass

class _FE(_Auto, Estimator, MLReadable, MLWritable):
    pass

class _FM(_Auto, Model, MLReadable, MLWritable):
    def __repr__(self):
        # Scala's Model.toString: "<Model class>: uid=<uid>, ..." (the details vary by model)
        extra = self._repr_extra() if hasattr(self, "_repr_extra") else ""
        return "%s: uid=%s%s" % (type(self).__name__, self.uid, extra)

def _register(*classes):
    for c in classes:
        c._java_class = "org.apache.spark.ml.feature." + c.__name__
        _register_java_class(c._java_class, c)

def _vec(v):
    if isinstance(v, Vector):
        return v
    return DenseVector(v)

def _compressed(values):
    nnz = 0
    for x in values:
        if x != 0:
            nnz += 1
    if 1.5 * (nnz + 1.0) < len(values):
        idx = [i for i in range(len(values)) if values[i] != 0]
        return SparseVector(len(values), idx, [values[i] for i in idx])
    return DenseVector(values)

def _map_values(v, f):
    """Applies f(index, value) to a vector's stored values, keeping its sparsity."""
    if isinstance(v, SparseVector):
        return SparseVector(v.size, list(v.indices), [f(i, x) for (i, x) in zip(v.indices, v.values)])
    return DenseVector([f(i, x) for (i, x) in enumerate(v.toArray())])

def _affine(dataset, inputCol, outputCol, shift, scale, offset):
    from pyspark.sql.dataframe import DataFrame
    view = _native.affine(dataset, inputCol, outputCol, shift, scale, offset)
    return DataFrame("SELECT * FROM %s" % view, dataset.sparkSession)

def _is_nan(x):
    return isinstance(x, float) and x != x
`;

/** Part 1 of the module's source (feature2-source.ts and the others follow it in index.ts). */
export const FEATURE = PLUMBING + FEATURE_ENCODERS + FEATURE_SCALERS + FEATURE_VECTORS + FEATURE_TEXT;
