"""Naive PageRank, as Spark's examples/src/main/python/pagerank.py, over
data/mllib/pagerank_data.txt (one "url neighbour" pair a line) for 10 iterations."""
import re
import sys
from operator import add

from pyspark.sql import SparkSession


def contributions(urls, rank):
    n = len(urls)
    for url in urls:
        yield (url, rank / n)


def neighbours(line):
    parts = re.split(r"\s+", line)
    return parts[0], parts[1]


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else "data/mllib/pagerank_data.txt"
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    print("WARN: This is a naive implementation of PageRank and is given as an example!\n"
          "Please refer to PageRank implementation provided by graphx", file=sys.stderr)

    spark = SparkSession.builder.appName("PythonPageRank").getOrCreate()
    lines = spark.sparkContext.textFile(path, 1)
    links = lines.map(neighbours).distinct().groupByKey().cache()
    ranks = links.map(lambda url_neighbours: (url_neighbours[0], 1.0))

    for _ in range(iterations):
        contribs = links.join(ranks).flatMap(lambda kv: contributions(kv[1][0], kv[1][1]))
        ranks = contribs.reduceByKey(add).mapValues(lambda rank: rank * 0.85 + 0.15)

    for (link, rank) in ranks.collect():
        print("%s has rank: %s." % (link, rank))

    spark.stop()
