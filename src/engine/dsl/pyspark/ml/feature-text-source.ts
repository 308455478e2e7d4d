/**
 * `pyspark.ml.feature` (Python source, follows feature-vectors-source.ts): text features:
 * Tokenizer, RegexTokenizer, StopWordsRemover (English list), NGram, HashingTF (murmur3
 * index from `_native`), IDF / IDFModel and CountVectorizer / CountVectorizerModel. It ends with
 * the `_register` call for the classes of all four parts (Spark's Java class names for persistence).
 */
export const FEATURE_TEXT = String.raw`
# ---------------------------------------------------------------- text

class Tokenizer(_FT, HasInputCol, HasOutputCol):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Tokenizer, self).__init__()
        self._kw(kwargs)
    def _transform(self, dataset):
        import re
        def fn(s):
            if s is None:
                return (None,)
            toks = re.split(r"\s", s.lower())
            while toks and toks[-1] == "":
                toks.pop()
            return (toks,)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), True))], fn)

class RegexTokenizer(_FT, HasInputCol, HasOutputCol):
    minTokenLength = _p("minTokenLength", "minimum token length (>= 0)", "toInt")
    gaps = _p("gaps", "whether regex splits on gaps (True) or matches tokens (False)", "toBoolean")
    pattern = _p("pattern", "regex pattern (Java dialect) used for tokenizing", "toString")
    toLowercase = _p("toLowercase", "whether to convert all characters to lowercase before tokenizing", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(RegexTokenizer, self).__init__()
        self._setDefault(minTokenLength=1, gaps=True, pattern="\\s+", toLowercase=True)
        self._kw(kwargs)
    def _transform(self, dataset):
        import re
        pat = re.compile(self.getOrDefault("pattern"))
        gaps = self.getOrDefault("gaps")
        low = self.getOrDefault("toLowercase")
        mn = self.getOrDefault("minTokenLength")
        def fn(s):
            if s is None:
                return (None,)
            t = s.lower() if low else s
            if gaps:
                toks = pat.split(t)
                while toks and toks[-1] == "":
                    toks.pop()
            else:
                toks = [m.group(0) for m in pat.finditer(t)]
            return ([x for x in toks if len(x) >= mn],)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), True))], fn)

_ENGLISH_STOP_WORDS = ("i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves what which who whom this that these those am "
    "is are was were be been being have has had having do does did doing a an the and but if or because as until "
    "while of at by for with about against between into through during before after above below to from up down in "
    "out on off over under again further then once here there when where why how all any both each few more most "
    "other some such no nor not only own same so than too very s t can will just don should now i'll you'll he'll "
    "she'll we'll they'll i'd you'd he'd she'd we'd they'd i'm you're he's she's it's we're they're i've we've "
    "you've they've isn't aren't wasn't weren't haven't hasn't hadn't don't doesn't didn't won't wouldn't shan't "
    "shouldn't mustn't can't couldn't cannot could here's how's let's ought that's there's what's when's where's "
    "who's why's would").split(" ")

class StopWordsRemover(_FT, HasInputCol, HasOutputCol, HasInputCols, HasOutputCols):
    stopWords = _p("stopWords", "The words to be filtered out", "toListString")
    caseSensitive = _p("caseSensitive", "whether to do a case sensitive comparison over the stop words", "toBoolean")
    locale = _p("locale", "locale of the input. ignored when case sensitive is true", "toString")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(StopWordsRemover, self).__init__()
        self._setDefault(stopWords=StopWordsRemover.loadDefaultStopWords("english"), caseSensitive=False, locale="en_US")
        self._kw(kwargs)
    @staticmethod
    def loadDefaultStopWords(language):
        if language != "english":
            raise ValueError("Flint only bundles the english stop words; %s is not available" % language)
        return list(_ENGLISH_STOP_WORDS)
    def _transform(self, dataset):
        pairs = self._pairs()
        cs = self.getOrDefault("caseSensitive")
        words = set(self.getOrDefault("stopWords")) if cs else set(w.lower() for w in self.getOrDefault("stopWords"))
        def fn(*vals):
            return tuple(None if v is None else [w for w in v if w is None or (w if cs else w.lower()) not in words] for v in vals)
        return _with_columns(dataset, [i for (i, o) in pairs], [(o, ArrayType(StringType(), True)) for (i, o) in pairs], fn)

class NGram(_FT, HasInputCol, HasOutputCol):
    n = _p("n", "number of elements per n-gram (>=1)", "toInt")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(NGram, self).__init__()
        self._setDefault(n=2)
        self._kw(kwargs)
    def _transform(self, dataset):
        n = self.getOrDefault("n")
        def fn(v):
            if v is None:
                return (None,)
            return ([" ".join(v[i:i + n]) for i in range(len(v) - n + 1)],)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), ArrayType(StringType(), False))], fn)

class HashingTF(_FT, HasInputCol, HasOutputCol, HasNumFeatures):
    binary = _p("binary", "If True, all non zero counts are set to 1. This is useful for discrete probabilistic models that model binary events rather than integer counts. Default False.", "toBoolean")
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(HashingTF, self).__init__()
        self._setDefault(numFeatures=1 << 18, binary=False)
        self._kw(kwargs)
    def indexOf(self, term):
        return _native.term_index(_term_text(term), self.getOrDefault("numFeatures"))
    def _transform(self, dataset):
        nf = self.getOrDefault("numFeatures")
        binary = self.getOrDefault("binary")
        def fn(terms):
            if terms is None:
                return (None,)
            counts = {}
            for t in terms:
                i = _native.term_index(_term_text(t), nf)
                counts[i] = 1.0 if binary else counts.get(i, 0.0) + 1.0
            idx = sorted(counts)
            return (SparseVector(nf, idx, [counts[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

def _term_text(t):
    return t if isinstance(t, str) else str(t)

class _IDFParams(HasInputCol, HasOutputCol):
    minDocFreq = _p("minDocFreq", "minimum number of documents in which a term should appear for filtering", "toInt")
    def __init__(self, *args):
        super(_IDFParams, self).__init__(*args)
        self._setDefault(minDocFreq=0)

class IDF(_FE, _IDFParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(IDF, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        vs = [r[0] for r in dataset.select(self.getInputCol()).collect() if r[0] is not None]
        d = len(vs[0]) if vs else 0
        df = [0] * d
        for v in vs:
            if isinstance(v, SparseVector):
                for (i, x) in zip(v.indices, v.values):
                    if x > 0:
                        df[i] += 1
            else:
                for (i, x) in enumerate(v.toArray()):
                    if x > 0:
                        df[i] += 1
        m = len(vs)
        mdf = self.getOrDefault("minDocFreq")
        idf = [(_math.log((m + 1.0) / (df[i] + 1.0)) if df[i] >= mdf else 0.0) for i in range(d)]
        return self._new_model(IDFModel(DenseVector(idf), [df[i] if df[i] >= mdf else 0 for i in range(d)], m))

class IDFModel(_FM, _IDFParams):
    def __init__(self, idf=None, docFreq=None, numDocs=0):
        super(IDFModel, self).__init__()
        self.idf = idf
        self.docFreq = docFreq
        self.numDocs = numDocs
    def _model_data(self):
        return {"idf": self.idf, "docFreq": self.docFreq, "numDocs": self.numDocs}
    def _set_model_data(self, d):
        self.idf = d["idf"]
        self.docFreq = d["docFreq"]
        self.numDocs = d["numDocs"]
    def _transform(self, dataset):
        w = self.idf.toArray()
        def fn(v):
            if v is None:
                return (None,)
            return (_map_values(v, lambda j, x: x * w[j]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

class _CountVectorizerParams(HasInputCol, HasOutputCol):
    minTF = _p("minTF", "Filter to ignore rare words in a document. For each document, terms with frequency/count less than the given threshold are ignored. If this is an integer >= 1, then this specifies a count (of times the term must appear in the document); if this is a double in [0,1), then this specifies a fraction (out of the document's token count). Note that the parameter is only used in transform of CountVectorizerModel and does not affect fitting. Default 1.0", "toFloat")
    minDF = _p("minDF", "Specifies the minimum number of different documents a term must appear in to be included in the vocabulary. If this is an integer >= 1, this specifies the number of documents the term must appear in; if this is a double in [0,1), then this specifies the fraction of documents. Default 1.0", "toFloat")
    maxDF = _p("maxDF", "Specifies the maximum number of different documents a term could appear in to be included in the vocabulary. A term that appears more than the threshold will be ignored. If this is an integer >= 1, this specifies the maximum number of documents the term could appear in; if this is a double in [0,1), then this specifies the maximum fraction of documents the term could appear in. Default (2^63) - 1", "toFloat")
    vocabSize = _p("vocabSize", "max size of the vocabulary. Default 1 << 18.", "toInt")
    binary = _p("binary", "Binary toggle to control the output vector values. If True, all nonzero counts (after minTF filter applied) are set to 1. This is useful for discrete probabilistic models that model binary events rather than integer counts. Default False", "toBoolean")
    def __init__(self, *args):
        super(_CountVectorizerParams, self).__init__(*args)
        self._setDefault(minTF=1.0, minDF=1.0, maxDF=2 ** 63 - 1, vocabSize=1 << 18, binary=False)

class CountVectorizer(_FE, _CountVectorizerParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(CountVectorizer, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        docs = [r[0] for r in dataset.select(self.getInputCol()).collect() if r[0] is not None]
        n = len(docs)
        minDF = self.getOrDefault("minDF")
        maxDF = self.getOrDefault("maxDF")
        minDocs = minDF if minDF >= 1.0 else minDF * n
        maxDocs = maxDF if maxDF >= 1.0 else maxDF * n
        tf = {}
        dfc = {}
        for d in docs:
            seen = set()
            for w in d:
                tf[w] = tf.get(w, 0) + 1
                if w not in seen:
                    seen.add(w)
                    dfc[w] = dfc.get(w, 0) + 1
        items = [(w, c) for (w, c) in tf.items() if dfc[w] >= minDocs and dfc[w] <= maxDocs]
        items.sort(key=lambda wc: (-wc[1], wc[0]))
        vocab = [w for (w, c) in items[:self.getOrDefault("vocabSize")]]
        return self._new_model(CountVectorizerModel(vocab))

class CountVectorizerModel(_FM, _CountVectorizerParams):
    def __init__(self, vocabulary=None):
        super(CountVectorizerModel, self).__init__()
        self.vocabulary = vocabulary or []
    @classmethod
    def from_vocabulary(cls, vocabulary, inputCol, outputCol=None, minTF=None, binary=None):
        m = cls(list(vocabulary))
        m._set(inputCol=inputCol)
        for (k, v) in (("outputCol", outputCol), ("minTF", minTF), ("binary", binary)):
            if v is not None:
                m._set(**{k: v})
        return m
    def _model_data(self):
        return {"vocabulary": self.vocabulary}
    def _set_model_data(self, d):
        self.vocabulary = d["vocabulary"]
    def _transform(self, dataset):
        pos = dict((w, i) for (i, w) in enumerate(self.vocabulary))
        minTF = self.getOrDefault("minTF")
        binary = self.getOrDefault("binary")
        size = len(self.vocabulary)
        def fn(doc):
            if doc is None:
                return (None,)
            counts = {}
            for w in doc:
                if w in pos:
                    counts[pos[w]] = counts.get(pos[w], 0.0) + 1.0
            th = minTF if minTF >= 1.0 else minTF * len(doc)
            idx = sorted(i for i in counts if counts[i] >= th)
            return (SparseVector(size, idx, [1.0 if binary else counts[i] for i in idx]),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

_register(Binarizer, Bucketizer, VectorAssembler, StringIndexer, StringIndexerModel, IndexToString, OneHotEncoder,
          OneHotEncoderModel, StandardScaler, StandardScalerModel, MinMaxScaler, MinMaxScalerModel, MaxAbsScaler,
          MaxAbsScalerModel, RobustScaler, RobustScalerModel, Normalizer, ElementwiseProduct, PolynomialExpansion, DCT,
          VectorSlicer, VectorSizeHint, Tokenizer, RegexTokenizer, StopWordsRemover, NGram, HashingTF, IDF, IDFModel,
          CountVectorizer, CountVectorizerModel)
`;
