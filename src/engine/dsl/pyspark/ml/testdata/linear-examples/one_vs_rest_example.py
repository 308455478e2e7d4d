# One-vs-rest over logistic regression (our take on Spark's examples/src/main/python/ml/one_vs_rest_example.py)
from pyspark.ml.classification import LogisticRegression, OneVsRest
from pyspark.ml.evaluation import MulticlassClassificationEvaluator

inputData = spark.read.format("libsvm").load("data/mllib/sample_multiclass_classification_data.txt")
(train, test) = inputData.randomSplit([0.8, 0.2], seed=7)
lr = LogisticRegression(maxIter=10, tol=1E-6, fitIntercept=True)
ovr = OneVsRest(classifier=lr)
ovrModel = ovr.fit(train)
predictions = ovrModel.transform(test)
evaluator = MulticlassClassificationEvaluator(metricName="accuracy")
accuracy = evaluator.evaluate(predictions)
print("== one_vs_rest_example")
print("Test Error = %g" % (1.0 - accuracy))
