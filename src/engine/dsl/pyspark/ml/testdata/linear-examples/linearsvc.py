# LinearSVC on the libsvm sample (our take on Spark's examples/src/main/python/ml/linearsvc.py)
from pyspark.ml.classification import LinearSVC

training = spark.read.format("libsvm").load("data/mllib/sample_libsvm_data.txt")
lsvc = LinearSVC(maxIter=10, regParam=0.1)
lsvcModel = lsvc.fit(training)
print("== linearsvc")
print("Coefficients: " + str(lsvcModel.coefficients))
print("Intercept: " + str(lsvcModel.intercept))
print(lsvcModel)
