# A factorization-machine regressor in a pipeline (our take on Spark's
# examples/src/main/python/ml/fm_regressor_example.py)
from pyspark.ml import Pipeline
from pyspark.ml.regression import FMRegressor
from pyspark.ml.feature import MinMaxScaler
from pyspark.ml.evaluation import RegressionEvaluator

data = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
featureScaler = MinMaxScaler(inputCol="features", outputCol="scaledFeatures").fit(data)
(trainingData, testData) = data.randomSplit([0.7, 0.3], seed=11)
fm = FMRegressor(featuresCol="scaledFeatures", stepSize=0.001)
pipeline = Pipeline(stages=[featureScaler, fm])
model = pipeline.fit(trainingData)
predictions = model.transform(testData)
print("== fm_regressor_example")
predictions.select("prediction", "label", "features").show(5)
evaluator = RegressionEvaluator(labelCol="label", predictionCol="prediction", metricName="rmse")
rmse = evaluator.evaluate(predictions)
print("Root Mean Squared Error (RMSE) on test data = %g" % rmse)
fmModel = model.stages[1]
print("Intercept: " + str(fmModel.intercept))
print(fmModel)
