/**
 * `pyspark.ml.classification` part 60 (Python source): OneVsRest — one binary copy of the
 * classifier per class on the label recoded to 1.0 / 0.0 (fitted `parallelism` at a time),
 * and OneVsRestModel: rawPrediction holds each model's confidence (its rawPrediction[1]),
 * prediction the first class of highest confidence. Persistence in Spark's layout: the
 * classifier under `classifier/`, the models under `model_<i>/`, numClasses in the metadata.
 */
export const OVR = String.raw`
import os as _os
from pyspark.ml.param import Params as _OvrParams
from pyspark.ml.util import MLWriter as _OvrMLWriter, MLReader as _OvrMLReader, DefaultParamsWriter as _OvrDPW, DefaultParamsReader as _OvrDPR, _encode as _ovr_encode, _decode as _ovr_decode

class _OneVsRestParams(_ClassifierParams, HasWeightCol):
    classifier = Param(Params._dummy(), "classifier", "base binary classifier")
    def getClassifier(self):
        return self.getOrDefault(self.classifier)

class _OneVsRestWriter(_OvrMLWriter):
    def __init__(self, instance):
        _OvrMLWriter.__init__(self)
        self.instance = instance
    def saveImpl(self, path):
        inst = self.instance
        jsonParams = dict((p.name, _ovr_encode(v)) for (p, v) in inst._paramMap.items() if p.name != "classifier")
        extra = {"numClasses": len(inst.models)} if isinstance(inst, OneVsRestModel) else None
        _OvrDPW.saveMetadata(inst, path, self.sc, extraMetadata=extra, paramMap=jsonParams)
        inst.getClassifier().write().save(_os.path.join(path, "classifier"))
        if isinstance(inst, OneVsRestModel):
            for (i, m) in enumerate(inst.models):
                m.write().save(_os.path.join(path, "model_%d" % i))

class _OneVsRestReader(_OvrMLReader):
    def __init__(self, cls):
        _OvrMLReader.__init__(self)
        self.cls = cls
    def load(self, path):
        metadata = _OvrDPR.loadMetadata(path, self.sc)
        classifier = _OvrDPR.loadParamsInstance(_os.path.join(path, "classifier"), self.sc)
        if metadata["class"].endswith("OneVsRestModel"):
            models = [_OvrDPR.loadParamsInstance(_os.path.join(path, "model_%d" % i), self.sc) for i in range(int(metadata["numClasses"]))]
            inst = OneVsRestModel(models)
        else:
            inst = OneVsRest()
        inst._resetUid(metadata["uid"])
        inst._set(classifier=classifier)
        for (name, v) in metadata.get("paramMap", {}).items():
            if inst.hasParam(name):
                inst.set(inst.getParam(name), _ovr_decode(v))
        for (name, v) in metadata.get("defaultParamMap", {}).items():
            if inst.hasParam(name):
                inst._defaultParamMap[inst.getParam(name)] = _ovr_decode(v)
        return inst

class OneVsRest(_FE, Classifier, _OneVsRestParams, HasParallelism):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(OneVsRest, self).__init__()
        self._setDefault(parallelism=1)
        self._kw(kwargs)

    def write(self):
        return _OneVsRestWriter(self)
    @classmethod
    def read(cls):
        return _OneVsRestReader(cls)

    def copy(self, extra=None):
        new = Params.copy(self, extra)
        if self.isSet(self.classifier):
            new._set(classifier=self.getClassifier().copy())
        return new

    def _fit(self, dataset):
        from pyspark.sql.functions import col, when, lit
        from pyspark.sql.functions import max as _max
        labelCol = self.getLabelCol()
        featuresCol = self.getFeaturesCol()
        classifier = self.getClassifier()
        top = dataset.agg(_max(col(labelCol))).head()[0]
        numClasses = int(top) + 1
        wc = self.getOrDefault("weightCol") if self.isDefined("weightCol") and self.getOrDefault("weightCol") else None
        if wc and not classifier.hasParam("weightCol"):
            wc = None
        cols = [labelCol, featuresCol] + ([wc] if wc else [])
        labeled = dataset.select(*cols)
        def train(index):
            binaryLabelCol = "mc2b$" + str(index)
            data = labeled.withColumn(binaryLabelCol, when(col(labelCol) == float(index), 1.0).otherwise(0.0))
            pm = {classifier.labelCol: binaryLabelCol, classifier.featuresCol: featuresCol, classifier.predictionCol: self.getPredictionCol()}
            if wc:
                pm[classifier.weightCol] = wc
            return classifier.fit(data, pm)
        models = [train(i) for i in range(numClasses)]
        return self._copyValues(OneVsRestModel(models))

class OneVsRestModel(_FM, ClassificationModel, _OneVsRestParams):
    def __init__(self, models=None):
        super(OneVsRestModel, self).__init__()
        self.models = list(models) if models is not None else []
        if self.models:
            self._set(classifier=self.models[0])

    def write(self):
        return _OneVsRestWriter(self)
    @classmethod
    def read(cls):
        return _OneVsRestReader(cls)

    @property
    def numClasses(self):
        return len(self.models)
    @property
    def numFeatures(self):
        return self.models[0].numFeatures if self.models else -1
    def __repr__(self):
        # PySpark's OneVsRestModel is a Python Params: its repr is its uid
        return self.uid

    def predictRaw(self, value):
        return DenseVector([float(m.predictRaw(value)[1]) for m in self.models])

    def copy(self, extra=None):
        new = Params.copy(self, extra)
        new.models = [m.copy(extra) for m in self.models]
        return new

    def _transform(self, dataset):
        rawCol = self.getOrDefault("rawPredictionCol")
        predCol = self.getOrDefault("predictionCol")
        outs = []
        if rawCol:
            outs.append((rawCol, VectorUDT()))
        if predCol:
            outs.append((predCol, DoubleType()))
        def fn(v):
            if v is None:
                return tuple(None for _ in outs)
            raw = [float(m.predictRaw(v)[1]) for m in self.models]
            res = []
            if rawCol:
                res.append(DenseVector(raw))
            if predCol:
                res.append(float(_argmax(raw)))
            return tuple(res)
        return _with_columns(dataset, [self.getFeaturesCol()], outs, fn)

_register_classification(OneVsRest, OneVsRestModel)
`;
