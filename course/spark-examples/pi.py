"""Monte Carlo estimate of Pi, as Spark's examples/src/main/python/pi.py: throw random darts
at the square [-1, 1]^2 and count those inside the unit circle."""
import sys
from operator import add
from random import random

from pyspark.sql import SparkSession

if __name__ == "__main__":
    spark = SparkSession.builder.appName("PythonPi").getOrCreate()

    slices = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else 2
    n = 100000 * slices

    def inside(_):
        x = random() * 2 - 1
        y = random() * 2 - 1
        return 1 if x ** 2 + y ** 2 <= 1 else 0

    hits = spark.sparkContext.parallelize(range(1, n + 1), slices).map(inside).reduce(add)
    print("Pi is roughly %f" % (4.0 * hits / n))

    spark.stop()
