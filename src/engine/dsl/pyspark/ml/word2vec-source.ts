/**
 * `pyspark.ml.feature.Word2Vec` (Python source, appended to the feature module): the params,
 * model API and persistence of Spark's Word2Vec, trained by skip-gram with hierarchical
 * softmax over a Huffman tree of the vocabulary (words with count >= minCount, by count).
 * Not bit-exact with Spark's trainer (its XORShiftRandom draws and float32 arithmetic).
 */
export const WORD2VEC = String.raw`
class _Word2VecParams(HasStepSize, HasMaxIter, HasSeed, HasInputCol, HasOutputCol):
    vectorSize = _p("vectorSize", "the dimension of codes after transforming from words", "toInt")
    numPartitions = _p("numPartitions", "number of partitions for sentences of words", "toInt")
    minCount = _p("minCount", "the minimum number of times a token must appear to be included in the word2vec model's vocabulary", "toInt")
    windowSize = _p("windowSize", "the window size (context words from [-window, window]). Default value is 5", "toInt")
    maxSentenceLength = _p("maxSentenceLength", "Maximum length (in words) of each sentence in the input data. Any sentence longer than this threshold will be divided into chunks up to the size.", "toInt")
    def __init__(self, *args):
        super(_Word2VecParams, self).__init__(*args)
        self._setDefault(vectorSize=100, minCount=5, numPartitions=1, stepSize=0.025, maxIter=1, windowSize=5, maxSentenceLength=1000)

def _huffman(counts):
    """Codes and points (inner node ids) of each word, as word2vec's CreateBinaryTree."""
    import heapq
    n = len(counts)
    heap = [(c, i) for (i, c) in enumerate(counts)]
    heapq.heapify(heap)
    parent = {}
    binary = {}
    nxt = n
    while len(heap) > 1:
        c1, a = heapq.heappop(heap)
        c2, b = heapq.heappop(heap)
        parent[a] = nxt
        parent[b] = nxt
        binary[a] = 0
        binary[b] = 1
        heapq.heappush(heap, (c1 + c2, nxt))
        nxt += 1
    root = nxt - 1
    codes = []
    points = []
    for i in range(n):
        code = []
        point = []
        j = i
        while j != root and j in parent:
            code.append(binary[j])
            point.append(parent[j] - n)
            j = parent[j]
        codes.append(code[::-1])
        points.append(point[::-1])
    return codes, points

class Word2Vec(_FE, _Word2VecParams):
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Method __init__ forces keyword arguments.")
        super(Word2Vec, self).__init__()
        self._kw(kwargs)
    def _fit(self, dataset):
        import random as _r
        docs = [r[0] for r in dataset.select(self.getInputCol()).collect() if r[0] is not None]
        counts = {}
        for d in docs:
            for w in d:
                counts[w] = counts.get(w, 0) + 1
        vocab = sorted([w for w in counts if counts[w] >= self.getOrDefault("minCount")], key=lambda w: (-counts[w], w))
        index = dict((w, i) for (i, w) in enumerate(vocab))
        dim = self.getOrDefault("vectorSize")
        rnd = _r.Random(self.getOrDefault("seed"))
        syn0 = [[(rnd.random() - 0.5) / dim for _ in range(dim)] for _ in vocab]
        syn1 = [[0.0] * dim for _ in range(max(len(vocab) - 1, 1))]
        codes, points = _huffman([counts[w] for w in vocab])
        window = self.getOrDefault("windowSize")
        alpha0 = self.getOrDefault("stepSize")
        iters = self.getOrDefault("maxIter")
        sents = [[index[w] for w in d if w in index] for d in docs]
        total = sum(len(s) for s in sents) * iters
        done = 0
        for it in range(iters):
            for s in sents:
                for (pos, w) in enumerate(s):
                    alpha = max(alpha0 * (1 - done / float(total + 1)), alpha0 * 0.0001)
                    done += 1
                    b = rnd.randrange(window)
                    for c in range(max(0, pos - window + b), min(len(s), pos + window - b + 1)):
                        if c == pos:
                            continue
                        l1 = syn0[s[c]]
                        neu1e = [0.0] * dim
                        for (d, code) in zip(points[w], codes[w]):
                            l2 = syn1[d]
                            f = sum(l1[k] * l2[k] for k in range(dim))
                            if f <= -6 or f >= 6:
                                continue
                            f = 1.0 / (1.0 + _math.exp(-f))
                            g = (1 - code - f) * alpha
                            for k in range(dim):
                                neu1e[k] += g * l2[k]
                                l2[k] += g * l1[k]
                        for k in range(dim):
                            l1[k] += neu1e[k]
        return self._new_model(Word2VecModel(vocab, syn0))

class Word2VecModel(_FM, _Word2VecParams):
    def __init__(self, words=None, vectors=None):
        super(Word2VecModel, self).__init__()
        self._words = words or []
        self._vectors = vectors or []
    def _model_data(self):
        return {"words": self._words, "vectors": self._vectors}
    def _set_model_data(self, d):
        self._words = d["words"]
        self._vectors = d["vectors"]
    def getVectors(self):
        from pyspark.sql import SparkSession
        schema = StructType([StructField("word", StringType(), True), StructField("vector", VectorUDT(), True)])
        return SparkSession.getActiveSession().createDataFrame([(w, DenseVector(v)) for (w, v) in zip(self._words, self._vectors)], schema)
    def _synonyms(self, word, num):
        if isinstance(word, str):
            if word not in self._words:
                raise ValueError("%s not in vocabulary" % word)
            q = self._vectors[self._words.index(word)]
        else:
            q = list(word.toArray())
        qn = _math.sqrt(sum(x * x for x in q))
        sims = []
        for (w, v) in zip(self._words, self._vectors):
            if isinstance(word, str) and w == word:
                continue
            vn = _math.sqrt(sum(x * x for x in v))
            sims.append((w, sum(a * b for (a, b) in zip(q, v)) / (qn * vn) if qn and vn else 0.0))
        sims.sort(key=lambda t: -t[1])
        return sims[:num]
    def findSynonymsArray(self, word, num):
        return self._synonyms(word, num)
    def findSynonyms(self, word, num):
        from pyspark.sql import SparkSession
        schema = StructType([StructField("word", StringType(), True), StructField("similarity", DoubleType(), True)])
        return SparkSession.getActiveSession().createDataFrame(self._synonyms(word, num), schema)
    def _transform(self, dataset):
        vec = dict(zip(self._words, self._vectors))
        dim = len(self._vectors[0]) if self._vectors else self.getOrDefault("vectorSize")
        def fn(doc):
            if doc is None:
                return (None,)
            acc = [0.0] * dim
            for w in doc:
                if w in vec:
                    v = vec[w]
                    for k in range(dim):
                        acc[k] += v[k]
            return (DenseVector([x / len(doc) for x in acc] if doc else acc),)
        return _with_columns(dataset, [self.getInputCol()], [(self.getOutputCol(), VectorUDT())], fn)

_register(Word2Vec, Word2VecModel)
`;
