# A 4-5-4-3 perceptron on the multiclass sample (our take on Spark's
# examples/src/main/python/ml/multilayer_perceptron_classification.py)
from pyspark.ml.classification import MultilayerPerceptronClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator

data = spark.read.format("libsvm").load("data/mllib/sample_multiclass_classification_data.txt")
splits = data.randomSplit([0.6, 0.4], 1234)
train = splits[0]
test = splits[1]
layers = [4, 5, 4, 3]
trainer = MultilayerPerceptronClassifier(maxIter=100, layers=layers, blockSize=128, seed=1234)
model = trainer.fit(train)
result = model.transform(test)
predictionAndLabels = result.select("prediction", "label")
evaluator = MulticlassClassificationEvaluator(metricName="accuracy")
print("== multilayer_perceptron_classification")
print("Test set accuracy = " + str(evaluator.evaluate(predictionAndLabels)))
print(model)
