# Generalized linear regression (our take on Spark's example).
from pyspark.ml.regression import GeneralizedLinearRegression

print("== generalized_linear_regression_example")
data = spark.read.format("libsvm").load("data/mllib/sample_linear_regression_data.txt")
glr = GeneralizedLinearRegression(family="gaussian", link="identity", maxIter=10, regParam=0.3)
model = glr.fit(data)
print("Coefficients: " + str(model.coefficients))
print("Intercept: " + str(model.intercept))
s = model.summary
print("Coefficient Standard Errors: " + str(s.coefficientStandardErrors))
print("T Values: " + str(s.tValues))
print("P Values: " + str(s.pValues))
print("Dispersion: " + str(s.dispersion))
print("Null Deviance: " + str(s.nullDeviance))
print("Residual Degree Of Freedom Null: " + str(s.residualDegreeOfFreedomNull))
print("Deviance: " + str(s.deviance))
print("Residual Degree Of Freedom: " + str(s.residualDegreeOfFreedom))
print("AIC: " + str(s.aic))
print("Deviance Residuals: ")
s.residuals().show(5)
poisson = GeneralizedLinearRegression(family="poisson", maxIter=25).fit(
    data.selectExpr("abs(round(label)) AS label", "features"))
print("Poisson iterations: %d" % poisson.summary.numIterations)
print(model)
