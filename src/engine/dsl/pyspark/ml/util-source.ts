/**
 * `pyspark.ml.util` (Python source): ML persistence in Spark's directory layout.
 * `save(path)` writes `metadata/part-00000` (one JSON line: class, timestamp, sparkVersion,
 * uid, paramMap, defaultParamMap, plus extra fields) and, for models, `data/part-00000`
 * (one JSON line of the model's state; vectors and matrices tagged). `load` reads them back,
 * rebuilds the instance under its saved uid and sets its params.
 */
export const UTIL = String.raw`
import json as _json
import os as _os
import time as _time
from pyspark.ml.param import Identifiable, Params, Param, keyword_only, _PARAMS_CLASSES
from pyspark.ml.linalg import DenseVector, SparseVector, DenseMatrix, SparseMatrix, Vector, Matrix

def _spark():
    from pyspark.sql import SparkSession
    s = SparkSession.getActiveSession()
    if s is None:
        raise RuntimeError("No active SparkSession")
    return s

def _encode(v):
    if isinstance(v, DenseVector):
        return {"__vector__": [1, None, None, list(v.array)]}
    if isinstance(v, SparseVector):
        return {"__vector__": [0, v.size, list(v.indices), list(v.values)]}
    if isinstance(v, DenseMatrix):
        return {"__matrix__": [1, v.numRows, v.numCols, None, None, list(v.values), v.isTransposed]}
    if isinstance(v, SparseMatrix):
        return {"__matrix__": [0, v.numRows, v.numCols, list(v.colPtrs), list(v.rowIndices), list(v.values), v.isTransposed]}
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return {"__float__": repr(v)}
    if isinstance(v, dict):
        return {"__dict__": [[_encode(k), _encode(x)] for (k, x) in v.items()]}
    if isinstance(v, tuple):
        return {"__tuple__": [_encode(x) for x in v]}
    if isinstance(v, list):
        return [_encode(x) for x in v]
    return v

def _decode(v):
    if isinstance(v, dict):
        if "__vector__" in v:
            t = v["__vector__"]
            return DenseVector(t[3]) if t[0] == 1 else SparseVector(t[1], t[2], t[3])
        if "__matrix__" in v:
            t = v["__matrix__"]
            return DenseMatrix(t[1], t[2], t[5], t[6]) if t[0] == 1 else SparseMatrix(t[1], t[2], t[3], t[4], t[5], t[6])
        if "__float__" in v:
            return float(v["__float__"])
        if "__dict__" in v:
            return dict((_decode(k), _decode(x)) for (k, x) in v["__dict__"])
        if "__tuple__" in v:
            return tuple(_decode(x) for x in v["__tuple__"])
        return dict((k, _decode(x)) for (k, x) in v.items())
    if isinstance(v, list):
        return [_decode(x) for x in v]
    return v

def _exists(path):
    return _native.path_exists(_spark().sparkContext._jsc, path)

def _write_json_line(path, obj):
    _spark().sparkContext.parallelize([_json.dumps(obj, separators=(",", ":"))], 1).saveAsTextFile(path)

def _read_json_lines(path):
    return [_json.loads(line) for line in _spark().sparkContext.textFile(path).collect()]

class BaseReadWrite:
    def __init__(self):
        self._sparkSession = None
    def session(self, sparkSession):
        self._sparkSession = sparkSession
        return self
    @property
    def sparkSession(self):
        return self._sparkSession or _spark()
    @property
    def sc(self):
        return self.sparkSession.sparkContext

class MLWriter(BaseReadWrite):
    def __init__(self):
        BaseReadWrite.__init__(self)
        self.shouldOverwrite = False
        self.optionMap = {}
        self.source = "internal"
    def format(self, source):
        self.source = source
        return self
    def _handleOverwrite(self, path):
        if _exists(path):
            _native.remove_path(self.sc._jsc, path)
    def save(self, path):
        if not isinstance(path, str):
            raise TypeError("path should be a string, got type %s" % type(path))
        if _exists(path):
            if self.shouldOverwrite:
                self._handleOverwrite(path)
            else:
                raise OSError("Path %s already exists. To overwrite it, please use write.overwrite().save(path) for Scala and use write().overwrite().save(path) for Java and Python." % path)
        self.saveImpl(path)
    def saveImpl(self, path):
        raise NotImplementedError("MLWriter is not yet implemented for type: %s" % type(self))
    def overwrite(self):
        self.shouldOverwrite = True
        return self
    def option(self, key, value):
        self.optionMap[key.lower()] = str(value)
        return self

class GeneralMLWriter(MLWriter):
    def format(self, source):
        self.source = source
        return self

class MLWritable:
    def write(self):
        return DefaultParamsWriter(self)
    def save(self, path):
        self.write().save(path)

class MLReader(BaseReadWrite):
    def load(self, path):
        raise NotImplementedError("MLReader is not yet implemented for type: %s" % type(self))

class MLReadable:
    @classmethod
    def read(cls):
        return DefaultParamsReader(cls)
    @classmethod
    def load(cls, path):
        return cls.read().load(path)

def _param_json(v):
    if isinstance(v, (Vector, Matrix)):
        return _encode(v)
    return v

class DefaultParamsWriter(MLWriter):
    def __init__(self, instance):
        MLWriter.__init__(self)
        self.instance = instance
    def saveImpl(self, path):
        if self.source.lower() == "pmml":
            _write_pmml(self.instance, path, self.sc)
            return
        if self.source not in ("internal", "org.apache.spark.ml.util.DefaultParamsWriter"):
            raise ValueError("Could not load requested format %s for %s" % (self.source, type(self.instance).__name__))
        DefaultParamsWriter.saveMetadata(self.instance, path, self.sc)
        data = self.instance._model_data() if hasattr(self.instance, "_model_data") else None
        if data is not None:
            _write_json_line(_os.path.join(path, "data"), _encode(data))
        if hasattr(self.instance, "_save_extra"):
            self.instance._save_extra(path)
    @staticmethod
    def extractJsonParams(instance, skipParams):
        paramMap = instance.extractParamMap()
        return dict((p.name, _param_json(paramMap[p])) for p in paramMap if p.name not in skipParams and p in instance._paramMap)
    @staticmethod
    def saveMetadata(instance, path, sc, extraMetadata=None, paramMap=None):
        metadataPath = _os.path.join(path, "metadata")
        metadataJson = DefaultParamsWriter._get_metadata_to_save(instance, sc, extraMetadata, paramMap)
        sc.parallelize([metadataJson], 1).saveAsTextFile(metadataPath)
    @staticmethod
    def _get_metadata_to_save(instance, sc, extraMetadata=None, paramMap=None):
        uid = instance.uid
        cls = _class_name(instance)
        params = instance._paramMap
        jsonParams = {}
        if paramMap is not None:
            jsonParams = paramMap
        else:
            for p in params:
                jsonParams[p.name] = _param_json(params[p])
        jsonDefaultParams = {}
        for p in instance._defaultParamMap:
            jsonDefaultParams[p.name] = _param_json(instance._defaultParamMap[p])
        basicMetadata = {"class": cls, "timestamp": int(round(_time.time() * 1000)), "sparkVersion": sc.version,
                         "uid": uid, "paramMap": jsonParams, "defaultParamMap": jsonDefaultParams}
        if extraMetadata is not None:
            basicMetadata.update(extraMetadata)
        return _json.dumps(basicMetadata, separators=(",", ":"))

def _write_pmml(instance, path, sc):
    """PMML 4.2 RegressionModel for linear models (Spark writes PMML for LinearRegressionModel)."""
    if not (hasattr(instance, "coefficients") and hasattr(instance, "intercept")):
        raise ValueError("Could not load requested format pmml for %s" % type(instance).__name__)
    coef = list(instance.coefficients.toArray())
    fields = "".join('<DataField name="field_%d" optype="continuous" dataType="double"/>' % i for i in range(len(coef)))
    mining = "".join('<MiningField name="field_%d" usageType="active"/>' % i for i in range(len(coef)))
    preds = "".join('<NumericPredictor name="field_%d" coefficient="%r"/>' % (i, c) for (i, c) in enumerate(coef))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<PMML xmlns="http://www.dmg.org/PMML-4_2" version="4.2"><Header description="linear regression"/>'
           '<DataDictionary numberOfFields="%d">%s<DataField name="target" optype="continuous" dataType="double"/></DataDictionary>'
           '<RegressionModel modelName="linear regression" functionName="regression"><MiningSchema>%s'
           '<MiningField name="target" usageType="target"/></MiningSchema><RegressionTable intercept="%r">%s</RegressionTable>'
           '</RegressionModel></PMML>') % (len(coef) + 1, fields, mining, float(instance.intercept), preds)
    sc.parallelize([xml], 1).saveAsTextFile(path)

def _class_name(instance):
    return _class_name_of_type(type(instance))

def _class_name_of_type(t):
    java = getattr(t, "_java_class", None)
    if java:
        return java
    return t.__module__ + "." + t.__name__

_JAVA_TO_PY = {}

def _register_java_class(java_name, cls):
    _JAVA_TO_PY[java_name] = cls

def _find_class(name, hint=None):
    if name in _JAVA_TO_PY:
        return _JAVA_TO_PY[name]
    parts = name.split(".")
    if hint is not None and hint.__name__ == parts[-1] and _class_name_of_type(hint) == name:
        return hint
    if name in _PARAMS_CLASSES:
        return _PARAMS_CLASSES[name]
    module = ".".join(parts[:-1])
    if module.startswith("org.apache.spark."):
        module = "py" + module[len("org.apache."):]
    m = _import_module(module)
    return getattr(m, parts[-1])

class DefaultParamsReadable(MLReadable):
    @classmethod
    def read(cls):
        return DefaultParamsReader(cls)

class DefaultParamsWritable(MLWritable):
    def write(self):
        if isinstance(self, Params):
            return DefaultParamsWriter(self)
        raise TypeError("Cannot use DefaultParamsWritable with type %s because it does not extend Params." % type(self))

class DefaultParamsReader(MLReader):
    def __init__(self, cls):
        MLReader.__init__(self)
        self.cls = cls
    def load(self, path):
        metadata = DefaultParamsReader.loadMetadata(path, self.sc)
        py_type = _find_class(metadata["class"], self.cls)
        instance = py_type._empty_for_load() if hasattr(py_type, "_empty_for_load") else py_type()
        instance._resetUid(metadata["uid"])
        DefaultParamsReader.getAndSetParams(instance, metadata)
        if _exists(_os.path.join(path, "data")):
            data = _read_json_lines(_os.path.join(path, "data"))
            if data and hasattr(instance, "_set_model_data"):
                instance._set_model_data(_decode(data[0]))
        if hasattr(instance, "_load_extra"):
            instance._load_extra(path, metadata)
        return instance
    @staticmethod
    def loadMetadata(path, sc, expectedClassName=""):
        metadataPath = _os.path.join(path, "metadata")
        if not _exists(metadataPath):
            raise OSError("Input path does not exist: file:%s" % metadataPath)
        metadataStr = sc.textFile(metadataPath, 1).first()
        loadedVals = DefaultParamsReader._parseMetaData(metadataStr, expectedClassName)
        return loadedVals
    @staticmethod
    def _parseMetaData(metadataStr, expectedClassName=""):
        metadata = _json.loads(metadataStr)
        className = metadata["class"]
        if len(expectedClassName) > 0:
            assert className == expectedClassName, "Error loading metadata: Expected class name %s but found class name %s" % (expectedClassName, className)
        return metadata
    @staticmethod
    def getAndSetParams(instance, metadata, skipParams=None):
        if "paramMap" in metadata:
            for paramName in metadata["paramMap"]:
                if skipParams is None or paramName not in skipParams:
                    if instance.hasParam(paramName):
                        param = instance.getParam(paramName)
                        instance.set(param, _decode(metadata["paramMap"][paramName]))
        if "defaultParamMap" in metadata:
            for paramName in metadata["defaultParamMap"]:
                if instance.hasParam(paramName):
                    param = instance.getParam(paramName)
                    instance._defaultParamMap[param] = _decode(metadata["defaultParamMap"][paramName])
    @staticmethod
    def isPythonParamsInstance(metadata):
        return metadata["class"].startswith("pyspark.ml.")
    @staticmethod
    def loadParamsInstance(path, sc):
        metadata = DefaultParamsReader.loadMetadata(path, sc)
        py_type = _find_class(metadata["class"])
        return py_type.load(path)

# Java-backed classes in PySpark; here every class is written in Python, with these names for parity.
JavaMLWriter = DefaultParamsWriter
JavaMLReader = DefaultParamsReader
JavaMLWritable = DefaultParamsWritable
JavaMLReadable = DefaultParamsReadable

class HasTrainingSummary:
    @property
    def hasSummary(self):
        return getattr(self, "_summary", None) is not None
    @property
    def summary(self):
        if self.hasSummary:
            return self._summary
        raise RuntimeError("No training summary available for this %s" % self.__class__.__name__)

def try_remote_functions(f):
    return f

def inherit_doc(cls):
    return cls

def since(version):
    def deco(f):
        return f
    return deco
`;
