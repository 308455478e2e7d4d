"""The RDD examples of the Spark programming guide (rdd-programming-guide.md), Python tab,
one after another, over data/mllib/pagerank_data.txt where the guide reads "data.txt"."""
from operator import add

from pyspark import AccumulatorParam, SparkConf, SparkContext

conf = SparkConf().setAppName("ProgrammingGuide").setMaster("local[2]")
sc = SparkContext.getOrCreate(conf)

# Parallelized collections
data = [1, 2, 3, 4, 5]
distData = sc.parallelize(data)
print("sum: %d" % distData.reduce(lambda a, b: a + b))

# External datasets and RDD operations: persist the line lengths, then reduce them
lines = sc.textFile("data/mllib/pagerank_data.txt")
lineLengths = lines.map(lambda s: len(s))
lineLengths.persist()
print("total length: %d" % lineLengths.reduce(lambda a, b: a + b))


# Passing functions to Spark
def words_in(s):
    return len(s.split(" "))


print("words per line: %s" % sc.textFile("data/mllib/pagerank_data.txt").map(words_in).collect())

# Working with key-value pairs
pairs = lines.map(lambda s: (s, 1))
counts = pairs.reduceByKey(lambda a, b: a + b)
print("counts: %s" % sorted(counts.collect()))

# Understanding closures: the function runs on executors with its own copy of counter
counter = 0
rdd = sc.parallelize(data)


def increment_counter(x):
    global counter
    counter += x


rdd.foreach(increment_counter)
print("Counter value: ", counter)

# Broadcast variables
broadcastVar = sc.broadcast([1, 2, 3])
print("broadcast: %s" % broadcastVar.value)

# Accumulators
accum = sc.accumulator(0)
print(repr(accum))  # the guide shows it at the REPL: its repr
sc.parallelize([1, 2, 3, 4]).foreach(lambda x: accum.add(x))
print("accumulated: %d" % accum.value)


class VectorAccumulatorParam(AccumulatorParam):
    def zero(self, initialValue):
        return [0.0] * len(initialValue)

    def addInPlace(self, v1, v2):
        for i in range(len(v1)):
            v1[i] += v2[i]
        return v1


vecAccum = sc.accumulator([1.0, 2.0, 3.0], VectorAccumulatorParam())
sc.parallelize([[1.0, 1.0, 1.0], [2.0, 3.0, 4.0]], 2).foreach(lambda v: vecAccum.add(v))
print("vector: %s" % vecAccum.value)

# Accumulators in transformations are only updated when an action runs
lazy = sc.accumulator(0)


def g(x):
    lazy.add(x)
    return x * 2


doubled = sc.parallelize(data).map(g)
print("lazy accumulator before an action: %d" % lazy.value)
doubled.count()
print("lazy accumulator after an action: %d" % lazy.value)
