# Databricks notebook source
# MAGIC %md
# MAGIC # Shared variables: broadcast variables and accumulators
# MAGIC
# MAGIC Functions you pass to `map` or `foreach` run on executors, each with its own copy of whatever they mention.
# MAGIC Spark offers two kinds of *shared variable* for the common cases where that copying is wasteful or wrong:
# MAGIC
# MAGIC * a **broadcast variable** ships a read-only value to every executor once, instead of once per task;
# MAGIC * an **accumulator** lets tasks add to a value that only the driver reads back.

# COMMAND ----------

# MAGIC %md
# MAGIC ## A small join done map-side
# MAGIC
# MAGIC Imagine `a` is big and `b` is small. Rather than shuffling both for a `join`, we send `b` to every executor
# MAGIC and look keys up while we `map` over `a`.

# COMMAND ----------

a = [(1, (1, 2)), (2, (2, 3)), (3, (3, 4))]  # suppose this is a large data set
rdd_a = sc.parallelize(a)
rdd_a.take(1)

# COMMAND ----------

b = [(1,(1, 4)), (2, (2, 5)), (3, (4,5))]
rdd_b = sc.broadcast(b)
rdd_b.value[0]

# COMMAND ----------

bmap = sc.parallelize(b).collectAsMap()
bmap[1] # the key is 1

# COMMAND ----------

bmap_broad = sc.broadcast(bmap)
bmap_broad.value[2]

# COMMAND ----------

bmap_broad.value[3]

# COMMAND ----------

# MAGIC %md
# MAGIC The broadcast value is an ordinary Python dict, so the usual dict rules apply: `value[4]` would raise a
# MAGIC `KeyError`, and `in` lets you test for a key first.

# COMMAND ----------

4 in bmap_broad.value

# COMMAND ----------

rdd_a.take(4)

# COMMAND ----------

bmap_broad.value

# COMMAND ----------

# MAGIC %md
# MAGIC The join itself: each element of `rdd_a` picks up its partner from the broadcast map (or `'-'` when there is none).
# MAGIC The lambda unpacks its argument in the parameter list, a Python 2 form the course code uses.

# COMMAND ----------

join_a_b = rdd_a.map(lambda (key, value): (key, bmap_broad.value.get(key, '-'), value))
join_a_b.take(5)

# COMMAND ----------

# MAGIC %md
# MAGIC ## Accumulators
# MAGIC
# MAGIC Tasks may only `add` to an accumulator; the driver reads the total through `.value` once an action has run.

# COMMAND ----------

accum = sc.accumulator(0)
accum

# COMMAND ----------

sc.parallelize([1, 2, 3, 4]).foreach(lambda x: accum.add(x))
accum.value

# COMMAND ----------

# MAGIC %md
# MAGIC ### Counting blank lines while reading a file
# MAGIC
# MAGIC A classic use: count something on the side while the main computation goes on. Here we keep the non-blank
# MAGIC lines of a small text and count the blank ones in the same pass.

# COMMAND ----------

poem = ["Spark runs on a cluster", "", "each task gets a copy", "", "", "accumulators add up"]
blank_lines = sc.accumulator(0)

def keep_text(line):
    if line.strip() == "":
        blank_lines.add(1)
        return False
    return True

text_lines = sc.parallelize(poem, 2).filter(keep_text).collect()
print(text_lines)
print("blank lines:", blank_lines.value)

# COMMAND ----------

# MAGIC %md
# MAGIC ### Your turn: blank lines in a real file
# MAGIC
# MAGIC `/databricks-datasets/README.md` describes the sample datasets. Read it with `sc.textFile`, and use an accumulator
# MAGIC called `my_blank_count` to count the lines that are empty once surrounding whitespace is stripped. Also count all
# MAGIC lines into `my_line_count` (a plain number from an action). Replace the `None`s below.

# COMMAND ----------

readme_path = "/databricks-datasets/README.md"
my_blank_count = None   # an accumulator: sc.accumulator(0)
my_line_count = None    # e.g. sc.textFile(readme_path).count()

# COMMAND ----------

# Check cell: compares your answer with a count computed here.
def _check_blank_lines():
    lines = sc.textFile(readme_path)
    expected_lines = lines.count()
    expected_blank = lines.filter(lambda l: l.strip() == "").count()
    if my_blank_count is None or my_line_count is None:
        print("✗ Not answered yet: set my_blank_count (an accumulator) and my_line_count.")
        return
    got_blank = getattr(my_blank_count, "value", my_blank_count)
    if my_line_count == expected_lines and got_blank == expected_blank:
        print("✓ Right: %d lines, %d blank." % (expected_lines, expected_blank))
    else:
        print("✗ Not yet: got %r lines and %r blank; look again at what each action counts." % (my_line_count, got_blank))

_check_blank_lines()

# COMMAND ----------

# MAGIC %md
# MAGIC ### Your turn: a broadcast lookup
# MAGIC
# MAGIC Using the broadcast map `bmap_broad`, build `my_pairs`: for every key in `[1, 2, 3, 4]` (as an RDD), the pair
# MAGIC `(key, first number of its value)`, or `(key, None)` when the key is missing. Collect it into a Python list.

# COMMAND ----------

my_pairs = None  # e.g. sc.parallelize([1, 2, 3, 4]).map(lambda k: ...).collect()

# COMMAND ----------

# Check cell
def _check_pairs():
    local = dict(b)
    expected = [(k, local[k][0] if k in local else None) for k in [1, 2, 3, 4]]
    if my_pairs is None:
        print("✗ Not answered yet: set my_pairs to a list of (key, value) pairs.")
    elif sorted(my_pairs, key=lambda p: p[0]) == expected:
        print("✓ Right:", expected)
    else:
        print("✗ Not yet: expected 4 pairs such as (1, 1); you have", my_pairs)

_check_pairs()
