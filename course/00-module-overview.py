# Databricks notebook source
# MAGIC %md
# MAGIC # Module overview
# MAGIC
# MAGIC This module is about running work on Spark: where data lives, how an RDD program is built from
# MAGIC transformations and started by actions, how executors share values with the driver, and how the same questions
# MAGIC are asked in SQL. The notebooks:
# MAGIC
# MAGIC | Notebook | Topic |
# MAGIC |---|---|
# MAGIC | `01-transformations-and-actions` | map, filter, flatMap, set operations, key-value aggregation, laziness, partitions |
# MAGIC | `02-shared-variables` | broadcast variables and accumulators |
# MAGIC
# MAGIC DataFrames, structured streaming and MLlib come later in the module. Below is one short exercise per topic that
# MAGIC runs today. Each ends with a cell that checks your answer: it prints ✓ when you have it and ✗ with a hint otherwise.

# COMMAND ----------

# MAGIC %md
# MAGIC ## 1. Files
# MAGIC
# MAGIC Sample data sits under `/databricks-datasets`. `dbutils.fs.ls` lists a folder, `dbutils.fs.head` shows the start
# MAGIC of a file, and `sc.textFile` reads a file (or a whole folder) as an RDD of lines.

# COMMAND ----------

# MAGIC %fs ls /databricks-datasets/structured-streaming/

# COMMAND ----------

events_dir = "/databricks-datasets/structured-streaming/events/"
print(dbutils.fs.head(events_dir + "file-0.json", 108))

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** How many files are in `events_dir`? Put the number in `my_file_count` (use `dbutils.fs.ls`).

# COMMAND ----------

my_file_count = None

# COMMAND ----------

# Check cell
def _check_files():
    expected = len([f for f in dbutils.fs.ls(events_dir) if not f.name.endswith("/")])
    if my_file_count is None:
        print("✗ Not answered yet: set my_file_count.")
    elif my_file_count == expected:
        print("✓ Right: %d files." % expected)
    else:
        print("✗ Not yet: %r is not the number of files; count the entries dbutils.fs.ls returns." % (my_file_count,))

_check_files()

# COMMAND ----------

# MAGIC %md
# MAGIC ## 2. Transformations and actions
# MAGIC
# MAGIC `filter` and `map` only describe work; `count` or `collect` run it.

# COMMAND ----------

first_file = sc.textFile(events_dir + "file-0.json")
first_file.count()

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** How many lines of `file-0.json` record an `"Open"` action? Store it in `my_open_count`.

# COMMAND ----------

my_open_count = None  # e.g. first_file.filter(lambda line: ...).count()

# COMMAND ----------

# Check cell
def _check_open():
    expected = sum(1 for line in first_file.collect() if '"action":"Open"' in line)
    if my_open_count is None:
        print("✗ Not answered yet: set my_open_count.")
    elif my_open_count == expected:
        print("✓ Right: %d Open events in file-0.json." % expected)
    else:
        print("✗ Not yet: %r; keep only the lines whose action is Open, then count." % (my_open_count,))

_check_open()

# COMMAND ----------

# MAGIC %md
# MAGIC ## 3. Key-value aggregation
# MAGIC
# MAGIC Pair RDDs (`(key, value)` tuples) can be combined per key with `reduceByKey`.

# COMMAND ----------

words = sc.parallelize(["spark", "rdd", "spark", "sql", "rdd", "spark"])
sorted(words.map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).collect())

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** Count the events of each action over *all* files of `events_dir` (`sc.textFile` accepts the
# MAGIC folder). Store a dict such as `{"Open": ..., "Close": ...}` in `my_action_counts`.

# COMMAND ----------

my_action_counts = None

# COMMAND ----------

# Check cell
def _check_actions():
    all_events = sc.textFile(events_dir)
    expected = {
        "Open": all_events.filter(lambda l: '"action":"Open"' in l).count(),
        "Close": all_events.filter(lambda l: '"action":"Close"' in l).count(),
    }
    if my_action_counts is None:
        print("✗ Not answered yet: set my_action_counts.")
    elif dict(my_action_counts) == expected:
        print("✓ Right: %d Open, %d Close." % (expected["Open"], expected["Close"]))
    else:
        print("✗ Not yet: you have %r." % (my_action_counts,))

_check_actions()

# COMMAND ----------

# MAGIC %md
# MAGIC ## 4. Shared variables
# MAGIC
# MAGIC A broadcast variable sends a read-only value to the executors once; an accumulator collects sums from them.

# COMMAND ----------

labels = sc.broadcast({"Open": "opened", "Close": "closed"})
sc.parallelize(["Open", "Close", "Open"]).map(lambda a: labels.value[a]).collect()

# COMMAND ----------

# MAGIC %md
# MAGIC **Your turn.** With an accumulator `my_close_acc`, count the `"Close"` lines of `file-0.json` inside a
# MAGIC `foreach`.

# COMMAND ----------

my_close_acc = None  # sc.accumulator(0), then first_file.foreach(...)

# COMMAND ----------

# Check cell
def _check_acc():
    expected = first_file.filter(lambda l: '"action":"Close"' in l).count()
    got = getattr(my_close_acc, "value", my_close_acc)
    if my_close_acc is None:
        print("✗ Not answered yet: set my_close_acc to an accumulator.")
    elif got == expected:
        print("✓ Right: %d Close events." % expected)
    else:
        print("✗ Not yet: the accumulator holds %r. Did the foreach run exactly once?" % (got,))

_check_acc()

# COMMAND ----------

# MAGIC %md
# MAGIC ## 5. SQL
# MAGIC
# MAGIC A `%sql` cell runs a Spark SQL query and shows the result as a table. The same per-city totals as
# MAGIC `reduceByKey` in notebook 01, written as a query:

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT city, sum(sales) AS total_sales
# MAGIC FROM VALUES ('London', 23.4), ('Manchester', 19.8), ('Leeds', 14.7), ('London', 26.6) AS store_sales(city, sales)
# MAGIC GROUP BY city
# MAGIC ORDER BY city
