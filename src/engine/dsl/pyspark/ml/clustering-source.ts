/**
 * `pyspark.ml.clustering` (Python source): KMeans (k-means++ seeding from the seed, Lloyd
 * iterations), BisectingKMeans (Spark's symmetric split of each divisible leaf, noise from
 * java.util.Random), GaussianMixture (EM), LDA (online / EM variational updates, local and
 * distributed models) and PowerIterationClustering, with summaries and persistence.
 * Training runs on collected rows; results match Spark's where the algorithm is
 * deterministic, not where Spark's own random initialisation decides the outcome.
 *
 * This file holds what the algorithms share (point collection, distances, the summaries);
 * one file per algorithm family follows (clustering-kmeans-, -gmm-, -lda-, -pic-source.ts),
 * concatenated in this order into one Python module.
 */
import { CLUSTERING_KMEANS } from './clustering-kmeans-source';
import { CLUSTERING_GMM } from './clustering-gmm-source';
import { CLUSTERING_LDA } from './clustering-lda-source';
import { CLUSTERING_PIC } from './clustering-pic-source';

const COMMON = String.raw`
import math as _math
import random as _random
from pyspark.ml.param import Param, Params, TypeConverters
from pyspark.ml.param.shared import *
from pyspark.ml.base import _with_columns
from pyspark.ml.linalg import DenseVector, SparseVector, Vectors, Vector, VectorUDT, DenseMatrix, ndarray
from pyspark.ml.feature import _FE, _FM, _FT, _p, _JavaRandom
from pyspark.ml.util import _register_java_class
from pyspark.sql.types import DoubleType, IntegerType, LongType, StructType, StructField, ArrayType

def _register(*classes):
    for c in classes:
        c._java_class = "org.apache.spark.ml.clustering." + c.__name__
        _register_java_class(c._java_class, c)

def _points(dataset, featuresCol, weightCol=None):
    from pyspark.sql.functions import col, lit
    cols = [col(featuresCol), col(weightCol).cast("double") if weightCol else lit(1.0)]
    return [(list(r[0].toArray()), r[1]) for r in dataset.select(*cols).collect()]

def _sqdist(a, b):
    s = 0.0
    for (x, y) in zip(a, b):
        d = x - y
        s += d * d
    return s

def _cosdist(a, b):
    na = _math.sqrt(sum(x * x for x in a))
    nb = _math.sqrt(sum(x * x for x in b))
    return 1.0 - sum(x * y for (x, y) in zip(a, b)) / (na * nb) if na and nb else 1.0

def _closest(centers, x, cosine=False):
    best = 0
    bd = None
    for (i, c) in enumerate(centers):
        d = _cosdist(c, x) if cosine else _sqdist(c, x)
        if bd is None or d < bd:
            bd = d
            best = i
    return best, bd

def _weight_col(est):
    return est.getOrDefault("weightCol") if est.hasParam("weightCol") and est.isDefined("weightCol") and est.getOrDefault("weightCol") else None

class ClusteringSummary:
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes):
        # predictions: a DataFrame, or a function making it on first use (fit skips a pass over the data)
        self._predictions = predictions
        self.predictionCol = predictionCol
        self.featuresCol = featuresCol
        self.k = k
        self.numIter = numIter
        self.clusterSizes = clusterSizes
    @property
    def predictions(self):
        if callable(self._predictions):
            self._predictions = self._predictions()
        return self._predictions
    @property
    def cluster(self):
        return self.predictions.select(self.predictionCol)

class KMeansSummary(ClusteringSummary):
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes, trainingCost):
        ClusteringSummary.__init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes)
        self.trainingCost = trainingCost

class BisectingKMeansSummary(KMeansSummary):
    pass

class GaussianMixtureSummary(ClusteringSummary):
    def __init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes, probabilityCol, logLikelihood):
        ClusteringSummary.__init__(self, predictions, predictionCol, featuresCol, k, numIter, clusterSizes)
        self.probabilityCol = probabilityCol
        self.logLikelihood = logLikelihood
    @property
    def probability(self):
        return self.predictions.select(self.probabilityCol)

class _SummaryMixin:
    @property
    def hasSummary(self):
        return getattr(self, "_summary", None) is not None
    @property
    def summary(self):
        if self.hasSummary:
            return self._summary
        raise RuntimeError("No training summary available for this %s" % self.__class__.__name__)
`;

/** The whole `pyspark.ml.clustering` module source, in this order. */
export const CLUSTERING = COMMON + CLUSTERING_KMEANS + CLUSTERING_GMM + CLUSTERING_LDA + CLUSTERING_PIC;
