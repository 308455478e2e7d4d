# Databricks notebook source
# MAGIC %md
# MAGIC # Structured Streaming using Python DataFrames API
# MAGIC
# MAGIC Structured Streaming lets you write a streaming computation the way you would write a batch one: you describe
# MAGIC a DataFrame query, and Spark runs it incrementally as new data arrives, in small **micro-batches**, keeping
# MAGIC whatever state the query needs (here, counts per window) between them.
# MAGIC
# MAGIC In this exercise we first analyse a folder of JSON event files as a static DataFrame, then run the *same* query
# MAGIC as a stream that picks up one file per trigger, and watch the windowed counts build up.

# COMMAND ----------

# To make sure that this notebook is being run on a Spark 2.0+ cluster, let's see if we can access the SparkSession.
spark

# COMMAND ----------

# MAGIC %md
# MAGIC ## Sample Data
# MAGIC
# MAGIC The folder `/databricks-datasets/structured-streaming/events/` holds the action data we use: one JSON file per
# MAGIC batch of events.

# COMMAND ----------

# MAGIC %fs ls /databricks-datasets/structured-streaming/events/

# COMMAND ----------

# MAGIC %md
# MAGIC There are about 50 JSON files in the directory. Let's see what each JSON file contains.

# COMMAND ----------

# MAGIC %fs head /databricks-datasets/structured-streaming/events/file-0.json

# COMMAND ----------

# MAGIC %md
# MAGIC Each line in the file contains a JSON record with two fields: `time` (seconds since the epoch) and `action`
# MAGIC (`Open` or `Close`). Let's analyse these files interactively first.

# COMMAND ----------

# MAGIC %md
# MAGIC ## Batch/Interactive Processing
# MAGIC
# MAGIC We know the format of the data, so we give the schema rather than letting Spark infer it.

# COMMAND ----------

from pyspark.sql.types import *

inputPath = "/databricks-datasets/structured-streaming/events/"

# Since we know the data format already, let's define the schema to speed up processing (no need for Spark to infer schema)
jsonSchema = StructType([ StructField("time", TimestampType(), True), StructField("action", StringType(), True) ])

# Static DataFrame representing data in the JSON files
staticInputDF = (
  spark
    .read
    .schema(jsonSchema)
    .json(inputPath)
)

display(staticInputDF)

# COMMAND ----------

# MAGIC %md
# MAGIC Now we can compute the number of "open" and "close" actions with one hour windows. To do this, we group by the
# MAGIC `action` column and 1 hour windows over the `time` column.

# COMMAND ----------

from pyspark.sql.functions import *      # for window() function

staticCountsDF = (
  staticInputDF
    .groupBy(
       staticInputDF.action,
       window(staticInputDF.time, "1 hour"))
    .count()
)
staticCountsDF.cache()

# Register the DataFrame as table 'static_counts'
staticCountsDF.createOrReplaceTempView("static_counts")

# COMMAND ----------

# MAGIC %md
# MAGIC Now we can directly use SQL to query the table. For example, here are the total counts across all the hours.

# COMMAND ----------

# MAGIC %sql select action, sum(count) as total_count from static_counts group by action

# COMMAND ----------

# MAGIC %md
# MAGIC How about a timeline of windowed counts?

# COMMAND ----------

# MAGIC %sql select action, date_format(window.end, "MMM-dd HH:mm") as time, count from static_counts order by time, action

# COMMAND ----------

# MAGIC %md
# MAGIC Note the two ends of the timeline: the first and last hours are only partly covered by the data, so their
# MAGIC counts are smaller. In between, each hour has about 1,000 events of each kind.

# COMMAND ----------

# MAGIC %md
# MAGIC ## Stream Processing
# MAGIC
# MAGIC Now let's turn this into a streaming query that updates as data comes. We treat the folder as a stream:
# MAGIC `maxFilesPerTrigger` = 1 makes each micro-batch take one new file.

# COMMAND ----------

from pyspark.sql.functions import *

# Similar to definition of staticInputDF above, just using `readStream` instead of `read`
streamingInputDF = (
  spark
    .readStream
    .schema(jsonSchema)               # Set the schema of the JSON data
    .option("maxFilesPerTrigger", 1)  # Treat a sequence of files as a stream by picking one file at a time
    .json(inputPath)
)

# Same query as staticInputDF
streamingCountsDF = (
  streamingInputDF
    .groupBy(
      streamingInputDF.action,
      window(streamingInputDF.time, "1 hour"))
    .count()
)

# Is this DF actually a streaming DF?
streamingCountsDF.isStreaming

# COMMAND ----------

# MAGIC %md
# MAGIC `streamingCountsDF` is a streaming DataFrame. We start the computation by giving it a sink and starting it:
# MAGIC here an in-memory table named `counts`, in **complete** mode (every batch rewrites all the counts).

# COMMAND ----------

spark.conf.set("spark.sql.shuffle.partitions", "2")  # keep the size of shuffles small

query = (
  streamingCountsDF
    .writeStream
    .format("memory")        # memory = store in-memory table (for testing only)
    .queryName("counts")     # counts = name of the in-memory table
    .outputMode("complete")  # complete = all the counts should be in the table
    .start()
)

# COMMAND ----------

# MAGIC %md
# MAGIC `query` is a handle to the streaming query running in the background. It keeps picking up files and updating
# MAGIC the counts. Let's wait a bit for a few files to be processed, then query the in-memory `counts` table.

# COMMAND ----------

from time import sleep
sleep(5)  # wait a bit for computation to start

# COMMAND ----------

# MAGIC %sql select action, date_format(window.end, "MMM-dd HH:mm") as time, count from counts order by time, action

# COMMAND ----------

# MAGIC %md
# MAGIC The timeline of windowed counts (similar to the static one earlier) builds up as files are processed.

# COMMAND ----------

sleep(5)  # wait a bit more for more data to be computed

# COMMAND ----------

# MAGIC %sql select action, date_format(window.end, "MMM-dd HH:mm") as time, count from counts order by time, action

# COMMAND ----------

sleep(5)  # wait a bit more for more data to be computed

# COMMAND ----------

# MAGIC %sql select action, date_format(window.end, "MMM-dd HH:mm") as time, count from counts order by time, action

# COMMAND ----------

# MAGIC %md
# MAGIC Also, let's see the total number of "opens" and "closes".

# COMMAND ----------

# MAGIC %sql select action, sum(count) as total_count from counts group by action order by action

# COMMAND ----------

# MAGIC %md
# MAGIC Whenever you look, the number of "opens" is more than the number of "closes": a stream's result always reflects
# MAGIC a *prefix* of the input (some whole files), never a file half-read. This is called **prefix integrity**.
# MAGIC
# MAGIC Stop the query with `query.stop()`.

# COMMAND ----------

query.stop()
query.isActive

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** A query reports every micro-batch it ran in `query.recentProgress`: a list of dicts with
# MAGIC `batchId`, `numInputRows`, `durationMs`, ... How many input rows did `query` process in all? Store the number in
# MAGIC `my_processed_rows`.

# COMMAND ----------

# Careful: `from pyspark.sql.functions import *` above replaced Python's sum() with Spark's column function sum;
# Python's own is still there as builtins.sum, or add the numbers up in a loop.
my_processed_rows = None

# COMMAND ----------

# Check cell
def _check_processed():
    # In complete mode, the `counts` table holds the counts over everything the query read.
    expected = spark.sql("select coalesce(sum(count), 0) from counts").first()[0]
    if my_processed_rows is None:
        print("✗ Not answered yet: set my_processed_rows.")
    elif my_processed_rows == expected:
        print("✓ Right: %d rows, %d files of 2,000 events." % (expected, expected // 2000))
    else:
        print("✗ Not yet: %r; add up numInputRows over query.recentProgress." % (my_processed_rows,))

_check_processed()

# COMMAND ----------

# MAGIC %md
# MAGIC ## Checking prefix integrity exactly
# MAGIC
# MAGIC How many files the query above got through depends on how fast the machine is. To see the exact totals after
# MAGIC the first four files, run the same query with four files per trigger and a **one-shot** trigger: it processes
# MAGIC one micro-batch and stops. Its totals equal the static counts over those four files (the files with the four
# MAGIC oldest modification times, as a file stream picks them).

# COMMAND ----------

firstFour = (
  spark.readStream.schema(jsonSchema).option("maxFilesPerTrigger", 4).json(inputPath)
    .groupBy("action").count()
    .writeStream.format("memory").queryName("first_four").outputMode("complete")
    .trigger(once=True)
    .start()
)
firstFour.awaitTermination()
streamed = {r.action: r["count"] for r in spark.table("first_four").collect()}

staticFour = (
  spark.read.schema(jsonSchema).json([inputPath + "file-%d.json" % i for i in range(4)])
    .groupBy("action").count()
)
static = {r.action: r["count"] for r in staticFour.collect()}
print("streaming:", sorted(streamed.items()))
print("static:   ", sorted(static.items()))
print("agree:", streamed == static)

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** Write your own streaming query over `inputPath`: keep only the `Close` events, count them per
# MAGIC 1-hour window of `time`, and write the counts to a memory table named `my_closes` in complete mode with
# MAGIC `.trigger(availableNow=True)`, which reads every file there is and then stops (wait for it with
# MAGIC `awaitTermination()`). Then read `my_closes` and store the count of the window ending at 04:00 on Jul-26 in
# MAGIC `my_close_0400`.

# COMMAND ----------

my_close_0400 = None

# COMMAND ----------

# Check cell
def _check_close_0400():
    import json
    start, end = 1469502000, 1469505600  # 03:00 and 04:00 UTC on 2016-07-26, in seconds since the epoch
    expected = (sc.textFile(inputPath).map(json.loads)
                .filter(lambda e: e["action"] == "Close" and start <= e["time"] < end).count())
    if my_close_0400 is None:
        print("✗ Not answered yet: set my_close_0400.")
    elif my_close_0400 == expected:
        print("✓ Right: %d Close events between 03:00 and 04:00." % expected)
    else:
        print("✗ Not yet: %r; filter action == 'Close' before grouping by window(time, '1 hour')." % (my_close_0400,))

_check_close_0400()
