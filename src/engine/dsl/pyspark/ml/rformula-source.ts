/**
 * `pyspark.ml.feature.RFormula` (Python source, appended to the feature module): R model
 * formulas (`y ~ x + s`, `.`, `- term`, `a:b` interactions, `- 1`) resolved against the
 * DataFrame; string terms are indexed (stringIndexerOrderType) and one-hot encoded with
 * the last category dropped, then assembled as VectorAssembler does.
 */
export const RFORMULA = String.raw`
class _RFormulaParams(HasFeaturesCol, HasLabelCol, HasHandleInvalid):
    formula = _p("formula", "R model formula", "toString")
    forceIndexLabel = _p("forceIndexLabel", "Force to index label whether it is numeric or string", "toBoolean")
    stringIndexerOrderType = _p("stringIndexerOrderType", "How to order categories of a string feature column used by StringIndexer. The last category after ordering is dropped when encoding strings. Supported options: frequencyDesc, frequencyAsc, alphabetDesc, alphabetAsc. The default value is frequencyDesc. When the ordering is set to alphabetDesc, RFormula drops the same category as R when encoding strings.", "toString")
    handleInvalid = _p("handleInvalid", "how to handle invalid entries. Options are 'skip' (filter out rows with invalid values), 'error' (throw an error), or 'keep' (put invalid data in a special additional bucket, at index numLabels).", "toString")
    def __init__(self, *args):
        super(_RFormulaParams, self).__init__(*args)
        self._setDefault(forceIndexLabel=False, stringIndexerOrderType="frequencyDesc", handleInvalid="error")

def _parse_formula(formula, columns):
    if "~" not in formula:
        raise ValueError("Formula must contain '~': %s" % formula)
    label, rhs = [x.strip() for x in formula.split("~", 1)]
    tokens = []
    sign = "+"
    cur = ""
    for ch in rhs:
        if ch in "+-":
            if cur.strip():
                tokens.append((sign, cur.strip()))
            sign = ch
            cur = ""
        else:
            cur += ch
    if cur.strip():
        tokens.append((sign, cur.strip()))
    terms = []
    removed = []
    hasIntercept = True
    for (sg, t) in tokens:
        if t in ("0", "1"):
            if (sg == "-" and t == "1") or (sg == "+" and t == "0"):
                hasIntercept = False
            continue
        expanded = [c for c in columns if c != label] if t == "." else [t]
        for e in expanded:
            if sg == "+":
                if e not in terms:
                    terms.append(e)
            else:
                removed.append(e)
    terms = [t for t in terms if t not in removed]
    return label, terms, hasIntercept

class RFormula(_FE, _RFormulaParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(RFormula, self).__init__()
        self._kw(kwargs)
    def __repr__(self):
        f = self.getOrDefault("formula") if self.isDefined("formula") else ""
        return "RFormula(%s) (uid=%s)" % (f, self.uid)
    def _fit(self, dataset):
        label, terms, hasIntercept = _parse_formula(self.getOrDefault("formula"), dataset.columns)
        types = dict((f.name, f.dataType) for f in dataset.schema.fields)
        order = self.getOrDefault("stringIndexerOrderType")
        encoders = {}
        for t in terms:
            for c in t.split(":"):
                if c not in types:
                    from pyspark.errors.exceptions.captured import AnalysisException
                    raise AnalysisException("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name %s cannot be resolved." % ("\x60" + c + "\x60"))
                if types[c].typeName() in ("string", "boolean") and c not in encoders:
                    m = StringIndexer(inputCol=c, outputCol=c + "_idx", stringOrderType=order).fit(dataset)
                    encoders[c] = m.labels
        labelLabels = None
        if label and label in types and (types[label].typeName() == "string" or self.getOrDefault("forceIndexLabel")):
            labelLabels = StringIndexer(inputCol=label, outputCol=label + "_idx").fit(dataset).labels
        return self._new_model(RFormulaModel(label, terms, hasIntercept, encoders, labelLabels))

class RFormulaModel(_FM, _RFormulaParams):
    def __init__(self, label=None, terms=None, hasIntercept=True, encoders=None, labelLabels=None):
        super(RFormulaModel, self).__init__()
        self._label = label
        self._terms = terms or []
        self._hasIntercept = hasIntercept
        self._encoders = encoders or {}
        self._labelLabels = labelLabels
    def __repr__(self):
        return "RFormulaModel(ResolvedRFormula(label=%s, terms=[%s], hasIntercept=%s)) (uid=%s)" % (
            self._label, ",".join(self._terms), "true" if self._hasIntercept else "false", self.uid)
    def _model_data(self):
        return {"label": self._label, "terms": self._terms, "hasIntercept": self._hasIntercept,
                "encoders": self._encoders, "labelLabels": self._labelLabels}
    def _set_model_data(self, d):
        self._label = d["label"]
        self._terms = d["terms"]
        self._hasIntercept = d["hasIntercept"]
        self._encoders = d["encoders"]
        self._labelLabels = d["labelLabels"]
    def _encode(self, c, v):
        if c in self._encoders:
            labels = self._encoders[c]
            s = _label_str(v) if v is not None else None
            if s not in labels:
                raise ValueError("Unseen label: %s. To handle unseen labels, set Param handleInvalid to keep." % s)
            i = labels.index(s)
            return [1.0 if k == i else 0.0 for k in range(len(labels) - 1)]
        if isinstance(v, Vector):
            return list(v.toArray())
        return [float(v)]
    def _transform(self, dataset):
        cols = []
        for t in self._terms:
            for c in t.split(":"):
                if c not in cols:
                    cols.append(c)
        pos = dict((c, i) for (i, c) in enumerate(cols))
        hasLabel = self._label in dataset.columns
        inputs = cols + ([self._label] if hasLabel else [])
        terms = self._terms
        labelLabels = self._labelLabels
        def fn(*vals):
            feats = []
            for t in terms:
                acc = [1.0]
                for c in t.split(":"):
                    e = self._encode(c, vals[pos[c]])
                    acc = [a * x for a in acc for x in e]
                feats.extend(acc)
            out = [_compressed(feats)]
            if hasLabel:
                lv = vals[-1]
                if labelLabels is not None:
                    out.append(float(labelLabels.index(_label_str(lv))) if lv is not None else None)
                else:
                    out.append(None if lv is None else float(lv))
            return tuple(out)
        outs = [(self.getFeaturesCol(), VectorUDT())] + ([(self.getLabelCol(), DoubleType())] if hasLabel else [])
        return _with_columns(dataset, inputs, outs, fn)

_register(RFormula, RFormulaModel)
`;
