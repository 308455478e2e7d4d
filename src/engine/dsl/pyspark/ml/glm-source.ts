/**
 * `pyspark.ml.regression`, part 20 (Python source): GeneralizedLinearRegression (IRLS over the
 * executors' blocks; gaussian/identity by one weighted least squares solve), its model and the
 * training / evaluation summaries (deviance, null deviance, dispersion, AIC, residuals by type,
 * standard errors, t and p values, Spark's R-like toString). Kernels: `pyspark.ml._glm`.
 */
export const GLM = String.raw`
import json as _json
from pyspark.ml.param import Params, Param, TypeConverters, keyword_only
from pyspark.ml.param.shared import *
from pyspark.ml.base import Predictor, PredictionModel, _with_columns
from pyspark.ml.util import MLReadable, MLWritable, HasTrainingSummary, _register_java_class
from pyspark.ml.linalg import DenseVector, Vectors
from pyspark.ml._train import _algos, _jd
from pyspark.ml.tree import _PredictorParams
from pyspark.errors.exceptions.captured import IllegalArgumentException
_glm = _import_module("pyspark.ml._glm")

__all__ = __all__ + ["GeneralizedLinearRegression", "GeneralizedLinearRegressionModel",
                     "GeneralizedLinearRegressionSummary", "GeneralizedLinearRegressionTrainingSummary"]

class _GlmBlocks:
    """(label, features, weight[, offset]) rows packed into one block per partition on the executors."""
    def __init__(self, dataset, featuresCol, labelCol, weightCol, offsetCol):
        from pyspark.sql.functions import col, lit
        cols = [col(labelCol).cast("double"), col(featuresCol),
                col(weightCol).cast("double") if weightCol else lit(1.0)]
        if offsetCol:
            cols.append(col(offsetCol).cast("double"))
        rows = dataset.select(*cols).collect()
        for r in rows:
            if r[0] is None or r[0] != r[0]:
                raise IllegalArgumentException("requirement failed: Labels MUST NOT be Null or NaN")
            if r[2] is None or r[2] != r[2] or r[2] < 0:
                raise IllegalArgumentException("requirement failed: Weights MUST NOT be Negative or Null or NaN")
            if offsetCol and (r[3] is None or r[3] != r[3]):
                raise IllegalArgumentException("requirement failed: Offsets MUST NOT be Null or NaN")
        sc = dataset.sparkSession.sparkContext
        parts = max(1, sc.defaultParallelism)
        self.blocks, self.numFeatures = _glm.pack(rows, parts, bool(offsetCol))
        self.count = len(rows)
        self.rdd = sc.parallelize(self.blocks, len(self.blocks))

    def aggregate(self, f):
        return self.rdd.mapPartitionsWithIndex(lambda i, it: [f(b) for b in it]).treeReduce(_algos.merge)

_GLM_FAMILIES = ["gaussian", "binomial", "poisson", "gamma", "tweedie"]
_GLM_LINKS = ["identity", "log", "inverse", "logit", "probit", "cloglog", "sqrt"]
_GLM_PAIRS = {"gaussian": ["identity", "log", "inverse"], "binomial": ["logit", "probit", "cloglog"],
              "poisson": ["log", "identity", "sqrt"], "gamma": ["inverse", "identity", "log"]}
_GLM_DEFAULT_LINK = {"gaussian": "identity", "binomial": "logit", "poisson": "log", "gamma": "inverse"}

class _GeneralizedLinearRegressionParams(_PredictorParams, HasFitIntercept, HasMaxIter, HasTol, HasRegParam, HasWeightCol, HasSolver, HasAggregationDepth):
    family = Param(Params._dummy(), "family", "The name of family which is a description of the error distribution to be used in the model. Supported options: gaussian (default), binomial, poisson, gamma and tweedie.", typeConverter=TypeConverters.toString)
    link = Param(Params._dummy(), "link", "The name of link function which provides the relationship between the linear predictor and the mean of the distribution function. Supported options: identity, log, inverse, logit, probit, cloglog and sqrt.", typeConverter=TypeConverters.toString)
    linkPredictionCol = Param(Params._dummy(), "linkPredictionCol", "link prediction (linear predictor) column name", typeConverter=TypeConverters.toString)
    variancePower = Param(Params._dummy(), "variancePower", "The power in the variance function of the Tweedie distribution which characterizes the relationship between the variance and mean of the distribution. Only applicable for the Tweedie family. Supported values: 0 and [1, Inf).", typeConverter=TypeConverters.toFloat)
    linkPower = Param(Params._dummy(), "linkPower", "The index in the power link function. Only applicable to the Tweedie family.", typeConverter=TypeConverters.toFloat)
    solver = Param(Params._dummy(), "solver", "The solver algorithm for optimization. Supported options: irls.", typeConverter=TypeConverters.toString)
    offsetCol = Param(Params._dummy(), "offsetCol", "The offset column name. If this is not set or empty, we treat all instance offsets as 0.0", typeConverter=TypeConverters.toString)

    def __init__(self, *args):
        super(_GeneralizedLinearRegressionParams, self).__init__(*args)
        self._setDefault(family="gaussian", maxIter=25, tol=1e-6, regParam=0.0, solver="irls", variancePower=0.0, aggregationDepth=2)

    def getFamily(self):
        return self.getOrDefault(self.family)
    def getLinkPredictionCol(self):
        return self.getOrDefault(self.linkPredictionCol)
    def getLink(self):
        return self.getOrDefault(self.link)
    def getVariancePower(self):
        return self.getOrDefault(self.variancePower)
    def getLinkPower(self):
        return self.getOrDefault(self.linkPower)
    def getOffsetCol(self):
        return self.getOrDefault(self.offsetCol)

    def _hasOffset(self):
        return self.isDefined(self.offsetCol) and bool(self.getOffsetCol())
    def _hasLinkPrediction(self):
        return self.isDefined(self.linkPredictionCol) and bool(self.getLinkPredictionCol())
    def _hasWeight(self):
        return self.isDefined(self.weightCol) and bool(self.getWeightCol())

    def _spec(self):
        """The family/link pair as the kernels take it (Spark's FamilyAndLink)."""
        fam = self.getFamily().lower()
        if fam == "tweedie":
            vp = float(self.getVariancePower())
            if self.isSet(self.linkPower):
                return {"family": fam, "link": "power", "variancePower": vp, "linkPower": float(self.getLinkPower())}
            canon = {0.0: "gaussian", 1.0: "poisson", 2.0: "gamma"}.get(vp)
            if canon is not None:
                return {"family": fam, "link": _GLM_DEFAULT_LINK[canon], "variancePower": vp, "linkPower": 0.0}
            return {"family": fam, "link": "power", "variancePower": vp, "linkPower": 1.0 - vp}
        link = self.getLink().lower() if self.isSet(self.link) else _GLM_DEFAULT_LINK.get(fam, "identity")
        return {"family": fam, "link": link, "variancePower": 0.0, "linkPower": 0.0}

    def _familyName(self):
        """The family object's name (tweedie with power 0/1/2 is gaussian/poisson/gamma)."""
        fam = self.getFamily().lower()
        if fam == "tweedie":
            return {0.0: "gaussian", 1.0: "poisson", 2.0: "gamma"}.get(float(self.getVariancePower()), "tweedie")
        return fam

    def _linkName(self):
        s = self._spec()
        if s["link"] == "power":
            return {0.0: "log", 1.0: "identity", -1.0: "inverse", 0.5: "sqrt"}.get(s["linkPower"], "power")
        return s["link"]

class GeneralizedLinearRegression(Predictor, _GeneralizedLinearRegressionParams, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.GeneralizedLinearRegression"

    @keyword_only
    def __init__(self, *, labelCol="label", featuresCol="features", predictionCol="prediction", family="gaussian", link=None, fitIntercept=True, maxIter=25, tol=1e-6, regParam=0.0, weightCol=None, solver="irls", linkPredictionCol=None, variancePower=0.0, linkPower=None, offsetCol=None, aggregationDepth=2):
        super(GeneralizedLinearRegression, self).__init__()
        kwargs = self._input_kwargs
        self.setParams(**kwargs)

    @keyword_only
    def setParams(self, *, labelCol="label", featuresCol="features", predictionCol="prediction", family="gaussian", link=None, fitIntercept=True, maxIter=25, tol=1e-6, regParam=0.0, weightCol=None, solver="irls", linkPredictionCol=None, variancePower=0.0, linkPower=None, offsetCol=None, aggregationDepth=2):
        kwargs = self._input_kwargs
        return self._set(**kwargs)

    def setFamily(self, value):
        return self._set(family=value)
    def setLinkPredictionCol(self, value):
        return self._set(linkPredictionCol=value)
    def setLink(self, value):
        return self._set(link=value)
    def setVariancePower(self, value):
        return self._set(variancePower=value)
    def setLinkPower(self, value):
        return self._set(linkPower=value)
    def setOffsetCol(self, value):
        return self._set(offsetCol=value)
    def setMaxIter(self, value):
        return self._set(maxIter=value)
    def setRegParam(self, value):
        return self._set(regParam=value)
    def setTol(self, value):
        return self._set(tol=value)
    def setFitIntercept(self, value):
        return self._set(fitIntercept=value)
    def setWeightCol(self, value):
        return self._set(weightCol=value)
    def setSolver(self, value):
        return self._set(solver=value)
    def setAggregationDepth(self, value):
        return self._set(aggregationDepth=value)

    def _validate(self):
        fam = self.getFamily().lower()
        if fam not in _GLM_FAMILIES:
            raise IllegalArgumentException("%s parameter family given invalid value %s." % (self.uid, self.getFamily()))
        if self.isSet(self.link) and self.getLink().lower() not in _GLM_LINKS:
            raise IllegalArgumentException("%s parameter link given invalid value %s." % (self.uid, self.getLink()))
        if self.getSolver() != "irls":
            raise IllegalArgumentException("%s parameter solver given invalid value %s." % (self.uid, self.getSolver()))
        vp = float(self.getVariancePower())
        if vp != 0.0 and vp < 1.0:
            raise IllegalArgumentException("%s parameter variancePower given invalid value %s." % (self.uid, _jd(vp)))
        # tweedie ignores link (Spark only warns); other families check the pair
        if fam != "tweedie" and self.isSet(self.link):
            link = self.getLink().lower()
            if link not in _GLM_PAIRS[fam]:
                raise IllegalArgumentException("requirement failed: Generalized Linear Regression with %s family does not support %s link function." % (self.getFamily(), self.getLink()))
        if self.getRegParam() < 0:
            raise IllegalArgumentException("%s parameter regParam given invalid value %s." % (self.uid, _jd(self.getRegParam())))

    def _fit(self, dataset):
        self._validate()
        spec = self._spec()
        wc = self.getWeightCol() if self._hasWeight() else None
        oc = self.getOffsetCol() if self._hasOffset() else None
        data = _GlmBlocks(dataset, self.getFeaturesCol(), self.getLabelCol(), wc, oc)
        d = data.numFeatures
        if d > 4096:
            from pyspark.errors.exceptions.captured import SparkRuntimeException
            raise SparkRuntimeException("Currently, GeneralizedLinearRegression only supports number of features <= 4096. Found %d in the input dataset." % d)
        if d == 0 and not self.getFitIntercept():
            raise IllegalArgumentException("requirement failed: GeneralizedLinearRegression was given data with 0 features, and with Param fitIntercept set to false. To fit a model with 0 features, fitIntercept must be set to true.")
        hasOffset = bool(oc)
        sj = _json.dumps(spec)
        fit_intercept = self.getFitIntercept()
        reg = self.getRegParam()
        gaussian_identity = self._familyName() == "gaussian" and self._linkName() == "identity"
        if gaussian_identity:
            stats = data.aggregate(lambda b: _glm.glm_stats(b, sj, d, hasOffset, None, 0.0, True))
            coef, intercept, diag = _glm.glm_solve(stats, d, fit_intercept, reg, True)
            iters = 1
        else:
            stats = data.aggregate(lambda b: _glm.glm_stats(b, sj, d, hasOffset, None, 0.0, False))
            coef, intercept, diag = _glm.glm_solve(stats, d, fit_intercept, reg, True)
            iters = 0
            maxIter = self.getMaxIter()
            tol = self.getTol()
            while iters < maxIter:
                c0, i0 = coef, intercept
                stats = data.aggregate(lambda b: _glm.glm_stats(b, sj, d, hasOffset, c0, i0, False))
                coef, intercept, diag = _glm.glm_solve(stats, d, fit_intercept, reg, False)
                iters += 1
                if _glm.max_change(c0, i0, coef, intercept) < tol:
                    break
        model = self._new_model(GeneralizedLinearRegressionModel(DenseVector(coef), intercept))
        model._summary = GeneralizedLinearRegressionTrainingSummary(dataset, model, list(diag), iters, self.getSolver())
        return model

class GeneralizedLinearRegressionModel(PredictionModel, _GeneralizedLinearRegressionParams, HasTrainingSummary, MLWritable, MLReadable):
    _java_class = "org.apache.spark.ml.regression.GeneralizedLinearRegressionModel"

    def __init__(self, coefficients=None, intercept=0.0):
        super(GeneralizedLinearRegressionModel, self).__init__()
        self._coefficients = coefficients if coefficients is not None else DenseVector([])
        self._intercept = float(intercept)
        self._summary = None
        self._h = None

    def setLinkPredictionCol(self, value):
        return self._set(linkPredictionCol=value)

    @property
    def coefficients(self):
        return self._coefficients
    @property
    def intercept(self):
        return self._intercept
    @property
    def numFeatures(self):
        return len(self._coefficients)

    def _handle(self):
        key = _json.dumps(self._spec())
        if self._h is None or self._h[0] != key:
            self._h = (key, _glm.model(key, list(self._coefficients.toArray()), self._intercept))
        return self._h[1]

    def predict(self, value):
        h = self._handle()
        return _glm.model_fitted(h, _glm.model_eta(h, value, 0.0))

    def _transform(self, dataset):
        from pyspark.sql.types import DoubleType
        h = self._handle()
        outs = []
        link = self._hasLinkPrediction()
        pred = bool(self.getPredictionCol())
        if link:
            outs.append((self.getLinkPredictionCol(), DoubleType()))
        if pred:
            outs.append((self.getPredictionCol(), DoubleType()))
        if not outs:
            return dataset
        ins = [self.getFeaturesCol()]
        if self._hasOffset():
            ins.append(self.getOffsetCol())
        def fn(v, off=0.0):
            eta = _glm.model_eta(h, v, 0.0 if off is None else float(off))
            r = []
            if link:
                r.append(eta)
            if pred:
                r.append(_glm.model_fitted(h, eta))
            return tuple(r)
        return _with_columns(dataset, ins, outs, fn)

    def evaluate(self, dataset):
        from pyspark.sql.dataframe import DataFrame
        if not isinstance(dataset, DataFrame):
            raise TypeError("dataset must be a DataFrame but got %s." % type(dataset))
        return GeneralizedLinearRegressionSummary(dataset, self)

    def _model_data(self):
        return {"intercept": self._intercept, "coefficients": self._coefficients}
    def _set_model_data(self, data):
        self._coefficients = data["coefficients"]
        self._intercept = float(data["intercept"])
        self._h = None

    def __repr__(self):
        link = self.getLink() if self.isDefined(self.link) else "null"
        return "GeneralizedLinearRegressionModel: uid=%s, family=%s, link=%s, numFeatures=%d" % (self.uid, self.getFamily(), link, self.numFeatures)
    __str__ = __repr__

def _round4(x):
    """Scala BigDecimal(x).setScale(4, HALF_UP).toString."""
    from decimal import Decimal, ROUND_HALF_UP
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("Character array is missing \"exponent\" mark 'e' or 'E'.")
    return str(Decimal(repr(float(x))).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))

class GeneralizedLinearRegressionSummary:
    """Metrics over the model's predictions on a dataset, computed on first use."""
    def __init__(self, dataset, model):
        self._dataset = dataset
        pc = model.getPredictionCol() if model.isDefined(model.predictionCol) and model.getPredictionCol() else None
        if pc is None:
            import uuid
            pc = "prediction_" + str(uuid.uuid4())
        self._predictionCol = pc
        self._model = model.copy()
        self._model._summary = None
        self._model.setPredictionCol(pc)
        self._spec = _json.dumps(model._spec())
        self._pred_df = None
        self._rows_cache = None
        self._sums = None

    @property
    def predictions(self):
        if self._pred_df is None:
            self._pred_df = self._model.transform(self._dataset)
        return self._pred_df
    @property
    def predictionCol(self):
        return self._predictionCol

    def _rows(self):
        """(label, prediction, weight, offset) rows."""
        if self._rows_cache is None:
            from pyspark.sql.functions import col, lit
            m = self._model
            cols = [col(m.getLabelCol()).cast("double"), col(self._predictionCol).cast("double"),
                    col(m.getWeightCol()).cast("double") if m._hasWeight() else lit(1.0),
                    col(m.getOffsetCol()).cast("double") if m._hasOffset() else lit(0.0)]
            self._rows_cache = [tuple(r) for r in self.predictions.select(*cols).collect()]
        return self._rows_cache

    def _summary_sums(self):
        if self._sums is None:
            self._sums = _glm.sums(self._spec, self._rows())
        return self._sums

    @property
    def numInstances(self):
        return int(self._summary_sums()[0])
    @property
    def rank(self):
        return self._model.numFeatures + (1 if self._model.getFitIntercept() else 0)
    @property
    def degreesOfFreedom(self):
        return self.numInstances - self.rank
    @property
    def residualDegreeOfFreedom(self):
        return self.degreesOfFreedom
    @property
    def residualDegreeOfFreedomNull(self):
        return self.numInstances - 1 if self._model.getFitIntercept() else self.numInstances

    def residuals(self, residualsType="deviance"):
        if residualsType not in ("deviance", "pearson", "working", "response"):
            raise IllegalArgumentException("The residuals type %s is not supported by Generalized Linear Regression." % residualsType)
        from pyspark.sql.types import StructType, StructField, DoubleType
        vals = _glm.residuals(self._spec, residualsType, self._rows())
        spark = self._dataset.sparkSession
        return spark.createDataFrame([(v,) for v in vals], StructType([StructField(residualsType + "Residuals", DoubleType(), True)]))

    @property
    def nullDeviance(self):
        m = self._model
        rows = self._rows()
        if not m.getFitIntercept():
            intercept = 0.0
        elif not m._hasOffset() or (m._familyName() == "gaussian" and m._linkName() == "identity"):
            s = self._summary_sums()
            intercept = _glm.link(self._spec, s[4] / s[1])
        else:
            from pyspark.ml.linalg import VectorUDT
            import uuid
            fcol = "feature_" + str(uuid.uuid4())
            empty = _with_columns(self._dataset, [], [(fcol, VectorUDT())], lambda: (DenseVector([]),))
            est = GeneralizedLinearRegression()
            m._copyValues(est)
            est._set(featuresCol=fcol)
            intercept = est.fit(empty).intercept
        return _glm.null_deviance(self._spec, intercept, rows)

    @property
    def deviance(self):
        return self._summary_sums()[2]

    @property
    def dispersion(self):
        fam = self._model.getFamily().lower()
        if fam in ("binomial", "poisson"):
            return 1.0
        return self._summary_sums()[3] / self.degreesOfFreedom

    @property
    def aic(self):
        s = self._summary_sums()
        return _glm.aic(self._spec, self._rows(), s[2], s[0], s[1]) + 2 * self.rank

class GeneralizedLinearRegressionTrainingSummary(GeneralizedLinearRegressionSummary):
    def __init__(self, dataset, model, diagInvAtWA, numIterations, solver):
        GeneralizedLinearRegressionSummary.__init__(self, dataset, model)
        self._diag = diagInvAtWA
        self._numIterations = numIterations
        self._solver = solver

    @property
    def numIterations(self):
        return self._numIterations
    @property
    def solver(self):
        return self._solver

    def _isNormal(self):
        return len(self._diag) != 1 or self._diag[0] != 0

    @property
    def coefficientStandardErrors(self):
        import math
        if not self._isNormal():
            raise IllegalArgumentException("No Std. Error of coefficients available for this GeneralizedLinearRegressionModel")
        disp = self.dispersion
        return [math.sqrt(v * disp) for v in self._diag]
    @property
    def tValues(self):
        if not self._isNormal():
            raise IllegalArgumentException("No t-statistic available for this GeneralizedLinearRegressionModel")
        m = self._model
        est = list(m.coefficients.toArray()) + ([m.intercept] if m.getFitIntercept() else [])
        return [e / s if s != 0 else (float("nan") if e == 0 else (float("inf") if e > 0 else float("-inf"))) for (e, s) in zip(est, self.coefficientStandardErrors)]
    @property
    def pValues(self):
        if not self._isNormal():
            raise IllegalArgumentException("No p-value available for this GeneralizedLinearRegressionModel")
        fam = self._model.getFamily().lower()
        if fam in ("binomial", "poisson"):
            return [_glm.norm_pvalue(t) for t in self.tValues]
        dof = self.degreesOfFreedom
        return [_algos.t_pvalue(t, dof) for t in self.tValues]

    def __str__(self):
        if not self._isNormal():
            raise IllegalArgumentException("No summary available for this GeneralizedLinearRegressionModel")
        m = self._model
        names = ["%s_%d" % (m.getFeaturesCol(), i) for i in range(m.numFeatures)]
        coefs = list(m.coefficients.toArray())
        idx = list(range(len(coefs)))
        if m.getFitIntercept():
            names.append("(Intercept)")
            coefs.append(m.intercept)
            idx = [len(coefs) - 1] + idx
        se, tv, pv = self.coefficientStandardErrors, self.tValues, self.pValues
        def cell(s):
            return s[:17] + "..." if len(s) > 20 else s
        data = [[cell(names[i]), cell(_round4(coefs[i])), cell(_round4(se[i])), cell(_round4(tv[i])), cell(_round4(pv[i]))] for i in idx]
        head = ["Feature", "Estimate", "Std Error", "T Value", "P Value"]
        widths = [len(h) for h in head]
        for row in data:
            for (k, c) in enumerate(row):
                widths[k] = max(widths[k], len(c))
        out = "Coefficients:\n" + " ".join(h.rjust(widths[k]) for (k, h) in enumerate(head)) + "\n"
        for row in data:
            out += " ".join(c.rjust(widths[k]) for (k, c) in enumerate(row)) + "\n"
        fam = m._familyName()
        out += "\n(Dispersion parameter for %s family taken to be %s)\n" % (fam, _round4(self.dispersion))
        nd = "Null deviance: %s on %d degrees of freedom" % (_round4(self.nullDeviance), self.degreesOfFreedom)
        rd = "Residual deviance: %s on %d degrees of freedom" % (_round4(self.deviance), self.residualDegreeOfFreedom)
        width = max(len(nd), len(rd))
        out += nd.rjust(width) + "\n" + rd.rjust(width)
        if fam != "tweedie":
            out += "\nAIC: " + _round4(self.aic)
        return out

for _c in [GeneralizedLinearRegression, GeneralizedLinearRegressionModel]:
    _register_java_class(_c._java_class, _c)
`;
