/**
 * `pyspark.ml.tuning` (Python source): ParamGridBuilder, CrossValidator and
 * TrainValidationSplit with their models, as PySpark 3.5 writes them in Python: folds from
 * a `rand(seed)` column (fold i validates on [i/k, (i+1)/k)), one fit per param map and fold,
 * avgMetrics/stdMetrics over folds, the best map refitted on the whole dataset.
 * Persistence follows PySpark's layout: metadata with the param maps, then
 * `estimator/`, `evaluator/` and `bestModel/` (and `subModels/` when kept).
 */
export const TUNING = String.raw`
import itertools as _itertools
import json as _json
import os as _os
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import HasSeed, HasParallelism, HasCollectSubModels
from pyspark.ml.base import Estimator, Model
from pyspark.ml.util import MLReadable, MLWritable, MLWriter, MLReader, DefaultParamsWriter, DefaultParamsReader, _register_java_class, _encode, _decode

__all__ = ["ParamGridBuilder", "CrossValidator", "CrossValidatorModel", "TrainValidationSplit", "TrainValidationSplitModel"]

class ParamGridBuilder:
    def __init__(self):
        self._param_grid = {}

    def addGrid(self, param, values):
        if isinstance(param, Param):
            self._param_grid[param] = values
        else:
            raise TypeError("param must be an instance of Param")
        return self

    def baseOn(self, *args):
        if isinstance(args[0], dict):
            self.baseOn(*args[0].items())
        else:
            for (param, value) in args:
                self.addGrid(param, [value])
        return self

    def build(self):
        keys = self._param_grid.keys()
        grid_values = self._param_grid.values()
        def to_key_value_pairs(keys, values):
            return [(key, key.typeConverter(value)) for key, value in zip(keys, values)]
        return [dict(to_key_value_pairs(keys, prod)) for prod in _itertools.product(*grid_values)]

class _ValidatorParams(HasSeed):
    estimator = Param(Params._dummy(), "estimator", "estimator to be cross-validated")
    estimatorParamMaps = Param(Params._dummy(), "estimatorParamMaps", "estimator param maps")
    evaluator = Param(Params._dummy(), "evaluator", "evaluator used to select hyper-parameters that maximize the validator metric")

    def getEstimator(self):
        return self.getOrDefault(self.estimator)
    def getEstimatorParamMaps(self):
        return self.getOrDefault(self.estimatorParamMaps)
    def getEvaluator(self):
        return self.getOrDefault(self.evaluator)

class _CrossValidatorParams(_ValidatorParams):
    numFolds = Param(Params._dummy(), "numFolds", "number of folds for cross validation", typeConverter=TypeConverters.toInt)
    foldCol = Param(Params._dummy(), "foldCol", "Param for the column name of user specified fold number. Once this is specified, :py:class:` + "`CrossValidator`" + String.raw` won't do random k-fold split. Note that this column should be integer type with range [0, numFolds) and Spark will throw exception on out-of-range fold numbers.", typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_CrossValidatorParams, self).__init__(*args)
        self._setDefault(numFolds=3, foldCol="")
    def getNumFolds(self):
        return self.getOrDefault(self.numFolds)
    def getFoldCol(self):
        return self.getOrDefault(self.foldCol)

class _TrainValidationSplitParams(_ValidatorParams):
    trainRatio = Param(Params._dummy(), "trainRatio", "Param for ratio between train and validation data. Must be between 0 and 1.", typeConverter=TypeConverters.toFloat)

    def __init__(self, *args):
        super(_TrainValidationSplitParams, self).__init__(*args)
        self._setDefault(trainRatio=0.75)
    def getTrainRatio(self):
        return self.getOrDefault(self.trainRatio)

def _fit_tasks(est, train, eva, validation, epm, collectSubModel):
    modelIter = est.fitMultiple(train, epm)
    out = []
    for _ in range(len(epm)):
        index, model = next(modelIter)
        metric = eva.evaluate(model.transform(validation, epm[index]))
        out.append((index, metric, model if collectSubModel else None))
    return out

def _best_index(eva, metrics):
    best = 0
    for i in range(1, len(metrics)):
        if (metrics[i] > metrics[best]) if eva.isLargerBetter() else (metrics[i] < metrics[best]):
            best = i
    return best

# ---- persistence (PySpark's _ValidatorSharedReadWrite layout) ----

def _param_maps_json(epm):
    out = []
    for m in epm:
        row = []
        for (p, v) in m.items():
            if isinstance(v, Params):
                row.append({"parent": p.parent, "name": p.name, "value": v.uid, "isJson": False})
            else:
                row.append({"parent": p.parent, "name": p.name, "value": _json.dumps(_encode(v)), "isJson": True})
        out.append(row)
    return out

def _stages_by_uid(est):
    found = {}
    def walk(s):
        found[s.uid] = s
        if hasattr(s, "getStages"):
            for t in s.getStages():
                walk(t)
        if hasattr(s, "stages") and isinstance(getattr(s, "stages", None), list):
            for t in s.stages:
                walk(t)
    walk(est)
    return found

def _param_maps_from_json(maps, est, eva, path, sc):
    stages = _stages_by_uid(est)
    stages[eva.uid] = eva
    out = []
    for row in maps:
        m = {}
        for e in row:
            owner = stages[e["parent"]]
            p = owner.getParam(e["name"])
            if e["isJson"]:
                m[p] = _decode(_json.loads(e["value"]))
            else:
                m[p] = DefaultParamsReader.loadParamsInstance(_os.path.join(path, "epm_" + e["name"] + str(len(out))), sc)
        out.append(m)
    return out

class _ValidatorWriter(MLWriter):
    def __init__(self, instance, extra):
        MLWriter.__init__(self)
        self.instance = instance
        self.extra = extra
    def saveImpl(self, path):
        inst = self.instance
        skip = {"estimator", "evaluator", "estimatorParamMaps"}
        jsonParams = dict((p.name, _encode(v)) for (p, v) in inst._paramMap.items() if p.name not in skip)
        jsonParams["estimatorParamMaps"] = _param_maps_json(inst.getEstimatorParamMaps())
        extra = self.extra(inst) if self.extra else {}
        DefaultParamsWriter.saveMetadata(inst, path, self.sc, extraMetadata=extra, paramMap=jsonParams)
        inst.getEvaluator().write().save(_os.path.join(path, "evaluator"))
        inst.getEstimator().write().save(_os.path.join(path, "estimator"))
        if isinstance(inst, Model):
            inst.bestModel.write().save(_os.path.join(path, "bestModel"))
            subs = getattr(inst, "subModels", None)
            if subs is not None and extra.get("persistSubModels"):
                for (i, fold) in enumerate(subs if isinstance(subs[0], list) else [subs]):
                    for (j, m) in enumerate(fold):
                        sub = _os.path.join(path, "subModels", "fold%d" % i, str(j)) if isinstance(subs[0], list) else _os.path.join(path, "subModels", str(j))
                        m.write().save(sub)

class _ValidatorReader(MLReader):
    def __init__(self, cls):
        MLReader.__init__(self)
        self.cls = cls
    def load(self, path):
        metadata = DefaultParamsReader.loadMetadata(path, self.sc)
        evaluator = DefaultParamsReader.loadParamsInstance(_os.path.join(path, "evaluator"), self.sc)
        estimator = DefaultParamsReader.loadParamsInstance(_os.path.join(path, "estimator"), self.sc)
        epm = _param_maps_from_json(metadata["paramMap"]["estimatorParamMaps"], estimator, evaluator, path, self.sc)
        cls = _JAVA[metadata["class"]]
        if cls in (CrossValidatorModel, TrainValidationSplitModel):
            best = DefaultParamsReader.loadParamsInstance(_os.path.join(path, "bestModel"), self.sc)
            if cls is CrossValidatorModel:
                inst = CrossValidatorModel(best, metadata.get("avgMetrics", []), None, metadata.get("stdMetrics", []))
            else:
                inst = TrainValidationSplitModel(best, metadata.get("validationMetrics", []), None)
        else:
            inst = cls()
        inst._resetUid(metadata["uid"])
        inst._set(estimator=estimator, evaluator=evaluator, estimatorParamMaps=epm)
        for (name, v) in metadata["paramMap"].items():
            if name != "estimatorParamMaps" and inst.hasParam(name):
                inst.set(inst.getParam(name), _decode(v))
        for (name, v) in metadata.get("defaultParamMap", {}).items():
            if inst.hasParam(name):
                inst._defaultParamMap[inst.getParam(name)] = _decode(v)
        return inst

class CrossValidator(Estimator, _CrossValidatorParams, HasParallelism, HasCollectSubModels, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.tuning.CrossValidator"

    @keyword_only
    def __init__(self, *, estimator=None, estimatorParamMaps=None, evaluator=None, numFolds=3, seed=None, parallelism=1, collectSubModels=False, foldCol=""):
        super(CrossValidator, self).__init__()
        self._setDefault(parallelism=1)
        kwargs = self._input_kwargs
        self._set(**kwargs)

    @keyword_only
    def setParams(self, *, estimator=None, estimatorParamMaps=None, evaluator=None, numFolds=3, seed=None, parallelism=1, collectSubModels=False, foldCol=""):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setEstimator(self, value):
        return self._set(estimator=value)
    def setEstimatorParamMaps(self, value):
        return self._set(estimatorParamMaps=value)
    def setEvaluator(self, value):
        return self._set(evaluator=value)
    def setNumFolds(self, value):
        return self._set(numFolds=value)
    def setFoldCol(self, value):
        return self._set(foldCol=value)
    def setSeed(self, value):
        return self._set(seed=value)
    def setParallelism(self, value):
        return self._set(parallelism=value)
    def setCollectSubModels(self, value):
        return self._set(collectSubModels=value)

    def _kFold(self, dataset):
        from pyspark.sql.functions import col, rand
        nFolds = self.getOrDefault(self.numFolds)
        foldCol = self.getOrDefault(self.foldCol)
        datasets = []
        if not foldCol:
            seed = self.getOrDefault(self.seed)
            h = 1.0 / nFolds
            randCol = self.uid + "_rand"
            df = dataset.select("*", rand(seed).alias(randCol))
            for i in range(nFolds):
                validateLB = i * h
                validateUB = (i + 1) * h
                condition = (df[randCol] >= validateLB) & (df[randCol] < validateUB)
                validation = df.filter(condition)
                train = df.filter(~condition)
                datasets.append((train, validation))
        else:
            bad = dataset.filter((col(foldCol) < 0) | (col(foldCol) >= nFolds)).count()
            if bad > 0:
                raise ValueError("Fold number must be in range [0, %s), but got %s." % (nFolds, bad))
            for i in range(nFolds):
                training = dataset.filter(col(foldCol) != i)
                validation = dataset.filter(col(foldCol) == i)
                if training.isEmpty():
                    raise ValueError("The training data at fold %s is empty." % i)
                if validation.isEmpty():
                    raise ValueError("The validation data at fold %s is empty." % i)
                datasets.append((training, validation))
        return datasets

    def _fit(self, dataset):
        est = self.getOrDefault(self.estimator)
        epm = self.getOrDefault(self.estimatorParamMaps)
        numModels = len(epm)
        eva = self.getOrDefault(self.evaluator)
        nFolds = self.getOrDefault(self.numFolds)
        metrics_all = [[0.0] * numModels for i in range(nFolds)]
        collectSubModelsParam = self.getCollectSubModels()
        subModels = [[None for j in range(numModels)] for i in range(nFolds)] if collectSubModelsParam else None
        datasets = self._kFold(dataset)
        for i in range(nFolds):
            validation = datasets[i][1].cache()
            train = datasets[i][0].cache()
            for (j, metric, subModel) in _fit_tasks(est, train, eva, validation, epm, collectSubModelsParam):
                metrics_all[i][j] = metric
                if collectSubModelsParam:
                    subModels[i][j] = subModel
            validation.unpersist()
            train.unpersist()
        metrics, std_metrics = CrossValidator._gen_avg_and_std_metrics(metrics_all)
        bestIndex = _best_index(eva, metrics)
        bestModel = est.fit(dataset, epm[bestIndex])
        return self._copyValues(CrossValidatorModel(bestModel, metrics, subModels, std_metrics))

    @staticmethod
    def _gen_avg_and_std_metrics(metrics_all):
        import math
        n = len(metrics_all)
        k = len(metrics_all[0]) if n else 0
        avg = []
        std = []
        for j in range(k):
            col = [metrics_all[i][j] for i in range(n)]
            m = sum(col) / n
            avg.append(m)
            std.append(math.sqrt(sum((x - m) ** 2 for x in col) / n))
        return avg, std

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        newCV = Params.copy(self, extra)
        if self.isSet(self.estimator):
            newCV.setEstimator(self.getEstimator().copy(extra))
        if self.isSet(self.evaluator):
            newCV.setEvaluator(self.getEvaluator().copy(extra))
        return newCV

    def write(self):
        return _ValidatorWriter(self, None)

    @classmethod
    def read(cls):
        return _ValidatorReader(cls)

class CrossValidatorModel(Model, _CrossValidatorParams, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.tuning.CrossValidatorModel"

    def __init__(self, bestModel=None, avgMetrics=None, subModels=None, stdMetrics=None):
        super(CrossValidatorModel, self).__init__()
        self.bestModel = bestModel
        self.avgMetrics = avgMetrics or []
        self.subModels = subModels
        self.stdMetrics = stdMetrics or []

    def _transform(self, dataset):
        return self.bestModel.transform(dataset)

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        bestModel = self.bestModel.copy(extra)
        avgMetrics = list(self.avgMetrics)
        subModels = [[sub.copy() for sub in fold] for fold in self.subModels] if self.subModels is not None else None
        return self._copyValues(CrossValidatorModel(bestModel, avgMetrics, subModels, list(self.stdMetrics)), extra=extra)

    def write(self):
        return _ValidatorWriter(self, lambda m: {"avgMetrics": list(m.avgMetrics), "stdMetrics": list(m.stdMetrics), "persistSubModels": False})

    @classmethod
    def read(cls):
        return _ValidatorReader(cls)

class TrainValidationSplit(Estimator, _TrainValidationSplitParams, HasParallelism, HasCollectSubModels, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.tuning.TrainValidationSplit"

    @keyword_only
    def __init__(self, *, estimator=None, estimatorParamMaps=None, evaluator=None, trainRatio=0.75, parallelism=1, collectSubModels=False, seed=None):
        super(TrainValidationSplit, self).__init__()
        self._setDefault(parallelism=1)
        kwargs = self._input_kwargs
        self._set(**kwargs)

    @keyword_only
    def setParams(self, *, estimator=None, estimatorParamMaps=None, evaluator=None, trainRatio=0.75, parallelism=1, collectSubModels=False, seed=None):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setEstimator(self, value):
        return self._set(estimator=value)
    def setEstimatorParamMaps(self, value):
        return self._set(estimatorParamMaps=value)
    def setEvaluator(self, value):
        return self._set(evaluator=value)
    def setTrainRatio(self, value):
        return self._set(trainRatio=value)
    def setSeed(self, value):
        return self._set(seed=value)
    def setParallelism(self, value):
        return self._set(parallelism=value)
    def setCollectSubModels(self, value):
        return self._set(collectSubModels=value)

    def _fit(self, dataset):
        from pyspark.sql.functions import rand
        est = self.getOrDefault(self.estimator)
        epm = self.getOrDefault(self.estimatorParamMaps)
        numModels = len(epm)
        eva = self.getOrDefault(self.evaluator)
        tRatio = self.getOrDefault(self.trainRatio)
        seed = self.getOrDefault(self.seed)
        randCol = self.uid + "_rand"
        df = dataset.select("*", rand(seed).alias(randCol))
        condition = df[randCol] >= tRatio
        validation = df.filter(condition).cache()
        train = df.filter(~condition).cache()
        collectSubModelsParam = self.getCollectSubModels()
        subModels = [None for i in range(numModels)] if collectSubModelsParam else None
        metrics = [None] * numModels
        for (j, metric, subModel) in _fit_tasks(est, train, eva, validation, epm, collectSubModelsParam):
            metrics[j] = metric
            if collectSubModelsParam:
                subModels[j] = subModel
        train.unpersist()
        validation.unpersist()
        bestIndex = _best_index(eva, metrics)
        bestModel = est.fit(dataset, epm[bestIndex])
        return self._copyValues(TrainValidationSplitModel(bestModel, metrics, subModels))

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        newTVS = Params.copy(self, extra)
        if self.isSet(self.estimator):
            newTVS.setEstimator(self.getEstimator().copy(extra))
        if self.isSet(self.evaluator):
            newTVS.setEvaluator(self.getEvaluator().copy(extra))
        return newTVS

    def write(self):
        return _ValidatorWriter(self, None)

    @classmethod
    def read(cls):
        return _ValidatorReader(cls)

class TrainValidationSplitModel(Model, _TrainValidationSplitParams, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.tuning.TrainValidationSplitModel"

    def __init__(self, bestModel=None, validationMetrics=None, subModels=None):
        super(TrainValidationSplitModel, self).__init__()
        self.bestModel = bestModel
        self.validationMetrics = validationMetrics or []
        self.subModels = subModels

    def _transform(self, dataset):
        return self.bestModel.transform(dataset)

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        bestModel = self.bestModel.copy(extra)
        subModels = [sub.copy() for sub in self.subModels] if self.subModels is not None else None
        return self._copyValues(TrainValidationSplitModel(bestModel, list(self.validationMetrics), subModels), extra=extra)

    def write(self):
        return _ValidatorWriter(self, lambda m: {"validationMetrics": list(m.validationMetrics), "persistSubModels": False})

    @classmethod
    def read(cls):
        return _ValidatorReader(cls)

_JAVA = {}
for _c in [CrossValidator, CrossValidatorModel, TrainValidationSplit, TrainValidationSplitModel]:
    _register_java_class(_c._java_class, _c)
    _JAVA[_c._java_class] = _c
`;
