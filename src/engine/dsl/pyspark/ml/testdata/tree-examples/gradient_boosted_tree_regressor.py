# Gradient-boosted tree regression (our take on Spark's example).
from pyspark.ml import Pipeline
from pyspark.ml.evaluation import RegressionEvaluator
from pyspark.ml.feature import VectorIndexer
from pyspark.ml.regression import GBTRegressor

print("== gradient_boosted_tree_regressor")
data = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
indexer = VectorIndexer(inputCol="features", outputCol="indexedFeatures", maxCategories=4).fit(data)
train, test = data.randomSplit([0.7, 0.3], seed=16)
model = Pipeline(stages=[indexer, GBTRegressor(featuresCol="indexedFeatures", maxIter=10, seed=8)]).fit(train)
scored = model.transform(test)
scored.select("prediction", "label", "features").show(5)
rmse = RegressionEvaluator(labelCol="label", predictionCol="prediction", metricName="rmse").evaluate(scored)
print("Root Mean Squared Error (RMSE) on test data = %g" % rmse)
print(model.stages[1])
