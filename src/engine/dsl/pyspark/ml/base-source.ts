/**
 * `pyspark.ml.base`, `pyspark.ml.pipeline` and the DataFrame helpers ML code uses
 * (Python source). Transformer/Estimator/Model follow PySpark's fit/transform protocol
 * (a param map copies the stage first; a list of maps fits one model each).
 */
export const BASE = String.raw`
import copy as _copy
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import HasInputCol, HasOutputCol, HasLabelCol, HasFeaturesCol, HasPredictionCol
from pyspark.ml.util import DefaultParamsReadable, DefaultParamsWritable, MLReadable, MLWritable, MLWriter, MLReader, DefaultParamsWriter, DefaultParamsReader, _class_name, _find_class, _register_java_class

class _FitMultipleIterator:
    def __init__(self, fitSingleModel, numModels):
        self.fitSingleModel = fitSingleModel
        self.numModel = numModels
        self.counter = 0
    def __iter__(self):
        return self
    def __next__(self):
        index = self.counter
        if index >= self.numModel:
            raise StopIteration("No models remaining.")
        self.counter += 1
        return index, self.fitSingleModel(index)
    def next(self):
        return self.__next__()

class Estimator(Params):
    def _fit(self, dataset):
        raise NotImplementedError()
    def fitMultiple(self, dataset, paramMaps):
        estimator = self.copy()
        def fitSingleModel(index):
            return estimator.fit(dataset, paramMaps[index])
        return _FitMultipleIterator(fitSingleModel, len(paramMaps))
    def fit(self, dataset, params=None):
        if params is None:
            params = dict()
        if isinstance(params, (list, tuple)):
            models = [None] * len(params)
            for index, model in self.fitMultiple(dataset, params):
                models[index] = model
            return models
        elif isinstance(params, dict):
            if params:
                return self.copy(params)._fit(dataset)
            return self._fit(dataset)
        raise TypeError("Params must be either a param map or a list/tuple of param maps, but got %s." % type(params))
    def _new_model(self, model):
        # The fitted model shares the estimator's uid and param values, as Spark's copyValues(new Model(uid)).
        model._resetUid(self.uid)
        self._copyValues(model)
        return model

class Transformer(Params):
    def _transform(self, dataset):
        raise NotImplementedError()
    def transform(self, dataset, params=None):
        if params is None:
            params = dict()
        if isinstance(params, dict):
            if params:
                return self.copy(params)._transform(dataset)
            return self._transform(dataset)
        raise TypeError("Params must be a param map but got %s." % type(params))

class Model(Transformer):
    pass

class UnaryTransformer(HasInputCol, HasOutputCol, Transformer):
    def setInputCol(self, value):
        return self._set(inputCol=value)
    def setOutputCol(self, value):
        return self._set(outputCol=value)
    def createTransformFunc(self):
        raise NotImplementedError()
    def outputDataType(self):
        raise NotImplementedError()
    def validateInputType(self, inputType):
        pass
    def transformSchema(self, schema):
        from pyspark.sql.types import StructField, StructType
        inputType = schema[self.getInputCol()].dataType
        self.validateInputType(inputType)
        if self.getOutputCol() in schema.names:
            raise ValueError("Output column %s already exists." % self.getOutputCol())
        outputFields = _copy.copy(schema.fields)
        outputFields.append(StructField(self.getOutputCol(), self.outputDataType(), nullable=False))
        return StructType(outputFields)
    def _transform(self, dataset):
        f = self.createTransformFunc()
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), self.outputDataType())], lambda v: (f(v),))

class Predictor(Estimator, HasLabelCol, HasFeaturesCol, HasPredictionCol):
    def setLabelCol(self, value):
        return self._set(labelCol=value)
    def setFeaturesCol(self, value):
        return self._set(featuresCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)

class PredictionModel(Model, HasFeaturesCol, HasPredictionCol):
    def setFeaturesCol(self, value):
        return self._set(featuresCol=value)
    def setPredictionCol(self, value):
        return self._set(predictionCol=value)
    @property
    def numFeatures(self):
        raise NotImplementedError()
    def predict(self, value):
        raise NotImplementedError()
    def _transform(self, dataset):
        from pyspark.sql.types import DoubleType
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getPredictionCol(), DoubleType())], lambda v: (float(self.predict(v)),))

def _with_columns(df, inputCols, outputs, fn, keep=None):
    """df with columns appended: fn(*inputs) gives one tuple of values per row for outputs
    [(name, DataType)]; keep(*inputs) False drops the row. A same-named column is replaced in place."""
    from pyspark.sql.types import StructType, StructField, _ddl_type
    from pyspark.sql.dataframe import DataFrame
    if keep is None:
        rows = df.select(*inputCols).collect() if inputCols else [()] * df.count()
        results = [fn(*r) for r in rows]
        cols = [(n, _ddl_type(t), [res[k] for res in results]) for (k, (n, t)) in enumerate(outputs)]
        view = _native.append_columns(df, cols)
        return DataFrame("SELECT * FROM %s" % view, df.sparkSession)
    schema = df.schema
    names = schema.names
    idx = [names.index(c) for c in inputCols]
    fields = list(schema.fields)
    rows = []
    for r in df.collect():
        vals = list(r)
        ins = [vals[i] for i in idx]
        if not keep(*ins):
            continue
        res = fn(*ins)
        for (k, (n, t)) in enumerate(outputs):
            if n in names:
                vals[names.index(n)] = res[k]
            else:
                vals.append(res[k])
        rows.append(vals)
    for (n, t) in outputs:
        if n in names:
            fields[names.index(n)] = StructField(n, t, True)
        else:
            fields.append(StructField(n, t, True))
    return df.sparkSession.createDataFrame(rows, StructType(fields))

class Pipeline(Estimator, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.Pipeline"
    stages = Param(Params._dummy(), "stages", "a list of pipeline stages")

    @keyword_only
    def __init__(self, *, stages=None):
        super(Pipeline, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    def setStages(self, value):
        return self._set(stages=value)

    def getStages(self):
        return self.getOrDefault(self.stages)

    @keyword_only
    def setParams(self, *, stages=None):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def _fit(self, dataset):
        stages = self.getStages()
        for stage in stages:
            if not (isinstance(stage, Estimator) or isinstance(stage, Transformer)):
                raise TypeError("Cannot recognize a pipeline stage of type %s." % type(stage))
        indexOfLastEstimator = -1
        for i, stage in enumerate(stages):
            if isinstance(stage, Estimator):
                indexOfLastEstimator = i
        transformers = []
        for i, stage in enumerate(stages):
            if i <= indexOfLastEstimator:
                if isinstance(stage, Transformer):
                    transformers.append(stage)
                    dataset = stage.transform(dataset)
                else:
                    model = stage.fit(dataset)
                    transformers.append(model)
                    if i < indexOfLastEstimator:
                        dataset = model.transform(dataset)
            else:
                transformers.append(stage)
        return PipelineModel(transformers)._resetUid(self.uid)

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        that = Params.copy(self, extra)
        stages = [stage.copy(extra) for stage in that.getStages()]
        return that.setStages(stages)

    def write(self):
        return _PipelineWriter(self)

    @classmethod
    def read(cls):
        return _PipelineReader(cls)

class PipelineModel(Model, MLReadable, MLWritable):
    _java_class = "org.apache.spark.ml.PipelineModel"

    def __init__(self, stages=None):
        super(PipelineModel, self).__init__()
        self.stages = stages if stages is not None else []

    def _transform(self, dataset):
        for t in self.stages:
            dataset = t.transform(dataset)
        return dataset

    def copy(self, extra=None):
        if extra is None:
            extra = dict()
        stages = [stage.copy(extra) for stage in self.stages]
        return PipelineModel(stages)._resetUid(self.uid)

    def write(self):
        return _PipelineWriter(self)

    @classmethod
    def read(cls):
        return _PipelineReader(cls)

def _stages_of(instance):
    return instance.getStages() if isinstance(instance, Pipeline) else instance.stages

class _PipelineWriter(MLWriter):
    def __init__(self, instance):
        MLWriter.__init__(self)
        self.instance = instance
    def saveImpl(self, path):
        import os
        stages = _stages_of(self.instance)
        for stage in stages:
            if not isinstance(stage, MLWritable):
                raise ValueError("Pipeline write will fail on this pipeline because stage %s of type %s is not MLWritable" % (stage.uid, type(stage)))
        DefaultParamsWriter.saveMetadata(self.instance, path, self.sc, paramMap={"stageUids": [s.uid for s in stages]})
        for (i, stage) in enumerate(stages):
            stage.write().save(os.path.join(path, "stages", "%d_%s" % (i, stage.uid)))

class _PipelineReader(MLReader):
    def __init__(self, cls):
        MLReader.__init__(self)
        self.cls = cls
    def load(self, path):
        import os
        metadata = DefaultParamsReader.loadMetadata(path, self.sc)
        uids = metadata["paramMap"]["stageUids"]
        stages = []
        for (i, uid) in enumerate(uids):
            stages.append(DefaultParamsReader.loadParamsInstance(os.path.join(path, "stages", "%d_%s" % (i, uid)), self.sc))
        if metadata["class"] == "org.apache.spark.ml.PipelineModel":
            return PipelineModel(stages)._resetUid(metadata["uid"])
        return Pipeline(stages=stages)._resetUid(metadata["uid"])

def _html_escape(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def _stage_cols(stage, names):
    out = []
    for n in names:
        if stage.hasParam(n) and stage.isDefined(n):
            v = stage.getOrDefault(n)
            out.extend(v if isinstance(v, list) else [v])
    return out

def _display_html(obj):
    """A Pipeline / PipelineModel as a row of stage boxes (Estimator vs Transformer, input and output
    columns) for display(); None for anything else."""
    if isinstance(obj, Pipeline):
        stages = obj.getStages() if obj.isDefined(obj.stages) else []
        title = "Pipeline"
    elif isinstance(obj, PipelineModel):
        stages = obj.stages
        title = "PipelineModel"
    else:
        return None
    boxes = []
    for (i, st) in enumerate(stages):
        kind = "Estimator" if isinstance(st, Estimator) else ("Model" if isinstance(st, Model) else "Transformer")
        color = "#fde2b3" if kind == "Estimator" else ("#d4ecd4" if kind == "Model" else "#d6e4f5")
        ins = _stage_cols(st, ["inputCol", "inputCols", "featuresCol", "labelCol"])
        outs = _stage_cols(st, ["outputCol", "outputCols", "predictionCol"])
        boxes.append('<div class="flint-ml-stage" style="display:inline-block;vertical-align:top;border:1px solid #888;'
                     'border-radius:6px;padding:6px 10px;margin:4px;background:%s;font:12px sans-serif">'
                     '<div><b>%d. %s</b></div><div style="color:#555">%s</div>'
                     '<div>in: %s</div><div>out: %s</div></div>' % (
                         color, i, _html_escape(type(st).__name__), kind,
                         _html_escape(", ".join(ins) or "-"), _html_escape(", ".join(outs) or "-")))
    arrow = '<span style="display:inline-block;vertical-align:top;margin-top:24px">&#8594;</span>'
    return ('<div class="flint-ml-pipeline"><div style="font:bold 13px sans-serif">%s %s</div>%s</div>'
            % (title, _html_escape(obj.uid), arrow.join(boxes)))

_register_java_class("org.apache.spark.ml.Pipeline", Pipeline)
_register_java_class("org.apache.spark.ml.PipelineModel", PipelineModel)
`;
