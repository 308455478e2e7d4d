# Gradient-boosted tree classification (our take on Spark's example).
from pyspark.ml import Pipeline
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator
from pyspark.ml.feature import StringIndexer, VectorIndexer

print("== gradient_boosted_tree_classifier")
data = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
stages = [
    StringIndexer(inputCol="label", outputCol="indexedLabel").fit(data),
    VectorIndexer(inputCol="features", outputCol="indexedFeatures", maxCategories=4).fit(data),
    GBTClassifier(labelCol="indexedLabel", featuresCol="indexedFeatures", maxIter=10, seed=7),
]
train, test = data.randomSplit([0.7, 0.3], seed=15)
model = Pipeline(stages=stages).fit(train)
scored = model.transform(test)
scored.select("prediction", "indexedLabel", "features").show(5)
acc = MulticlassClassificationEvaluator(labelCol="indexedLabel", predictionCol="prediction", metricName="accuracy").evaluate(scored)
print("Test Error = %g" % (1.0 - acc))
print(model.stages[2])
