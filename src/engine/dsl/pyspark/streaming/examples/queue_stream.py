"""
A queue of RDDs as a stream: each batch takes the next RDD of the queue (Flint's take on
Spark's examples/src/main/python/streaming/queue_stream.py).

    flint run queue_stream.py
"""
import time

from pyspark.streaming import StreamingContext

ssc = StreamingContext(sc, 1)

# Five RDDs of the numbers 1..1000, ten partitions each.
queue = [ssc.sparkContext.parallelize(list(range(1, 1001)), 10) for _ in range(5)]

stream = ssc.queueStream(queue)
counts = stream.map(lambda n: (n % 10, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()

ssc.start()
time.sleep(6)
ssc.stop(stopSparkContext=True, stopGraceFully=True)
