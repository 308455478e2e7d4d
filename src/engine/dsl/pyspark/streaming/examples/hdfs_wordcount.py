"""
Word counts of the text files that appear in a directory, batch by batch (Flint's take on
Spark's hdfs_wordcount.py). Spark's version watches a directory another process writes to;
here the program plays that process too, moving a file in every 1.5 seconds.

    flint run hdfs_wordcount.py
"""
import os
import time

from pyspark.streaming import StreamingContext

directory = "/tmp/streaming-wordcount/input"
staging = "/tmp/streaming-wordcount/staging"
os.makedirs(directory, exist_ok=True)
os.makedirs(staging, exist_ok=True)

ssc = StreamingContext(sc, 1)
lines = ssc.textFileStream(directory)
counts = lines.flatMap(lambda line: line.split(" ")).map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
counts.pprint()
ssc.start()

texts = [
    "the quick brown fox\njumps over the lazy dog",
    "to be or not to be\nthat is the question",
    "all that glitters is not gold",
]
for i, text in enumerate(texts):
    time.sleep(1.5)
    # Write elsewhere, then move in: the stream must only see complete files.
    path = os.path.join(staging, "part-%d.txt" % i)
    with open(path, "w") as f:
        f.write(text + "\n")
    os.rename(path, os.path.join(directory, "part-%d.txt" % i))

time.sleep(1)
ssc.stop(stopSparkContext=False, stopGraceFully=True)
