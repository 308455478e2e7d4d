# Databricks notebook source
# MAGIC %md
# MAGIC # Transformations and actions on RDDs
# MAGIC
# MAGIC An RDD is a collection split into partitions. **Transformations** (`map`, `filter`, `flatMap`, `reduceByKey`, ...)
# MAGIC describe a new RDD and run nothing; **actions** (`collect`, `count`, `take`, ...) start a job and bring a result
# MAGIC back to the driver. This notebook follows the RDD examples of the course's first notebook.

# COMMAND ----------

print("hello this is python")

# COMMAND ----------

# MAGIC %md
# MAGIC ## Read a file
# MAGIC
# MAGIC The sample datasets live under `/databricks-datasets`. `%fs ls` lists a folder.

# COMMAND ----------

# MAGIC %fs ls /databricks-datasets/Rdatasets/data-001/csv/ggplot2/

# COMMAND ----------

dataPath = "/databricks-datasets/Rdatasets/data-001/csv/ggplot2/diamonds.csv"
diamond_lines = sc.textFile(dataPath)
diamond_lines.take(3)

# COMMAND ----------

# One line is the header, the rest are diamonds.
diamond_lines.count()

# COMMAND ----------

# MAGIC %md
# MAGIC ## map and filter
# MAGIC
# MAGIC Drop the header, split each line on commas, and keep the diamonds whose cut is "Ideal".

# COMMAND ----------

header = diamond_lines.first()
diamonds = diamond_lines.filter(lambda line: line != header).map(lambda line: line.split(","))
ideal = diamonds.filter(lambda cols: cols[2] == '"Ideal"')
ideal.count()

# COMMAND ----------

ideal.map(lambda cols: (float(cols[1]), int(cols[7]))).take(5)

# COMMAND ----------

# MAGIC %md
# MAGIC ## flatMap
# MAGIC
# MAGIC `map` gives one output per input; `flatMap` may give any number, here one per word.

# COMMAND ----------

fav_movies = sc.parallelize(["Pulp Fiction", "Requiem for a dream", "A clockwork Orange"])
fav_movies.flatMap(lambda title: title.split(" ")).collect()

# COMMAND ----------

# MAGIC %md
# MAGIC ## sample

# COMMAND ----------

data = sc.parallelize([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20])
sampled = data.sample(True, 0.1, 12345).collect()
print(all(1 <= x <= 20 for x in sampled))

# COMMAND ----------

# MAGIC %md
# MAGIC ## intersection, union, subtract

# COMMAND ----------

java_skills = sc.parallelize(["Tom Mahoney", "Alicia Whitekar", "Paul Jones", "Rodney Marsh"])
db_skills = sc.parallelize(["James Kent", "Paul Jones", "Tom Mahoney", "Adam Waugh"])
sorted(java_skills.intersection(db_skills).collect())

# COMMAND ----------

java_skills.union(db_skills).collect()

# COMMAND ----------

sorted(java_skills.subtract(db_skills).collect())

# COMMAND ----------

# MAGIC %md
# MAGIC ## groupByKey and reduceByKey
# MAGIC
# MAGIC Both group pairs by key. `reduceByKey` combines values inside each partition before the shuffle, so it moves
# MAGIC less data than `groupByKey` followed by a sum.

# COMMAND ----------

store_sales = sc.parallelize([("London", 23.4), ("Manchester", 19.8), ("Leeds", 14.7), ("London", 26.6)])
sorted(store_sales.groupByKey().map(lambda kv: (kv[0], sum(kv[1]))).collect())

# COMMAND ----------

sorted(store_sales.reduceByKey(lambda x, y: x + y).collect())

# COMMAND ----------

# MAGIC %md
# MAGIC ## combineByKey and the average by key
# MAGIC
# MAGIC `combineByKey` takes three functions: start a (sum, count) pair from a first value, add another value to a pair,
# MAGIC and merge two pairs from different partitions. Dividing sum by count then gives the average per key.

# COMMAND ----------

sample_data = sc.parallelize([("k1", 10), ("k2", 5), ("k1", 6), ("k3", 4), ("k2", 1), ("k3", 4)])
sum_count = sample_data.combineByKey(
    lambda value: (value, 1),
    lambda pair, value: (pair[0] + value, pair[1] + 1),
    lambda p, q: (p[0] + q[0], p[1] + q[1]))
sorted(sum_count.take(3))

# COMMAND ----------

avg_by_key = sum_count.map(lambda kv: (kv[0], kv[1][0] / kv[1][1]))
sorted(avg_by_key.take(3))

# COMMAND ----------

# MAGIC %md
# MAGIC ## Lazy evaluation
# MAGIC
# MAGIC Building a chain of transformations costs nothing. The accumulator below counts how many times the `map`
# MAGIC function really ran: zero until an action asks for the data, and again on every action, since nothing is cached.

# COMMAND ----------

calls = sc.accumulator(0)

def double(x):
    calls.add(1)
    return x * 2

doubled = sc.parallelize(range(10)).map(double)
print("after map:", calls.value)
doubled.count()
print("after count:", calls.value)
doubled.sum()
print("after sum:", calls.value)

# COMMAND ----------

# MAGIC %md
# MAGIC ## Partitions and glom
# MAGIC
# MAGIC `glom()` turns each partition into a list, which shows how the data was split.

# COMMAND ----------

nums = sc.parallelize(range(1, 11), 3)
print(nums.getNumPartitions())
nums.glom().collect()

# COMMAND ----------

nums.repartition(2).getNumPartitions()

# COMMAND ----------

# MAGIC %md
# MAGIC ## Your turn: markets per state
# MAGIC
# MAGIC The farmers-markets file has one market per line and the state name in the 11th column (`State`). Some fields hold
# MAGIC commas inside double quotes, so split with `split_csv_line` below rather than `line.split(",")`.
# MAGIC Build `my_state_counts`: a Python dict from state name to number of markets (skip the header line).

# COMMAND ----------

def split_csv_line(line):
    fields, field, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    fields.append(field)
    return fields

markets_lines = sc.textFile("/databricks-datasets/data.gov/farmers_markets_geographic_data/data-001/market_data.csv")
my_state_counts = None  # e.g. a dict built with map(...) and reduceByKey(...), then collectAsMap()

# COMMAND ----------

# Check cell: recomputes the answer with countByValue and compares.
def _check_state_counts():
    first = markets_lines.first()
    expected = dict(markets_lines.filter(lambda l: l != first)
                    .map(lambda l: split_csv_line(l)[10]).countByValue())
    if my_state_counts is None:
        print("✗ Not answered yet: set my_state_counts to a dict {state: count}.")
    elif dict(my_state_counts) == expected:
        print("✓ Right: %d states, %d markets in total." % (len(expected), sum(expected.values())))
    else:
        wrong = sorted(k for k in set(expected) | set(my_state_counts) if expected.get(k) != my_state_counts.get(k))
        print("✗ Not yet: %d states differ, e.g. %r." % (len(wrong), wrong[:3]))

_check_state_counts()

# COMMAND ----------

# MAGIC %md
# MAGIC ## Your turn: average price by cut
# MAGIC
# MAGIC Using `diamonds` from above (lists of strings; cut is column 2, price column 7), build `my_avg_price`: a dict from
# MAGIC cut (with its quotes, e.g. `'"Ideal"'`) to the average price, computed with `combineByKey` or `reduceByKey`.

# COMMAND ----------

my_avg_price = None

# COMMAND ----------

# Check cell
def _check_avg_price():
    totals = {}
    for cols in diamonds.map(lambda c: (c[2], int(c[7]))).collect():
        s, n = totals.get(cols[0], (0, 0))
        totals[cols[0]] = (s + cols[1], n + 1)
    expected = {k: s / n for k, (s, n) in totals.items()}
    if my_avg_price is None:
        print("✗ Not answered yet: set my_avg_price to a dict {cut: average price}.")
    elif set(my_avg_price) == set(expected) and all(abs(my_avg_price[k] - expected[k]) < 1e-6 for k in expected):
        print("✓ Right: %d cuts." % len(expected))
    else:
        print("✗ Not yet: expected averages for", sorted(expected))

_check_avg_price()
