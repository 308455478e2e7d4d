/**
 * `pyspark.ml.classification` part 70 (Python source): MultilayerPerceptronClassifier on the
 * kernel of src/engine/ml/algos/mlp.ts — Spark's topology (sigmoid hidden layers, softmax
 * top), XORShiftRandom(seed) initial weights, rows stacked blockSize at a time, l-bfgs
 * (Breeze) or gd — and MultilayerPerceptronClassificationModel (weights, raw output before
 * the softmax, probability, summary, persistence).
 */
export const MLP = String.raw`
import json as _json
from pyspark.ml._train import _Instances

class _MultilayerPerceptronParams(_ProbabilisticClassifierParams, HasSeed, HasMaxIter, HasTol, HasStepSize, HasSolver, HasBlockSize):
    layers = Param(Params._dummy(), "layers", "Sizes of layers from input layer to output layer E.g., Array(780, 100, 10) means 780 inputs, one hidden layer with 100 neurons and output layer of 10 neurons.", typeConverter=TypeConverters.toListInt)
    solver = Param(Params._dummy(), "solver", "The solver algorithm for optimization. Supported options: l-bfgs, gd.", typeConverter=TypeConverters.toString)
    initialWeights = Param(Params._dummy(), "initialWeights", "The initial weights of the model.", typeConverter=TypeConverters.toVector)
    def __init__(self, *args):
        super(_MultilayerPerceptronParams, self).__init__(*args)
        self._setDefault(maxIter=100, tol=1e-6, blockSize=128, stepSize=0.03, solver="l-bfgs")

class MultilayerPerceptronClassifier(_FE, ProbabilisticClassifier, _MultilayerPerceptronParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(MultilayerPerceptronClassifier, self).__init__()
        self._kw(kwargs)

    def _fit(self, dataset):
        layers = [int(x) for x in self.getOrDefault("layers")]
        solver = self.getOrDefault("solver")
        if solver not in ("l-bfgs", "gd"):
            raise ValueError("MultilayerPerceptronClassifier_solver given invalid value %s." % solver)
        inst = _Instances(dataset, self.getFeaturesCol(), self.getLabelCol(), None)
        numOut = layers[-1]
        hist, invalid = _linear.feature_summary(_summary_stats(inst))[4:]
        if invalid or len(hist) > numOut:
            raise ValueError("requirement failed: labels must be integers in [0, %d) for an output layer of %d neurons" % (numOut, numOut))
        if inst.numFeatures != layers[0]:
            raise ValueError("requirement failed: the input layer has %d neurons but the features have %d values" % (layers[0], inst.numFeatures))
        if self.isSet(self.initialWeights) and self.getOrDefault("initialWeights") is not None:
            w0 = [float(x) for x in self.getOrDefault("initialWeights").toArray()]
        else:
            w0 = _linear.mlp_init(layers, self.getOrDefault("seed"))
        p = _json.dumps({"layers": layers, "solver": solver, "maxIter": self.getMaxIter(), "tol": self.getTol(), "stepSize": self.getOrDefault("stepSize")})
        blockSize = int(self.getOrDefault("blockSize"))
        def evaluate(ctx, w):
            return inst.aggregate(lambda b, i: _import_module("pyspark.ml._linear").mlp_agg(b, ctx, w))
        weights, hist = _linear.mlp_fit(w0, p, blockSize, evaluate)
        model = self._new_model(MultilayerPerceptronClassificationModel(DenseVector(weights)))
        model._summary = lambda: MultilayerPerceptronClassificationTrainingSummary(model.transform(dataset), model.getPredictionCol(), model.getLabelCol(), None, hist)
        return model

class MultilayerPerceptronClassificationModel(_FM, ProbabilisticClassificationModel, _MultilayerPerceptronParams, _LazySummaryMixin):
    def __init__(self, weights=None):
        super(MultilayerPerceptronClassificationModel, self).__init__()
        self._weights = weights if weights is not None else DenseVector([])
        self._handle = None
        self._summary = None

    @property
    def weights(self):
        return self._weights
    @property
    def numClasses(self):
        return int(self.getOrDefault("layers")[-1])
    @property
    def numFeatures(self):
        return int(self.getOrDefault("layers")[0])
    def _repr_extra(self):
        return ", numLayers=%d, numClasses=%d, numFeatures=%d" % (len(self.getOrDefault("layers")), self.numClasses, self.numFeatures)

    def _h(self):
        if self._handle is None:
            self._handle = _linear.mlp_model(list(self.getOrDefault("layers")), list(self._weights.toArray()))
        return self._handle
    def predictRaw(self, value):
        return DenseVector(_linear.mlp_raw(self._h(), list(value.toArray())))
    def _raw2probability(self, raw):
        return DenseVector(_linear.softmax(list(raw.toArray())))

    def evaluate(self, dataset):
        return MultilayerPerceptronClassificationSummary(self.transform(dataset), self.getPredictionCol(), self.getLabelCol(), None)

    def _model_data(self):
        return {"weights": self._weights}
    def _set_model_data(self, d):
        self._weights = d["weights"]
        self._handle = None

_register_classification(MultilayerPerceptronClassifier, MultilayerPerceptronClassificationModel)
`;
