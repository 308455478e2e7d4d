"""Transitive closure of a random graph, as Spark's examples/src/main/python/transitive_closure.py:
each round joins the known paths with the edges until no new path appears."""
import sys
from random import Random

from pyspark.sql import SparkSession

EDGES = 200
VERTICES = 100
rng = Random(42)


def random_graph():
    edges = set()
    while len(edges) < EDGES:
        a = rng.randrange(0, VERTICES)
        b = rng.randrange(0, VERTICES)
        if a != b:
            edges.add((a, b))
    return edges


if __name__ == "__main__":
    spark = SparkSession.builder.appName("PythonTransitiveClosure").getOrCreate()
    slices = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else 2

    paths = spark.sparkContext.parallelize(random_graph(), slices).cache()
    # join() matches on keys, so the edges are kept reversed: (y, x) joins path (y, z) into (x, z).
    reversed_edges = paths.map(lambda e: (e[1], e[0]))

    # Spark's version leaves the partition counts to the defaults; in PySpark a union has the
    # sum of its parents' partitions and distinct() keeps them, so the count doubles each round
    # (65,534 tasks in the last one). Fixing them changes no result, only the number of tasks.
    count = paths.count()
    while True:
        before = count
        longer = paths.join(reversed_edges, slices).map(lambda y_zx: (y_zx[1][1], y_zx[1][0]))
        paths = paths.union(longer).distinct(slices).cache()
        count = paths.count()
        if count == before:
            break

    print("TC has %i edges" % paths.count())

    spark.stop()
