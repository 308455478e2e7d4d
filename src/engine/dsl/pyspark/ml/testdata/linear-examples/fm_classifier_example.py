# A factorization-machine classifier in a pipeline (our take on Spark's
# examples/src/main/python/ml/fm_classifier_example.py)
from pyspark.ml import Pipeline
from pyspark.ml.classification import FMClassifier
from pyspark.ml.feature import MinMaxScaler, StringIndexer
from pyspark.ml.evaluation import MulticlassClassificationEvaluator

data = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
labelIndexer = StringIndexer(inputCol="label", outputCol="indexedLabel").fit(data)
featureScaler = MinMaxScaler(inputCol="features", outputCol="scaledFeatures").fit(data)
(trainingData, testData) = data.randomSplit([0.7, 0.3], seed=11)
fm = FMClassifier(labelCol="indexedLabel", featuresCol="scaledFeatures", stepSize=0.001)
pipeline = Pipeline(stages=[labelIndexer, featureScaler, fm])
model = pipeline.fit(trainingData)
predictions = model.transform(testData)
print("== fm_classifier_example")
predictions.select("prediction", "indexedLabel", "features").show(5)
evaluator = MulticlassClassificationEvaluator(labelCol="indexedLabel", predictionCol="prediction", metricName="accuracy")
accuracy = evaluator.evaluate(predictions)
print("Test set accuracy = %g" % accuracy)
fmModel = model.stages[2]
print("Factors: " + str(fmModel.factors.numRows) + " x " + str(fmModel.factors.numCols))
print("Linear: " + str(fmModel.linear.size))
print("Intercept: " + str(fmModel.intercept))
print(fmModel)
