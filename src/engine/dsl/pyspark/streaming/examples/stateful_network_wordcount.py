"""
Running word counts over lines from a socket, with updateStateByKey and an initial state
(Flint's take on Spark's stateful_network_wordcount.py). Where Spark's example needs
`nc -lk 9999` in another terminal, this program sends its own lines through
flint.streams.socket, a second apart.

    flint run stateful_network_wordcount.py
"""
import time

from flint.streams import socket
from pyspark.streaming import StreamingContext

ssc = StreamingContext(sc, 1)
ssc.checkpoint("/tmp/stateful-wordcount-checkpoint")

initialStateRDD = sc.parallelize([("hello", 1), ("world", 1)])


def updateFunc(new_values, last_sum):
    return sum(new_values) + (last_sum or 0)


lines = ssc.socketTextStream("localhost", 9999)
running_counts = (lines.flatMap(lambda line: line.split(" "))
                  .map(lambda word: (word, 1))
                  .updateStateByKey(updateFunc, initialRDD=initialStateRDD))
running_counts.pprint()

ssc.start()
typed = ["hello spark", "spark streaming is fun", "hello world again"]
nc = socket("localhost", 9999)
for line in typed:
    nc.send(line + "\n")
    time.sleep(1)
ssc.stop(stopSparkContext=False, stopGraceFully=True)
