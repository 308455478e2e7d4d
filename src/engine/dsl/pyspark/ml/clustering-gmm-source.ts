/**
 * `pyspark.ml.clustering` (Python source, follows clustering-kmeans-source.ts):
 * MultivariateGaussian, GaussianMixture (EM from a k-means start) and GaussianMixtureModel.
 */
export const CLUSTERING_GMM = String.raw`
# ---------------------------------------------------------------- GaussianMixture

class MultivariateGaussian:
    def __init__(self, mean, cov):
        self.mean = mean
        self.cov = cov
    def __repr__(self):
        return "MultivariateGaussian(mean=%r, cov=%r)" % (self.mean, self.cov)

def _chol_logdet_inv(m, d):
    a = [row[:] for row in m]
    for i in range(d):
        a[i][i] += 1e-12
    L = [[0.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i + 1):
            s = a[i][j] - sum(L[i][t] * L[j][t] for t in range(j))
            if i == j:
                L[i][j] = _math.sqrt(max(s, 1e-300))
            else:
                L[i][j] = s / L[j][j]
    logdet = 2 * sum(_math.log(L[i][i]) for i in range(d))
    return L, logdet

def _gauss_logpdf(x, mean, L, logdet, d):
    z = [0.0] * d
    diff = [x[i] - mean[i] for i in range(d)]
    for i in range(d):
        z[i] = (diff[i] - sum(L[i][t] * z[t] for t in range(i))) / L[i][i]
    return -0.5 * (d * _math.log(2 * _math.pi) + logdet + sum(v * v for v in z))

class _GaussianMixtureParams(HasMaxIter, HasFeaturesCol, HasSeed, HasPredictionCol, HasProbabilityCol, HasTol, HasAggregationDepth, HasWeightCol):
    k = _p("k", "Number of independent Gaussians in the mixture model. Must be > 1.", "toInt")
    def __init__(self, *args):
        super(_GaussianMixtureParams, self).__init__(*args)
        self._setDefault(k=2, tol=0.01, maxIter=100, aggregationDepth=2)

class GaussianMixture(_FE, _GaussianMixtureParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(GaussianMixture, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        pts = _points(dataset, self.getFeaturesCol(), _weight_col(self))
        k = self.getOrDefault("k")
        d = len(pts[0][0])
        xs = [p for (p, w) in pts]
        ws = [w for (p, w) in pts]
        W = sum(ws)
        centers, _ = _kmeans(pts, k, self.getOrDefault("seed"), 5, 1e-4)
        while len(centers) < k:
            centers.append(list(xs[len(centers) % len(xs)]))
        gmean = [sum(w * x[t] for (x, w) in pts) / W for t in range(d)]
        gvar = [sum(w * (x[t] - gmean[t]) ** 2 for (x, w) in pts) / W for t in range(d)]
        means = [list(c) for c in centers]
        covs = [[[gvar[i] if i == j else 0.0 for j in range(d)] for i in range(d)] for _ in range(k)]
        weights = [1.0 / k] * k
        ll = None
        it = 0
        for it in range(1, self.getOrDefault("maxIter") + 1):
            facts = [_chol_logdet_inv(covs[j], d) for j in range(k)]
            resp = []
            newll = 0.0
            for (x, w) in pts:
                logs = [_math.log(weights[j]) + _gauss_logpdf(x, means[j], facts[j][0], facts[j][1], d) if weights[j] > 0 else float("-inf") for j in range(k)]
                m = max(logs)
                ps = [_math.exp(l - m) for l in logs]
                s = sum(ps)
                newll += w * (m + _math.log(s))
                resp.append([p / s for p in ps])
            for j in range(k):
                rj = [r[j] * w for (r, w) in zip(resp, ws)]
                nj = sum(rj)
                if nj <= 0:
                    continue
                weights[j] = nj / W
                means[j] = [sum(rj[i] * xs[i][t] for i in range(len(xs))) / nj for t in range(d)]
                covs[j] = [[sum(rj[i] * (xs[i][a] - means[j][a]) * (xs[i][b] - means[j][b]) for i in range(len(xs))) / nj for b in range(d)] for a in range(d)]
            if ll is not None and abs(newll - ll) < self.getOrDefault("tol"):
                ll = newll
                break
            ll = newll
        gaussians = [MultivariateGaussian(DenseVector(means[j]), DenseMatrix(d, d, [covs[j][a][b] for b in range(d) for a in range(d)], 0)) for j in range(k)]
        model = self._new_model(GaussianMixtureModel(weights, gaussians))
        preds = model.transform(dataset)
        sizes = [0] * k
        for (x, w) in pts:
            sizes[model._predict_list(x)] += 1
        model._summary = GaussianMixtureSummary(preds, self.getPredictionCol(), self.getFeaturesCol(), k, it, sizes, self.getProbabilityCol(), ll)
        return model

class GaussianMixtureModel(_FM, _GaussianMixtureParams, _SummaryMixin):
    def __init__(self, weights=None, gaussians=None):
        super(GaussianMixtureModel, self).__init__()
        self.weights = weights or []
        self.gaussians = gaussians or []
        self._summary = None
    def _repr_extra(self):
        return ", k=%d, numFeatures=%d" % (len(self.weights), len(self.gaussians[0].mean) if self.gaussians else 0)
    @property
    def gaussiansDF(self):
        from pyspark.sql import SparkSession
        from pyspark.ml.linalg import MatrixUDT
        schema = StructType([StructField("mean", VectorUDT(), True), StructField("cov", MatrixUDT(), True)])
        return SparkSession.getActiveSession().createDataFrame([(g.mean, g.cov) for g in self.gaussians], schema)
    def _model_data(self):
        return {"weights": self.weights, "mus": [g.mean for g in self.gaussians], "sigmas": [g.cov for g in self.gaussians]}
    def _set_model_data(self, d):
        self.weights = d["weights"]
        self.gaussians = [MultivariateGaussian(m, DenseMatrix(s.numRows, s.numCols, list(s.values), 0)) for (m, s) in zip(d["mus"], d["sigmas"])]
        self._summary = None
    def _probabilities(self, x):
        d = len(x)
        logs = []
        for (w, g) in zip(self.weights, self.gaussians):
            cov = g.cov.toArray()
            L, logdet = _chol_logdet_inv([list(r) for r in cov], d)
            logs.append(_math.log(w) + _gauss_logpdf(x, list(g.mean.toArray()), L, logdet, d) if w > 0 else float("-inf"))
        m = max(logs)
        ps = [_math.exp(l - m) for l in logs]
        s = sum(ps)
        return [p / s for p in ps]
    def _predict_list(self, x):
        ps = self._probabilities(x)
        return ps.index(max(ps))
    def predict(self, value):
        return self._predict_list(list(value.toArray()))
    def predictProbability(self, value):
        return DenseVector(self._probabilities(list(value.toArray())))
    def _transform(self, dataset):
        def fn(v):
            if v is None:
                return (None, None)
            ps = self._probabilities(list(v.toArray()))
            return (ps.index(max(ps)), DenseVector(ps))
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getPredictionCol(), IntegerType()), (self.getProbabilityCol(), VectorUDT())], fn)
`;
