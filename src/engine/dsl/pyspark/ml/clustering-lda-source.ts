/**
 * `pyspark.ml.clustering` (Python source, follows clustering-gmm-source.ts): LDA with the
 * online and EM optimizers (EM replays EMLDAOptimizer's java.util.Random assignments per
 * partition), LDAModel, LocalLDAModel and DistributedLDAModel.
 */
export const CLUSTERING_LDA = String.raw`
# ---------------------------------------------------------------- LDA

class _LDAParams(HasMaxIter, HasFeaturesCol, HasSeed, HasCheckpointInterval):
    k = _p("k", "The number of topics (clusters) to infer. Must be > 1.", "toInt")
    optimizer = _p("optimizer", "Optimizer or inference algorithm used to estimate the LDA model.  Supported: online, em", "toString")
    learningOffset = _p("learningOffset", "A (positive) learning parameter that downweights early iterations. Larger values make early iterations count less", "toFloat")
    learningDecay = _p("learningDecay", "Learning rate, set as anexponential decay rate. This should be between (0.5, 1.0] to guarantee asymptotic convergence.", "toFloat")
    subsamplingRate = _p("subsamplingRate", "Fraction of the corpus to be sampled and used in each iteration of mini-batch gradient descent, in range (0, 1].", "toFloat")
    optimizeDocConcentration = _p("optimizeDocConcentration", "Indicates whether the docConcentration (Dirichlet parameter for document-topic distribution) will be optimized during training.", "toBoolean")
    docConcentration = _p("docConcentration", 'Concentration parameter (commonly named "alpha") for the prior placed on documents\' distributions over topics ("theta").', "toListFloat")
    topicConcentration = _p("topicConcentration", 'Concentration parameter (commonly named "beta" or "eta") for the prior placed on topic\' distributions over terms.', "toFloat")
    topicDistributionCol = _p("topicDistributionCol", 'Output column with estimates of the topic mixture distribution for each document (often called "theta" in the literature). Returns a vector of zeros for an empty document.', "toString")
    keepLastCheckpoint = _p("keepLastCheckpoint", "(For EM optimizer) If using checkpointing, this indicates whether to keep the last checkpoint. If false, then the checkpoint will be deleted. Deleting the checkpoint can cause failures if a data partition is lost, so set this bit with care.", "toBoolean")
    def __init__(self, *args):
        super(_LDAParams, self).__init__(*args)
        self._setDefault(maxIter=20, checkpointInterval=10, k=10, optimizer="online", learningOffset=1024.0, learningDecay=0.51,
                         subsamplingRate=0.05, optimizeDocConcentration=True, topicDistributionCol="topicDistribution", keepLastCheckpoint=True)

def _digamma(x):
    r = 0.0
    while x < 6:
        r -= 1 / x
        x += 1
    f = 1 / (x * x)
    return r + _math.log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))))

class LDA(_FE, _LDAParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(LDA, self).__init__()
        self._kw(kwargs)
    def _fit_em(self, dataset):
        """Spark's EMLDAOptimizer: a doc-term graph whose edges start with random soft topic assignments
        (java.util.Random(partition + seed), one L1-normalised k-vector per edge times its count), then
        maxIter rounds of gamma_wjk ~ (N_wk + eta - 1)(N_jk + alpha - 1)/(N_k + W(eta - 1)) summed into new
        doc and term counts. alpha defaults to 50/k + 1 and eta to 1.1."""
        k = self.getOrDefault("k")
        seed = self.getOrDefault("seed")
        parts = dataset.select(self.getFeaturesCol()).rdd.glom().map(lambda rs: [r[0] for r in rs]).collect()
        V = 0
        for part in parts:
            for x in part:
                V = len(x)
                break
            if V:
                break
        alpha = self.getOrDefault("docConcentration") if self.isSet("docConcentration") else None
        alpha = float(alpha[0]) if alpha else 50.0 / k + 1.0
        eta = float(self.getOrDefault("topicConcentration")) if self.isSet("topicConcentration") else 1.1
        edges = []
        ndoc = []
        nterm = [[0.0] * k for _ in range(V)]
        for (pi, part) in enumerate(parts):
            rnd = _JavaRandom(pi + seed)
            for x in part:
                d = len(ndoc)
                ndoc.append([0.0] * k)
                if isinstance(x, SparseVector):
                    items = [(int(i), float(c)) for (i, c) in zip(x.indices, x.values)]
                else:
                    items = list(enumerate(float(c) for c in x.toArray()))
                for (t, c) in items:
                    if c == 0.0:
                        continue
                    g = [rnd.nextDouble() for _ in range(k)]
                    sg = sum(abs(v) for v in g)
                    g = [v / sg * c for v in g]
                    edges.append((d, t, c))
                    ndoc[d] = [a + b for (a, b) in zip(ndoc[d], g)]
                    nterm[t] = [a + b for (a, b) in zip(nterm[t], g)]
        W = V
        for _ in range(self.getOrDefault("maxIter")):
            nk = [sum(nterm[t][j] for t in range(V)) for j in range(k)]
            newdoc = [[0.0] * k for _ in ndoc]
            newterm = [[0.0] * k for _ in range(V)]
            for (d, t, c) in edges:
                gam = [(nterm[t][j] + eta - 1.0) * (ndoc[d][j] + alpha - 1.0) / (nk[j] + W * (eta - 1.0)) for j in range(k)]
                sg = sum(gam)
                gam = [v / sg * c for v in gam]
                newdoc[d] = [a + b for (a, b) in zip(newdoc[d], gam)]
                newterm[t] = [a + b for (a, b) in zip(newterm[t], gam)]
            ndoc, nterm = newdoc, newterm
        nk = [sum(nterm[t][j] for t in range(V)) for j in range(k)]
        topics = [[nterm[v][t] / nk[t] if nk[t] else 0.0 for v in range(V)] for t in range(k)]
        counts = [[nterm[v][t] for v in range(V)] for t in range(k)]
        model = DistributedLDAModel(topics, [alpha] * k)
        model._counts = counts
        return self._new_model(model)

    def _fit(self, dataset):
        if self.getOrDefault("optimizer") == "em":
            return self._fit_em(dataset)
        docs = [list(r[0].toArray()) for r in dataset.select(self.getFeaturesCol()).collect()]
        V = len(docs[0]) if docs else 0
        k = self.getOrDefault("k")
        rnd = _random.Random(self.getOrDefault("seed"))
        alpha = self.getOrDefault("docConcentration") if self.isDefined("docConcentration") else None
        alpha = [alpha[0]] * k if alpha and len(alpha) == 1 else (alpha or [1.0 / k] * k)
        eta = self.getOrDefault("topicConcentration") if self.isDefined("topicConcentration") else 1.0 / k
        lam = [[rnd.gammavariate(100.0, 0.01) for _ in range(V)] for _ in range(k)]
        for _ in range(self.getOrDefault("maxIter")):
            stats = [[0.0] * V for _ in range(k)]
            for doc in docs:
                gamma = [1.0] * k
                for _ in range(50):
                    elog_theta = [_digamma(g) - _digamma(sum(gamma)) for g in gamma]
                    new = list(alpha)
                    for v in range(V):
                        if doc[v] == 0:
                            continue
                        ws = [_math.exp(elog_theta[t] + _digamma(lam[t][v]) - _digamma(sum(lam[t]))) for t in range(k)]
                        s = sum(ws)
                        for t in range(k):
                            new[t] += doc[v] * ws[t] / s
                    if max(abs(a - b) for (a, b) in zip(new, gamma)) < 1e-3:
                        gamma = new
                        break
                    gamma = new
                elog_theta = [_digamma(g) - _digamma(sum(gamma)) for g in gamma]
                for v in range(V):
                    if doc[v] == 0:
                        continue
                    ws = [_math.exp(elog_theta[t] + _digamma(lam[t][v]) - _digamma(sum(lam[t]))) for t in range(k)]
                    s = sum(ws)
                    for t in range(k):
                        stats[t][v] += doc[v] * ws[t] / s
            lam = [[eta + stats[t][v] for v in range(V)] for t in range(k)]
        topics = [[lam[t][v] / sum(lam[t]) for v in range(V)] for t in range(k)]
        cls = DistributedLDAModel if self.getOrDefault("optimizer") == "em" else LocalLDAModel
        return self._new_model(cls(topics, alpha))

class LDAModel(_FM, _LDAParams):
    def __init__(self, topics=None, alpha=None):
        super(LDAModel, self).__init__()
        self._topics = topics or []
        self._alpha = alpha or []
        # EM models: the term-topic counts N_wk, which Spark's topicsMatrix shows (topics are N_wk / N_k)
        self._counts = None
    def _repr_extra(self):
        return ", k=%d, numFeatures=%d" % (len(self._topics), self.vocabSize())
    def _model_data(self):
        d = {"topics": self._topics, "alpha": self._alpha}
        if self._counts is not None:
            d["topicCounts"] = self._counts
        return d
    def _set_model_data(self, d):
        self._topics = d["topics"]
        self._alpha = d["alpha"]
        self._counts = d.get("topicCounts")
    def vocabSize(self):
        return len(self._topics[0]) if self._topics else 0
    def topicsMatrix(self):
        k = len(self._topics)
        V = self.vocabSize()
        # py4j hands the JVM's matrix over with isTransposed as the int 0, which PySpark's repr shows
        src = self._counts if self._counts is not None else self._topics
        return DenseMatrix(V, k, [src[t][v] for t in range(k) for v in range(V)], 0)
    def isDistributed(self):
        return False
    def describeTopics(self, maxTermsPerTopic=10):
        from pyspark.sql import SparkSession
        rows = []
        for (t, topic) in enumerate(self._topics):
            order = sorted(range(len(topic)), key=lambda v: -topic[v])[:maxTermsPerTopic]
            rows.append((t, order, [topic[v] for v in order]))
        schema = StructType([StructField("topic", IntegerType(), False), StructField("termIndices", ArrayType(IntegerType(), False), True),
                             StructField("termWeights", ArrayType(DoubleType(), False), True)])
        return SparkSession.getActiveSession().createDataFrame(rows, schema)
    def estimatedDocConcentration(self):
        return DenseVector(self._alpha)
    def logLikelihood(self, dataset):
        total = 0.0
        for r in dataset.select(self.getFeaturesCol()).collect():
            x = r[0].toArray()
            theta = self._theta(x)
            for v in range(len(x)):
                if x[v]:
                    total += x[v] * _math.log(sum(theta[t] * self._topics[t][v] for t in range(len(self._topics))))
        return total
    def logPerplexity(self, dataset):
        n = sum(sum(r[0].toArray()) for r in dataset.select(self.getFeaturesCol()).collect())
        return -self.logLikelihood(dataset) / n
    def _theta(self, x):
        k = len(self._topics)
        theta = [1.0 / k] * k
        for _ in range(50):
            new = [0.0] * k
            for v in range(len(x)):
                if x[v] == 0:
                    continue
                ps = [theta[t] * self._topics[t][v] for t in range(k)]
                s = sum(ps)
                for t in range(k):
                    new[t] += x[v] * ps[t] / s if s else 0.0
            s = sum(new)
            theta = [a / s for a in new] if s else theta
        return theta
    def _transform(self, dataset):
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getOrDefault("topicDistributionCol"), VectorUDT())],
                             lambda v: (None if v is None else DenseVector(self._theta(list(v.toArray())) if sum(v.toArray()) else [0.0] * len(self._topics)),))

class LocalLDAModel(LDAModel):
    pass

class DistributedLDAModel(LDAModel):
    def isDistributed(self):
        return True
    def toLocal(self):
        m = LocalLDAModel(self._topics, self._alpha)
        m._counts = self._counts
        self._copyValues(m)
        return m._resetUid(self.uid)
    def trainingLogLikelihood(self):
        return float("nan")
    def logPrior(self):
        return float("nan")
    def getCheckpointFiles(self):
        return []
`;
