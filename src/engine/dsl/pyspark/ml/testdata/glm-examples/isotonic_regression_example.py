# Isotonic regression (our take on Spark's example).
from pyspark.ml.regression import IsotonicRegression

print("== isotonic_regression_example")
dataset = spark.read.format("libsvm").load("data/mllib/sample_isotonic_regression_libsvm_data.txt")
model = IsotonicRegression().fit(dataset)
print("Boundaries in increasing order: %s\n" % str(model.boundaries))
print("Predictions associated with the boundaries: %s\n" % str(model.predictions))
model.transform(dataset).show(5)
