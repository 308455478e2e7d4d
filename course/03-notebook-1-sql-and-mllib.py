# Databricks notebook source
# MAGIC %md
# MAGIC # Notebook 1: transformations and actions, Spark SQL, and an MLlib regression
# MAGIC
# MAGIC The course's first notebook, cell for cell, in PySpark. It has three parts:
# MAGIC
# MAGIC 1. **Exercise 1**: read a CSV file into a DataFrame and try the basic transformations and actions on it.
# MAGIC 2. **Spark SQL**: load two public data sets (US farmers markets and 2013 IRS income by ZIP code), clean them with SQL,
# MAGIC    explore them, cache a table and join the two.
# MAGIC 3. **Exercise 3**: predict the number of farmers markets in a ZIP code from its income figures with MLlib
# MAGIC    (linear regression, then a cross-validated random forest).
# MAGIC
# MAGIC The IRS table here is Flint's **synthetic** full-size copy (same columns and row count as the real file, values
# MAGIC generated per state); the markets and diamonds files are the real ones.

# COMMAND ----------

#The following cell is a python cell, although the notebook is a scala notebook
print("hello this is python")

# COMMAND ----------

# MAGIC %md
# MAGIC ** Read a file **

# COMMAND ----------

# MAGIC %fs ls /databricks-datasets/Rdatasets/data-001/

# COMMAND ----------

# MAGIC %fs ls /databricks-datasets/Rdatasets/data-001/csv/

# COMMAND ----------

dataPath = "/databricks-datasets/Rdatasets/data-001/csv/ggplot2/diamonds.csv"
diamonds = spark.read.format("csv") \
  .option("header", "true") \
  .option("inferSchema", "true") \
  .load(dataPath)

# COMMAND ----------

display(diamonds)

# COMMAND ----------

# MAGIC %md
# MAGIC ** Transformations and Actions **

# COMMAND ----------

diamonds.select("_c0").limit(10).collect()

# COMMAND ----------

diamonds.printSchema()

# COMMAND ----------

diamonds.select("carat").limit(10).collect()

# COMMAND ----------

diamonds.count()

# COMMAND ----------


dataPath = "/databricks-datasets/Rdatasets/data-001/csv/ggplot2/diamonds.csv"
diamonds = spark.read.format("csv")\
  .option("header", "true")\
  .option("inferSchema", "true")\
  .load(dataPath)

# COMMAND ----------

diamonds.count()

# COMMAND ----------

# FILTER
display(diamonds.filter(diamonds.cut.contains("Ideal")))

# COMMAND ----------

# Flat Map
from pyspark.sql.functions import split, explode

fav_movies = spark.createDataFrame([("Pulp Fiction",), ("Requiem for a dream",), ("A clockwork Orange",)], ["title"])
fav_movies.select(explode(split("title", " ")).alias("word")).collect()

# COMMAND ----------

# Sample
data = spark.createDataFrame([(i,) for i in range(1, 21)], ["value"])
data.sample(0.1).collect()

# COMMAND ----------

# Intersection
java_skills = spark.createDataFrame([("Tom Mahoney",), ("Alicia Whitekar",), ("Paul Jones",), ("Rodney Marsh",)], ["name"])
db_skills = spark.createDataFrame([("James Kent",), ("Paul Jones",), ("Tom Mahoney",), ("Adam Waugh",)], ["name"])
java_skills.intersect(db_skills).collect()

# COMMAND ----------

# Union
java_skills = spark.createDataFrame([("Tom Mahoney",), ("Alicia Whitekar",), ("Paul Jones",), ("Rodney Marsh",)], ["name"])
db_skills = spark.createDataFrame([("James Kent",), ("Paul Jones",), ("Tom Mahoney",), ("Adam Waugh",)], ["name"])
java_skills.union(db_skills).collect()

# COMMAND ----------

# Subtract
java_skills = spark.createDataFrame([("Tom Mahoney",), ("Alicia Whitekar",), ("Paul Jones",), ("Rodney Marsh",)], ["name"])
db_skills = spark.createDataFrame([("James Kent",), ("Paul Jones",), ("Tom Mahoney",), ("Adam Waugh",)], ["name"])
java_skills.subtract(db_skills).collect()

# COMMAND ----------

# Reduced and group by key
from pyspark.sql.functions import sum as spark_sum

# Input Data
store_sales = spark.createDataFrame([("London", 23.4), ("Manchester", 19.8), ("Leeds", 14.7), ("London", 26.6)], ["city", "sales"])

# GroupBy and sum
store_sales.groupBy("city").agg(spark_sum("sales").alias("total_sales")).collect()

# SampleResult
# res2: [(Manchester, 19.8), (London, 50.0), (Leeds, 14.7)]

# COMMAND ----------

# ReduceByKey (using groupBy and sum)
from pyspark.sql.functions import sum as spark_sum

store_sales.groupBy("city").agg(spark_sum("sales").alias("total_sales")).collect()

# Sample Result
# res1: [(Manchester, 19.8), (London, 50.0), (Leeds, 14.7)]

# COMMAND ----------

# CombineByKey (using groupBy with sum and count)
from pyspark.sql.functions import sum as spark_sum, count

sample_data = spark.createDataFrame([("k1", 10), ("k2", 5), ("k1", 6), ("k3", 4), ("k2", 1), ("k3", 4)], ["key", "value"])
sum_count = sample_data.groupBy("key").agg(spark_sum("value").alias("sum"), count("value").alias("count"))
sum_count.take(3)

# COMMAND ----------

# Average by key (using withColumn to calculate avg)
from pyspark.sql.functions import col

avg_by_key = sum_count.withColumn("avg", col("sum") / col("count"))
avg_by_key.select("key", "avg").take(3)

# COMMAND ----------

# MAGIC %md
# MAGIC ### Your turn: diamonds per cut
# MAGIC
# MAGIC With the `diamonds` DataFrame, count the diamonds of each cut. Put the result in `my_cut_counts` as a Python dict
# MAGIC from cut (for example `"Ideal"`) to count. Hint: `groupBy`, `count`, then `collect()` the rows into a dict.

# COMMAND ----------

my_cut_counts = None  # e.g. {r["cut"]: r["count"] for r in diamonds.groupBy(...)...collect()}

# COMMAND ----------

# Check cell: recounts the cuts with an RDD over the same file and compares.
def _check_cut_counts():
    lines = sc.textFile(dataPath)
    header = lines.first()
    expected = dict(lines.filter(lambda l: l != header).map(lambda l: l.split(",")[2].strip('"')).countByValue())
    if my_cut_counts is None:
        print("✗ Not answered yet: set my_cut_counts to a dict {cut: count}.")
    elif dict(my_cut_counts) == expected:
        print("✓ Right: %d cuts, %d diamonds." % (len(expected), sum(expected.values())))
    else:
        wrong = sorted(k for k in set(expected) | set(my_cut_counts) if expected.get(k) != my_cut_counts.get(k))
        print("✗ Not yet: the counts differ for %r." % (wrong[:3],))

_check_cut_counts()

# COMMAND ----------

1

# COMMAND ----------

# MAGIC %md
# MAGIC *** SPARK SQL ***
# MAGIC
# MAGIC ## The Data
# MAGIC
# MAGIC **Farmers markets.** The US Department of Agriculture publishes a directory of farmers markets: one row per market with
# MAGIC its name, address, state, ZIP code, coordinates and the products it sells (59 columns).
# MAGIC
# MAGIC **Income by ZIP code.** The IRS Statistics of Income division publishes, for every ZIP code, counts of returns and
# MAGIC income amounts, split into six adjusted-gross-income groups (`agi_stub`), 114 columns in all.
# MAGIC
# MAGIC The question for the rest of the notebook: do ZIP codes with more income have more farmers markets?

# COMMAND ----------

# Read The data
taxes2013 = spark.read \
  .option("header", "true") \
  .csv("dbfs:/databricks-datasets/data.gov/irs_zip_code_data/data-001/2013_soi_zipcode_agi.csv")

markets = spark.read \
  .option("header", "true") \
  .csv("dbfs:/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv")

# COMMAND ----------

# Register spark SQL tables
taxes2013.createOrReplaceTempView("taxes2013")
markets.createOrReplaceTempView("markets")

# COMMAND ----------

# MAGIC %md
# MAGIC Run SQL Commands

# COMMAND ----------

# MAGIC %sql show tables

# COMMAND ----------

display(taxes2013)

# COMMAND ----------

# MAGIC %sql SELECT * FROM taxes2013

# COMMAND ----------

# Table projections
taxes2013.select("STATEFIPS", "zipcode").show(5)

# COMMAND ----------

# MAGIC %md
# MAGIC Every column was read as a string. Two clean-ups before the analysis:
# MAGIC
# MAGIC 1. convert the columns we need to numbers and give them readable names;
# MAGIC 2. shorten each ZIP code to its first four digits, so that neighbouring ZIP codes fall into one group.

# COMMAND ----------

# MAGIC %sql
# MAGIC DROP TABLE IF EXISTS cleaned_taxes;
# MAGIC
# MAGIC CREATE TABLE cleaned_taxes AS
# MAGIC SELECT state, int(double(zipcode) / 10) as zipcode, 
# MAGIC   int(double(mars1)) as single_returns, 
# MAGIC   int(double(mars2)) as joint_returns, 
# MAGIC   int(double(numdep)) as numdep, 
# MAGIC   double(A02650) as total_income_amount,
# MAGIC   double(A00300) as taxable_interest_amount,
# MAGIC   double(a01000) as net_capital_gains,
# MAGIC   double(a00900) as biz_net_income
# MAGIC FROM taxes2013

# COMMAND ----------

# MAGIC %sql show tables

# COMMAND ----------

# MAGIC %sql select * FROM cleaned_taxes

# COMMAND ----------

# Using the dataset API
cleaned_taxes = spark.table("cleaned_taxes")
display(cleaned_taxes.groupBy("state").avg("total_income_amount"))

# COMMAND ----------

display(cleaned_taxes.describe())

# COMMAND ----------

# MAGIC %md
# MAGIC Which ZIP-code groups have the lowest total capital gains? (ZIP group 0 holds each state's totals and 9999 the
# MAGIC "other" rows, so both are left out.) Try the chart button under the table.

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT zipcode, SUM(net_capital_gains) AS cap_gains
# MAGIC FROM cleaned_taxes 
# MAGIC   WHERE NOT (zipcode = 0000 OR zipcode = 9999)
# MAGIC GROUP BY zipcode
# MAGIC ORDER BY cap_gains ASC
# MAGIC LIMIT 10

# COMMAND ----------

# MAGIC %md
# MAGIC Now capital gains and business net income together:

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT zipcode, 
# MAGIC   SUM(biz_net_income) as business_net_income, 
# MAGIC   SUM(net_capital_gains) as capital_gains, 
# MAGIC   SUM(net_capital_gains) + SUM(biz_net_income) as capital_and_business_income
# MAGIC FROM cleaned_taxes 
# MAGIC   WHERE NOT (zipcode = 0000 OR zipcode = 9999)
# MAGIC GROUP BY zipcode
# MAGIC ORDER BY capital_and_business_income DESC
# MAGIC LIMIT 50

# COMMAND ----------

# equivalent to the above
combo = spark.sql("""
  SELECT zipcode, 
    SUM(biz_net_income) as net_income, 
    SUM(net_capital_gains) as cap_gains, 
    SUM(net_capital_gains) + SUM(biz_net_income) as combo
  FROM cleaned_taxes 
  WHERE NOT (zipcode = 0000 OR zipcode = 9999)
  GROUP BY zipcode
  ORDER BY combo desc
  limit 50""")

display(combo)

# COMMAND ----------

combo.explain()

# COMMAND ----------

# MAGIC %md
# MAGIC Spark can keep a table in memory, so later queries skip reading and parsing the file. In SQL that is
# MAGIC `CACHE TABLE`; from Python, `spark.catalog.cacheTable("cleaned_taxes")`.

# COMMAND ----------

# Caching not needed on serverless - automatic optimization is enabled
pass

# COMMAND ----------

# MAGIC %sql
# MAGIC CACHE  TABLE cleaned_taxes

# COMMAND ----------

# MAGIC %md
# MAGIC Calculation after caching

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT zipcode, 
# MAGIC   SUM(biz_net_income) as net_income, 
# MAGIC   SUM(net_capital_gains) as cap_gains, 
# MAGIC   SUM(net_capital_gains) + SUM(biz_net_income) as combo
# MAGIC FROM cleaned_taxes 
# MAGIC   WHERE NOT (zipcode = 0000 OR zipcode = 9999)
# MAGIC GROUP BY zipcode
# MAGIC ORDER BY combo desc
# MAGIC limit 50

# COMMAND ----------

# MAGIC %md
# MAGIC let's explore the second dataset:

# COMMAND ----------

display(markets.groupBy("State").count())

# COMMAND ----------

# MAGIC %md
# MAGIC Now prepare both data sets and join them: the target is the number of farmers markets per ZIP-code group.

# COMMAND ----------

# Convert back to a dataset from a table
cleaned_taxes = spark.sql("SELECT * FROM cleaned_taxes")

summed_taxes = cleaned_taxes \
  .groupBy("zipcode") \
  .sum()  # because of AGI, where groups income groups are broken out

cleaned_markets = markets \
  .filter("zip rlike '^[0-9]'") \
  .selectExpr("*", "int(substring(zip, 1, 5) / 10) as zipcode") \
  .groupBy("zipcode") \
  .count() \
  .selectExpr("double(count) as count", "zipcode as zip")
# selectExpr is short for Select Expression - equivalent to what we
# might be doing in SQL SELECT expression

joined = cleaned_markets \
  .join(summed_taxes, cleaned_markets["zip"] == summed_taxes["zipcode"], "outer")

# COMMAND ----------

display(cleaned_markets)

# COMMAND ----------

display(joined)

# COMMAND ----------

# MAGIC %md
# MAGIC deal with na values

# COMMAND ----------

prepped = joined.na.fill(0)
display(prepped)

# COMMAND ----------

display(prepped)

# COMMAND ----------

# MAGIC %md
# MAGIC ### Your turn: markets per state
# MAGIC
# MAGIC Using the `markets` DataFrame (or `%sql` on the `markets` view), count the farmers markets in each state. Put the
# MAGIC result in `my_markets_per_state` as a dict from state name to count.

# COMMAND ----------

my_markets_per_state = None  # e.g. {r["State"]: r["count"] for r in markets.groupBy("State").count().collect()}

# COMMAND ----------

# Check cell: recounts the states with Python's csv module over the raw file and compares.
def _check_markets_per_state():
    import csv
    path = "/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv"
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    state_col = rows[0].index("State")
    expected = {}
    for r in rows[1:]:
        expected[r[state_col]] = expected.get(r[state_col], 0) + 1
    if my_markets_per_state is None:
        print("✗ Not answered yet: set my_markets_per_state to a dict {state: count}.")
    elif dict(my_markets_per_state) == expected:
        print("✓ Right: %d states, %d markets." % (len(expected), sum(expected.values())))
    else:
        wrong = sorted(k for k in set(expected) | set(my_markets_per_state) if expected.get(k) != my_markets_per_state.get(k))
        print("✗ Not yet: %d states differ, e.g. %r." % (len(wrong), wrong[:3]))

_check_markets_per_state()

# COMMAND ----------

# MAGIC %md
# MAGIC MLlib wants all the inputs of a model in one column of vector type. The label is `count` (markets per ZIP group);
# MAGIC every other column except the two ZIP columns becomes a feature.

# COMMAND ----------

nonFeatureCols = ["zip", "zipcode", "count"]
featureCols = [item for item in prepped.columns if item not in nonFeatureCols]

# COMMAND ----------

# VectorAssembler Assembles all of these columns into one single vector. To do this, set the input columns and output column. Then that assembler will be used to transform the prepped data to the final dataset.
from pyspark.ml.feature import VectorAssembler

assembler = (VectorAssembler()
  .setInputCols(featureCols)
  .setOutputCol("features"))

finalPrep = assembler.transform(prepped)

# COMMAND ----------

# MAGIC %md
# MAGIC Split the rows 70/30 into a training set and a test set. (A validation set would be a third split; cross-validation
# MAGIC below makes its own.)

# COMMAND ----------

training, test = finalPrep.randomSplit([0.7, 0.3])

#  Going to cache the data to make sure things stay snappy!
training.cache()
test.cache()

print(training.count()) # Why execute count here??
print(test.count())

# COMMAND ----------

# MAGIC %md
# MAGIC # Apache Spark MLLib
# MAGIC
# MAGIC An estimator such as `LinearRegression` is configured with parameters and `fit` on a DataFrame; it returns a
# MAGIC `Model`, a transformer that adds a `prediction` column. `explainParams()` lists every parameter with its default.
# MAGIC `elasticNetParam` mixes L1 (1.0) and L2 (0.0) regularisation.

# COMMAND ----------

from pyspark.ml.regression import LinearRegression

lrModel = (LinearRegression()
  .setLabelCol("count")
  .setFeaturesCol("features")
  .setElasticNetParam(0.5))

print("Printing out the model Parameters:")
print("-"*20)
print(lrModel.explainParams())
print("-"*20)

# COMMAND ----------

# MAGIC %md
# MAGIC Fit the model on the training set.

# COMMAND ----------

from pyspark.mllib.evaluation import RegressionMetrics
lrFitted = lrModel.fit(training)

# COMMAND ----------

# MAGIC %md
# MAGIC A ZIP group has a whole number of markets, so round each prediction and count it right when it equals the label.

# COMMAND ----------

holdout = (lrFitted
  .transform(test)
  .selectExpr("prediction as raw_prediction", 
    "double(round(prediction)) as prediction", 
    "count", 
    """CASE double(round(prediction)) = count 
  WHEN true then 1
  ELSE 0
END as equal"""))
display(holdout)

# COMMAND ----------

# MAGIC %md
# MAGIC Now let's see what proportion was exactly correct.

# COMMAND ----------

display(holdout.selectExpr("sum(equal)/sum(1)"))

# COMMAND ----------

# have to do a type conversion for RegressionMetrics
rm = RegressionMetrics(holdout.select("prediction", "count").rdd.map(lambda x:  (x[0], x[1])))

print("MSE: ", rm.meanSquaredError)
print("MAE: ", rm.meanAbsoluteError)
print("RMSE Squared: ", rm.rootMeanSquaredError)
print("R Squared: ", rm.r2)
print("Explained Variance: ", rm.explainedVariance, "\n")

# COMMAND ----------

# MAGIC %md
# MAGIC A linear model does poorly here. Next: a random forest inside a `Pipeline`, with a grid of parameters
# MAGIC (`maxDepth` 5 or 10, `numTrees` 20 or 60) chosen by cross-validation with a `RegressionEvaluator`.

# COMMAND ----------

from pyspark.ml.regression import RandomForestRegressor
from pyspark.ml.tuning import ParamGridBuilder, CrossValidator
from pyspark.ml.evaluation import RegressionEvaluator

from pyspark.ml import Pipeline

rfModel = (RandomForestRegressor()
  .setLabelCol("count")
  .setFeaturesCol("features"))

paramGrid = (ParamGridBuilder()
  .addGrid(rfModel.maxDepth, [5, 10])
  .addGrid(rfModel.numTrees, [20, 60])
  .build())
# Note, that this parameter grid will take a long time
# to run in the community edition due to limited number
# of workers available! Be patient for it to run!
# If you want it to run faster, remove some of
# the above parameters and it'll speed right up!

stages = [rfModel]

pipeline = Pipeline().setStages(stages)

cv = (CrossValidator() # you can feel free to change the number of folds used in cross validation as well
  .setEstimator(pipeline) # the estimator can also just be an individual model rather than a pipeline
  .setEstimatorParamMaps(paramGrid)
  .setEvaluator(RegressionEvaluator().setLabelCol("count")))

pipelineFitted = cv.fit(training)

# COMMAND ----------

# MAGIC %md
# MAGIC Now we've trained our model! Let's take a look at which version performed best!

# COMMAND ----------

print("The Best Parameters:\n--------------------")
print(pipelineFitted.bestModel.stages[0])
pipelineFitted.bestModel.stages[0].extractParamMap()

# COMMAND ----------

holdout2 = (pipelineFitted.bestModel
  .transform(test)
  .selectExpr("prediction as raw_prediction", 
    "double(round(prediction)) as prediction", 
    "count", 
    """CASE double(round(prediction)) = count 
  WHEN true then 1
  ELSE 0
END as equal"""))
  
display(holdout2)

# COMMAND ----------

# MAGIC %md
# MAGIC As well as our regression metrics on the test set.

# COMMAND ----------

# have to do a type conversion for RegressionMetrics
rm2 = RegressionMetrics(holdout2.select("prediction", "count").rdd.map(lambda x:  (x[0], x[1])))

print("MSE: ", rm2.meanSquaredError)
print("MAE: ", rm2.meanAbsoluteError)
print("RMSE Squared: ", rm2.rootMeanSquaredError)
print("R Squared: ", rm2.r2)
print("Explained Variance: ", rm2.explainedVariance, "\n")

# COMMAND ----------

# MAGIC %md
# MAGIC The "exactly right" proportion for the random forest:

# COMMAND ----------

display(holdout2.selectExpr("sum(equal)/sum(1)"))

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** A model with a single feature can be checked by hand: its least-squares line has slope
# MAGIC cov(x, y) / var(x). Assemble a vector column `income_vec` from `sum(total_income_amount)` alone, fit
# MAGIC `LinearRegression(featuresCol="income_vec", labelCol="count", regParam=0.0)` on `training`, and store the fitted
# MAGIC model's slope (`coefficients[0]`) in `my_slope` and its `intercept` in `my_intercept`.

# COMMAND ----------

my_slope = None
my_intercept = None

# COMMAND ----------

# Check cell
def _check_slope():
    pts = [(float(r[0]), float(r[1])) for r in training.select("sum(total_income_amount)", "count").collect()]
    n = len(pts)
    mx = my_ = 0.0
    for x, y in pts:
        mx += x / n
        my_ += y / n
    sxy = sxx = 0.0
    for x, y in pts:
        sxy += (x - mx) * (y - my_)
        sxx += (x - mx) * (x - mx)
    slope = sxy / sxx
    intercept = my_ - slope * mx
    close = lambda a, b: a is not None and -1e-6 <= (a - b) / (b if b != 0 else 1.0) <= 1e-6
    if my_slope is None or my_intercept is None:
        print("✗ Not answered yet: set my_slope and my_intercept.")
    elif close(my_slope, slope) and close(my_intercept, intercept):
        print("✓ Right: count ≈ %.6g × income + %.6g, the least-squares line over %d training rows." % (slope, intercept, n))
    else:
        print("✗ Not yet: %r and %r; fit on training with income_vec as the only feature and regParam=0." % (my_slope, my_intercept))

_check_slope()

# COMMAND ----------

# MAGIC %md
# MAGIC # Conclusion
# MAGIC
# MAGIC The random forest found a clearer link between income and markets than the linear model, though the predictions
# MAGIC are still rough: income alone explains only part of where farmers markets are.

# COMMAND ----------

# MAGIC %md
# MAGIC # Homework:
# MAGIC
# MAGIC There are many more features and parameters to try: change the grid, add features (for example income per
# MAGIC return), or try `GBTRegressor`, and see whether the holdout metrics improve.
