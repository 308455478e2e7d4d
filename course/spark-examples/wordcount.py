"""Word count, as Spark's examples/src/main/python/wordcount.py, over a text file of the
virtual file system (the datasets README by default). Spark's version reads the file with
spark.read.text, which gives one partition for a file this small; textFile(path, 1) does too."""
import sys
from operator import add

from pyspark.sql import SparkSession

if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else "/databricks-datasets/README.md"
    spark = SparkSession.builder.appName("PythonWordCount").getOrCreate()

    lines = spark.sparkContext.textFile(path, 1)
    counts = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).reduceByKey(add)
    for (word, count) in counts.collect():
        print("%s: %i" % (word, count))

    spark.stop()
