/**
 * `pyspark.ml.feature` (Python source, follows feature2-transformers-source.ts): PCA /
 * PCAModel and the selectors ChiSqSelector, UnivariateFeatureSelector (chi2 / ANOVA /
 * F-regression) and VarianceThresholdSelector with their models, then the `_register` call
 * for the classes of part 2.
 */
export const FEATURE2_SELECTORS = String.raw`
# ---------------------------------------------------------------- PCA

class _PCAParams(HasInputCol, HasOutputCol):
    k = _p("k", "the number of principal components", "toInt")

class PCA(_FE, _PCAParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(PCA, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getInputCol())
        n = len(xs)
        d = len(xs[0]) if xs else 0
        k = self.getOrDefault("k")
        if k > d:
            raise ValueError("requirement failed: source vector size %d must be no less than k=%d" % (d, k))
        mean = [sum(x[j] for x in xs) / n for j in range(d)]
        cov = [[0.0] * d for _ in range(d)]
        for x in xs:
            c = [x[j] - mean[j] for j in range(d)]
            for i in range(d):
                ci = c[i]
                row = cov[i]
                for j in range(d):
                    row[j] += ci * c[j]
        cov = [[v / (n - 1) for v in row] for row in cov]
        vals, vecs = _sym_eigen(cov, d)
        order = sorted(range(d), key=lambda i: -vals[i])
        total = sum(max(v, 0.0) for v in vals)
        pcs = []
        for i in order[:k]:
            col = [vecs[r][i] for r in range(d)]
            # LAPACK's SVD (which Spark calls) returns these columns with a negative leading entry here.
            lead = next((x for x in col if abs(x) > 1e-12), 0.0)
            if lead > 0:
                col = [-x for x in col]
            pcs.append(col)
        ev = [max(vals[i], 0.0) / total for i in order[:k]]
        return self._new_model(PCAModel(DenseMatrix(d, k, [x for col in pcs for x in col]), DenseVector(ev)))

class PCAModel(_FM, _PCAParams):
    def __init__(self, pc=None, explainedVariance=None):
        super(PCAModel, self).__init__()
        self.pc = pc
        self.explainedVariance = explainedVariance
    def _model_data(self):
        return {"pc": self.pc, "explainedVariance": self.explainedVariance}
    def _set_model_data(self, d):
        self.pc = d["pc"]
        self.explainedVariance = d["explainedVariance"]
    def _transform(self, dataset):
        pc = self.pc
        d = pc.numRows
        k = pc.numCols
        cols = [[pc[r, c] for r in range(d)] for c in range(k)]
        def fn(v):
            if v is None:
                return (None,)
            x = v.toArray()
            return (DenseVector([sum(x[r] * col[r] for r in range(d)) for col in cols]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

# ---------------------------------------------------------------- selectors

class _SelectorModelBase(_FM):
    def __init__(self, selectedFeatures=None):
        super(_SelectorModelBase, self).__init__()
        self.selectedFeatures = selectedFeatures or []
    def _model_data(self):
        return {"selectedFeatures": self.selectedFeatures}
    def _set_model_data(self, d):
        self.selectedFeatures = d["selectedFeatures"]
    def _transform(self, dataset):
        sel = sorted(self.selectedFeatures)
        def fn(v):
            if v is None:
                return (None,)
            if isinstance(v, SparseVector):
                pos = dict(zip(v.indices, v.values))
                ii = [k for (k, i) in enumerate(sel) if i in pos]
                return (SparseVector(len(sel), ii, [pos[sel[k]] for k in ii]),)
            a = v.toArray()
            return (DenseVector([a[i] for i in sel]),)
        return _with_columns(dataset, [self.getFeaturesCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _select_by_tests(results, mode, threshold, numFeatures):
    """results: [(pValue, stat)] per feature -> selected indices (Spark's selection modes)."""
    idx = list(range(len(results)))
    if mode == "numTopFeatures":
        return sorted(sorted(idx, key=lambda i: results[i][0])[:int(threshold)])
    if mode == "percentile":
        n = int(numFeatures * threshold)
        return sorted(sorted(idx, key=lambda i: results[i][0])[:n])
    if mode == "fpr":
        return [i for i in idx if results[i][0] < threshold]
    if mode == "fdr":
        ordered = sorted(idx, key=lambda i: results[i][0])
        maxIndex = -1
        for (rank, i) in enumerate(ordered):
            if results[i][0] <= threshold * (rank + 1) / len(ordered):
                maxIndex = rank
        return sorted(ordered[:maxIndex + 1])
    if mode == "fwe":
        return [i for i in idx if results[i][0] < threshold / len(results)]
    raise ValueError("Unknown Selector Type: %s" % mode)

class _ChiSqSelectorParams(HasFeaturesCol, HasOutputCol, HasLabelCol):
    selectorType = _p("selectorType", "The selector type. Supported options: numTopFeatures (default), percentile, fpr, fdr, fwe.", "toString")
    numTopFeatures = _p("numTopFeatures", "Number of features that selector will select, ordered by ascending p-value. If the number of features is < numTopFeatures, then this will select all features.", "toInt")
    percentile = _p("percentile", "Percentile of features that selector will select, ordered by ascending p-value.", "toFloat")
    fpr = _p("fpr", "The highest p-value for features to be kept.", "toFloat")
    fdr = _p("fdr", "The upper bound of the expected false discovery rate.", "toFloat")
    fwe = _p("fwe", "The upper bound of the expected family-wise error rate.", "toFloat")
    def __init__(self, *args):
        super(_ChiSqSelectorParams, self).__init__(*args)
        self._setDefault(numTopFeatures=50, selectorType="numTopFeatures", percentile=0.1, fpr=0.05, fdr=0.05, fwe=0.05)

def _features_labels(dataset, featuresCol, labelCol):
    from pyspark.sql.functions import col
    rows = dataset.select(col(featuresCol), col(labelCol).cast("double")).collect()
    return [list(r[0].toArray()) for r in rows], [r[1] for r in rows]

class ChiSqSelector(_FE, _ChiSqSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(ChiSqSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs, ys = _features_labels(dataset, self.getFeaturesCol(), self.getLabelCol())
        d = len(xs[0]) if xs else 0
        results = [_chi2_test([x[j] for x in xs], ys) for j in range(d)]
        mode = self.getOrDefault("selectorType")
        th = {"numTopFeatures": self.getOrDefault("numTopFeatures"), "percentile": self.getOrDefault("percentile"),
              "fpr": self.getOrDefault("fpr"), "fdr": self.getOrDefault("fdr"), "fwe": self.getOrDefault("fwe")}[mode]
        return self._new_model(ChiSqSelectorModel(_select_by_tests(results, mode, th, d)))

class ChiSqSelectorModel(_SelectorModelBase, _ChiSqSelectorParams):
    pass

class _UnivariateFeatureSelectorParams(HasFeaturesCol, HasOutputCol, HasLabelCol):
    featureType = _p("featureType", "The feature type. Supported options: categorical, continuous.", "toString")
    labelType = _p("labelType", "The label type. Supported options: categorical, continuous.", "toString")
    selectionMode = _p("selectionMode", "The selection mode. Supported options: numTopFeatures (default), percentile, fpr, fdr, fwe.", "toString")
    selectionThreshold = _p("selectionThreshold", "The upper bound of the features that selector will select.", "toFloat")
    def __init__(self, *args):
        super(_UnivariateFeatureSelectorParams, self).__init__(*args)
        self._setDefault(selectionMode="numTopFeatures")

class UnivariateFeatureSelector(_FE, _UnivariateFeatureSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(UnivariateFeatureSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs, ys = _features_labels(dataset, self.getFeaturesCol(), self.getLabelCol())
        d = len(xs[0]) if xs else 0
        ft = self.getOrDefault("featureType")
        lt = self.getOrDefault("labelType")
        if ft == "categorical" and lt == "categorical":
            test = _chi2_test
        elif ft == "continuous" and lt == "categorical":
            test = _anova_test
        elif ft == "continuous" and lt == "continuous":
            test = _fregression_test
        else:
            raise ValueError("Unsupported combination: featureType=%s, labelType=%s" % (ft, lt))
        results = [test([x[j] for x in xs], ys) for j in range(d)]
        mode = self.getOrDefault("selectionMode")
        defaults = {"numTopFeatures": 50, "percentile": 0.1, "fpr": 0.05, "fdr": 0.05, "fwe": 0.05}
        th = self.getOrDefault("selectionThreshold") if self.isDefined("selectionThreshold") else defaults[mode]
        return self._new_model(UnivariateFeatureSelectorModel(_select_by_tests(results, mode, th, d)))

class UnivariateFeatureSelectorModel(_SelectorModelBase, _UnivariateFeatureSelectorParams):
    pass

class _VarianceThresholdSelectorParams(HasFeaturesCol, HasOutputCol):
    varianceThreshold = _p("varianceThreshold", "Param for variance threshold. Features with a variance not greater than this threshold will be removed. The default value is 0.0.", "toFloat")
    def __init__(self, *args):
        super(_VarianceThresholdSelectorParams, self).__init__(*args)
        self._setDefault(varianceThreshold=0.0)

class VarianceThresholdSelector(_FE, _VarianceThresholdSelectorParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(VarianceThresholdSelector, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        xs = _column_arrays(dataset, self.getFeaturesCol())
        n = len(xs)
        d = len(xs[0]) if xs else 0
        th = self.getOrDefault("varianceThreshold")
        sel = []
        for j in range(d):
            m = sum(x[j] for x in xs) / n
            var = sum((x[j] - m) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
            if var > th:
                sel.append(j)
        return self._new_model(VarianceThresholdSelectorModel(sel))

class VarianceThresholdSelectorModel(_SelectorModelBase, _VarianceThresholdSelectorParams):
    pass

_register(Imputer, ImputerModel, SQLTransformer, Interaction, FeatureHasher, VectorIndexer, VectorIndexerModel,
          QuantileDiscretizer, PCA, PCAModel, ChiSqSelector, ChiSqSelectorModel, UnivariateFeatureSelector,
          UnivariateFeatureSelectorModel, VarianceThresholdSelector, VarianceThresholdSelectorModel)
`;
