"""Sorts the integers of a text file, as Spark's examples/src/main/python/sort.py
(data/mllib/pagerank_data.txt by default: whitespace-separated integers)."""
import sys

from pyspark.sql import SparkSession

if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else "data/mllib/pagerank_data.txt"
    spark = SparkSession.builder.appName("PythonSort").getOrCreate()

    lines = spark.sparkContext.textFile(path, 1)
    ordered = lines.flatMap(lambda line: line.split(" ")).map(lambda s: (int(s), 1)).sortByKey()
    for (number, _) in ordered.collect():
        print(number)

    spark.stop()
