# Random forest classification with label round trip (our take on Spark's example).
from pyspark.ml import Pipeline
from pyspark.ml.classification import RandomForestClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator
from pyspark.ml.feature import IndexToString, StringIndexer, VectorIndexer

print("== random_forest_classifier")
data = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
labels = StringIndexer(inputCol="label", outputCol="indexedLabel").fit(data)
features = VectorIndexer(inputCol="features", outputCol="indexedFeatures", maxCategories=4).fit(data)
forest = RandomForestClassifier(labelCol="indexedLabel", featuresCol="indexedFeatures", numTrees=10, seed=5)
back = IndexToString(inputCol="prediction", outputCol="predictedLabel", labels=labels.labels)
train, test = data.randomSplit([0.7, 0.3], seed=13)
model = Pipeline(stages=[labels, features, forest, back]).fit(train)
scored = model.transform(test)
scored.select("predictedLabel", "label", "features").show(5)
acc = MulticlassClassificationEvaluator(labelCol="indexedLabel", predictionCol="prediction", metricName="accuracy").evaluate(scored)
print("Test Error = %g" % (1.0 - acc))
print(model.stages[2])
