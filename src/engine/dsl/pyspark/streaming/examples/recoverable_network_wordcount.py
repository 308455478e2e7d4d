"""
Word counts that survive a driver restart: the context is created by a setup function the
first time and rebuilt from its checkpoint afterwards, with a broadcast exclude list and an
accumulator re-created lazily (Flint's take on Spark's recoverable_network_wordcount.py).
Run it twice: the second run prints no "Creating new context". The lines come through
flint.streams.socket instead of `nc -lk 9997`.

    flint run recoverable_network_wordcount.py
"""
import os
import time

from flint.streams import socket
from pyspark.streaming import StreamingContext

checkpoint = "/tmp/recoverable-wordcount/checkpoint"
outputPath = "/tmp/recoverable-wordcount/counts.txt"


def getWordExcludeList(sparkContext):
    if "wordExcludeList" not in globals():
        globals()["wordExcludeList"] = sparkContext.broadcast(["a", "b", "c"])
    return globals()["wordExcludeList"]


def getDroppedWordsCounter(sparkContext):
    if "droppedWordsCounter" not in globals():
        globals()["droppedWordsCounter"] = sparkContext.accumulator(0)
    return globals()["droppedWordsCounter"]


def createContext(host, port, outputPath):
    # Printed only when a new context is made (not when it is recovered from the checkpoint).
    print("Creating new context")
    if os.path.exists(outputPath):
        os.remove(outputPath)
    ssc = StreamingContext(sc, 1)
    lines = ssc.socketTextStream(host, port)
    words = lines.flatMap(lambda line: line.split(" "))
    wordCounts = words.map(lambda x: (x, 1)).reduceByKey(lambda x, y: x + y)

    def echo(time, rdd):
        excludeList = getWordExcludeList(rdd.context)
        droppedWordsCounter = getDroppedWordsCounter(rdd.context)

        def filterFunc(wordCount):
            if wordCount[0] in excludeList.value:
                droppedWordsCounter.add(wordCount[1])
                return False
            return True

        counts = "Counts at time %s %s" % (time, sorted(rdd.filter(filterFunc).collect()))
        print(counts)
        print("Dropped %d word(s) totally" % droppedWordsCounter.value)
        with open(outputPath, "a") as f:
            f.write(counts + "\n")

    wordCounts.foreachRDD(echo)
    return ssc


ssc = StreamingContext.getOrCreate(checkpoint, lambda: createContext("localhost", 9997, outputPath))
ssc.start()
typed = ["a spark b", "c streaming spark"]
nc = socket("localhost", 9997)
for line in typed:
    nc.send(line + "\n")
    time.sleep(1)
ssc.stop(stopSparkContext=False, stopGraceFully=True)
