/**
 * `pyspark.ml.param`, `pyspark.ml.param.shared` and `pyspark.ml.util`'s Identifiable /
 * keyword_only (Python source): Param, Params, TypeConverters and the shared mixins, with
 * PySpark 3.5's semantics (class-level placeholder params copied per instance, explainParams
 * text, copy with extra param maps). Shared mixins are generated from one table.
 */
export const PARAM = String.raw`
import copy as _copy
import random as _random

_uid_random = _random.Random()

class Identifiable:
    def __init__(self):
        self.uid = self._randomUID()
    def __repr__(self):
        return self.uid
    @classmethod
    def _randomUID(cls):
        return str(cls.__name__ + "_" + "%012x" % _uid_random.getrandbits(48))

class Param:
    def __init__(self, parent, name, doc, typeConverter=None):
        if not isinstance(parent, Identifiable):
            raise TypeError("Parent must be an Identifiable but got type %s." % type(parent))
        self.parent = parent.uid
        self.name = str(name)
        self.doc = str(doc)
        self.typeConverter = TypeConverters.identity if typeConverter is None else typeConverter
    def _copy_new_parent(self, parent):
        if self.parent == "undefined":
            param = _copy.copy(self)
            param.parent = parent.uid
            return param
        raise ValueError("Cannot copy from non-dummy parent %s." % parent)
    def __str__(self):
        return str(self.parent) + "__" + self.name
    def __repr__(self):
        return "Param(parent=%r, name=%r, doc=%r)" % (self.parent, self.name, self.doc)
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        if isinstance(other, Param):
            return self.parent == other.parent and self.name == other.name
        return False

def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)

def _is_numeric(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool))

def _is_integral_float(v):
    return isinstance(v, float) and v == int(v) if v == v and v not in (float("inf"), float("-inf")) else False

class TypeConverters:
    @staticmethod
    def _is_numeric(value):
        return _is_numeric(value)
    @staticmethod
    def _is_integer(value):
        return _is_int(value) or _is_integral_float(value)
    @staticmethod
    def _can_convert_to_list(value):
        from pyspark.ml.linalg import Vector
        return isinstance(value, (list, tuple, range)) or isinstance(value, Vector)
    @staticmethod
    def _can_convert_to_string(value):
        return isinstance(value, str)
    @staticmethod
    def identity(value):
        return value
    @staticmethod
    def toList(value):
        if type(value) == list:
            return value
        if TypeConverters._can_convert_to_list(value):
            return list(value)
        raise TypeError("Could not convert %s to list" % value)
    @staticmethod
    def toListFloat(value):
        if TypeConverters._can_convert_to_list(value):
            value = TypeConverters.toList(value)
            if all(_is_numeric(v) for v in value):
                return [float(v) for v in value]
        raise TypeError("Could not convert %s to list of floats" % value)
    @staticmethod
    def toListListFloat(value):
        if TypeConverters._can_convert_to_list(value):
            value = TypeConverters.toList(value)
            return [TypeConverters.toListFloat(v) for v in value]
        raise TypeError("Could not convert %s to list of list of floats" % value)
    @staticmethod
    def toListInt(value):
        if TypeConverters._can_convert_to_list(value):
            value = TypeConverters.toList(value)
            if all(TypeConverters._is_integer(v) for v in value):
                return [int(v) for v in value]
        raise TypeError("Could not convert %s to list of ints" % value)
    @staticmethod
    def toListString(value):
        if TypeConverters._can_convert_to_list(value):
            value = TypeConverters.toList(value)
            if all(isinstance(v, str) for v in value):
                return [str(v) for v in value]
        raise TypeError("Could not convert %s to list of strings" % value)
    @staticmethod
    def toVector(value):
        from pyspark.ml.linalg import Vector, DenseVector
        if isinstance(value, Vector):
            return value
        if TypeConverters._can_convert_to_list(value):
            value = TypeConverters.toList(value)
            if all(_is_numeric(v) for v in value):
                return DenseVector(value)
        raise TypeError("Could not convert %s to vector" % value)
    @staticmethod
    def toMatrix(value):
        from pyspark.ml.linalg import Matrix
        if isinstance(value, Matrix):
            return value
        raise TypeError("Could not convert %s to matrix" % value)
    @staticmethod
    def toFloat(value):
        if _is_numeric(value):
            return float(value)
        raise TypeError("Could not convert %s to float" % value)
    @staticmethod
    def toInt(value):
        if TypeConverters._is_integer(value):
            return int(value)
        raise TypeError("Could not convert %s to int" % value)
    @staticmethod
    def toString(value):
        if isinstance(value, str):
            return value
        raise TypeError("Could not convert %s to string type" % type(value))
    @staticmethod
    def toBoolean(value):
        if type(value) == bool:
            return value
        raise TypeError("Boolean Param requires value of type bool. Found %s." % type(value))

# Every Params class by "module.Name", so persistence finds classes defined in a notebook (__main__).
_PARAMS_CLASSES = {}

class Params(Identifiable):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _PARAMS_CLASSES[cls.__module__ + "." + cls.__name__] = cls

    def __copy__(self):
        cls = type(self)
        that = cls.__new__(cls)
        for (k, v) in list(self.__dict__.items()):
            setattr(that, k, v)
        return that

    def __init__(self):
        Identifiable.__init__(self)
        self._paramMap = {}
        self._defaultParamMap = {}
        self._params = None
        self._copy_params()

    def _copy_params(self):
        cls = type(self)
        for name in dir(cls):
            attr = getattr(cls, name, None)
            if isinstance(attr, Param):
                setattr(self, name, attr._copy_new_parent(self))

    @property
    def params(self):
        if self._params is None:
            out = []
            for x in dir(self):
                if x == "params" or isinstance(getattr(type(self), x, None), property):
                    continue
                v = getattr(self, x, None)
                if isinstance(v, Param):
                    out.append(v)
            self._params = sorted(out, key=lambda p: p.name)
        return self._params

    def explainParam(self, param):
        param = self._resolveParam(param)
        values = []
        if self.isDefined(param):
            if param in self._defaultParamMap:
                values.append("default: %s" % self._defaultParamMap[param])
            if param in self._paramMap:
                values.append("current: %s" % self._paramMap[param])
        else:
            values.append("undefined")
        valueStr = "(" + ", ".join(values) + ")"
        return "%s: %s %s" % (param.name, param.doc, valueStr)

    def explainParams(self):
        return "\n".join([self.explainParam(param) for param in self.params])

    def getParam(self, paramName):
        param = getattr(self, paramName, None)
        if isinstance(param, Param):
            return param
        raise ValueError("Cannot find param with name %s." % paramName)

    def isSet(self, param):
        param = self._resolveParam(param)
        return param in self._paramMap

    def hasDefault(self, param):
        param = self._resolveParam(param)
        return param in self._defaultParamMap

    def isDefined(self, param):
        return self.isSet(param) or self.hasDefault(param)

    def hasParam(self, paramName):
        if isinstance(paramName, str):
            p = getattr(self, paramName, None)
            return isinstance(p, Param)
        raise TypeError("hasParam(): paramName must be a string")

    def getOrDefault(self, param):
        param = self._resolveParam(param)
        if param in self._paramMap:
            return self._paramMap[param]
        return self._defaultParamMap[param]

    def extractParamMap(self, extra=None):
        if extra is None:
            extra = dict()
        paramMap = self._defaultParamMap.copy()
        paramMap.update(self._paramMap)
        paramMap.update(extra)
        return paramMap

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        that = _copy.copy(self)
        that._paramMap = {}
        that._defaultParamMap = {}
        return self._copyValues(that, extra)

    def set(self, param, value):
        self._shouldOwn(param)
        try:
            value = param.typeConverter(value)
        except TypeError as e:
            raise TypeError('Invalid param value given for param "%s". %s' % (param.name, e))
        self._paramMap[param] = value

    def _shouldOwn(self, param):
        if not (self.uid == param.parent and self.hasParam(param.name)):
            raise ValueError("Param %r does not belong to %r." % (param, self))

    def _resolveParam(self, param):
        if isinstance(param, Param):
            self._shouldOwn(param)
            return param
        if isinstance(param, str):
            return self.getParam(param)
        raise TypeError("Cannot resolve %r as a param." % param)

    def _testOwnParam(self, param_parent, param_name):
        assert self.uid == param_parent and self.hasParam(param_name)

    @staticmethod
    def _dummy():
        dummy = Identifiable()
        dummy.uid = "undefined"
        return dummy

    def _set(self, **kwargs):
        for param, value in kwargs.items():
            p = getattr(self, param)
            if value is not None:
                try:
                    value = p.typeConverter(value)
                except TypeError as e:
                    raise TypeError('Invalid param value given for param "%s". %s' % (p.name, e))
            self._paramMap[p] = value
        return self

    def clear(self, param):
        if self.isSet(param):
            del self._paramMap[param]

    def _clear(self, param):
        self.clear(param)

    def _setDefault(self, **kwargs):
        for param, value in kwargs.items():
            p = getattr(self, param)
            if value is not None:
                try:
                    value = p.typeConverter(value)
                except TypeError as e:
                    raise TypeError('Invalid default param value given for param "%s". %s' % (p.name, e))
            self._defaultParamMap[p] = value
        return self

    def _copyValues(self, to, extra=None):
        paramMap = self._paramMap.copy()
        if isinstance(extra, dict):
            for param, value in extra.items():
                if isinstance(param, Param):
                    paramMap[param] = value
                else:
                    raise TypeError("Expecting a valid instance of Param, but received: {}".format(param))
        elif extra is not None:
            raise TypeError("Expecting a dict, but received an object of type {}.".format(type(extra)))
        for param in self.params:
            if param in self._defaultParamMap and to.hasParam(param.name):
                to._defaultParamMap[to.getParam(param.name)] = self._defaultParamMap[param]
            if param in paramMap and to.hasParam(param.name):
                to._set(**{param.name: paramMap[param]})
        return to

    def _resetUid(self, newUid):
        newUid = str(newUid)
        self.uid = newUid
        newDefaultParamMap = dict()
        newParamMap = dict()
        for param in self.params:
            newParam = _copy.copy(param)
            newParam.parent = newUid
            if param in self._defaultParamMap:
                newDefaultParamMap[newParam] = self._defaultParamMap[param]
            if param in self._paramMap:
                newParamMap[newParam] = self._paramMap[param]
            param.parent = newUid
        self._defaultParamMap = newDefaultParamMap
        self._paramMap = newParamMap
        return self

def keyword_only(func):
    def wrapper(self, *args, **kwargs):
        if len(args) > 0:
            raise TypeError("Method %s forces keyword arguments." % func.__name__)
        self._input_kwargs = kwargs
        return func(self, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
`;

/**
 * The shared param mixins: [class, param, doc, converter, default (Python expression or null)].
 * Docs are Spark 3.5's texts, as explainParams prints them.
 */
const SHARED: readonly (readonly [string, string, string, string, string | null])[] = [
  ['HasMaxIter', 'maxIter', 'max number of iterations (>= 0).', 'toInt', null],
  ['HasRegParam', 'regParam', 'regularization parameter (>= 0).', 'toFloat', null],
  ['HasFeaturesCol', 'featuresCol', 'features column name.', 'toString', "'features'"],
  ['HasLabelCol', 'labelCol', 'label column name.', 'toString', "'label'"],
  ['HasPredictionCol', 'predictionCol', 'prediction column name.', 'toString', "'prediction'"],
  ['HasProbabilityCol', 'probabilityCol', 'Column name for predicted class conditional probabilities. Note: Not all models output well-calibrated probability estimates! These probabilities should be treated as confidences, not precise probabilities.', 'toString', "'probability'"],
  ['HasRawPredictionCol', 'rawPredictionCol', 'raw prediction (a.k.a. confidence) column name.', 'toString', "'rawPrediction'"],
  ['HasInputCol', 'inputCol', 'input column name.', 'toString', null],
  ['HasInputCols', 'inputCols', 'input column names.', 'toListString', null],
  ['HasOutputCol', 'outputCol', 'output column name.', 'toString', "self.uid + '__output'"],
  ['HasOutputCols', 'outputCols', 'output column names.', 'toListString', null],
  ['HasNumFeatures', 'numFeatures', 'Number of features. Should be greater than 0.', 'toInt', '262144'],
  ['HasCheckpointInterval', 'checkpointInterval', 'set checkpoint interval (>= 1) or disable checkpoint (-1). E.g. 10 means that the cache will get checkpointed every 10 iterations. Note: this setting will be ignored if the checkpoint directory is not set in the SparkContext.', 'toInt', null],
  ['HasSeed', 'seed', 'random seed.', 'toInt', 'hash(type(self).__name__)'],
  ['HasTol', 'tol', 'the convergence tolerance for iterative algorithms (>= 0).', 'toFloat', null],
  ['HasRelativeError', 'relativeError', 'the relative target precision for the approximate quantile algorithm. Must be in the range [0, 1]', 'toFloat', '0.001'],
  ['HasStepSize', 'stepSize', 'Step size to be used for each iteration of optimization (>= 0).', 'toFloat', null],
  ['HasHandleInvalid', 'handleInvalid', 'how to handle invalid entries. Options are skip (which will filter out rows with bad values), or error (which will throw an error). More options may be added later.', 'toString', null],
  ['HasElasticNetParam', 'elasticNetParam', 'the ElasticNet mixing parameter, in range [0, 1]. For alpha = 0, the penalty is an L2 penalty. For alpha = 1, it is an L1 penalty.', 'toFloat', '0.0'],
  ['HasFitIntercept', 'fitIntercept', 'whether to fit an intercept term.', 'toBoolean', 'True'],
  ['HasStandardization', 'standardization', 'whether to standardize the training features before fitting the model.', 'toBoolean', 'True'],
  ['HasThresholds', 'thresholds', "Thresholds in multi-class classification to adjust the probability of predicting each class. Array must have length equal to the number of classes, with values > 0, excepting that at most one value may be 0. The class with largest value p/t is predicted, where p is the original probability of that class and t is the class's threshold.", 'toListFloat', null],
  ['HasThreshold', 'threshold', 'threshold in binary classification prediction, in range [0, 1]', 'toFloat', '0.5'],
  ['HasWeightCol', 'weightCol', 'weight column name. If this is not set or empty, we treat all instance weights as 1.0.', 'toString', null],
  ['HasSolver', 'solver', "the solver algorithm for optimization. If this is not set or empty, default value is 'auto'.", 'toString', "'auto'"],
  ['HasVarianceCol', 'varianceCol', 'column name for the biased sample variance of prediction.', 'toString', null],
  ['HasAggregationDepth', 'aggregationDepth', 'suggested depth for treeAggregate (>= 2).', 'toInt', '2'],
  ['HasParallelism', 'parallelism', 'the number of threads to use when running parallel algorithms (>= 1).', 'toInt', '1'],
  ['HasCollectSubModels', 'collectSubModels', 'Param for whether to collect a list of sub-models trained during tuning. If set to false, then only the single best sub-model will be available after fitting. If set to true, then all sub-models will be available. Warning: For large models, collecting all sub-models can cause OOMs on the Spark driver.', 'toBoolean', 'False'],
  ['HasLoss', 'loss', 'the loss function to be optimized.', 'toString', null],
  ['HasDistanceMeasure', 'distanceMeasure', "the distance measure. Supported options: 'euclidean' and 'cosine'.", 'toString', "'euclidean'"],
  ['HasValidationIndicatorCol', 'validationIndicatorCol', 'name of the column that indicates whether each row is for training or for validation. False indicates training; true indicates validation.', 'toString', null],
  ['HasBlockSize', 'blockSize', 'block size for stacking input data in matrices. Data is stacked within partitions. If block size is more than remaining data in a partition then it is adjusted to the size of this data.', 'toInt', null],
  ['HasMaxBlockSizeInMB', 'maxBlockSizeInMB', 'maximum memory in MB for stacking input data into blocks. Data is stacked within partitions. If more than remaining data size in a partition then it is adjusted to the data size. Default 0.0 represents choosing optimal value, depends on specific algorithm. Must be >= 0.', 'toFloat', '0.0'],
];

/** Python source of `pyspark.ml.param.shared` (after `from pyspark.ml.param import ...`). */
export function sharedSource(): string {
  const lines = ['from pyspark.ml.param import Param, Params, TypeConverters', ''];
  for (const [cls, name, doc, conv, dflt] of SHARED) {
    const cap = name[0]!.toUpperCase() + name.slice(1);
    lines.push(
      `class ${cls}(Params):`,
      `    ${name} = Param(Params._dummy(), ${JSON.stringify(name)}, ${JSON.stringify(doc)}, typeConverter=TypeConverters.${conv})`,
      '    def __init__(self):',
      `        super(${cls}, self).__init__()`,
      ...(dflt === null ? [] : [`        self._setDefault(${name}=${dflt})`]),
      `    def get${cap}(self):`,
      `        return self.getOrDefault(self.${name})`,
      '',
    );
  }
  return lines.join('\n');
}
